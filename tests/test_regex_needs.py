"""``regex_needs``: the strings a pattern cannot match without, used to skip searching clauses
that hold none of them. The answer must never change: a clause the prefilter skips is one the
pattern does not match."""

from __future__ import annotations

import re

import pytest

from credstack.regex_needs import may_match, needed_strings
from credstack.skills import employer


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?i)\b(?:our|its|their)\s+(?:services|products)\b", {"services", "products"}),
    (r"(?i)\bis\s+(?:proudly\s+)?home\s+to\b", {"home"}),
    (r"(?i)\b(?:screening|aptitude)\s+tests?", {"screening", "aptitude"}),
    (r"(?i)\bfoo(?:bar)?\b", {"foo"}),
    (r"(?i)\b(?:[a-z]+|x)\s+", None),  # a branch with no literal: nothing is needed
    (r"(?i)(?:abc)*d", {"d"}),  # a repeat that may be absent needs nothing of its own
])
def test_needed_strings_are_what_every_match_holds(pattern, needs):
    assert needed_strings(pattern) == (frozenset(needs) if needs is not None else None)


def test_a_letter_beyond_ascii_that_folds_to_an_ascii_one_is_never_needed():
    # the Kelvin sign matches "k" without case: an ASCII text need not hold it
    assert needed_strings("(?i)\u212aelvin") == frozenset({"elvin"})
    assert re.search("(?i)\u212aelvin", "kelvin") and may_match(needed_strings("(?i)\u212aelvin"), "kelvin")


CLAUSES = [
    "Our services include cardiology, oncology and renal medicine.",
    "We are an award-winning, market leading provider of care homes.",
    "Interviews will be held on 25 November.",
    "You will have experience of Excel and SQL.",
    "The department performs over 3,000 procedures a year.",
    "Benefits include 25 days holiday and a pension.",
    "On behalf of our client, a leading bank, we are recruiting.",
    "Strong communication skills are essential.",
    "L’équipe accompagne ses clients au quotidien.",
    "Our client's needs come first, so you will listen well.",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_employer_cues_answer_as_a_plain_search_does(clause):
    company, hiring = employer._employer_cues()
    plain = any(cue.search(clause) for cue, _needs in company + hiring)
    assert employer.is_employer_clause.__wrapped__(clause) is plain
    assert employer.describes_employer.__wrapped__(clause) is any(cue.search(clause) for cue, _ in company)
