"""The body a candidate must register with is the profession's regulator, not the employer: its name
("General Dental Council") is not masked out of the posting as the employer's own, so the
registration it asks for stays a skill; an organisation the posting names otherwise still is."""

from __future__ import annotations

from credstack.skills.employer import employer_names


def test_a_regulator_the_candidate_registers_with_is_not_the_employer():
    text = "Requirements: Be registered with the General Dental Council (GDC). Chair side assistance."
    assert "General Dental Council" not in employer_names(None, [text])
    text = "You will hold Health and Care Professions Council registration."
    assert not [n for n in employer_names(None, [text]) if "Council" in n]


def test_an_organisation_named_otherwise_is_still_the_employer():
    text = "Northfield Borough Council is recruiting a housing officer to join its team."
    assert "Northfield Borough Council" in employer_names(None, [text])
