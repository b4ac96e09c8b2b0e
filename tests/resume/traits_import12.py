"""Small synthetic resumes for traits of real resumes of batches 11 and 12 that the import got
wrong. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml

from .docs import save

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _boxes(boxes: list[list[str]]) -> bytes:
    """One floating VML text box per list of lines, one below the other."""
    d = Document()
    for n, lines in enumerate(boxes):
        paras = "".join(f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if i == 0 and len(lines) > 1 else ''}"
                        f"<w:t>{line}</w:t></w:r></w:p>" for i, line in enumerate(lines))
        d.add_paragraph()._p.append(parse_xml(
            f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape style="position:absolute;margin-top:{n * 130}pt;width:400pt;height:120pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    return save(d)


def courses_box_before_other_boxes() -> bytes:
    """A courses heading with its lines in one text box, read before the boxes of the education
    lines and of the name (a LibreOffice export of a designed page)."""
    return _boxes([["EXPERIENCE"], ["COURSES", "Welding Safety Course", "Forklift Operator Training"],
                   ["Plumbing apprenticeship, City College (2018-2021)"], ["Anna Berg", "anna.berg@example.com"]])


def courses_heading_alone_in_its_box() -> bytes:
    """The control: the courses heading alone in its box, its lines in the next one."""
    return _boxes([["COURSES"], ["Welding Safety Course", "Forklift Operator Training"]])


def _section(heading: str, lines: list[str]) -> bytes:
    d = Document()
    d.add_paragraph("Dana Kovacs")
    d.add_paragraph("dana.kovacs@example.com")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Case Manager, Example Services, 2019–2024")
    d.add_heading(heading, level=1)
    for line in lines:
        d.add_paragraph(line)
    return save(d)


def licence_with_its_fields() -> bytes:
    """A licence followed by its state, registry numbers and expiry, each on a line of its own."""
    return _section("Licenses & Certifications", [
        "Licensed Clinical Social Worker\tMarch 2021", "State: Ohio", "OCSWMFT License #: 1234567",
        "NPI #9876543210", "Expiration: June 30, 2027", "Food Handler Certificate\tMay 2022"])


def organisation_before_its_course() -> bytes:
    """"<organisation> – <course>" lines, the second long enough to read as a note, and a contest
    written the same way (the control)."""
    return _section("Certifications", [
        "Example State University at Springfield – Certificate in Trauma Informed Care Facilitation, "
        "Example Counseling, Inc. (ECI-TIC)",
        "Example College - Motivational Interviewing for Brief Counseling and Referral",
        "Olympics of Programming Competitions, Association for Computing Machinery - Regional Collegiate "
        "Programming Contest, Springfield"])


def label_rows_after_the_courses() -> bytes:
    """A further-training section whose last lines are rows of a label table: languages, computing
    and a driving licence, each label a cell before its value (read as "label<tab>value")."""
    return _section("Weiterbildung", [
        "02/2015 – 06/2015\tBusiness-Englisch Auffrischung", "Example Training AG, Riesa",
        "Sprachen\tBusiness Englisch – LCCI Level 1 (B1)", "EDV\tAnwendungssicher", "Führerschein\tKlasse B",
        "Dortmund, 14.11.2023"])


def cambridge_preliminary_and_a_plastic() -> bytes:
    """Cambridge's PET named beside English, and PET the plastic (the control)."""
    d = Document()
    d.add_paragraph("Dana Kovacs")
    d.add_heading("Languages", level=1)
    d.add_paragraph("English: PET B1 issued by Cambridge ESOL, 2014.")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Sorted PET bottles for recycling at Example Plastics, 2016–2018")
    return save(d)


def prizes_among_certifications() -> bytes:
    """A prize written under the certifications, and a certification saying when it was awarded
    (the control)."""
    return _section("Certifications", [
        "Successfully cleared ISTQB Foundation level certification.",
        "Received Manager Choice award twice in a career.",
        "Employee of the Month Prize, Example Corp, 2021",
        "Certified ScrumMaster, awarded March 2020"])


def spanish_degrees_among_courses() -> bytes:
    """A Spanish-language degree and school programmes in a studies-and-courses section, and a
    Portuguese technical school's programme on an education line, beside real courses (the controls)."""
    d = Document()
    d.add_paragraph("Alex Example")
    d.add_heading("Cursos y certificaciones", level=1)
    for line in ["Ingeniería de sistemas y telecomunicaciones", "IPEM 100 EXAMPLE-BACHILLER EN COMUNICACION",
                 "ISPC-TECNICATURA SUPERIOR EN DESARROLLO WEB 2022", "FUNDAMENTOS DE PYTHON",
                 "ARTE DIGITAL 1-MANEJO DE ADOBE PHOTOSHOP"]:
        d.add_paragraph(line)
    d.add_heading("Formação", level=1)
    d.add_paragraph("ETEC Example (Curso Técnico)")
    d.add_paragraph("Example Idiomas (Curso de Inglês)")
    return save(d)


def tests_named_as_a_yardstick() -> bytes:
    """A test named as the equivalent of another's score, and one held whose level is compared
    (the control)."""
    d = Document()
    d.add_paragraph("Rini Example")
    d.add_heading("Education", level=1)
    d.add_paragraph("English (speaking, writing), with PTESOL (TOEFL equivalent) score 570.")
    d.add_paragraph("Japanese, with a score equivalent to JLPT N3 in the faculty's own test.")
    d.add_heading("Languages", level=1)
    d.add_paragraph("French: DELF B2 (equivalent to CEFR B2)")
    return save(d)


def course_names_with_brackets() -> bytes:
    """Initials spelled out in brackets, a period glued to a course's name in brackets, a
    Portuguese driving licence without its 'de'; controls: initials with a year or a level in
    brackets."""
    d = Document()
    d.add_paragraph("Dana Kovacs")
    d.add_heading("Cursos e certificados", level=1)
    for line in ["2012: TTC (Teacher Training Course) from Example Language Institute",
                 "SCRATCH: PROGRAMAÇÃO CRIATIVA(28/02/2023 a 06/03/2023)", "CCNA (2019)", "ITIL (Foundation)"]:
        d.add_paragraph(line)
    d.add_heading("Idiomas", level=1)
    d.add_paragraph("Língua(s): Inglês (básico)")
    d.add_paragraph("Carta condução: A / B")
    return save(d)


def courses_named_in_quotes_in_sentences() -> bytes:
    """A course named in quotes in a languages sentence; controls: one the person taught, and one
    the certifications section already lists."""
    d = Document()
    d.add_paragraph("Nico Example")
    d.add_heading("Cursos", level=1)
    d.add_paragraph("Python-разработчик с нуля, 2023")
    d.add_heading("Idiomas", level=1)
    d.add_paragraph("Realicé el curso “English Naturally” en Inglaterra en 2016.")
    d.add_paragraph("Impartí el curso “Inglés para viajeros” a adultos como docente.")
    d.add_paragraph("Закончила курс «Python-разработчик» в 2023 году.")
    return save(d)


def issued_in_spanish_and_an_expiry() -> bytes:
    """A test 'expedido' (issued) in a year, and a licence with 'Exp.' before its end (the control)."""
    d = Document()
    d.add_paragraph("Nico Example")
    d.add_heading("Idiomas", level=1)
    d.add_paragraph("Inglés: PET B1 expedido por Cambridge ESOL, 2014.")
    d.add_heading("Certificaciones", level=1)
    d.add_paragraph("Manipulador de alimentos, 2019, Exp. 2024")
    return save(d)


def names_over_their_issuer_and_year() -> bytes:
    """Education and certifications as name lines, each over its issuer in capitals with a year in
    brackets, one issuer followed by the places of the course, broken over lines ending in commas;
    an associate degree among them. The control: an issuer heading over dated table rows."""
    d = Document()
    d.add_paragraph("Travis Example")
    d.add_heading("Education & Certifications", level=1)
    for line in ["Associate in Science, Aviation Maintenance Technology", "COMMUNITY COLLEGE OF EXAMPLE (2013)",
                 "Leadership Course Level II", "EXAMPLE FORCE,", "Example Air Base (2003),", "Other Air Base (2010)",
                 "Network+ Certification", "COMPTIA (2009)"]:
        d.add_paragraph(line)
    d.add_heading("Courses", level=1)
    d.add_paragraph("TreinaWeb")
    table = d.add_table(rows=2, cols=2)
    for row, (name, year) in zip(table.rows, [("HTML", "2014"), ("Python", "2015")], strict=True):
        row.cells[0].text, row.cells[1].text = name, year
    return save(d)


def name_in_the_page_header(with_the_tool: bool) -> bytes:
    """The person's name only in the page header (a surname that is also a tool's name); the
    control names the tool in the body as well."""
    d = Document()
    d.sections[0].header.paragraphs[0].text = "DANA E. JENKINS"
    d.add_paragraph("12 Example Road, Springfield")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Python, Docker" + (", Jenkins" if with_the_tool else ""))
    return save(d)


def course_dated_in_portuguese() -> bytes:
    """A language course dated with Portuguese month names, glued to its bracket."""
    return _section("Cursos", ["Inglês-EF Level 2 - Beginner - CEFR Level A1(Fevereiro 2022 à Novembro 2022)"])
