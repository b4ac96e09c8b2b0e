"""Letters that name a licence's class or state are not the skill the same letters name elsewhere:
"an HR or MR licence" is a heavy vehicle licence (not Human Resources), "a current CA CNA license"
is California's nursing-assistant licence (not a skill called "CA"); the letters of a licence that
is itself a certification ("RN license", "CDL license") stay that certification."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, phrases: dict[str, str] | None = None) -> set[str]:
    tagger = FakeTagger(phrases) if phrases else None
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            None, tagger)
    return {s.name for s in result.skills}


def test_a_licence_class_is_not_the_skill_its_letters_name():
    assert "Human Resources" not in names("- Have an HR or MR licence\n- Good customer service\n")
    assert "Human Resources" not in names("- HR licence holders preferred\n")
    # the same letters asking for the field
    assert "Human Resources" in names("- 3 years of experience in HR and payroll\n")


def test_a_licences_own_letters_stay_the_certification():
    assert "Registered Nurse" in names("- Current RN license in good standing\n")
    assert "Heavy Vehicle Licence" in names("- Current MR licence\n")


def test_a_state_before_a_licence_is_no_skill_chip():
    found = names("- Current CA CNA license required\n- Experience with Epic charting\n",
                  {"CA": "knowledge", "Epic charting": "knowledge"})
    assert "CA" not in found
    assert "Certified Nursing Assistant" in found
    # the same letters not before a licence are left to the other rules
    assert "CA" in names("- Qualified CA with audit experience\n", {"CA": "knowledge"})
