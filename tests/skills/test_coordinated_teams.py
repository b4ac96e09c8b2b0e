"""A name coordinated with others before a plural noun of groups is a team's ("working with
marketing and tech teams", "vendor operations, support operations and support experience teams"):
the colleagues, no skill asked. A list that runs on into a doing ("attention to detail, comfortable
working and guiding teams") still asks for its skill."""

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import names_a_role
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("text", "word", "team"), [
    ("The role entails working with marketing and tech teams across the group.", "marketing", True),
    ("Partner with vendor operations, support operations and support experience teams.", "vendor operations",
     True),
    ("Work with our product testers, social media and survey teams.", "social media", True),
    ("Confident with attention to detail, comfortable working and guiding teams.", "attention to detail", False),
    ("Experience in Agile methodology and working on Agile teams.", "Agile methodology", False),
    ("Skills in accounting, finance and payroll.", "accounting", False),
])
def test_a_name_coordinated_before_teams_names_a_team(text, word, team):
    start = text.index(word)
    assert names_a_role(text, start, start + len(word)) is team


def test_a_teams_name_is_no_skill_but_the_same_word_asked_is():
    vocabulary = load_vocabulary()
    said = "You will work closely with marketing and tech teams."
    found = {s.name for s in extract_skills([TextSection(TextKind.RESPONSIBILITIES, said)], vocabulary).skills}
    assert "Marketing" not in found
    asked = "You have experience in marketing and sales."
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, asked)], vocabulary).skills}
    assert "Marketing" in found


def test_experience_in_a_list_ending_in_teams_is_asked():
    text = "Experience in Mobile Development and Agile teams"
    start = text.index("Mobile Development")
    assert not names_a_role(text, start, start + len("Mobile Development"))
