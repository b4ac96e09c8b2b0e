"""A lapsed certification the posting asks for by what it teaches (not by name) is offered for
renewal when its focus is still missing and it fits the role where the job is: a nurse whose ACLS
lapsed is told to renew it, not given nothing or another course; an SEO specialist with years of
SEO is not sent back to a lapsed SEO badge."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.postings import parse_posting
from credstack.profile.model import Certification, Profile, ProfileSkill

NURSE = """Registered Nurse
St Anne's Hospital - Boston, MA

Responsibilities
- Provide emergency medicine care and advanced cardiac life support to deteriorating patients
- Administer medication and monitor patients

Requirements
- Experience as a registered nurse in acute care
"""

SEO = """SEO Specialist
Tidewater Travel - Charleston, SC

Responsibilities
- Technical SEO audits, keyword research and link building for 400,000 pages

Requirements
- 3+ years of hands-on search engine optimization
"""


def _picks(res, text, profile):
    result = judge(analyze(parse_posting(text), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return [(r.credential.id, r.action) for r in result.recommendations.recommendations]


def test_a_lapsed_acls_is_renewed_for_a_posting_asking_what_it_teaches(res):
    profile = Profile(certifications=[Certification("ACLS", issuer="American Heart Association",
                                                    issued="2021-02", expires="2023-02")])
    assert ("aha-acls", "renew") in _picks(res, NURSE, profile)


def test_a_lapsed_badge_on_a_skill_the_profile_shows_is_not_renewed(res):
    profile = Profile(skills=[ProfileSkill("Search Engine Optimization", years=5), ProfileSkill("Keyword Research")],
                      certifications=[Certification("HubSpot SEO Certification", issuer="HubSpot Academy",
                                                    issued="2022-02", expires="2023-02")])
    assert "hubspot-seo" not in [cid for cid, _ in _picks(res, SEO, profile)]
