"""Synthetic fixtures for attitude words and the plurals of a quality, which the real non-tech
bench's fix sets (nurses, sales staff, journalists, researchers, cleaners) showed in many
occupations: "curious", "resilient", "punctual", "willingness to learn" are who a person is (no
course or credential shows them), and "Key Accountabilities" heads a posting's duties."""

from __future__ import annotations

from tests.skills.conftest import read

from credstack.skills.matcher import matcher_for
from credstack.skills.vocabulary import load_vocabulary


def test_attitudes_are_mentioned_not_skills(resources):
    posting = ("Reporter\n\nWhat we're looking for:\n\n"
               "- You are curious, with a thirst for knowledge\n- Resilient under pressure\n"
               "- Punctual, with excellent attendance\n- A willingness to learn and a growth mindset\n"
               # controls: what the posting asks the candidate to do or know stays a skill
               "- Meet tight deadlines\n- Strong written communication skills\n- Lifelong learning\n")
    skills, context = read(posting, resources)
    assert not {"Curiosity", "Resilience", "Punctuality"} & (skills | context)
    assert {"Work Under Deadlines", "Written Communication", "Continuous Learning"} <= skills


def test_the_plural_of_a_quality_names_no_quality():
    found = {m.skill for m in matcher_for(load_vocabulary()).find("Key Accountabilities\n- Manage the rota")}
    assert "Ownership" not in found
    # controls: the quality itself, and the plurals of other soft skills' names
    assert "Ownership" in {m.skill for m in matcher_for(load_vocabulary()).find("accountability for results")}
    assert "Problem Solving" in {m.skill for m in matcher_for(load_vocabulary()).find("We want problem solvers")}
