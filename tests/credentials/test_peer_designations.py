"""Peer designations (``peers`` of ``data/credential_ladders.json``): someone who holds or is working
towards one body's full accountancy qualification is not offered another body's for a skill the
posting mentions in passing (a US CPA candidate was sent to CIMA for "budgeting"); a posting that
names the other one still gets it."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.credentials.ladders import load_peers, peers_of
from credstack.credentials.model import Assessment, Credential, CredentialKind, Pricing
from credstack.credentials.recommend import recommend_stack
from credstack.postings import parse_posting
from credstack.profile.model import Certification, CertStatus, Profile, ProfileSkill

ACCOUNTANT = """Senior Accountant
Harbor Freight Logistics - Denver, CO

Responsibilities
- Own the month-end close, journal entries and account reconciliations
- Support budgeting, cost accounting and management accounting with the FP&A team
- Prepare monthly financial reporting packs

Requirements
- 4+ years of accounting experience under US GAAP

Preferred
- CPA a plus
"""

NAMING = ACCOUNTANT + "- CIMA or CGMA designation a plus\n"


def _cred(id, skills, grants=None):
    return Credential(
        id=id, name=id.upper(), provider="P", platform="P", kind=CredentialKind.INDUSTRY_CERTIFICATION,
        skills=tuple(skills), cost_min=500, cost_max=500, pricing=Pricing.EXAM_FEE, hours=200.0, weeks=None,
        hours_per_week=None, format="self-paced", assessment=Assessment.PROCTORED_EXAM, validity_years=None,
        renewal=None, prerequisites=None, level="professional", financial_aid="unknown", url="https://x.example",
        source="https://x.example", checked="2026-01-01", grants=grants)


def _picks(res, text, profile):
    result = judge(analyze(parse_posting(text), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return [r.credential.id for r in result.recommendations.recommendations]


def _candidate(finishing: bool) -> Profile:
    cpa = Certification("CPA", issuer="State Board of Accountancy",
                        status=CertStatus.IN_PROGRESS if finishing else CertStatus.EARNED,
                        expected="2027-03" if finishing else None, issued=None if finishing else "2020-06")
    return Profile(location="Denver, CO, United States",
                   skills=[ProfileSkill("US GAAP", years=5), ProfileSkill("Month-End Close")], certifications=[cpa])


def test_every_peer_is_in_the_catalog(res):
    ids = {c.id for c in res.catalog}
    for group in load_peers():
        assert len(group) >= 2 and group <= ids


def test_peers_of_leaves_the_held_one_out():
    assert "cima-cgma" in peers_of({"aicpa-cpa"}) and "aicpa-cpa" not in peers_of({"aicpa-cpa"})
    assert peers_of({"comptia-a-plus"}) == frozenset()


def test_a_cpa_candidate_is_not_sent_to_another_body():
    """The stack itself: a CPA being finished (a step) or held keeps the CIMA out; without it the
    CIMA is the pick for budgeting."""
    catalog = [_cred("cima-cgma", ["Management Accounting", "Budgeting"]), _cred("aicpa-cpa", ["Auditing"])]
    missing = {"Budgeting": 2.0}
    assert [r.credential.id for r in recommend_stack(missing, catalog).recommendations] == ["cima-cgma"]
    assert recommend_stack(missing, catalog, have_credentials={"aicpa-cpa"}).recommendations == []
    step = {"aicpa-cpa": object()}
    assert recommend_stack(missing, catalog, steps=step).recommendations == []


def test_a_peer_the_posting_names_is_still_offered():
    catalog = [_cred("cima-cgma", ["Budgeting"], grants="CIMA")]
    plan = recommend_stack({"Budgeting": 2.0, "CIMA": 3.0}, catalog, named={"CIMA"}, have_credentials={"aicpa-cpa"})
    assert [r.credential.id for r in plan.recommendations] == ["cima-cgma"]


def test_a_posting_naming_the_peer_still_gets_it(res):
    assert "cima-cgma" in _picks(res, NAMING, _candidate(finishing=False))
