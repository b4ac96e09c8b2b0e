"""A credential whose prerequisites require a licence (a specialty nursing certification needs a
current RN licence) is no advice to someone without it: the licence comes first."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.credentials.recommend import _licences_required
from credstack.postings import parse_posting
from credstack.profile.model import Profile

POSTING = """ICU Staff Nurse
Requirements
- Critical care nursing experience, ventilator management, hemodynamic monitoring
- Patient care, care planning, triage
"""
SPECIALTY = {"aacn-ccrn-adult", "aacn-pccn", "aacn-tcrn", "msncb-cmsrn", "aacn-cfrn"}


def picks(res, certifications: list[dict]) -> set[str]:
    profile = Profile.from_dict({"name": "Nurse", "skills": [{"name": "Patient Care"}], "certifications": certifications})
    result = analyze(parse_posting(POSTING), res, profile=profile)
    return {r.credential.id for r in result.recommendations.recommendations}


def test_the_rn_licence_comes_before_a_specialty_nursing_certification(res):
    assert _licences_required(res.catalog)["msncb-cmsrn"] == (frozenset({"ncsbn-nclex-rn"}),)
    without = picks(res, [])
    assert "ncsbn-nclex-rn" in without and not without & SPECIALTY
    licensed = picks(res, [{"name": "Registered Nurse (RN) License", "issuer": "Georgia Board of Nursing",
                            "issued": "2019-01"}])
    assert "ncsbn-nclex-rn" not in licensed and licensed & SPECIALTY
