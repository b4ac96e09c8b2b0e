""""We are interested in hearing from qualified practitioners ... with experience in General Surgery"
(an NHS advert written as one paragraph): the employer saying whom it wants to hear from asks, as "we
are looking for" and "we would like" do, so the experience it names is a skill asked. The employer's
own interests stay descriptive."""

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import is_descriptive_clause
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize("clause", [
    "We are interested in hearing from qualified practitioners with experience in General Surgery",
    "We're particularly interested in applicants with experience in General Surgery",
    "We are especially interested in candidates who hold a PTLLS award",
])
def test_whom_the_employer_wants_to_hear_from_is_an_ask(clause):
    assert not is_descriptive_clause(clause)


def test_the_employers_own_interests_stay_descriptive():
    assert is_descriptive_clause("We are interested in General Surgery research and publish widely")
    assert is_descriptive_clause("We are a busy unit specialising in General Surgery")


def test_the_experience_asked_in_such_a_paragraph_is_read():
    text = ("Surgical Care Practitioner\nWe are interested in hearing from qualified Surgical Care Practitioners "
            "or suitably qualified healthcare professionals with experience in General Surgery to train as a "
            "Surgical Care Practitioner.")
    found = {s.name for s in extract_skills([TextSection(TextKind.OTHER, text)], load_vocabulary()).skills}
    assert "General Surgery" in found
