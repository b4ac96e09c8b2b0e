"""Advice on 200 more real postings (bench/advice/nontech_real.json, batch nontech_real-advice12,
labelled before the advice was read on them), each trait reproduced in a posting written here.

The school teacher's licences and tests (QTS, Praxis, the National Board's certificates, TExES, FTCE)
went to a clinical nurse educator, a trust's clinical teaching fellow, an ambulance trainer, a
university lecturer, a paraprofessional and swimming, Swahili and data science instructors, whose
postings are in the education group and ask for teaching: they are a school's (role_credentials).
A medical assistant's "National Certification as a Medical Assistant" was read as the teachers'
National Board Certification. UK and Australian postings that name no place got US licences: an
NHS band and a British telephone number, or a Royal Infirmary, are two British hints; "Aboriginal and
Torres Strait Islander" and "Indigenous Australians" are Australia's words. The pharmacy technician's
certificate went to a pharmacy software consultant, a medical case manager and a pharmacist manager,
whose titles or duties say "pharmacy": it is a technician's or a dispensing assistant's. A workers'
compensation underwriter was read as a pay and benefits job for the word "compensation", and got an
inbound sales course: workers' compensation is an insurance line."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import title_groups
from credstack.places import load_places
from credstack.postings import parse_posting

TEACHING = """{title}
London
Requirements
- Experience of teaching and curriculum development
- Classroom management and student assessment
"""

MEDICAL_ASSISTANT = """Medical Assistant
Houston, TX 77002
Requirements
- One year of experience as a Medical Assistant, including venipuncture
- National Certification as a Medical Assistant
- Bilingual skills in English/Spanish
"""


def picks(res, posting: str) -> list[str]:
    result = analyze(parse_posting(posting), res)
    return [r.credential.id for r in result.recommendations.recommendations]


@pytest.mark.parametrize("title", ["Clinical Nurse Educator", "Clinical Teaching Fellow", "Swahili Instructor",
                                   "Lecturer in Ecology"])
def test_a_teacher_licence_is_no_advice_outside_a_school(res, title):
    assert "uk-qts" not in picks(res, TEACHING.format(title=title))


def test_a_schools_teacher_still_gets_qts(res):
    assert "uk-qts" in picks(res, TEACHING.format(title="Primary Teacher"))


def test_a_medical_assistants_national_certification_is_no_teachers_board(res):
    result = analyze(parse_posting(MEDICAL_ASSISTANT), res)
    names = {s.name for s in result.skills}
    assert "Certified Medical Assistant" in names and "National Board Certification" not in names
    assert not [r.credential.id for r in result.recommendations.recommendations if r.credential.id.startswith("nbpts")]


@pytest.mark.parametrize("text, country", [
    ("Band 4 until qualified. For informal visits call 01872 255997.", "GB"),
    ("An experienced Band 5 Registered Nurse at the Bradford Royal Infirmary.", "GB"),
    ("We encourage applications from Aboriginal and Torres Strait Islander people.", "AU"),
    ("Call 01872 255997 for details.", None),  # one hint alone tells nothing
    ("Call our Dublin office on 01 234 5678 or Sydney on 02 9876 5432.", None),
])
def test_british_and_australian_words_name_the_country(text, country):
    assert load_places().country_in_text(text) == country


PHARMACY = """{title}
Phoenix, AZ 85004
Requirements
- Experience in a retail or hospital pharmacy
- Knowledge of pharmacy operations and dispensing workflows
"""


@pytest.mark.parametrize("title, advised", [
    ("Pharmacy Technician", True), ("Software Implementation Consultant, Pharmacy", False),
    ("Medical Case Manager", False),
])
def test_the_pharmacy_technicians_certificate_is_a_technicians(res, title, advised):
    assert ("ptcb-cpht" in picks(res, PHARMACY.format(title=title))) is advised


@pytest.mark.parametrize("title, group", [
    ("Senior Workers' Compensation Underwriter", "finance"), ("Workers Compensation Claims Adjuster", "finance"),
    ("Compensation Analyst", "human_resources"), ("Compensation and Benefits Manager", "human_resources"),
])
def test_workers_compensation_is_an_insurance_line_not_pay(title, group):
    assert set(title_groups(title)) == {group}
