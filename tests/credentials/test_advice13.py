"""Advice on 200 further real postings (bench/advice/nontech_real.json, batch nontech_real-advice13,
labelled before the advice was read on them), each trait reproduced in a posting written here.

A medical claims processor and an emergency department's progress chaser, whose postings mention
emergency care, got the AHA's Advanced Cardiovascular Life Support: the advanced life support courses
(ACLS, PALS, ALS, ILS) are a clinician's (role_credentials), Basic Life Support stays open to all.
The progress chaser's NHS posting, naming no place, got an Australian allied-health certificate:
British spelling now counts as one British hint beside a British telephone number (never alone:
Australia and Ireland spell so too)."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import other_role
from credstack.places import load_places
from credstack.postings import parse_posting

EMERGENCY = """{title}
Santa Barbara, CA 93101
Requirements
- Experience in an emergency department or emergency medicine setting
- Knowledge of ACLS protocols a plus
- Strong organization and communication skills
"""


def picks(res, posting: str) -> list[str]:
    result = analyze(parse_posting(posting), res)
    return [r.credential.id for r in result.recommendations.recommendations]


@pytest.mark.parametrize("title", ["Medical Claims Processor", "Progress Chaser"])
def test_advanced_life_support_is_no_advice_for_a_desk_job_in_a_hospital(res, title):
    posting = EMERGENCY.format(title=title).replace("- Knowledge of ACLS protocols a plus\n", "")
    assert "aha-acls" not in picks(res, posting)


@pytest.mark.parametrize("title, clinical", [
    ("Emergency Department Registered Nurse", True), ("Resuscitation Officer", True), ("Resident Medical Officer", True),
    ("CT Technologist", True), ("Medical Claims Processor", False), ("Progress Chaser", False),
])
def test_the_life_support_courses_are_a_clinicians(catalog, title, clinical):
    for cid in ("aha-acls", "aha-pals", "rcuk-als", "rcuk-ils"):
        assert other_role(catalog.get(cid), title, ["allied_health"]) is not clinical, cid
    assert not other_role(catalog.get("aha-bls"), title, ["allied_health"])  # basic life support is anyone's


def test_a_posting_that_names_acls_still_gets_it(res):
    assert "aha-acls" in picks(res, EMERGENCY.format(title="Medical Claims Processor"))


def test_british_spelling_and_a_british_telephone_number_name_the_uk():
    places = load_places()
    assert places.country_in_text("We organise the department and prioritise patient flow. Call 01527 503030.") == "GB"
    assert places.country_in_text("We organise the department and prioritise patient flow in Sydney.") is None
