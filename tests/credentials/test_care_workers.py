"""Care and support workers are nursing's care staff (SOC 31-1131, 31-1120): their titles name the
field, so a first-aid course they ask for is advice; a registered nurse's licence is not."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting

UK = """Residential Support Worker
Location: Leeds, West Yorkshire

Requirements:
- Experience supporting older people with complex needs
- First Aid
- Moving and handling
"""

US = """Home Health Aide
Location: Phoenix, AZ

Requirements:
- Provide personal care to elderly clients
- Assist with bathing and meal preparation
- Patient care experience
- First Aid and CPR
"""


def test_a_uk_support_worker_gets_the_uk_first_aid_course(res):
    result = analyze(parse_posting(UK), res, rank=False)
    assert [g for g in result.fit.groups] == ["nursing"]
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert "uk-emergency-first-aid-at-work" in ids, ids


def test_a_home_health_aide_gets_first_aid_not_a_nursing_licence(res):
    result = analyze(parse_posting(US), res, rank=False)
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert "redcross-cpr-first-aid" in ids or "aha-bls" in ids, ids
    assert not {"ncsbn-nclex-rn", "ncsbn-nclex-pn"} & set(ids), ids
