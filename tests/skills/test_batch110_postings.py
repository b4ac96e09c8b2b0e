"""What batch 110's real adverts (bench/nontech_real.py --split held-occ100: NHS Jobs adverts of non-clinical
occupations) and the misses they led back to showed. Synthetic phrases, with controls."""

from __future__ import annotations

import pytest

from credstack.skills.linking import link_spans
from credstack.skills.vocabulary import load_vocabulary


def linked(surface: str) -> tuple[str, str]:
    link = link_spans([surface], load_vocabulary())[0]
    return link.skill.name, link.how


@pytest.mark.parametrize("surface, skill", [
    ("communicate with staff at all levels", "Communication"),
    ("communicate with stakeholders at all levels", "Communication"),
    ("work effectively and efficiently as part of a team", "Teamwork"),
    ("work closely as part of a team", "Teamwork"),
])
def test_a_soft_skill_is_read_past_its_words_of_manner(surface, skill):
    """A systems configuration technician's advert asked 'The post holder will need to have the ability to
    communicate with staff at all levels and work effectively and efficiently as part of a team': the tagger read
    both phrases, no link reached them, and the advert got no chip at all."""
    assert linked(surface) == (skill, "manner")


@pytest.mark.parametrize("surface", ["manage effectively the budget", "communicate effectively and confidently",
                                     "work effectively with Excel"])
def test_words_of_manner_before_no_soft_skill_link_nothing(surface):
    assert linked(surface)[1] == "new"


def test_a_soft_skill_s_own_name_stays_an_exact_link():
    assert linked("work as part of a team") == ("Teamwork", "exact")


def names(text: str) -> set[str]:
    from credstack.skills import extract_skills
    from credstack.skills.model import TextKind, TextSection
    return {s.name for s in extract_skills([TextSection(TextKind.OTHER, text)], load_vocabulary()).skills}


@pytest.mark.parametrize("text", ["Interviews will be via MS Teams W/C 16th November",
                                  "Interviews will take place over Zoom."])
def test_the_medium_of_the_interview_is_no_tool_asked(text):
    """A research data manager's advert closed 'Interviews will be via MS Teams W/C 16th November': Microsoft
    Teams and the C language (of 'W/C', week commencing) were chips."""
    assert not names(text) & {"Microsoft Teams", "Zoom", "C"}


@pytest.mark.parametrize("text, tools", [("Experience with MS Teams and Zoom.", {"Microsoft Teams", "Zoom"}),
                                         ("Write code in C and C++ for embedded systems.", {"C", "C++"})])
def test_tools_asked_stay(text, tools):
    assert tools <= names(text)
