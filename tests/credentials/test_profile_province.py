"""A posting that says nowhere where it is is read in the country of the user's profile location
(``analysis.read_role``), and in its province or state too: a Toronto user is not sent to British
Columbia's first aid card for a "CPR certified" posting, a Vancouver user is."""

from __future__ import annotations

from datetime import date

import pytest

from credstack.analysis import analyze, judge
from credstack.postings import parse_posting
from credstack.profile.model import Profile

NURSE = """Registered Nurse

Requirements
- CPR certified
- BLS and ACLS
- Experience in acute care
"""


@pytest.mark.parametrize("location, state, bc_card", [
    ("Toronto, ON", "CA-ON", False),
    ("Vancouver, BC", "CA-BC", True),
])
def test_the_profiles_province_limits_provincial_credentials(res, location, state, bc_card):
    result = judge(analyze(parse_posting(NURSE), res, rank=False), res,
                   profile=Profile(name="Sam Lee", location=location), today=date(2026, 11, 30))
    assert result.fit.countries == {"CA"} and result.fit.states == {state}
    picks = [r.credential.id for r in result.recommendations.recommendations]
    assert ("ca-bc-basic-first-aid" in picks) is bc_card, picks
