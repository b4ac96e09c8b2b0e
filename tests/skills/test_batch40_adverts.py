"""What batch 40's real postings (bench/nontech_real.py --split held-occ30: Australian and US accounts
receivable, office managers, member services, employee relations and records officers; NHS stoma care,
anticoagulation and staff wellbeing posts) showed: "a degree in one of the following fields" names no
field ("one" is none), and names the vocabulary lacked (Australian industrial relations — modern awards,
enterprise bargaining —, talent and succession, reward and recognition, performance improvement plans,
thromboprophylaxis and DOACs). Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions


def test_a_degree_in_one_of_the_following_fields_names_the_fields_not_one(resources):
    text = ("Employee Relations Advisor\n\nRequirements\n- Bachelor\u2019s degree or equivalent in one of the "
            "following fields: Law, Human Resources\n")
    got = mentions(text, resources)
    assert not any("one of" in m.lower() or m.lower() == "one" for ms in got.values() for m in ms), got
    assert "Human Resources" in " ".join(m for ms in got.values() for m in ms)


@pytest.mark.parametrize(("line", "skill"), [
    ("Interpret modern awards and support enterprise bargaining.", "Industrial Relations"),
    ("Experience with ER/IR matters in a unionised workforce.", "Employee Relations"),
    ("Support talent and succession planning across the business.", "Succession Planning"),
    ("Experience in reward and recognition.", "Compensation and Benefits"),
    ("Coach managers through performance improvement plans.", "Performance Management"),
    ("Advise wards on thromboprophylaxis and DOACs.", "Anticoagulation Management"),
])
def test_names_the_vocabulary_lacked(resources, line, skill):
    assert skill in found(f"Advisor\n\nRequirements\n- {line}\n", resources)


def test_controls_stay_unread(resources):
    got = found("Advisor\n\nRequirements\n- Win one award a year at the regional show\n", resources)
    assert "Industrial Relations" not in got



@pytest.mark.parametrize(("line", "skill"), [
    ("Manage WH&S compliance and incidents.", "Workplace Safety"),
    ("You will also need project management and I.T skills.", "Digital Literacy"),
])
def test_names_written_with_stops_and_ampersands(resources, line, skill):
    assert skill in found(f"Advisor\n\nRequirements\n- {line}\n", resources)


def test_an_entry_on_the_nmc_register_places_a_nurse_in_the_uk(resources):
    """A London occupational health advert's "entry onto Part 1 of NMC Register" (the advice bench's
    occupational-health-02): the UK register, so no US licence exam is advice for it."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    text = ("Occupational Health Advisor\n\nSpecific Skills\nRegistered Nurse\nPost registration OH qualification "
            "and entry onto Part 1 of NMC Register\n")
    result = analyze(parse_posting(text.encode()), resources)
    assert "NMC Registration" in {s.name for s in result.skills}
    assert "ncsbn-nclex-rn" not in {r.credential.id for r in result.recommendations.recommendations}
