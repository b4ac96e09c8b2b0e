"""Small synthetic resumes for traits of real resumes that tailoring got wrong in the eleventh
batch: a courses section whose heading adds a word of its own to the courses ("Extracurricular
courses:", "Cursos qualificação:", "Actualizaciones y Formación Continua:"), typed like the
document's other colon-ended headings; and its control, a teacher's "Courses taught:" section, no
credentials. Each builder returns the .docx bytes."""

from __future__ import annotations

from docx import Document
from docx.shared import Pt

from .docs import save


def _heading(d, text, bold):
    run = d.add_paragraph().add_run(text)
    if bold:  # bold and underlined at a size above the body's
        run.bold, run.underline, run.font.size = True, True, Pt(12)
    else:  # only drawn larger than the body, neither bold nor in capitals
        run.font.size = Pt(18)


def qualified_courses_heading(courses_heading: str = "Extracurricular courses:", bold: bool = True) -> bytes:
    """Name, personal lines, then colon-ended headings (bold and underlined, or only larger than
    the body): studies, the courses under ``courses_heading`` (two year-led lines), experience,
    and a section whose heading names no courses ("Computer knowledge:")."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    name = d.add_paragraph().add_run("ROSTAMI, Dariush")
    name.bold, name.font.size = True, Pt(14)
    d.add_paragraph("Date of birth: March 3rd, 1990")
    d.add_paragraph("E-mail address: d.rostami@example.com")
    d.add_paragraph("Phone numbers: +98-21-5550123")
    for heading, body in (("Academic Studies:", ["2015: MA of Translation Studies from Example University"]),
                          (courses_heading, ["2022: TESOL Advanced Certificate from an online provider",
                                             "2013: Literary translation workshop at Example University"]),
                          ("Professional experience:", ["2019 – Present: full-time translator at an example company",
                                                        "2016 – 2019: English language teacher at a language institute"]),
                          ("Computer knowledge:", ["Word, Excel, PowerPoint"])):
        _heading(d, heading, bold)
        for line in body:
            d.add_paragraph(line)
    return save(d)


def courses_taught(heading: str = "Courses taught:", bold: bool = True) -> bytes:
    """A lecturer's CV: education, the courses she teaches under ``heading`` (course codes and
    titles), experience; colon-ended headings as in ``qualified_courses_heading``."""
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    name = d.add_paragraph().add_run("Dr. Lucia Ferreyra")
    name.bold, name.font.size = True, Pt(14)
    d.add_paragraph("lucia.ferreyra@example.edu")
    for heading_text, body in (("Education:", ["PhD in History, Example University, 2010"]),
                               (heading, ["HIST 101 World History", "HIST 205 Modern Europe"]),
                               ("Experience:", ["Associate professor, Example University, 2012 - present"])):
        _heading(d, heading_text, bold)
        for line in body:
            d.add_paragraph(line)
    return save(d)
