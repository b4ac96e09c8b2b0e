"""Microsoft 365 Fundamentals (MS-900) is about running Microsoft 365 as an IT service (its first
skill: Microsoft 365 Administration), so an office worker asked for MS Office gets no MS-900; an
IT support role that asks for Microsoft 365 administration still may."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting

OFFICE = """Business Support Administrator
Location: Leeds, UK

Requirements:
- Diary and meeting management for three directors
- Minute taking and document production
- Advanced MS Office (Word, Outlook, PowerPoint)
"""


def test_an_office_worker_asked_for_ms_office_gets_no_microsoft_365_admin_exam(res):
    ids = [r.credential.id for r in analyze(parse_posting(OFFICE), res, rank=False).recommendations.recommendations]
    assert "microsoft-ms-900" not in ids, ids


def test_the_microsoft_365_exam_teaches_administration_first(res):
    ms900 = res.catalog.get("microsoft-ms-900")
    assert ms900.skills[0] == "Microsoft 365 Administration" and "Microsoft Office" in ms900.skills
    assert "it_support" in ms900.occupations
