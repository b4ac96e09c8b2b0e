"""False mentions of general shapes found on real postings: an institution's or team's name, the
degree a job leads to, fixed phrases that are not the skill, the employer described. Each trait
has a synthetic posting and a control where the same words are asked for."""

from __future__ import annotations

import pytest

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.skills import extract_skills
from credstack.skills.requirements import names_a_role
from credstack.skills.vocabulary import load_vocabulary


def _skills(posting: str) -> dict[str, list[str]]:
    found = extract_skills(skill_sections(parse_posting(posting)), load_vocabulary()).skills
    return {s.name: s.mentions for s in found}


def _names_a_role(text: str, name: str) -> bool:
    start = text.index(name)
    return names_a_role(text, start, start + len(name))


@pytest.mark.parametrize("text, name, role", [
    ("enrolled in the PhD programme of the Faculty of Chemistry and Pharmacy at the university", "Pharmacy", True),
    ("the Department of Physics, Chemistry and Pharmacy", "Chemistry", True),
    ("A degree in Chemistry and Pharmacy is required", "Pharmacy", False),
    ("Knowledge of Pharmacy and Chemistry", "Chemistry", False),
])
def test_each_field_of_an_institutions_name_names_the_institution(text, name, role):
    assert _names_a_role(text, name) is role


@pytest.mark.parametrize("text, name", [
    ("Work with the Site Reliability Engineering (SRE) team on shared services", "Site Reliability Engineering"),
    ("Work with the Site Reliability Engineering ( SRE ) team on shared services", "SRE"),
])
def test_a_teams_name_with_its_initials_names_the_team(text, name):
    assert _names_a_role(text, name)


def test_an_institutions_fields_are_no_skills_and_the_same_field_asked_is():
    posting = ("PhD Student in Pharmaceutical Technology\n\nAbout the position\n"
               "The candidate will be enrolled at the Faculty of Chemistry and Pharmacy of the university.\n\n"
               "Requirements\n- A Master's degree in Chemistry\n- Experience with SQL\n")
    assert "Pharmacy" not in _skills(posting)
    asked = posting.replace("Experience with SQL", "Knowledge of pharmacy and chemistry")
    assert _skills(asked)["Pharmacy"] == ["pharmacy"]


PHD_POST = """PhD Scholarship in Protein Formulation

Requirements
- A Master's degree in Chemistry or Pharmaceutical Sciences
- Experience with protein analytics
"""


@pytest.mark.parametrize("offered", [
    "A 3-year PhD scholarship in Pharmaceutical Technology is available to applicants who meet these requirements.",
    "This PhD project requires a strong interest in protein stability.",
    "Successful applicants must be enrolled in the PhD programme of the graduate school.",
    "Required: acceptance of the scholarships for the PhD degree by the faculty.",
    "We offer a highly interesting and challenging PhD: the required courses are free.",
])
def test_the_degree_a_post_leads_to_is_not_asked(offered):
    skills = _skills(PHD_POST + offered + "\n")
    assert "Doctorate" not in skills
    assert skills["Master's Degree"] == ["Master's degree in Chemistry"]


@pytest.mark.parametrize("asked", [
    "- A PhD in chemistry is required",
    "- Candidates with a PhD in chemistry or a related field",
    "- You hold a PhD degree in physics or expect to defend your thesis soon",
])
def test_a_degree_asked_on_a_doctoral_post_is_still_asked(asked):
    assert "Doctorate" in _skills(PHD_POST + asked + "\n")
