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
