"""In a posting without requirement or duty headings, the tagger reads the whole text and a
vocabulary name it gives almost no chance of being asked for (the offer's "a retirement plan") is
dropped; degrees, certifications and tools stand (the offer's "a stack with Python and Linux" is
the stack the job works in; the shipped tagger gave "Python" 0.03 in "We need a data engineer
who knows Python, SQL and Airflow"); under a requirements heading the same words are asked and kept. Synthetic postings, a fake tagger (``FakeTagger``: 0.9 on the given
phrases, 0.02 on every other word)."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary

TEXT = ("You will reconcile accounts in Excel and hold a CPA licence.\n"
        "What you get: a modern stack with Python and Linux, free lunch and a retirement plan.")


def names(kind: TextKind) -> set[str]:
    section = TextSection(kind, TEXT, "" if kind == TextKind.OTHER else "Requirements")
    result = extract_skills([section], load_vocabulary(), tagger=FakeTagger({"Excel": "knowledge"}))
    return {s.name for s in result.skills} | {s.name for s in result.context}


def test_unheaded_text_keeps_only_names_the_tagger_reads_as_asked():
    found = names(TextKind.OTHER)
    assert "Microsoft Excel" in found
    assert "Retirement Plans" not in found
    assert {"CPA", "Python", "Linux"} <= found  # a credential or a tool stands, tagged or not


def test_under_a_requirements_heading_the_vocabulary_is_not_overruled():
    found = names(TextKind.REQUIREMENTS)
    assert {"Microsoft Excel", "Python", "Linux"} <= found


def test_without_a_tagger_nothing_is_dropped():
    section = TextSection(TextKind.OTHER, TEXT)
    found = {s.name for s in extract_skills([section], load_vocabulary()).skills}
    assert {"Python", "Linux"} <= found
