"""A clause that asks for something and then turns to what would ideally come with it ("It is
essential that you hold a teaching qualification and ideally you will have recent experience",
"a cloud environment, preferably AWS"): what comes before the turn is asked as the clause says,
only what follows it is preferred. A real supply-teacher ad showed its essential teaching
qualification as preferred. Synthetic postings; each has a control."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.postings import parse_posting


def levels(text: str, resources) -> dict[str, str]:
    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {s.name: s.requirement.value for s in result.skills}


@pytest.mark.parametrize(("line", "expected"), [
    ("It is essential that you hold Qualified Teacher Status and ideally you will have Makaton.",
     {"Qualified Teacher Status": "required", "Makaton": "preferred"}),
    ("You must have experience running services in a cloud environment, preferably AWS.",
     {"Cloud Computing": "required", "AWS": "preferred"}),
    # the control: a clause whose preferred cue comes first holds for all of it
    ("Ideally you will have Qualified Teacher Status and Makaton.",
     {"Qualified Teacher Status": "preferred", "Makaton": "preferred"}),
])
def test_only_what_follows_the_turn_is_preferred(resources, line, expected):
    found = levels(f"Supply Teacher\n\nAbout you\n{line}\n", resources)
    assert {k: found.get(k) for k in expected} == expected
