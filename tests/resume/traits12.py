"""Small synthetic resumes for traits of real resumes that tailoring got wrong in the twelfth
batch. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.shared import Pt

from .docs import save


def _heading(d, text):
    run = d.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(12)


def licences_then_certificates(first: str = "LICENSES", second: str | None = "CERTIFICATES & CERTIFICATIONS") -> bytes:
    """A social worker's CV: name, contact, EDUCATION, then a licences section under ``first``
    (a state licence), a certificates section under ``second`` (two certificates; left out when
    None), and EXPERIENCE; bold headings at 12 pt over a 10 pt body."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    name = d.add_paragraph().add_run("MARIA J. LOPEZ, LMSW")
    name.bold, name.font.size = True, Pt(16)
    d.add_paragraph("(555) 010-4477 ● maria.lopez@example.org")
    sections = [("EDUCATION", ["Master of Social Work (MSW), Example University, 2019"]),
                (first, ["Licensed Master Social Worker, State of New York, 2020", "Expiration: April 30, 2026"])]
    if second is not None:
        sections.append((second, ["Certificate in Motivational Interviewing, Example Institute, 2022",
                                  "Screening, Brief Intervention and Referral to Treatment, Example University"]))
    sections.append(("EXPERIENCE", ["Clinical social worker, Example Hospital, 2020 - present"]))
    for heading, body in sections:
        _heading(d, heading)
        for line in body:
            d.add_paragraph(line)
    return save(d)


def other_training_heading(training_heading: str = "Otra formación de interés") -> bytes:
    """A Spanish CV in Heading 1 sections: name, contact, Educación (a degree), the training under
    ``training_heading`` (a 30-hour course, self-taught skills), Experiencia, and 'Otros datos de
    interés' (volunteering: no training named)."""
    d = Document()
    d.add_paragraph("Lucía Moreno Ruiz").runs[0].font.size = Pt(18)
    d.add_paragraph("Calle Mayor 1, 18001 Granada")
    d.add_paragraph("lucia.moreno@example.es")
    for heading, body in (("Educación", ["Técnico Superior en Desarrollo de Aplicaciones Web, 2019"]),
                          (training_heading, ["Formación de 30 horas sobre sonido en directo, 2018",
                                              "Conocimientos adquiridos de forma autodidacta en Arduino"]),
                          ("Experiencia", ["Camarera, Grupo Ejemplo, desde 2017"]),
                          ("Otros datos de interés", ["Voluntaria en eventos de una asociación de mayores"])):
        d.add_heading(heading, level=1)
        for line in body:
            d.add_paragraph(line)
    return save(d)


def _run_in(d, heading, text):
    p = d.add_paragraph()
    p.add_run(heading).bold = True
    p.add_run(" ")
    p.add_run(text)
    return p


def run_in_headings(first: str = "Personal Profile") -> bytes:
    """An Indonesian template filled in English: a 'Curriculum Vitae' title, the name, 'Label: value'
    contact lines, then sections whose headings are bold runs opening a paragraph of the template's
    explanation (``first``, 'Work Experience', 'Education & Qualifications'), each with bold entry
    titles over plain lines, and a last heading on a line of its own ('Skills')."""
    d = Document()
    d.add_paragraph("Curriculum Vitae")
    name = d.add_paragraph().add_run("DEWI LESTARI")
    name.bold, name.font.size = True, Pt(14)
    d.add_paragraph("Address: Jalan Contoh 12, Bandung 40553")
    d.add_paragraph("E-mail: dewi.lestari@example.id")
    d.add_paragraph("Citizenship: Indonesia")
    _run_in(d, first, "adalah keterangan singkat mengenai diri kita, apa harapan dan yang bisa kita tawarkan jika "
                      "kita diterima bergabung dengan perusahaan ini.")
    _run_in(d, "Work Experience", "adalah pengalaman kerja kita selama ini, dimulai dari yang terbaru.")
    d.add_paragraph().add_run("Example Crafts, tutor.").bold = True
    d.add_paragraph("I taught a weekly craft workshop for beginners.")
    _run_in(d, "Education & Qualifications", "adalah latar belakang pendidikan kita, formal dan informal.")
    d.add_paragraph().add_run("Computer Science Education, Example University.").bold = True
    d.add_paragraph().add_run("Skills").bold = True
    d.add_paragraph("Word processor and spreadsheet programs")
    return save(d)


def bold_lead_in_an_entry() -> bytes:
    """Control: Heading 1 sections (Summary, Experience, Education); under Experience a paragraph
    opens with a bold word that is also a section name ('Leadership') and goes on as a sentence:
    an entry's emphasis, not a heading (the document's headings look otherwise)."""
    d = Document()
    name = d.add_paragraph().add_run("Ana Ribeiro")
    name.bold, name.font.size = True, Pt(16)
    d.add_paragraph("ana.ribeiro@example.org")
    d.add_heading("Summary", level=1)
    d.add_paragraph("Night-shift nurse with eight years on surgical wards.")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Staff nurse, Example Hospital, 2016 - present")
    _run_in(d, "Leadership", "of a team of twelve nurses on two wards during the night shift rota.")
    d.add_heading("Education", level=1)
    d.add_paragraph("BSc Nursing, Example University, 2016")
    return save(d)


def stacked_labels_form(stacked: bool = True) -> bytes:
    """An applicant's form in one table: a label cell on the left of each row, values in the right
    cell (name, age; Habilidades; studies; IDIOMAS). With ``stacked`` the studies row's label cell
    stacks three labels, 'ESTUDIOS SECUNDARIOS', 'ESTUDIOS ACTUALES' and last 'CURSOS', beside the
    school, the current studies and then the two courses; without it 'CURSOS' has a row of its own."""
    d = Document()
    rows = [(["NOMBRE Y APELLIDO", "EDAD"], ["Lucas Gómez Pereyra", "22"]),
            (["Habilidades"], ["-PROACTIVO", "-TRABAJO EN EQUIPO"])]
    studies = ["IPEM 100 - BACHILLER EN COMUNICACION", "ISPC - TECNICATURA EN DESARROLLO WEB 2022"]
    courses = ["FUNDAMENTOS DE PYTHON", "ARTE DIGITAL 1 - ADOBE PHOTOSHOP"]
    if stacked:
        rows.append((["ESTUDIOS SECUNDARIOS", "ESTUDIOS ACTUALES", "CURSOS"], studies + courses))
    else:
        rows += [(["ESTUDIOS SECUNDARIOS", "ESTUDIOS ACTUALES"], studies), (["CURSOS"], courses)]
    rows.append((["IDIOMAS"], ["INGLES INTERMEDIO"]))
    table = d.add_table(rows=len(rows), cols=2)
    for (labels, values), row in zip(rows, table.rows, strict=True):
        left, right = row.cells
        for i, label in enumerate(labels):
            p = left.paragraphs[0] if i == 0 else left.add_paragraph()
            p.add_run(label).bold = True
        for i, value in enumerate(values):
            (right.paragraphs[0] if i == 0 else right.add_paragraph()).add_run(value)
    return save(d)


def numbered_headings(num_id: int = 5) -> bytes:
    """An Indonesian 'Daftar Riwayat Hidup': title, name and labelled personal lines, then its
    section headings as items of one list (``num_id`` of python-docx's template: 5 counts '1.',
    '2.', '3.'; 1 is a bullet), each over plain lines."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = Document()
    d.add_paragraph("Daftar Riwayat Hidup")
    d.add_paragraph("nama : Siti Rahmawati")
    d.add_paragraph("alamat : Jalan Contoh 5, Jombang")
    d.add_paragraph("menerangkan dengan sebenarnya ;")
    for heading, body in (("Pendidikan", ["lulusan SMA Contoh, tahun 2019"]),
                          ("Pengalaman Kerja", ["bekerja di toko, Kediri, 2022"]),
                          ("Pengalaman Organisasi", ["bendahara organisasi pelajar, 2018"])):
        p = d.add_paragraph(heading)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        for line in body:
            d.add_paragraph(line)
    return save(d)


def title_word_over_summary(title_first: bool = False) -> bytes:
    """A Ukrainian CV: the name, a role line, 'Telephone:' and 'Email:' lines, then bold headings at
    14 pt: 'Резюме' (a résumé, and a summary) over a two-sentence summary, 'Мови:', 'Навички:',
    'Освіта:'. With ``title_first`` 'Резюме' is instead the document's title, above the name, and
    the summary has no heading."""
    d = Document()
    d.styles["Normal"].font.size = Pt(11)

    def heading(text):
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(14)

    if title_first:
        heading("Резюме")
    name = d.add_paragraph().add_run("Коваль Ірина")
    name.bold, name.font.size = True, Pt(20)
    d.add_paragraph("Manual QA Engineer")
    d.add_paragraph("Telephone: +380 97 000 1122")
    d.add_paragraph("Email: iryna.koval@example.com")
    if not title_first:
        heading("Резюме")
    d.add_paragraph("Я студентка з початковими навичками в тестуванні. Розумію основи програмування.")
    for text, body in (("Мови:", ["Англійська - A2"]), ("Навички:", ["HTML, CSS, Git"]),
                       ("Освіта:", ["Чернівецький національний університет"])):
        heading(text)
        for line in body:
            d.add_paragraph(line)
    return save(d)


def label_table_rows(spacers: bool = True) -> bytes:
    """A CV in one two-column table: the name beside the contact lines, then a row per section
    (its heading in the narrow left cell, its lines in the wide right one: profile, Education,
    Experience), with an empty row between every two rows when ``spacers``."""
    from docx.shared import Cm

    d = Document()
    rows = [(["Alexei Orlov"], ["Minsk, Belarus", "a.orlov@example.by"]),
            (["profile"], ["I am a beginner IT specialist with a good mathematical background and the basics "
                           "of programming languages."]),
            (["Education"], ["Example State University", "Specialty: applied mathematics"]),
            (["Experience"], ["A summer internship writing console applications in C++."])]
    count = len(rows) * 2 - 1 if spacers else len(rows)
    table = d.add_table(rows=count, cols=2)
    filled = table.rows[::2] if spacers else table.rows
    for (labels, values), row in zip(rows, filled, strict=True):
        left, right = row.cells
        left.width, right.width = Cm(4), Cm(12)
        for i, label in enumerate(labels):
            run = (left.paragraphs[0] if i == 0 else left.add_paragraph()).add_run(label)
            run.bold = True
        for i, value in enumerate(values):
            (right.paragraphs[0] if i == 0 else right.add_paragraph()).add_run(value)
    return save(d)
