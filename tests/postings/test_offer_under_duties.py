"""A job board's form heading filled with the employer's own sub-heading (batch 104: a 2013 US job board
kept as Markdown, whose 'Duties:' field held 'What we have to offer you:' over the perks). The perks
were read as duties, and 'discussions about software architecture' among them became a skill asked.
What an employer says it has to offer is its benefits; what the candidate has to offer is asked.
Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.sections import classify

TEXT = """Rails Developer

Duties:
What we have to offer you:
- A relaxed office where shorts and sandals are fine.
- Lively discussions about software architecture over lunch.
- A competitive salary and benefits.

Qualifications:
What we are looking for from you:
- Ruby on Rails coding skills
- Experience with Git, Postgres and Linux
"""


def test_perks_under_a_duties_field_are_benefits_not_duties():
    kinds = {s.heading: s.kind for s in parse_posting(TEXT.encode()).sections}
    assert kinds["What we have to offer you"] == "benefits"
    assert kinds["What we are looking for from you"] == "requirements"


@pytest.mark.parametrize("heading, kind", [
    ("What we have to offer you", "benefits"), ("What we have to offer", "benefits"),
    ("Here's what we are proud to offer", "benefits"), ("What we are able to offer you", "benefits"),
    ("What we can offer", "benefits"),
    # the candidate's offer is what the post asks
    ("What you will have to offer", "requirements"), ("What you have to offer us", "requirements"),
])
def test_whose_offer_it_is_decides_the_section(heading, kind):
    assert classify(heading) == kind
