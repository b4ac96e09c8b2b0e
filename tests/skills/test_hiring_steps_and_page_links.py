"""What a public-service posting's hiring text showed on a real page (a correctional officer's):
a pointer to a web page names the page, not a skill ("visit the Technical Assistance page of
MyHR" gave Technical Support, whose vote then made "security" Cybersecurity and "testing"
Software Testing); the steps of the hiring ("Security Screening Questionnaire (SSQ)", "Physical
Abilities Test") are no skills asked; a keyword is a name, not a piece of a sentence ("through
designated", "support our organizational efforts"); a dish's or a person's presentation is no
presentation skill; and a legal assistant's "Paralegal certificate" (a college's) is no NALA
Certified Paralegal. Synthetic postings; each has a control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read
from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, _worth_a_keyword, extract_skills
from credstack.skills.model import SkillKind
from credstack.skills.vocabulary import load_vocabulary

OFFICER = """Custody Officer

Requirements
- Grade 12 or equivalent.
- {line}
"""


def test_a_pointer_to_a_web_page_asks_for_nothing(resources):
    line = ("If you are experiencing technical difficulty applying, visit the Technical Assistance page "
            "of the careers site.")
    assert "Technical Support" not in read(OFFICER.format(line=line), resources)[0]
    # the control: the same words as a duty
    line = "Provide technical assistance to staff and visitors."
    assert "Technical Support" in read(OFFICER.format(line=line), resources)[0]


@pytest.mark.parametrize("line", [
    "For details view the Applicant Process attachment; see the Data Analysis web page for dates.",
    "Please refer to the Project Management portal for the schedule.",
])
def test_pointers_to_attachments_and_portals(resources, line):
    skills = read(OFFICER.format(line=line), resources)[0]
    assert not {"Data Analysis", "Project Management"} & skills
    # the control: the skills asked in a line of their own
    skills = read(OFFICER.format(line="Data analysis and project management."), resources)[0]
    assert {"Data Analysis", "Project Management"} <= skills


def others(text: str, phrases: dict[str, str]) -> set[str]:
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=FakeTagger(phrases))
    return {s.name for s in result.skills if s.kind == SkillKind.OTHER}


def test_steps_of_the_hiring_are_no_skills():
    text = ("- Security Screening Questionnaire (SSQ)\n- Correctional Officer Physical Abilities Test (COPAT)\n"
            "- Gravel sieving experience")
    found = others(text, {"SSQ": "knowledge", "COPAT": "knowledge", "Gravel sieving": "knowledge"})
    assert not {"SSQ", "COPAT"} & found
    assert "Gravel sieving" in found  # the control: a new skill in the same list stays


@pytest.mark.parametrize(("phrase", "kept"), [
    ("through designated", False),
    ("support our organizational efforts", False),
    ("maintaining the safety", False),
    ("use of various", False),
    ("ledger tagging and", False),
    # controls: names of several words
    ("gravel sieving", True),
    ("safety of individuals", True),
    ("Bill of Materials", True),
])
def test_a_keyword_is_a_name_not_a_piece_of_a_sentence(phrase, kept):
    assert _worth_a_keyword(phrase, "knowledge") is kept


@pytest.mark.parametrize(("line", "asked"), [
    ("Have input in new ways of presentation or dishes.", False),
    ("Smart personal presentation at all times.", False),
    ("High standards of presentation of food and plates.", False),
    # controls: presenting to people
    ("Excellent presentation skills.", True),
    ("Deliver presentations to clients.", True),
])
def test_a_dish_or_a_persons_presentation_is_no_presentation_skill(resources, line, asked):
    text = f"Commis Chef\n\nRequirements\n- {line}\n"
    assert ("Presentation Skills" in read(text, resources)[0]) is asked


@pytest.mark.parametrize(("line", "skill"), [
    # a college's paralegal certificate is the field's training, not NALA's credential of that name
    ("Successful completion of an Administrative Assistant, Legal Assistant, or Paralegal certificate.",
     "Paralegal Skills"),
    ("A diploma in paralegal studies.", "Paralegal Skills"),
    # the control: the credential by its name
    ("NALA Certified Paralegal preferred.", "Certified Paralegal"),
])
def test_a_paralegal_certificate_is_the_fields_training(resources, line, skill):
    skills = read(f"Legal Assistant\n\nRequirements\n- {line}\n", resources)[0]
    assert skill in skills and not ({"Paralegal Skills", "Certified Paralegal"} - {skill}) & skills
