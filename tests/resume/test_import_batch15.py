"""Import on traits of real resumes of batch 15, each on a small synthetic .docx built here, with
a control that must keep reading as before."""

from __future__ import annotations

import pytest
from docx import Document

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import read_resume
from credstack.skills.vocabulary import load_vocabulary

from .docs import save


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: suggestions_from_resume(data, vocabulary, catalog)


def _resume(heading: str, lines: list[str], *, broken: bool = False, more: tuple[str, list[str]] | None = None) -> bytes:
    """A name, an e-mail, an experience entry, then ``heading`` over ``lines``: one paragraph each,
    or with ``broken`` one paragraph whose lines are separated by line breaks (Shift+Enter)."""
    d = Document()
    d.add_paragraph("Dana Kovacs")
    d.add_paragraph("dana.kovacs@example.com")
    d.add_heading("Experience", level=1)
    d.add_paragraph("Office Manager, Example Dental, 2019–2024")
    d.add_heading(heading, level=1)
    if broken:
        p = d.add_paragraph()
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k < len(lines) - 1:
                run.add_break()
    else:
        for line in lines:
            d.add_paragraph(line)
    if more is not None:
        d.add_heading(more[0], level=1)
        for line in more[1]:
            d.add_paragraph(line)
    return save(d)


COURSES = ["- Soporte de Tecnologías de la Información de Google (Coursera)",
           "- Contabilidad para no contadores (Udemy)", "- Excel avanzado para oficinas (Udemy)"]


def test_lines_broken_inside_one_paragraph_are_lines_of_their_own(read):
    data = _resume("CERTIFICACIONES", COURSES, broken=True)
    assert read_resume(data).sections["certifications"] == COURSES
    names = [c["name"] for c in read(data).certifications]
    assert names == ["Soporte de Tecnologías de la Información de Google", "Contabilidad para no contadores",
                     "Excel avanzado para oficinas"]


def test_control_the_same_courses_as_paragraphs_read_the_same(read):
    broken = read(_resume("CERTIFICACIONES", COURSES, broken=True)).certifications
    assert read(_resume("CERTIFICACIONES", COURSES)).certifications == broken


def test_contact_lines_broken_in_one_paragraph_are_each_contact():
    d = Document()
    p = d.add_paragraph()
    for k, line in enumerate(["Dana Kovacs", "Calle 54 #47-03, Springfield", "dana.kovacs@example.com"]):
        run = p.add_run(line)
        if k < 2:
            run.add_break()
    d.add_heading("Experience", level=1)
    d.add_paragraph("Office Manager, Example Dental, 2019–2024")
    contact = read_resume(save(d)).contact
    assert "dana.kovacs@example.com" in contact and "Calle 54 #47-03, Springfield" in contact


def test_an_online_platforms_course_named_master_is_a_course_with_its_platform(read):
    found = read(_resume("Certificaciones", ["Master en PHP, SQL, POO, Laravel, Symfony (Udemy)"])).certifications
    assert [(c["name"], c["issuer"]) for c in found] == [("Master en PHP, SQL, POO, Laravel, Symfony", "Udemy")]


def test_control_a_masters_degree_at_a_school_is_no_course(read):
    found = read(_resume("Certificaciones", ["Máster en Ingeniería de Software (Escuela Politécnica)"]))
    assert found.certifications == []


PIPES = ["Google Cloud Certified Professional Cloud Architect | AWS Certified Solutions Architect – Associate | "
         "VMWare VCP |", "Microsoft MCSE/MCSA | Citrix CCA | Cisco CCNA | SonicWall | SCSA"]


def test_certifications_listed_between_bars_are_one_each(read):
    names = [c["name"] for c in read(_resume("CERTIFICATIONS", PIPES)).certifications]
    assert len(names) == 8
    assert names[2] == "VMWare VCP" and names[-2:] == ["SonicWall", "SCSA"]
    assert any(n.startswith("AWS Certified Solutions Architect") for n in names)


def test_control_a_records_row_between_bars_is_one_certification_with_its_issuer(read):
    found = read(_resume("Certifications", ["Food Handler Certificate | Example County Health Department | 2023",
                                            "Forklift Operator Training | Example Safety Association | Springfield"]))
    assert [(c["name"], c["issuer"]) for c in found.certifications] == [
        ("Food Handler Certificate", "Example County Health Department"),
        ("Forklift Operator Training", "Example Safety Association")]


def test_a_dash_bullet_before_a_dated_course_and_a_hobby_with_honours(read):
    found = read(_resume("Курсы", [
        "– 2014-2016 – курсы фотографии (имеется сертификат об окончании).",
        "– 2006-2012 – большой теннис (есть грамоты за несколько соревнований)."])).certifications
    assert [(c["name"], c["issued"]) for c in found] == [("курсы фотографии", "2014-01")]


def test_control_an_open_period_keeps_its_dash(read):
    found = read(_resume("Курсы", ["Бухгалтерский учёт, 1С, 2020 –"])).certifications
    assert [c["name"] for c in found] == ["Бухгалтерский учёт, 1С"]


def test_russian_languages_and_personal_qualities_headings_end_the_courses():
    data = _resume("Курсы", ["курсы фотографии, 2016"], more=("Иностранные языки:", ["английский язык", "уровень С1"]))
    sections = read_resume(data).sections
    assert sections["certifications"] == ["курсы фотографии, 2016"]
    assert "английский язык" in sections["other"]
    qualities = read_resume(_resume("Курсы", ["курсы фотографии, 2016"], more=("Личные качества", ["Трудолюбие"])))
    assert qualities.sections["certifications"] == ["курсы фотографии, 2016"]


def test_control_a_russian_courses_heading_still_heads_courses():
    data = _resume("Повышение квалификации", ["Охрана труда, 2021"])
    assert read_resume(data).sections["certifications"] == ["Охрана труда, 2021"]


def _skills_line(line: str) -> bytes:
    return _resume("Technical Skills", ["Programming: Python, Java", line])


def test_a_certifications_label_in_a_skills_list_is_no_part_of_the_name(read):
    names = [c["name"] for c in read(_skills_line("Certifications: Security+")).certifications]
    assert names == ["Security+"]


def test_control_the_name_alone_on_a_skills_line_reads_the_same(read):
    names = [c["name"] for c in read(_skills_line("Security+ (2022)")).certifications]
    assert names == ["Security+"]


def test_a_course_with_its_school_and_year_after_a_colon_and_a_bullet(read):
    found = read(_resume("Cursos y Certificaciones", [
        "Energías Renovables: Example Solar Institute, Santiago • 2023",
        "Formación teórica y práctica sobre tecnologías solares y su implementación.",
        "Edición de Videos: [Plataforma Online] • 2019"])).certifications
    assert [(c["name"], c["issuer"], c["issued"]) for c in found] == [
        ("Energías Renovables", "Example Solar Institute, Santiago", "2023-01"),
        ("Edición de Videos", None, "2019-01")]  # a template's placeholder names no school


def test_control_a_catalog_name_with_a_colon_keeps_it(read):
    found = read(_resume("Certifications", ["Microsoft Certified: Azure Fundamentals • 2023"])).certifications
    assert [c["catalog_id"] for c in found] == ["microsoft-az-900"]
    assert found[0]["name"].startswith("Microsoft Certified: Azure Fundamentals")


def test_a_grade_line_among_trainings_is_no_certification_nor_an_issuer(read):
    assert read(_resume("Weiterbildung", ["Abschluss mit „Gut“"])).certifications == []
    found = read(_resume("Weiterbildung", [
        "Abschluss mit „Gut“", "11/1990- 09/1992\tBetriebswirtschaft für Akademiker",
        "Lehrgang Arbeitssicherheit, 1994"])).certifications
    assert [(c["name"], c["issuer"]) for c in found] == [("Betriebswirtschaft für Akademiker", None),
                                                          ("Lehrgang Arbeitssicherheit", None)]


def test_control_an_undated_school_over_dated_trainings_is_their_issuer(read):
    found = read(_resume("Weiterbildung", [
        "Example Bildungswerk", "11/1990- 09/1992\tBetriebswirtschaft für Akademiker",
        "Lehrgang Arbeitssicherheit, 1994"])).certifications
    assert {c["issuer"] for c in found} == {"Example Bildungswerk"}


def _other(line: str) -> bytes:
    return _resume("Additional Information", [line])


def test_a_course_named_in_quotes_after_the_plural_word(read):
    names = [c["name"] for c in read(_other(
        'Есть опыт работы с детьми, проходила курсы "Стань вожатым" на базе детского центра.')).certifications]
    assert names == ["Стань вожатым"]


def test_control_courses_taught_in_quotes_are_not_taken(read):
    assert read(_other('Taught courses "Python Basics" to pupils of the centre.')).certifications == []
