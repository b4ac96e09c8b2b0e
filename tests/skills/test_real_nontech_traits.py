"""Synthetic fixtures for failure modes the real non-tech corpus (bench/nontech_real.py) showed.

The extractor is not changed here: each known failure is a strict xfail, so the fix that removes
it turns the test red until its marker goes (the fixture then keeps the fix)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

KNOWN = "known failure seen on bench/nontech_real (real postings); remove the marker with the fix"


@pytest.mark.parametrize(("line", "wrong"), [
    ("- Category C licence and a current Driver CPC card", "Certified Professional Coder"),
    ("- Experience selling into the contingent workforce space (VMS, MSP)", "Microsoft Project"),
    ("- Experience selling into the contingent workforce space (VMS, MSP)", "Virtualization"),
    ("- Demonstrated knowledge of Financial Planning & Analysis (FP& A)", "Functional Programming"),
    ("- Build webpage content, emails and other digital assets", "Cryptocurrency"),
])
@pytest.mark.xfail(strict=True, reason=KNOWN)
def test_an_acronym_or_phrase_in_another_trade_sense_is_no_skill(line, wrong, resources):
    skills, context = read(f"Coordinator\n\nRequirements:\n{line}\n", resources)
    assert wrong not in skills | context


CLEAN = "Warehouse Associate\n\nQualifications\n- High school diploma or GED\n- Forklift certification\n"
# Scraped postings often lose the line breaks between a heading and its list items.
GLUED = "Warehouse Associate\n\nQualificationsHigh school diploma or GEDForklift certification\n"


def test_requirements_under_a_heading_are_read(resources):
    skills, _ = read(CLEAN, resources)
    assert {"High School Diploma", "Forklift Certification"} <= skills


@pytest.mark.xfail(strict=True, reason=KNOWN)
def test_requirements_glued_to_their_heading_are_read_too(resources):
    skills, _ = read(GLUED, resources)
    assert "Forklift Certification" in skills
