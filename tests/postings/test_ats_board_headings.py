"""Headings of applicant-tracking-system boards the section vocabulary did not know (batch p15's
Ashby and Lever records, a Jibe career site): an Ashby template's bare "You" over what it asks of
the candidate, Lever's "What You Know", a board's "Referral Instructions" and "Other notices", a
"Salary Disclosure", and "<Company> values". Synthetic fixture with its controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Warehouse Lead</title></head><body><main>
<h1>Warehouse Lead</h1>
<p>Northwind Depot runs the parts warehouses of three regional hospitals.</p>
<p><strong>What You'll Do</strong></p>
<ul><li>Receive, put away, pick and ship inventory</li><li>Train new warehouse staff</li></ul>
<p><strong>{heading}</strong></p>
<ul><li>Two years of warehouse experience</li><li>Forklift certification</li></ul>
<p><strong>Salary Disclosure</strong></p>
<p>The hourly rate for this position is $24 to $29, depending on experience.</p>
<p><strong>Northwind values</strong></p>
<ul><li>Safety first</li><li>Own the outcome</li></ul>
<p><strong>Referral Instructions</strong></p>
<p>If you are being referred, ask the person referring you to submit your application.</p>
<p><strong>Other notices</strong></p>
<p>We will consider qualified applicants with arrest and conviction records under the Fair Chance Ordinance.</p>
</main></body></html>"""


def _kinds(heading: str) -> dict[str, str]:
    posting = parse_posting(PAGE.replace("{heading}", heading).encode())
    return {s.heading: str(s.kind) for s in posting.sections}


@pytest.mark.parametrize("heading", ["You", "What You Know", "What you already know"])
def test_what_the_candidate_brings(heading):
    assert _kinds(heading).get(heading) == "requirements"


def test_the_board_s_own_parts():
    kinds = _kinds("You")
    assert kinds.get("Salary Disclosure") == "benefits"
    assert kinds.get("Northwind values") == "about_company"
    assert kinds.get("Referral Instructions") == "how_to_apply"
    assert kinds.get("Other notices") == "legal"


@pytest.mark.parametrize(("heading", "kind"), [("Your Impact", "responsibilities"), ("About You", "requirements"),
                                               ("Our values", "about_company")])
def test_neighbouring_cues_unchanged(heading, kind):
    # controls: cues that were known already keep their kinds
    assert _kinds(heading).get(heading) == kind
