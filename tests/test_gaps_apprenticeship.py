"""A posting asking for a served apprenticeship ("Apprentice trained or time served"): a profile
shows one by an education line naming it finished, a held NVQ/SVQ Level 3 in the trade or a
journeyman's licence, or a headline saying "time served"; a Level 2 or an unfinished one does not."""

from __future__ import annotations

from datetime import date

import pytest

from credstack.analysis import analyze, judge
from credstack.gaps import GapStatus
from credstack.postings import parse_posting
from credstack.profile.model import Certification, Profile, ProfileSkill

POSTING = """Sheet Metal Fabricator
Northgate Metalwork - Leeds

Requirements
- Apprentice trained and or a time served sheet metal fabricator
- MIG welding
"""

def _apprenticeship(profile, res):
    result = judge(analyze(parse_posting(POSTING), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return {g.skill.name: g for g in result.gaps.items}["Apprenticeship"].status


def _profile(headline="Fabricator", education=(), certifications=()):
    return Profile(headline=headline, skills=[ProfileSkill("MIG Welding")], education=list(education),
                   certifications=list(certifications))


@pytest.mark.parametrize("profile", [
    _profile(education=["Level 3 Apprenticeship in Fabrication and Welding, 2015"]),
    _profile(education=["Time-served apprenticeship, sheet metal"]),
    _profile(certifications=[Certification("NVQ Level 3 Fabrication and Welding Engineering", issuer="City & Guilds",
                                           issued="2012-07")]),
    _profile(certifications=[Certification("Journeyman Sheet Metal Worker License", issued="2016-05")]),
    _profile(headline="Fabricator welder, time served"),
])
def test_a_finished_apprenticeship_is_no_gap(profile, resources):
    assert _apprenticeship(profile, resources) in (GapStatus.HAVE, GapStatus.IMPLIED)


@pytest.mark.parametrize("profile", [
    _profile(),
    _profile(education=["Level 2 Apprenticeship in Fabrication and Welding, 2021"]),
    _profile(education=["Sheet metal apprenticeship (in progress)"]),
    _profile(education=["Fabrication apprenticeship, 2024 - present"]),
    _profile(certifications=[Certification("NVQ Level 2 Fabrication and Welding Engineering", issuer="City & Guilds",
                                           issued="2020-07")]),
    _profile(headline="Apprentice fabricator, working towards time served"),
])
def test_a_lower_level_or_unfinished_apprenticeship_is_still_missing(profile, resources):
    assert _apprenticeship(profile, resources) == GapStatus.MISSING
