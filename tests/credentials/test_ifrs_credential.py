"""IFRS has a credential: an accountant trained under national standards whose posting asks for
IFRS is offered ACCA's Diploma in International Financial Reporting (not a whole second body's
qualification), which a posting can name by its letters."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.postings import parse_posting
from credstack.profile.model import Certification, CertStatus, Profile, ProfileSkill

POSTING = """Group Reporting Accountant
Meridian Freight - Chicago, IL

Responsibilities
- Prepare consolidated financial statements for our European subsidiaries under IFRS
- Support the month-end close

Requirements
- 4+ years of accounting experience
- Working knowledge of IFRS
"""


def test_an_ifrs_posting_gets_the_ifrs_diploma(res):
    profile = Profile(location="Chicago, IL, United States",
                      skills=[ProfileSkill("US GAAP", years=5), ProfileSkill("Month-End Close")],
                      certifications=[Certification("CPA", status=CertStatus.IN_PROGRESS, expected="2027-03")])
    result = judge(analyze(parse_posting(POSTING), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    picks = [r.credential.id for r in result.recommendations.recommendations]
    assert "acca-dipifr" in picks and "cima-cgma" not in picks and "acca-qualification" not in picks


def test_the_diploma_is_known_by_its_letters(res):
    assert res.catalog.get("acca-dipifr").source.startswith("https://www.accaglobal.com/")
    found = {c.id for c in res.catalog if "DipIFR" in c.aliases}
    assert found == {"acca-dipifr"}
