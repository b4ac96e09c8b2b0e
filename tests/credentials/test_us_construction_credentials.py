"""NCCER's craft curricula and NCCCO's crane crew certifications are built on US rules (OSHA, the
National Electrical Code): an electrician in England or an insulation applicator in Alberta gets
none of them; one in Texas still may."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.credentials.fit import RoleFit
from credstack.credentials.recommend import recommend_stack

US_ONLY = ["nccer-core", "nccer-electrical-1", "nccco-signal-person", "nccco-mobile-crane", "nccco-rigger-1"]


@pytest.mark.parametrize("cid", US_ONLY)
def test_us_construction_credentials_count_in_the_us(cid):
    entry = load_catalog().get(cid)
    assert entry.countries == ("US",)
    assert entry.countries_basis


@pytest.mark.parametrize("country, allowed", [("GB", False), ("CA", False), ("US", True)])
def test_an_electricians_hand_tools_and_blueprints_gap(country, allowed):
    missing = {"Hand Tools": 2.0, "Blueprint Reading": 3.0, "Wiring": 3.0}
    fit = RoleFit(groups={"skilled_trades": 1.0}, title="Electrician", asked=frozenset(missing),
                  named=frozenset(missing), countries=frozenset({country}))
    picks = {r.credential.id for r in recommend_stack(missing, load_catalog(), fit=fit).recommendations}
    assert bool(picks & set(US_ONLY)) is allowed
