"""Small synthetic resumes, one per trait of the seventh batch of real resumes that tailoring got
wrong: a training section named in the plural ("TRAININGS") near the end; Indonesian headings
drawn with runs of hyphens ("---pendidikan", "----- pelatihan -----"); a first section whose
heading lists several sections and is longer than a heading ("Academic Qualification, Trainings
and Professional Certifications"), typed in a shaded bar row above the row of its entries; a
Europass CV whose every section is a two-column table (label | content) with Romanian labels.
A certifications section near the end whose heading, like every heading, is ruled by a line
shape in the empty paragraph under it; headings and body justified, the headings in 16 pt capitals
(the new heading wraps there); headings each with a short accent line (0.57 in) in the empty
paragraph under them, as a template draws it; the name and contact only in the page header, the
body opening with a "PROFILE SUMMARY" heading. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from .docs import save
from .traits4 import _shape_run

SHADE = '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:fill="D9D9D9"/>'


def _bold(d, text: str, size: int = 11, centred: bool = False):
    p = d.add_paragraph()
    if centred:
        p.alignment = 1
    run = p.add_run(text)
    run.bold, run.font.size = True, Pt(size)
    return p


def trainings_section_late(heading: str = "TRAININGS") -> bytes:
    """An officer's resume: name and contact lines, bold capital headings PROFILE SUMMARY,
    EDUCATION, PROFESSIONAL EXPERIENCE, then ``heading`` listing two trainings, then SKILLS."""
    d = Document()
    _bold(d, "AWA JALLOW", 16, centred=True)
    d.add_paragraph("(+220) 7000000 | awa.jallow@example.com | Banjul, The Gambia")
    for title, lines in (("PROFILE SUMMARY", ["A graduate who coordinates climate projects and drafts reports."]),
                         ("EDUCATION", ["Bachelor of Science in Political Science, 2019"]),
                         ("PROFESSIONAL EXPERIENCE", ["Administrative Officer, Ministry of Environment, 2024 - present"]),
                         (heading, ["Negotiation Skills Training, November 2024",
                                    "One Health Outreach Course, April 2024"]),
                         ("SKILLS", ["Report writing", "Stakeholder engagement"])):
        _bold(d, title)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def hyphen_drawn_indonesian_headings() -> bytes:
    """An Indonesian student's CV: a centred "BIODATA" title, "Label: value" personal details,
    then centred bold blue headings drawn with hyphens around the word: "---pendidikan",
    "------ pelatihan ------" (two trainings, one a certification), "---- pengalaman kerja ----"."""
    d = Document()
    _bold(d, "BIODATA", 14, centred=True)
    for line in ("Nama: Budi Santoso", "Tempat, Tgl Lahir: Malang, 1 Januari 1999", "Email: budi.santoso@example.com"):
        d.add_paragraph(line)
    for title, lines in (("---pendidikan", ["2016 – Sekarang Politeknik Negeri Malang"]),
                         ("------ pelatihan ------", ["2019 Training Project Management Skills",
                                                      "2019 Sertifikasi Software Development oleh Kemkominfo"]),
                         ("---- pengalaman kerja ----", ["2018 – 2019 Programmer, Yayasan Harapan"])):
        p = _bold(d, title, 12, centred=True)
        p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def combined_heading_bar_above_its_row() -> bytes:
    """A student's CV in bordered one-column tables: the header cell (name, e-mail); a shaded bar
    row "ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS" (66 characters, more
    than a heading) above the row of its entries; then an OBJECTIVE table of the same shape."""
    d = Document()

    def bar_table(rows):
        table = d.add_table(rows=0, cols=1)
        table.style = "Table Grid"
        for bar, lines in rows:
            cell = table.add_row().cells[0]
            if bar:
                run = cell.paragraphs[0].add_run(lines[0])
                run.bold = True
                cell._tc.get_or_add_tcPr().append(parse_xml(SHADE))
                continue
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        d.add_paragraph()

    bar_table([(False, ["Bilal Ahmed", "Residence: Lahore - Pakistan", "Email: bilal.ahmed@example.com"]),
               (True, ["ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS"]),
               (False, ["BSCS University of Lahore (continuing)", "C++ (Training)"])])
    bar_table([(True, ["OBJECTIVE"]), (False, ["Full-time work as a software engineer."])])
    bar_table([(True, ["WORK HISTORY"]), (False, ["Programming projects in C++."])])
    return save(d)


def europass_label_tables() -> bytes:
    """A Romanian Europass CV: each section a two-column table, its label (capitals, bold) in the
    narrow left cell and its content on the right: "INFORMAŢII PERSONALE" beside the name and the
    contact lines (one row each), "OBIECTIV PROFESIONAL" beside a sentence, "EXPERIENŢA
    PROFESIONALĂ" beside a job."""
    d = Document()
    d.add_paragraph("Curriculum Vitae")

    def label_table(label, lines):
        table = d.add_table(rows=0, cols=2)
        for i, line in enumerate(lines):
            left, right = table.add_row().cells
            left.width, right.width = Pt(130), Pt(340)
            if i == 0:
                run = left.paragraphs[0].add_run(label)
                run.bold, run.font.size = True, Pt(10)
            right.paragraphs[0].add_run(line).font.size = Pt(10)
        d.add_paragraph()

    label_table("INFORMAŢII PERSONALE", ["Popescu Ana", "Str. Lungă 5, Bucureşti", "ana.popescu@example.com",
                                         "Data naşterii: 01/02/1980"])
    label_table("OBIECTIV PROFESIONAL", ["Un rol în care să-mi aplic experienţa în servicii financiare."])
    label_table("EXPERIENŢA PROFESIONALĂ", ["2013 - 2019 Consilier clienţi, Banca Comercială"])
    return save(d)


def certifications_ruled_in_the_paragraph_under_the_heading() -> bytes:
    """A student's resume: the name, contact lines; bold blue headings Objective, Education,
    Certifications (one course and its description), each followed by an empty paragraph holding
    only a line shape across the page."""
    d = Document()
    _bold(d, "Omar Haddad", 20, centred=True)
    d.add_paragraph("Irbid, Jordan | omar.haddad@example.com")
    for i, (title, lines) in enumerate((("Objective", ["A data entry role in a university."]),
                                        ("Education", ["Bachelor of Cybersecurity, expected 2025"]),
                                        ("Certifications", ["Udemy Course Certificate",
                                                            "Completed a course on data entry skills."]))):
        _bold(d, title, 14).runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        d.add_paragraph()._p.append(parse_xml(_shape_run(40 + i, 5943600, 9525)))
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def justified_large_headings() -> bytes:
    """A teacher's resume typed justified throughout: the name centred, a contact line, then 16 pt
    bold capital headings (PROFESSIONAL SUMMARY, SKILLS), each paragraph justified."""
    d = Document()
    _bold(d, "Sana Iqbal", 24, centred=True)
    d.add_paragraph("Karachi, Pakistan | sana.iqbal@example.com | 0300 0000000")
    for title, line in (("PROFESSIONAL SUMMARY", "A teacher with three years of classroom experience who plans "
                                                  "lessons and assesses students."),
                        ("SKILLS", "Lesson planning, classroom management, student assessment.")):
        _bold(d, title, 16).alignment = 3
        d.add_paragraph(line).alignment = 3
    return save(d)


def headings_with_a_short_accent_line_under_them() -> bytes:
    """A music teacher's resume from a template: the name, contact lines, then headings
    FORMACION ACADEMICA and EXPERIENCIA, each followed by an empty paragraph holding only a thin
    line shape 0.57 in long (the accent under the heading's first word)."""
    d = Document()
    _bold(d, "LUCIA FERREYRA", 20, centred=True)
    d.add_paragraph("Santiago del Estero, Argentina | lucia.ferreyra@example.com")
    for i, (title, lines) in enumerate((("FORMACION ACADEMICA", ["2013-2018: Profesorado de música."]),
                                        ("EXPERIENCIA", ["Docente de música, 2018 - continúa"]))):
        _bold(d, title, 13)
        d.add_paragraph()._p.append(parse_xml(_shape_run(60 + i, 521970, 0)))
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def name_in_page_header_body_opens_with_a_heading() -> bytes:
    """An officer's resume whose name, phone and e-mail are in the page header; the body opens
    with bold capital headings PROFILE SUMMARY, EDUCATION, PROFESSIONAL EXPERIENCE."""
    d = Document()
    header = d.sections[0].header.paragraphs[0]
    header.text = "AWA JALLOW  (+220) 7000000  awa.jallow@example.com"
    for title, lines in (("PROFILE SUMMARY", ["A graduate who coordinates climate projects and drafts reports."]),
                         ("EDUCATION", ["Bachelor of Science in Political Science, 2019"]),
                         ("PROFESSIONAL EXPERIENCE", ["Administrative Officer, Ministry of Environment"])):
        _bold(d, title)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


ALL = [name_in_page_header_body_opens_with_a_heading, headings_with_a_short_accent_line_under_them, justified_large_headings, certifications_ruled_in_the_paragraph_under_the_heading, trainings_section_late, lambda: trainings_section_late("Trainings:"), hyphen_drawn_indonesian_headings,
       combined_heading_bar_above_its_row, europass_label_tables]
