"""Small synthetic resumes, one per trait of the sixth batch of real resumes that tailoring got
wrong: a header typed as one paragraph broken into lines (name, address, e-mail, phone) above
bold headings ending with a colon, the first of which ("Job Objective:") the lexicon does not
know; a title line that holds the name ("Curriculum Vitae of ...") above plain headings that only
a colon marks; a "Qualification" section after the education section, holding a credential; a
licences list under a Spanish sub-heading ("Otros títulos:"); the labels of personal details
("Geburtsdatum") in a label column beside the name; headings ruled by a line shape in the empty
paragraph under them. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt

from .docs import save
from .traits4 import _shape_run


def _bold(d, text: str, size: int = 12):
    run = d.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


def header_paragraph_with_breaks(colon_label_first: bool = True) -> bytes:
    """A teacher's resume: name, address, e-mail and phone in one paragraph broken by line breaks;
    then bold 12 pt headings ending with a colon, the first one ("Job Objective:", or "Objective:"
    without ``colon_label_first``) above a sentence."""
    d = Document()
    p = d.add_paragraph()
    for i, line in enumerate(("Asha Kumar", "12 Lake Road, Bengaluru", "asha.kumar@example.com", "9800000000")):
        run = p.add_run(line)
        run.font.size = Pt(12)
        if i < 3:
            run.add_break(WD_BREAK.LINE)
    sections = ((("Job Objective:" if colon_label_first else "Objective:"),
                 ["To teach mathematics in a school that values curiosity."]),
                ("Professional Summary:", ["Six years of classroom teaching and exam preparation."]),
                ("Skills:", ["Lesson planning", "Classroom management"]),
                ("Work Experience:", ["Teacher, Lake View School, 2018 - 2024", "Planned integrated lessons."]),
                ("Education:", ["B.Ed., Bangalore University"]))
    for heading, lines in sections:
        _bold(d, heading)
        for line in lines:
            d.add_paragraph().add_run(line).font.size = Pt(12)
    return save(d)


def name_in_title_plain_colon_headings() -> bytes:
    """A student's CV: "Curriculum Vitae of Lin Wei" centred in 16 pt, the college and contact
    lines, an unheaded bio paragraph; then headings in the body's own look (12 pt, not bold), ended
    by a colon: "Social Activities:", "Study Experiences:", "Awards:" (the one the lexicon knows)."""
    d = Document()
    for line in ("Curriculum Vitae of Lin Wei", "College of Oceanography, Qingdao", "Phone: +86-18600000000",
                 "E-mail: lin.wei@example.com"):
        d.add_paragraph().add_run(line).font.size = Pt(16)
    d.add_paragraph("Lin Wei is an undergraduate student of physical oceanography who models coastal currents "
                    "and volunteers in weather-warning outreach.")
    for heading, lines in (("Social Activities:", ["Volunteer leader for meteorological disaster outreach",
                                                    "Player in the university baseball team"]),
                           ("Study Experiences:", ["Leader of a student research project on chlorophyll-a"]),
                           ("Awards:", ["Excellent student, 2013-2014", "Best debater of the college, 2012-2013"])):
        d.add_paragraph().add_run(heading).font.size = Pt(12)
        for line in lines:
            d.add_paragraph().add_run(line).font.size = Pt(12)
    return save(d)


def qualification_after_education(education_first: bool = True) -> bytes:
    """A WPS-made CV: name, address, phone; bold capital headings "PERSONAL PROFILE STATEMENT",
    "EDUCATION" (a diploma and its modules), "QUALIFICATION" (one credential: "Cisco digital
    credential"), "SKILLS". Without ``education_first`` there is no EDUCATION section: then
    "QUALIFICATION" is where the education is (a diploma)."""
    d = Document()
    _bold(d, "Thabo Mokoena", 18)
    d.add_paragraph("14 Long Street, Randfontein, 1759")
    d.add_paragraph("Phone: 0680000000  E-mail: thabo.mokoena@example.com")
    _bold(d, "PERSONAL PROFILE STATEMENT")
    d.add_paragraph("A motivated and adaptable information technology student looking for part-time work in user "
                    "support, to gain experience of a workplace.")
    if education_first:
        _bold(d, "EDUCATION")
        for line in ("2021-2023  Diploma in Information Technology  Vaal University", "Modules:",
                     "Business Analysis", "Web Development"):
            d.add_paragraph(line)
        _bold(d, "QUALIFICATION")
        d.add_paragraph("Cisco digital credential")
    else:
        _bold(d, "QUALIFICATION")
        d.add_paragraph("2021-2023  Diploma in Information Technology  Vaal University")
        d.add_paragraph("Matriculated 2020, Phahama Senior Secondary School")
    _bold(d, "SKILLS")
    d.add_paragraph("Java and Visual Basic")
    return save(d)


def licences_under_a_spanish_subheading() -> bytes:
    """A Spanish CV in Word's heading styles: name and contact lines, "Formación oficial",
    "Experiencia profesional" and "Otros datos" in Heading 1; under the last, "Idiomas:" and
    "Otros títulos:" in Heading 3, the second listing a driving licence and two courses."""
    d = Document()
    d.add_paragraph("Iker Etxeberria Ruiz")
    d.add_paragraph("Calle Mayor 60, Donostia, 20017")
    d.add_paragraph("Contacto: 650000000, iker.etxeberria@example.com")
    for heading, level, lines in (("Formación oficial", 1, ["2020: Técnico Superior en Desarrollo de Aplicaciones."]),
                                  ("Experiencia profesional", 1, ["Siete meses en el sector de hostelería."]),
                                  ("Otros datos", 1, []),
                                  ("Idiomas:", 3, ["Inglés: First Certificate of English (Nivel B2)."]),
                                  ("Otros títulos:", 3, ["Carnet de conducir para turismos (B).",
                                                         "Curso de desarrollo Android en OpenWebinars."])):
        d.add_heading(heading, level)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def label_column_personal_details() -> bytes:
    """A German CV in one label | content table under a "Lebenslauf" title: the first row's label
    cell holds "Persönliche Daten" and the labels of the details (Geburtsdatum, Staatsangehörigkeit),
    its content cell the name, address, phone and the details' values; then a "Weiterbildung" row
    of courses and a "Sprachen" row."""
    d = Document()
    title = d.add_paragraph().add_run("Lebenslauf")
    title.font.size = Pt(16)
    table = d.add_table(rows=0, cols=2)
    rows = ((["Persönliche Daten", "", "", "Geburtsdatum", "Staatsangehörigkeit"],
             ["Petrova Anna", "Hauptstraße 5, 10115 Berlin", "Tel. +49 30 0000000", "04.06.1979", "Deutsch"]),
            (["Weiterbildung"], ["2021 Wirtschaft digital PWC", "2019 Konfliktmanagement - MDI"]),
            (["Sprachen"], ["Englisch fließend"]))
    for labels, lines in rows:
        left, right = table.add_row().cells
        left.paragraphs[0].text = labels[0]
        for label in labels[1:]:
            left.add_paragraph(label)
        right.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            right.add_paragraph(line)
    return save(d)


def headings_ruled_in_the_paragraph_under_them(picture: bool = False) -> bytes:
    """Centred bold capital headings, each followed by an empty paragraph that only holds a line
    shape across the page (6.5 in long, hairline thick): the rule under the heading. With
    ``picture`` the paragraph under the first heading holds a small square instead (a logo)."""
    d = Document()
    name = d.add_paragraph().add_run("SAMUEL KIPRONO")
    name.bold, name.font.size = True, Pt(18)
    d.add_paragraph("Cell: +254 700 000 000 | Email: samuel.kiprono@example.com | Nairobi, Kenya")
    for i, (heading, lines) in enumerate((("PROFESSIONAL PROFILE", ["A developer who builds booking systems."]),
                                          ("PROFESSIONAL EXPERIENCE", ["IT Coordinator, Mobikey, 2022 - present"]))):
        p = d.add_paragraph()
        p.alignment = 1
        run = p.add_run(heading)
        run.bold, run.font.size = True, Pt(16)
        rule = d.add_paragraph()
        cx, cy = (228600, 228600) if picture and i == 0 else (5943600, 9525)
        rule._p.append(parse_xml(_shape_run(20 + i, cx, cy)))
        for line in lines:
            d.add_paragraph(line)
    return save(d)


ALL = [header_paragraph_with_breaks, lambda: header_paragraph_with_breaks(False), name_in_title_plain_colon_headings,
       qualification_after_education, lambda: qualification_after_education(False),
       licences_under_a_spanish_subheading, label_column_personal_details, headings_ruled_in_the_paragraph_under_them,
       lambda: headings_ruled_in_the_paragraph_under_them(True)]
