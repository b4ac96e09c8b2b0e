"""What importing a resume suggests for the profile (shown checked at onboarding): each
certification entry read whole, whatever its layout, and no line around it taken for one. Each
test is a trait found on real resumes (bench/resume_import.py)."""

from __future__ import annotations

import pytest
from docx import Document

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.skills.vocabulary import load_vocabulary

from . import traits_batch8
from .docs import bold_heading, save


@pytest.fixture(scope="module")
def read():
    vocabulary = load_vocabulary()
    catalog = load_catalog()

    def run(data: bytes):
        return suggestions_from_resume(data, vocabulary, catalog)
    return run


def resume(*blocks) -> bytes:
    """A resume: a name and contact line, then headings (str starting with '#') and lines; a
    list of rows is a table, a row being a list of cells."""
    document = Document()
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("dana.whitfield@example.com | +1 555 010 2030")
    for block in blocks:
        if isinstance(block, str) and block.startswith("#"):
            bold_heading(document, block[1:])
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    lines = cell if isinstance(cell, list) else [cell]
                    table.cell(r, c).paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        table.cell(r, c).add_paragraph(line)
    return save(document)


def names(found) -> list[str]:
    return [c["name"] for c in found.certifications]


def test_an_entry_written_over_several_lines_is_one_certification(read):
    found = read(resume("#Experience", "Data analyst, Northwind (2019 - 2023)",
                        "#Licenses & Certifications",
                        "Google Data Analytics Professional Certificate", "Coursera", "Issued Mar 2023",
                        "Credential ID GDA-7781",
                        "Tableau Desktop Specialist", "Tableau", "Issued Jan 2022 · Expires Jan 2025"))
    certs = {c["name"]: c for c in found.certifications}
    assert list(certs) == ["Google Data Analytics Professional Certificate", "Tableau Desktop Specialist"]
    first = certs["Google Data Analytics Professional Certificate"]
    assert first["issued"] == "2023-03" and first["credential_id"] == "GDA-7781"
    assert certs["Tableau Desktop Specialist"]["expires"] == "2025-01"


def test_an_issuer_above_its_dated_courses_is_their_issuer_not_a_certification(read):
    found = read(resume("#Courses", "Udemy", "Docker Mastery 2020", "Learn Figma 2022",
                        "Oncology Nursing Society (ONS)", "Chemotherapy/Immunotherapy Certificate 2019 - present",
                        "Courses in bold are in progress."))
    assert names(found) == ["Docker Mastery", "Learn Figma", "Chemotherapy/Immunotherapy Certificate"]
    assert [c["issuer"] for c in found.certifications] == ["Udemy", "Udemy", "Oncology Nursing Society (ONS)"]
    assert [c["issued"] for c in found.certifications] == ["2020-01", "2022-01", "2019-01"]


def test_dates_ids_and_notes_in_other_languages_are_no_certifications(read):
    found = read(resume("#Certificações", "HCIA-5G - Huawei", "OUTUBRO de 2021",
                        "Código da credencial: 2f21439e-ab85-4685", "Curso de Excel 2013 Avançado, Udemy", "JUNHO de 2017",
                        "Cursos em negrito estão em andamento."))
    certs = found.certifications
    assert names(found) == ["HCIA-5G", "Curso de Excel 2013 Avançado"]
    assert certs[0]["issuer"] == "Huawei" and certs[0]["issued"] == "2021-01"
    assert certs[0]["credential_id"] == "2f21439e-ab85-4685"
    assert certs[1]["issuer"] == "Udemy"


def test_the_next_sections_heading_after_a_rule_ends_the_list(read):
    found = read(resume("#Certifications", "Oncology Certified Nurse 2021 - present",
                        "______________________ Professional Work Experience",
                        "2020 - Present Advance Nurse Scholar, Winship Cancer Institute, Atlanta, GA"))
    assert names(found) == ["Oncology Certified Nurse"]


def test_a_table_of_records_is_read_row_by_row_and_by_columns(read):
    rows = resume("#Certifications", [["AWS Certified Cloud Practitioner", "Amazon Web Services", "2023"],
                                      ["Certified ScrumMaster", "Scrum Alliance", "2021"]])
    found = read(rows)
    assert names(found)[:2] == ["AWS Certified Cloud Practitioner", "Certified ScrumMaster"]
    assert [c["issued"] for c in found.certifications[:2]] == ["2023-01", "2021-01"]
    columns = resume("#Certifications", [[["2024. 09. 10", "2021. 10. 01"], ["정보처리기사", "SQL개발자(SQLD)"],
                                          ["한국산업인력공단", "한국데이터산업진흥원"]]])
    found = read(columns)
    assert names(found) == ["정보처리기사", "SQL개발자(SQLD)"]
    assert [c["issuer"] for c in found.certifications] == ["한국산업인력공단", "한국데이터산업진흥원"]


def test_initials_of_another_sense_and_grades_are_no_certifications(read):
    found = read(resume("#Languages", "Hablo inglés con fluidez a un nivel avanzado, concretamente C1 y CAE.",
                        "#Education", "Physics coursework: grade A+ in Quantum Mechanics"))
    assert "Certified Association Executive" not in names(found)
    assert not any("CompTIA" in n for n in names(found))


def test_a_one_letter_skill_needs_another_of_its_kind_beside_it(read):
    nurse = read(resume("#Experience", "Charge nurse, oncology unit. Phone (740) 284-2973(C)",
                        "#Presentations", "Smith, J., Long, E. & Lys, C. (April 2021). Management of Electronic Fax."))
    assert "C" not in {s["name"] for s in nurse.skills}
    developer = read(resume("#Skills", "Languages: C, C++, Python"))
    assert {"C", "C++", "Python"} <= {s["name"] for s in developer.skills}


def test_industries_contact_lines_and_data_cleaning_are_no_skills(read):
    found = read(resume("#Experience", "Data engineer for a tourism agency and a hospital group: data extraction, "
                                       "cleaning and modelling in Python and SQL"))
    skills = {s["name"] for s in found.skills}
    assert {"Python", "SQL"} <= skills
    assert not skills & {"Travel Industry", "Hospitals", "Healthcare Industry", "Housekeeping"}
    hotel = read(resume("#Experience", "Room attendant: cleaning guest rooms and bathrooms, laundry"))
    assert "Housekeeping" in {s["name"] for s in hotel.skills}


def test_the_import_bench_skips_cleanly_without_its_cache_and_matches_either_way(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(root / "bench" / "resume_import.py")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip().count("\n") == 0 and "skipped" in done.stdout
    sys.path.insert(0, str(root / "bench"))
    import resume_import

    assert resume_import.matches("AWS Certified Cloud Practitioner (CLF-C02)", "cloud practitioner")
    assert resume_import.matches("CAE", "Cambridge CAE C1") and not resume_import.matches("2018", "CAE")


def _tabbed(document, name: str, date: str) -> None:
    """A line typed as a name, a tab, and its date at a right tab stop (a professor's CV)."""
    run = document.add_paragraph().add_run(name)
    run.add_tab()
    run.add_text(date)


def test_a_name_and_its_date_split_by_a_tab_over_a_line_saying_what_it_is(read):
    document = Document()
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("dana.whitfield@example.com")
    bold_heading(document, "LICENSES / CERTIFICATIONS")
    for name, date, detail in (("Oracle Academy Certification", "2016", "Java Programming, Oracle Academy"),
                               ("White Belt Certification", "2016", "Fundamentals of Quality and Team Dynamics"),
                               ("Online Faculty Certification", "2007", "Training for Online Teaching, Ivy College"),
                               ("Certificate of Appreciation", "1994", "Ambassador for the United Way")):
        _tabbed(document, name, date)
        document.add_paragraph(detail)
    bold_heading(document, "PROFESSIONAL AFFILIATIONS")
    document.add_paragraph("Member of the Association of Collegiate Business Schools")
    certs = {c["name"]: c for c in read(save(document)).certifications}
    # the detail lines are no certifications of their own, the dates are not glued to the names,
    # and a certificate of appreciation thanks someone: it is no credential
    assert list(certs) == ["Oracle Academy Certification", "White Belt Certification", "Online Faculty Certification"]
    assert certs["Oracle Academy Certification"]["issued"] == "2016-01"
    assert certs["Oracle Academy Certification"]["issuer"] == "Java Programming, Oracle Academy"


def test_an_issuer_in_capitals_over_each_course(read):
    found = read(resume("#Experiencia laboral", "Asistente administrativo, 2019 - 2021",
                        "#Cursos realizados", "ACADEMIA C.E.A.C.", "Reparación y Mantenimiento de Computadoras",
                        "SERVICIO AUTÓNOMO DE CONTRALORÍA SANITARIA", "Manipulación Higiénica de los Alimentos"))
    certs = {c["name"]: c for c in found.certifications}
    assert list(certs) == ["Reparación y Mantenimiento de Computadoras", "Manipulación Higiénica de los Alimentos"]
    assert certs["Reparación y Mantenimiento de Computadoras"]["issuer"] == "ACADEMIA C.E.A.C."


def test_a_certification_in_progress_is_suggested_as_in_progress_not_held(read):
    found = read(resume("#Licenses & Certifications",
                        "Registered Nurse (RN), Texas Board of Nursing, License #345678, Active",
                        "Nurse Executive Competency (NE-BC) – In Progress (Exam scheduled April 2026)",
                        "Basic Life Support (BLS), American Heart Association, Exp. 05/2026",
                        "Courses in bold are in progress."))
    certs = {c["name"]: c for c in found.certifications}
    # the licence line is an entry, not the issuer heading the dated lines under it; its number whole
    assert list(certs) == ["Registered Nurse", "Nurse Executive Competency", "Basic Life Support"]
    assert certs["Registered Nurse"]["credential_id"] == "345678" and certs["Registered Nurse"]["status"] == "earned"
    progress = certs["Nurse Executive Competency"]
    assert (progress["status"], progress["expected"], progress["issued"], progress["issuer"]) == \
        ("in_progress", "2026-04", None, None)
    # a note on the whole list ("Courses in bold are in progress.") puts no entry in progress
    assert certs["Basic Life Support"]["status"] == "earned"


def test_a_course_led_by_its_schools_link_and_an_unknown_heading_after_the_section(read):
    document = Document()
    document.add_paragraph("Dana Whitfield")
    document.add_paragraph("dana.whitfield@example.com")
    document.add_heading("Дополнительное образование", 1)
    document.add_paragraph('https://stepik.org "Поколение Python": курс для начинающих (2022)')
    document.add_paragraph('https://netology.ru "Python-разработчик с нуля" (2024)')
    document.add_heading("Beyond work", 1)
    document.add_paragraph("Marathon runner, Berlin 2019")
    certs = {c["name"]: c for c in read(save(document)).certifications}
    # the link names the school; a heading the lexicon does not know, as high as the section's, ends it
    assert list(certs) == ['"Поколение Python": курс для начинающих', "Python-разработчик с нуля"]
    assert certs["Python-разработчик с нуля"]["issuer"] == "netology.ru"


def test_a_label_table_row_ends_its_section_at_the_next_rows_label(read):
    found = read(resume([["Weiterbildung", ["2021 Wirtschaft digital PWC", "2019 Konfliktmanagement - MDI"]],
                         ["Berufliche Tätlichkeit", ["02.2021 – heute Doehler GmbH",
                                                      "Globaler Segmentmanager für Milchprodukte"]],
                         ["Sprachen", ["Englisch fließend"]]]))
    assert names(found) == ["Wirtschaft digital PWC", "Konfliktmanagement"]


def test_a_period_led_long_course_and_a_line_broken_mid_sentence(read):
    found = read(resume("#Weiterbildung", "2021 Wirtschaft digital PWC",
                        "2018 – 2019 - Learning Journey (2 Jahre internes Programm für das mittlere Management). Führung",
                        "kompetenztraining, Moderation, Krisen-, Zeitmanagement....usw. )",
                        "2014 Moderationstraining - MDI",
                        "2007 Die Rolle des Managers bei der Gestaltung der Unternehmenskultur, interne Partnerschaft TTIP",
                        "#Sprachen", "Englisch fließend"))
    certs = {c["name"]: c for c in found.certifications}
    # the broken-off line is neither a course nor the issuer of the courses under it; the period
    # before a course is no part of its name
    assert list(certs) == ["Wirtschaft digital PWC", "Learning Journey", "Moderationstraining",
                           "Die Rolle des Managers bei der Gestaltung der Unternehmenskultur, interne Partnerschaft TTIP"]
    assert certs["Moderationstraining"]["issuer"] == "MDI" and certs["Learning Journey"]["issued"] == "2018-01"


def test_a_course_written_as_a_sentence_loses_its_full_stop(read):
    found = read(resume("#Otros títulos", "Carnet de conducir para turismos (B).",
                        "Curso de desarrollo Android en OpenWebinars."))
    assert "Curso de desarrollo Android en OpenWebinars" in names(found)


def test_a_certification_whose_line_opens_with_its_progress_keeps_its_name(read):
    found = read(resume("#Certifications",
                        "Pursuing PMP Certification",
                        "Candidate, CFA Level II",
                        "Certified Scrum Master (CSM), Scrum Alliance, 2022"))
    certs = {c["name"]: c for c in found.certifications}
    assert {certs[n]["status"] for n in certs if n != "Certified Scrum Master"} == {"in_progress"}
    assert any("PMP" in n for n in certs) and any("CFA" in n for n in certs), list(certs)
    assert certs["Certified Scrum Master"]["status"] == "earned"


def test_trainings_each_a_long_line_ending_in_when_and_where(read):
    """A "TRAININGS" section (the plural of a listed name) whose entries are long names followed
    by a dated tail ("..., June-July 2024-Virtual"): names, not notes, and the tail is no part."""
    found = read(resume("#PROFILE SUMMARY", "An officer who coordinates climate projects.",
                        "#TRAININGS",
                        "The Women Delegates Fund Night School: UNFCCC Negotiations Skills and Technical Language "
                        "Training, November 2024-Baku",
                        "African Group of Negotiators Experts Support-Women and Gender Climate Change Negotiators "
                        "Training, June-July 2024-Virtual",
                        "Gender Sensitive Project Planning and Implementation, August 2024-Banjul",
                        "#RELEVANT SKILLS", "Communication: drafting reports and official documents"))
    assert names(found) == [
        "The Women Delegates Fund Night School: UNFCCC Negotiations Skills and Technical Language Training",
        "African Group of Negotiators Experts Support-Women and Gender Climate Change Negotiators Training",
        "Gender Sensitive Project Planning and Implementation"]
    assert found.certifications[0]["issued"] == "2024-11" and found.certifications[2]["issued"] == "2024-08"


def test_a_dated_line_is_no_issuer_and_a_line_naming_its_issuer_heads_no_list(read):
    """"Course, Freecodecamp.org." over "Programming Foundation: linkedin learning, 2022." and
    courses ", Udemy, 2022.": two courses (the first names its own issuer; "Foundation" in the
    second is no organisation when the line is dated), each without its year."""
    found = read(resume("#Certification", "JavaScript Algorithms and Data Structures, Freecodecamp.org.",
                        "Programming Foundation: linkedin learning, 2022.", "Modern React with Redux, Udemy, 2022.",
                        "#Education", "Masters in political science, Suez Canal University, 2020."))
    assert names(found) == ["JavaScript Algorithms and Data Structures", "Programming Foundation: linkedin learning",
                            "Modern React with Redux"]
    assert found.certifications[2]["issuer"] == "Udemy"


def test_a_section_of_degrees_and_certifications_suggests_no_degree(read):
    """"Academic qualification, trainings and professional certifications": a degree at a
    university is no certification; "C++ (Training)" is one, its parenthesis all there is to read."""
    found = read(resume("#ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS",
                        "BSCS UNIVERSITY OF LAHORE (continue)", "Certified Web developer from UET", "C++ (Training)",
                        "#OBJECTIVE", "Full-time work as a software engineer."))
    assert names(found) == ["Certified Web developer from UET", "C++ (Training)"]


def test_lines_elsewhere_that_say_they_are_a_certification(read):
    """Outside any certification section: a row of skills acquired at work opening with the word
    ("Certificare ... – atestat ASF 2018", cut at its spaced colon), an education line naming a
    certificate programme after its university; not a sentence about one, nor a certificate of
    thanks, nor a school-leaving certificate."""
    found = read(resume("#EDUCATION", "Bahçeşehir Üniversitesi | TÜRKMER Türkçe Öğretimi Sertifika Programı 2017",
                        "Kenya Certificate of Secondary Education",
                        "#SKILLS", "Certificare MIFID II – atestat „ASF” 2018",
                        "Certificare in asigurări  : Institutul de Management în Asigurări – IMA  septembrie 2016",
                        "I completed a certificate programme in bookkeeping",
                        "Certificate of Appreciation, Red Cross"))
    assert names(found) == ["TÜRKMER Türkçe Öğretimi Sertifika Programı", "Certificare MIFID II",
                            "Certificare in asigurări"]
    assert found.certifications[0]["issuer"] == "Bahçeşehir Üniversitesi"
    assert found.certifications[1]["issued"] == "2018-01"  # a year alone, as the import writes it


def test_language_tests_anywhere_in_their_own_words_with_their_level(read):
    """A language test is a certification wherever the resume writes it: a languages line in a
    sentence ("Anglais courant (TOEFL)."), an education line beside a Cambridge exam, a level after
    the name; one Cambridge exam written twice ("CAE (Certificate in Advanced English)") is one."""
    found = read(resume("#EDUCATION", "Master of Engineering, Northfield Polytechnic, 2015",
                        "Cambridge CAE C1, TOEFL 110-114 level English classes.",
                        "#LANGUAGES", "Anglais courant (TOEFL).", "Französisch: DELF B2 (2019)",
                        "Deutsch: Goethe-Zertifikat C1",
                        "Inglés avanzado: CAE (Certificate in Advanced English) según los exámenes de Cambridge."))
    assert names(found) == ["Cambridge CAE C1", "TOEFL", "DELF B2", "Goethe-Zertifikat C1"]
    assert found.certifications[2]["issued"] == "2019-01"


def test_a_language_test_taught_prepared_or_of_another_sense_is_none(read):
    """Control: an English teacher's "IELTS preparation classes", an examiner, an exam being
    prepared, and CAE beside no word of English (computer-aided engineering) suggest nothing."""
    found = read(resume("#EXPERIENCE", "Taught IELTS and TOEFL preparation classes to adult learners",
                        "Cambridge English examiner for FCE speaking tests",
                        "CAE simulation of car bodies with ANSYS and Abaqus",
                        "#LANGUAGES", "English: preparing for IELTS, exam scheduled June 2026"))
    assert [c for c in found.certifications if c["status"] == "earned"] == []


def test_a_driving_licence_in_the_contact_block_or_a_short_line(read):
    """A driving licence in the resume's own words and class: glued to the contact block's
    e-mail ("...@example.comPATENTE GUIDA: Tipo B"), or a row of its own ("Permis de conducere |
    Categoria B"); a sentence saying a job let someone do something ("m'a permis d'apprendre") is
    no licence (control)."""
    document = Document()
    document.add_paragraph("Marco Bellandi")
    document.add_paragraph("CELLULARE: +39 333 000 1111E-MAIL: marco.b@example.comPATENTE GUIDA: Tipo B")
    bold_heading(document, "ESPERIENZE")
    document.add_paragraph("Magazziniere, Logistica Nord, 2019-2022")
    found = read(save(document))
    assert names(found) == ["PATENTE GUIDA Tipo B"]
    found = read(resume("#EDUCATION", "Permis de conducere | Categoria B Ianuarie 1995",
                        "#EXPÉRIENCE", "Ce stage m'a permis d'apprendre la gestion de stock."))
    assert names(found) == ["Permis de conducere Categoria B"]


def test_a_course_or_attestation_among_degrees_in_education(read):
    """An education section's line naming a course or an attestation is a certification, in the
    part that says so ("curs operare calculator" after its school's name, "VCA-attest ..."); the
    degrees around it, a label before a degree's modules ("Relevant courses: ...", "Core
    Courses"), a school named "... e Curso ..." and a "Curso/Area:" field are not (controls)."""
    found = read(resume("#EDUCATION", "2009-2011 | Universitatea Nordica, Facultatea de Finanţe",
                        "2003-2004 | “Infoserv Atelier” ,curs operare calculator ;",
                        "2007-2009\tVCA-attest geldig tot 2019",
                        "BSc Computer Science, Northfield University, 2016",
                        "Relevant courses: Data Structures, Operating Systems",
                        "Core Courses\tMicroeconomics, Econometrics",
                        "COLÉGIO E CURSO ACP CENTRAL", "Curso/Area: Informatica"))
    assert names(found) == ["curs operare calculator", "VCA-attest geldig tot 2019"]
    assert found.certifications[0]["issued"] == "2003-01"


def test_a_licence_the_vocabulary_knows_is_suggested_once_in_the_resumes_words(read):
    """A French contact block's "Permis B + véhicule": one suggestion, "Permis B" (the resume's own
    words, as for a licence the vocabulary does not know), not that and "Driver's License"; a
    Cambridge exam written "Cambridge CAE C1" is not suggested again as "CAE"."""
    document = Document()
    document.add_paragraph("Claire Fontaine")
    document.add_paragraph("claire.fontaine@example.fr\tPermis B + véhicule")
    bold_heading(document, "EXPÉRIENCE PROFESSIONNELLE")
    document.add_paragraph("Développeuse logicielle chez Atelier Numérique, de 2016 à 2023 : conception des "
                           "applications de gestion et suivi des équipes de développement.")
    bold_heading(document, "FORMATION")
    document.add_paragraph("Cambridge CAE C1, cours d'anglais de niveau avancé.")
    assert names(read(save(document))) == ["Permis B", "Cambridge CAE C1"]


def test_a_driving_licence_the_resume_says_the_person_has_not_is_none(read):
    """"No driving licence", "Driving licence: No", "Sans permis de conduire", "Kein Führerschein":
    the line denies the licence, nothing is suggested; a licence's number ("No. 4821") is no denial."""
    for line in ("No driving licence", "Driving licence: No", "Sans permis de conduire", "Kein Führerschein",
                 "I do not hold a driving licence"):
        found = read(resume("#EXPERIENCE", "Warehouse operative, Northgate Logistics, 2019-2022",
                            "#ADDITIONAL INFORMATION", line))
        assert names(found) == [], line
    found = read(resume("#ADDITIONAL INFORMATION", "Driving licence B, No. 4821"))
    assert names(found) == ["Driving licence B"]


def test_degrees_under_a_heading_of_education_and_certifications_are_no_certifications(read):
    """A section that holds both ("Education & Certifications"): a degree with no university
    named ("Bachelor of Science in Nursing", "B.Sc. ...", "MBA") is none; the certifications are."""
    found = read(resume("#EDUCATION AND CERTIFICATIONS", "Bachelor of Science in Nursing, Texas Nursing College, 2015",
                        "B.Sc. Computer Science — Northfield Polytechnic, 2012", "MBA, Westbrook Business School, 2019",
                        "BLS Certification, American Heart Association, 2020", "Professional Scrum Master I, 2021"))
    assert names(found) == ["BLS Certification", "Professional Scrum Master I"]


def test_during_a_course_of_is_no_course_in_education(read):
    """French "au cours de" and English "in the course of" say when, not what was taken."""
    found = read(resume("#EDUCATION", "Stage au cours de la deuxième année chez Renault",
                        "Project in the course of the final year, Northfield Polytechnic",
                        "Master en informatique, Université de Lyon, 2018", "Cours de secourisme PSC1, 2016"))
    assert names(found) == ["Cours de secourisme PSC1"]


def test_a_form_row_of_column_labels_heads_the_licence_rows_under_it(read):
    """'年 | 月 | 免許・資格' is a column header: each row under it is one licence (its item cell,
    dated by the year and month cells, less the word saying it was passed: 合格, 取得), up to the
    form's rows of another shape."""
    found = read(traits_batch8.form_with_licence_rows())
    assert names(found) == ["第二種情報処理技術者試験", "日本商工会議所 簿記検定 ２級", "第一種 普通自動車免許"]
    assert not any("平成" in n or "通勤" in n or "志望" in n for n in names(found))


def test_a_qualification_table_reads_its_rows_not_its_date_column_label(read):
    """The header row 'qualification | date obtained' labels the columns: its date label is no
    certification, and every row under it is one, the date cell its date."""
    found = read(traits_batch8.certificate_table_with_column_header())
    assert names(found) == ["基本情報技術者試験", "日本語能力試験１級", "普通自動車第一種運転免許"]
    assert [c["issued"] for c in found.certifications] == ["2022-05", "2018-01", "2017-07"]


def test_courses_named_by_a_head_and_a_long_course_shaped_as_its_neighbours(read):
    """A list opening with 'Name: what it covered.' lines, then '<course> – <school>' lines, one of
    them long: each is a course (the head names it; the long one has its neighbours' shape)."""
    found = read(resume(
        "#Cursos concluídos:",
        "Informática básica: Word, Excel, Power Point, Corel Draw, Internet, Digitação, Montagem e Manutenção.",
        "Curso de injeção eletrônica avançada: sistema flex, acelerador eletrônico e diagnóstico eletrônico.",
        "Debugging Java – Digital Innovation One",
        "Criando um banco digital com Java e orientação a objetos do zero – Digital Innovation One",
        "Introdução Git e GitHub – Digital Innovation One"))
    assert names(found) == ["Informática básica", "Curso de injeção eletrônica avançada", "Debugging Java",
                            "Criando um banco digital com Java e orientação a objetos do zero",
                            "Introdução Git e GitHub"]


def test_a_topics_line_under_a_named_certification_stays_its_note(read):
    """Control: 'Topics: ...' under a certification describes it; it is no course of its own."""
    found = read(resume("#Certifications", "Certified ScrumMaster, Scrum Alliance, 2023",
                        "Topics: sprint planning, backlog refinement, retrospectives and the role of the team."))
    assert names(found) == ["Certified ScrumMaster"]


def test_the_german_test_for_immigrants_inside_education_is_a_language_certificate(read):
    """An integration course's outcome written under Ausbildung ('Abschluss: Zertifikat Deutsch-Test
    für Zuwanderer B1') is a language test result, as TOEFL or Goethe-Zertifikat are."""
    found = read(resume("#Ausbildung", "01.2023 - 12.2023\tSchulungsgesellschaft mbH, Duisburg",
                        "Integrationskurs", "Abschluss: Zertifikat Deutsch-Test für Zuwanderer B1",
                        "09.2015 - 05.2022\tTechnisches Lyzeum, Kyjiw",
                        "Abschluss: Erwerb der allgemeinen Sekundarbildung"))
    assert names(found) == ["Deutsch-Test für Zuwanderer B1"]


def test_a_heading_that_opens_with_certification_is_no_certification(read):
    """"Certification & Awards" or "Certification and Training:" written as a plain line (with
    nothing under it, not read as a heading) names sections, not a certification."""
    for line in ("Certification & Awards", "Certification and Training:"):
        found = read(resume("#SKILLS", "Customer service, stock control", line))
        assert names(found) == [], line
    found = read(resume("#SKILLS", "Customer service, stock control", "Certification MIFID II – ASF 2018"))
    assert names(found) == ["Certification MIFID II"]
