"""A hands-on operative's job (a warehouse worker, a picker) is sent to no manager's or
professional's qualification for a duty its posting lists in passing ('Procurement'); entry-level
certificates still fit, and a supply-chain title above the floor still gets the manager's credential."""

from __future__ import annotations

import pytest

from credstack.credentials.fit import infer_fit, off_operative_level, operative_title
from credstack.credentials.recommend import recommend_stack
from credstack.skills.model import Requirement, SkillMention

R, U = Requirement.REQUIRED, Requirement.UNSPECIFIED


def asked(catalog, *pairs):
    out = []
    for name, req in pairs:
        skill = catalog.vocabulary.resolve(name)
        out.append(SkillMention(skill.name, skill.kind, skill.category, requirement=req, mentions=[name]))
    return out


def picks(catalog, title, mentions):
    fit = infer_fit(title, mentions, catalog, catalog.vocabulary)
    plan = recommend_stack({s.name: 3.0 for s in mentions}, catalog, fit=fit)
    return [r.credential.id for r in plan.recommendations]


@pytest.mark.parametrize("title, operative", [
    ("Warehouse Worker", True), ("Order Picker - Nights", True), ("Material Handler II", True),
    ("General Laborer", True), ("Warehouse Supervisor", False), ("Procurement Specialist", False),
    ("Social Worker", False), ("Warehouse Operations Manager", False)])
def test_operative_titles(title, operative):
    assert operative_title(title) is operative


def test_floor_job_gets_no_supply_manager_for_procurement(catalog):
    mentions = asked(catalog, ("Forklift Operation", R), ("Warehouse Management", R), ("Procurement", U))
    got = picks(catalog, "Warehouse Worker", mentions)
    assert not {"ism-csm", "ism-cpsm", "cips-l4-diploma", "cips-l6-diploma"} & set(got)
    # control: the same duties under a buyer's title still lead to the supply manager's credentials
    buyer = picks(catalog, "Procurement Specialist", asked(catalog, ("Procurement", R), ("Supply Chain Management", R)))
    assert {"ism-csm", "ism-cpsm", "cips-l4-diploma", "cips-l6-diploma", "ascm-cscp"} & set(buyer)


def test_entry_level_and_required_focus_still_fit(catalog):
    forklift, csm, cltd = (catalog.get(i) for i in ("osha-forklift-operator", "ism-csm", "ascm-cltd"))
    assert not off_operative_level(forklift)
    assert off_operative_level(csm, {"Procurement"})  # a manager's credential, whatever the posting requires
    assert off_operative_level(cltd, {"Forklift Operation"})
    assert not off_operative_level(cltd, {"Logistics"})  # its focus required: a step for the job
