"""The employer's own work said after a connective ("Thereby we solve ...", "Moreover we have
designed ...", "Finally we will evaluate ...", "In our SRE team we develop ..."): as descriptive as
the same clause opening on "we", so its words are no skills asked (held-out SkillSpan train postings:
a PhD project's and a team's description)."""

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import is_descriptive_clause
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize("clause", [
    "Moreover we have designed a state of the art architecture which you can contribute to",
    "Finally we will evaluate the data quality of the different methods .",
    "In our platform team we develop solutions for internal business domains",
    "Thereby we bring design to the front line of business challenges",
])
def test_we_after_a_connective_describes_the_employer(clause):
    assert is_descriptive_clause(clause)


@pytest.mark.parametrize("clause", [
    "Also we are looking for strong SQL skills",
    "Thereby you will build our data pipelines",
    "Then you will learn Python",
])
def test_an_ask_after_a_connective_stays_an_ask(clause):
    assert not is_descriptive_clause(clause)


def test_the_projects_own_work_is_no_skill_asked():
    text = ("The project develops new formulation methods. Finally we will evaluate the data quality of the "
            "different methods.\nYou have experience with data analysis and Python.")
    found = {s.name for s in extract_skills([TextSection(TextKind.OTHER, text)], load_vocabulary()).skills}
    assert "Data Quality" not in found
    assert "Python" in found


def test_a_soft_word_in_company_text_of_a_preferred_section_is_no_skill_asked():
    # run-on text: the company's lines sit in the section a "Nice to have" heading opened
    text = ("Experience with Terraform. "
            "We are a dynamic fast growing company where positive collaboration is very important.")
    found = {s.name for s in extract_skills([TextSection(TextKind.PREFERRED, text)], load_vocabulary()).skills}
    assert "Collaboration" not in found
    assert "Terraform" in found
    asked = "Strong collaboration skills and experience with Terraform."
    found = {s.name for s in extract_skills([TextSection(TextKind.PREFERRED, asked)], load_vocabulary()).skills}
    assert {"Collaboration", "Terraform"} <= found
