"""Headings a posting's template writes in its own way: a question opening on a cue ("What will you
be doing day to day?"), a skills heading after the benefits ("Skills You Have"), and a requirements
heading over the employer's benefits paragraph (a staffing or careers template's fixed heading)."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify_tier


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(str(s.kind), s.heading, s.text) for s in parse_posting(text.encode()).sections]


@pytest.mark.parametrize("question", ["What will you be doing day to day?", "What are we looking for in a candidate?"])
def test_a_question_opening_on_a_cue_heads_its_answer(question):
    text = (f"Client Success Manager\n\nAcme Staffing is hiring.\n\n{question}\n"
            "Build strong client relations with your clients.\nMaintain a healthy P&L.\n\n"
            "Your Experience\nBachelor's degree in business.\n")
    headed = [s for s in _sections(text) if s[1] == question]
    assert headed and headed[0][0] in ("responsibilities", "requirements") and "P&L" in headed[0][2]


def test_a_question_asking_the_reader_a_fact_heads_nothing():
    text = ("Driver\n\nDo you have a valid driving licence?\nWe deliver parcels across the city.\n\n"
            "Requirements\nClean driving licence.\n")
    assert not any(s[1].startswith("Do you") for s in _sections(text))


@pytest.mark.parametrize("heading", ["Skills You Have", "Skills you'll need", "Skills Required", "Experience You Have",
                                     "Qualifications we are looking for"])
def test_skills_headings_in_the_candidates_words_are_strong_cues(heading):
    assert classify_tier(heading) == (SectionKind.REQUIREMENTS, "strong")


def test_a_skills_heading_after_the_benefits_list_opens_the_requirements():
    text = ("Research Administrator\n\nWhat You'll Do\nManage the pre-award process for faculty.\n\n"
            "Benefits\nIn addition to a career filled with purpose, the University offers:\n\n"
            "Generous time offA retirement planLife insurance\n\n"
            "Skills You Have\nExperience in research administration, accounting or finance. Proficient in Excel.\n")
    requirements = [s for s in _sections(text) if s[0] == "requirements"]
    assert requirements and requirements[0][1] == "Skills You Have" and "research administration" in requirements[0][2]


def test_a_requirements_heading_over_the_employers_benefits_paragraph_is_benefits():
    text = ("Senior Project Control Analyst\n\nJob Responsibilities\nCollect estimates to complete.\n\n"
            "Basic Qualifications\nA Bachelor's Degree and 8 years of experience in Project Controls.\n\n"
            "Requirements\n\nAcme offers a well-rounded and comprehensive benefits program focused on wellness. "
            "Employees may participate in:\n\n401(k) Retirement Plan Paid Parental Leave Life Insurance\n")
    by_heading = {s[1]: s for s in _sections(text)}
    assert by_heading["Requirements"][0] == "benefits"
    assert by_heading["Basic Qualifications"][0] == "requirements"


def test_a_requirements_heading_over_asks_stays_requirements():
    text = ("Analyst\n\nRequirements\n\nExperience with Deltek Costpoint. The team offers training in SQL.\n")
    assert [s[0] for s in _sections(text) if s[1] == "Requirements"] == ["requirements"]
