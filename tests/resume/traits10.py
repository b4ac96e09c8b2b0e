"""Small synthetic resumes for traits of real resumes that tailoring or import got wrong in the
tenth batch: a header table whose side cells are typed in a heading style (for its layout) at body
size above larger section headings of a lower outline level. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.shared import Pt

from .docs import save


def header_cells_in_a_heading_style() -> bytes:
    """Links | name, e-mail, phone | address in a one-row table; the side cells in "Heading 1" at
    10 pt, the sections in "Heading 2" at 18 pt, the body at 10 pt."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    h1, h2 = d.styles["Heading 1"], d.styles["Heading 2"]
    h1.font.size, h1.font.bold = Pt(10), False
    h2.font.size = Pt(18)
    grid = d.add_table(rows=1, cols=3)
    left, middle, right = grid.rows[0].cells
    left.paragraphs[0].text = "github.com/example"
    left.paragraphs[0].style = h1
    left.add_paragraph("Java, Python, C, SQL", style=h1)
    middle.paragraphs[0].add_run("Dana Kovacs").font.size = Pt(26)
    middle.add_paragraph("dana.kovacs@example.com")
    middle.add_paragraph("+36 30 123 4567")
    right.paragraphs[0].text = "Example street 25"
    right.paragraphs[0].style = h1
    right.add_paragraph("1112 Budapest, Hungary", style=h1)
    d.add_paragraph("Education", style=h2)
    d.add_paragraph("Budapest University of Technology, BSc Computer Science, 2021 - 2025")
    d.add_paragraph("Work experience", style=h2)
    d.add_paragraph("International mentor, student services, 2022 - present: mentored fifteen new students")
    d.add_paragraph("Projects", style=h2)
    d.add_paragraph("A web scraper that mailed daily statistics from an official site")
    return save(d)


def bilingual_dash_headings() -> bytes:
    """Headings in English and Hebrew on either side of a dash, the trainings one eight words long,
    a certificate listed under it and a competition under the next heading."""
    d = Document()
    d.add_paragraph().add_run("Name - שם: Sami Haddad").bold = True
    d.add_paragraph("Email - דואר אלקטרוני: sami.haddad@example.com")
    for heading, lines in (("Education - לימודים", ["2017 - 2021 BA, Information Technology, Example University"]),
                           ("Languages - שפות", ["Arabic - native", "English - intermediate"]),
                           ("Professional trainings & certificates - הכשרה מקצועית ותעודות",
                            ["2020 React Udemy certificate"]),
                           ("Other skills - כישורים אחרים", ["Swimming", "Diving"])):
        run = d.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(13)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def languages_with_cambridge_proficiency() -> bytes:
    """A languages list naming the Cambridge certificate without the words "in English"."""
    d = Document()
    d.add_paragraph().add_run("Nikos Example").bold = True
    d.add_paragraph("E-mail: nikos@example.com")
    d.add_paragraph().add_run("Education").bold = True
    d.add_paragraph("2015- School of Naval Architecture, Example Technical University")
    d.add_paragraph().add_run("FOREIGN LANGUAGES").bold = True
    d.add_paragraph("• English (Cambridge Certificate of Proficiency)")
    d.add_paragraph("• Certificate of Proficiency in Welding, evening class")
    return save(d)


def courses_named_with_their_platform() -> bytes:
    """A course led by its platform under activities, courses in brackets after their platform in a
    skills line, the platform as an employer under experience and in a sentence."""
    d = Document()
    d.add_paragraph().add_run("Chloe Example").bold = True
    d.add_paragraph("+44 7000 000000 | chloe@example.com")
    for heading, lines in (
            ("Experience", ["Coursera – Senior Support Engineer\tJun 2019 – Aug 2021",
                            "Answered learners' questions about payments and deadlines"]),
            ("Extracurricular activities", ["Rowing club, Example College\tOct 2019 – Apr 2020",
                                            "Udemy – Python for Data Science and Machine Learning Bootcamp\tJun – Jul 2017"]),
            ("Skills", ["Python, SQL, LaTeX, Coursera (Fundamentals of Quantitative Modelling, Introduction to "
                        "Corporate Finance)",
                        "I watched many videos on Udemy (mostly about React) in my free time"])):
        run = d.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(13)
        for line in lines:
            d.add_paragraph(line)
    return save(d)


def course_glued_to_its_certificate_link() -> bytes:
    """A course under experience with its certificate's address glued to its name, a portfolio
    link and a sentence with a link."""
    d = Document()
    d.add_paragraph().add_run("Оксана Приклад").bold = True
    d.add_paragraph("Email: oksana@example.com")
    for heading, lines in (("Навички:", ["HTML, CSS, Git"]),
                           ("Досвід:", ["Вступ до програмуванняhttps://www.example.com/ua/pdf/cert-108415",
                                        "My portfolio https://example.com/certs",
                                        "I completed the course, see https://example.com/cert/1"]),
                           ("Освіта:", ["Example National University, physics"])):
        d.add_paragraph().add_run(heading).bold = True
        for line in lines:
            d.add_paragraph(line)
    return save(d)
