"""A journeyman's or time-served tradesperson's posting is a senior one for credentials: the first
rung of a pathway (NCCER Core, which every craft's Level 1 requires) is below the job, so a
journeyman electrician asked for hand tools and blueprint reading is not sent back to it. A
helper's posting asking the same still gets it."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.credentials.fit import seniority
from credstack.postings import parse_posting
from credstack.profile.model import Profile, ProfileSkill

BODY = """
Responsibilities
- Install conduit, pull wire and terminate devices in commercial buildings
- Use hand and power tools safely every day
- Read blueprints and wiring diagrams to lay out the work

Requirements
- Knowledge of the National Electrical Code
"""


def _picks(res, title):
    text = f"{title}\nBright Line Electric - Sacramento, CA\n{BODY}"
    profile = Profile(location="Sacramento, CA, United States",
                      skills=[ProfileSkill("Electrical Wiring", years=8), ProfileSkill("Conduit Installation")])
    result = judge(analyze(parse_posting(text), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return [r.credential.id for r in result.recommendations.recommendations]


def test_journey_level_titles_are_senior():
    assert seniority("Journeyman Electrician", []) == "senior"
    assert seniority("Time Served Sheet Metal Worker", []) == "senior"
    assert seniority("Electrician's Helper", []) != "senior"


def test_a_journeyman_is_not_sent_to_the_first_rung(res):
    assert "nccer-core" not in _picks(res, "Journeyman Electrician")


def test_a_helper_still_is(res):
    assert "nccer-core" in _picks(res, "Electrician Helper")


def _statuses(res, profile):
    text = f"Journeyman Electrician\nBright Line Electric - Sacramento, CA\n{BODY}"
    result = judge(analyze(parse_posting(text), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return {g.skill.name: str(g.status) for g in result.gaps.items}


def test_a_state_journeyman_card_gives_the_trade_basics(res):
    """The licence (written with its state in front) certifies an apprenticeship's worth of trade:
    hand tools and blueprint reading are implied, never missing."""
    from credstack.profile.model import Certification

    profile = Profile(location="Sacramento, CA, United States",
                      certifications=[Certification("California General Electrician Certification",
                                                    issuer="California DIR", issued="2018-05", expires="2027-05")])
    statuses = _statuses(res, profile)
    assert statuses.get("Hand Tools") == "implied" and statuses.get("Blueprint Reading") == "implied"


def test_wiring_work_implies_hand_tools(res):
    profile = Profile(location="Sacramento, CA, United States", skills=[ProfileSkill("Electrical Wiring", years=8)])
    assert _statuses(res, profile).get("Hand Tools") == "implied"
