"""A crane operator's and a crane signalperson's certifications are a lifting crew's: an excavator
driver or an insulation applicator whose posting asks heavy equipment or rigging gets neither; a
crane operator or a rigger does."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.credentials.fit import RoleFit, other_role
from credstack.credentials.recommend import recommend_stack


@pytest.mark.parametrize("title, cid, other", [
    ("CPCS - 360 Excavator Driver", "nccco-mobile-crane", True),
    ("Plant Operator", "nccco-mobile-crane", True),
    ("Mobile Crane Operator", "nccco-mobile-crane", False),
    ("foamed insulation applicator", "nccco-signal-person", True),
    ("Scaffolder", "nccco-signal-person", True),
    ("Rigger / Banksman", "nccco-signal-person", False),
    ("Crane Signaller", "nccco-signal-person", False),
])
def test_lifting_crew_credentials_are_for_lifting_crews(title, cid, other):
    assert other_role(load_catalog().get(cid), title, ["skilled_trades"]) is other


def test_an_excavator_driver_gets_no_crane_operator_certification():
    missing = {"Heavy Equipment Operation": 3.0, "Rigging": 2.0}
    fit = RoleFit(groups={"skilled_trades": 1.0}, title="CPCS - 360 Excavator Driver",
                  asked=frozenset(missing), named=frozenset(missing))
    picks = [r.credential.id for r in recommend_stack(missing, load_catalog(), fit=fit).recommendations]
    assert not {"nccco-mobile-crane", "nccco-signal-person"} & set(picks)
    crane = RoleFit(groups={"skilled_trades": 1.0}, title="Mobile Crane Operator",
                    asked=frozenset(missing), named=frozenset(missing))
    crew = [r.credential.id for r in recommend_stack(missing, load_catalog(), fit=crane).recommendations]
    assert {"nccco-mobile-crane", "nccco-signal-person"} & set(crew)


def test_a_riggers_certification_is_for_riggers_and_erectors():
    rigger = load_catalog().get("nccco-rigger-1")
    assert other_role(rigger, "foamed insulation applicator", ["skilled_trades"])
    assert not other_role(rigger, "Structural Ironworker", ["skilled_trades"])
    assert not other_role(rigger, "Rigger", ["skilled_trades"])
