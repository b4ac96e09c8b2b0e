"""Import on traits of real resumes of batches 11 and 12 (synthetic fixtures in
``traits_import12.py``)."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.profile.dates import to_month
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import read_resume
from credstack.skills.vocabulary import load_vocabulary

from . import traits_import12


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: suggestions_from_resume(data, vocabulary, catalog)


def test_a_heading_with_its_lines_in_a_text_box_heads_that_box_only(read):
    data = traits_import12.courses_box_before_other_boxes()
    assert read_resume(data).sections["certifications"] == ["Welding Safety Course", "Forklift Operator Training"]
    names = [c["name"] for c in read(data).certifications]
    assert "Welding Safety Course" in names
    assert not any("Plumbing" in n or "Anna" in n or "@" in n for n in names)


def test_a_heading_alone_in_its_box_heads_the_lines_of_the_next_box(read):
    data = traits_import12.courses_heading_alone_in_its_box()
    assert read_resume(data).sections["certifications"] == ["Welding Safety Course", "Forklift Operator Training"]


def test_a_licences_state_registry_numbers_and_expiry_are_its_details_not_entries(read):
    found = read(traits_import12.licence_with_its_fields()).certifications
    assert [c["name"] for c in found] == ["Licensed Clinical Social Worker", "Food Handler Certificate"]
    assert found[0]["expires"] == "2027-06"


def test_an_organisation_written_before_its_course_is_the_issuer(read):
    found = {c["name"]: c for c in read(traits_import12.organisation_before_its_course()).certifications}
    course = next(n for n in found if "Trauma Informed Care" in n)
    assert found[course]["issuer"] == "Example State University at Springfield"
    assert found["Motivational Interviewing for Brief Counseling and Referral"]["issuer"] == "Example College"
    assert not any("Contest" in n or "Association" in n for n in found)  # a contest is no course


def test_a_label_tables_rows_end_the_courses_and_are_read_for_what_they_state(read):
    names = [c["name"] for c in read(traits_import12.label_rows_after_the_courses()).certifications]
    assert "Business-Englisch Auffrischung" in names
    assert not any(n in ("Sprachen", "EDV", "Dortmund") or n.startswith("Sprachen") for n in names)
    assert any(n.startswith("LCCI") for n in names)  # a language test on the languages row
    assert any(n.startswith("Führerschein") for n in names)


def test_cambridge_pet_beside_english_and_not_the_plastic(read):
    names = [c["name"] for c in read(traits_import12.cambridge_preliminary_and_a_plastic()).certifications]
    assert any(n.startswith("PET") for n in names)
    assert not any("bottle" in n.casefold() or "Plastics" in n for n in names)
    assert sum(n.startswith("PET") for n in names) == 1


def test_a_prize_under_the_certifications_is_no_certification(read):
    names = [c["name"] for c in read(traits_import12.prizes_among_certifications()).certifications]
    assert not any("Manager Choice" in n or "Prize" in n for n in names)
    assert any("ISTQB" in n for n in names)
    assert any(n.startswith("Certified ScrumMaster") for n in names)  # awarded, but a certification


def test_spanish_and_portuguese_degrees_are_no_courses(read):
    names = [c["name"] for c in read(traits_import12.spanish_degrees_among_courses()).certifications]
    assert not any("BACHILLER" in n or "TECNICATURA" in n or "Ingeniería" in n or "ETEC" in n for n in names)
    assert "FUNDAMENTOS DE PYTHON" in names
    assert any("Curso de Inglês" in n for n in names)


def test_a_language_test_named_as_the_yardstick_of_another_is_not_held(read):
    names = [c["name"] for c in read(traits_import12.tests_named_as_a_yardstick()).certifications]
    assert not any("TOEFL" in n or "JLPT" in n for n in names)
    assert any(n.startswith("DELF") for n in names)


def test_initials_keep_their_spelling_out_and_a_glued_period_is_no_part_of_a_name(read):
    names = [c["name"] for c in read(traits_import12.course_names_with_brackets()).certifications]
    assert "TTC (Teacher Training Course)" in names
    assert "SCRATCH: PROGRAMAÇÃO CRIATIVA" in names
    assert "CCNA" in names and "ITIL" in names  # a year, a level: no spelling out


def test_a_portuguese_driving_licence_written_without_de(read):
    names = [c["name"] for c in read(traits_import12.course_names_with_brackets()).certifications]
    assert any(n.startswith("Carta condução") for n in names)


def test_a_course_named_in_quotes_in_a_sentence(read):
    found = {c["name"]: c for c in read(traits_import12.courses_named_in_quotes_in_sentences()).certifications}
    assert found["English Naturally"]["issued"] == "2016-01"
    assert not any("viajeros" in n for n in found)  # taught, not taken
    assert sum("Python-разработчик" in n for n in found) == 1  # the section's own entry only


def test_expedido_is_issued_not_expires(read):
    found = {c["name"]: c for c in read(traits_import12.issued_in_spanish_and_an_expiry()).certifications}
    pet = next(c for n, c in found.items() if n.startswith("PET"))
    assert pet["issued"] == "2014-01" and pet["expires"] is None
    handler = next(c for n, c in found.items() if n.startswith("Manipulador"))
    assert handler["expires"] == "2024-01"


def test_a_name_over_its_issuer_and_year_is_one_certification(read):
    found = {c["name"]: c for c in read(traits_import12.names_over_their_issuer_and_year()).certifications}
    assert found["Network+ Certification"]["issued"] == "2009-01"
    assert found["Leadership Course Level II"]["issuer"] == "EXAMPLE FORCE"
    assert not any(n.startswith(("COMMUNITY", "COMPTIA", "EXAMPLE", "Example Air", "Other Air", "Associate"))
                   for n in found)
    assert "HTML" in found and "Python" in found  # rows of a table under an issuer heading stay entries


def test_the_name_in_the_page_header_is_no_skill(read):
    skills = [s["name"] for s in read(traits_import12.name_in_the_page_header(False)).skills]
    assert "Python" in skills and "Jenkins" not in skills
    skills = [s["name"] for s in read(traits_import12.name_in_the_page_header(True)).skills]
    assert "Jenkins" in skills  # named in the body: a skill


@pytest.mark.parametrize("text, month", [
    ("Fevereiro 2022", "2022-02"), ("Março de 2020", "2020-03"), ("Diciembre 2019", "2019-12"),
    ("Okt 2020", "2020-10"), ("juin 2021", "2021-06"), ("Juillet 2021", "2021-07"),
    ("March 2021", "2021-03"), ("Jun 2021", "2021-06"),  # English, as before
    ("Outlook 2016", None), ("Maintenance 2020", None),  # words that begin like a month: no date
])
def test_months_written_in_portuguese_spanish_french_german(text, month):
    assert to_month(text) == month


def test_a_course_dated_with_portuguese_months_gets_its_month(read):
    found = read(traits_import12.course_dated_in_portuguese()).certifications
    assert [(c["name"], c["issued"]) for c in found] == [("Inglês-EF Level 2", "2022-02")]
