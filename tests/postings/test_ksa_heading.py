"""A US hospital's template heads its requirements "Job Specific And Unique Knowledge, Skills And
Abilities" (the KSAs), on a line of its own without a colon (batch h33p: a nursing job exported from
LinkedIn; the heading was read as a line of the section before it). The cue at the end of a heading
that names the job before it now takes "Knowledge, Skills and Abilities", and "And" may join two
capitalised words of that name. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.sections import classify

TEXT = """Surgical Technologist - Day Shift
Lakeside Regional Hospital - Gainesville, GA

The operating room team supports general, orthopaedic and cardiac surgery around the clock.

Preferred Job Qualifications
Certified Surgical Technologist (CST); two years in a hospital operating room.

{heading}
Anticipates the surgeon's needs, keeps the sterile field and communicates with the whole team.

Essential Tasks And Responsibilities
Prepares instruments and supplies, counts sponges and sharps, and turns rooms over between cases.
"""


@pytest.mark.parametrize("heading", [
    "Job Specific And Unique Knowledge, Skills And Abilities",
    "Knowledge, Skills and Abilities",
    "Surgical Technologist Knowledge, Skills & Abilities",
])
def test_a_ksa_heading_heads_requirements(heading):
    kinds = {s.heading: s.kind for s in parse_posting(TEXT.format(heading=heading)).sections}
    assert kinds.get(heading) == "requirements"
    assert kinds.get("Preferred Job Qualifications") == "preferred"


@pytest.mark.parametrize("heading, kind", [
    ("About Our Requirements", "about_company"),  # a small word opening the name: no job's name
    ("Excellent Communication Skills", None),  # "skills" alone closes no heading: a list's item
])
def test_other_endings_keep_their_reading(heading, kind):
    assert classify(heading) == kind
