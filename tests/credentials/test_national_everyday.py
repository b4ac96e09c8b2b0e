"""The everyday national credentials that British, Canadian and Australian postings for non-tech
jobs ask for: the UK Level 2 food hygiene certificate, British Columbia's FOODSAFE, Ontario's food
handler certificate, the UK accredited forklift certificate, the City & Guilds 2391 inspection and
testing award and Australia's White Card. Each is advice where it counts and nowhere else."""

from __future__ import annotations

import pytest
from tests.credentials.test_countries import picks_of

from credstack.credentials.catalog import load_catalog


@pytest.mark.parametrize("cid, countries, states, grants", [
    ("uk-food-hygiene-level-2", ("GB",), (), None),
    ("ca-bc-foodsafe-level-1", ("CA",), ("CA-BC",), None),
    ("ca-on-food-handler", ("CA",), ("CA-ON",), None),
    ("uk-forklift-certificate", ("GB",), (), "Forklift Certification"),
    ("cg-2391-inspection-testing", ("GB",), (), "Inspection and Testing Certificate"),
    ("au-white-card", ("AU",), (), None),
])
def test_each_entry_counts_only_where_it_is_issued(cid, countries, states, grants):
    entry = load_catalog().get(cid)
    assert entry.countries == countries and entry.states == states
    assert entry.grants == grants
    assert entry.source and entry.checked


CHEF = """Chef de Partie
{where}

About the role
- Run your own section and prepare dishes to the head chef's standards
- Enforce strict health and hygiene standards in the kitchen

Requirements
- Experience as a chef de partie in a busy restaurant
- {ask}
"""


@pytest.mark.parametrize("where, offered", [("Manchester, UK", True), ("Austin, TX", False)])
def test_a_chef_asked_food_hygiene_gets_the_uk_level_2_only_in_britain(res, where, offered):
    ids, _ = picks_of(CHEF.format(where=where, ask="Food hygiene and food safety knowledge"), res)
    assert ("uk-food-hygiene-level-2" in ids) is offered, ids


def test_a_uk_chef_posting_naming_the_level_2_certificate_names_it(res):
    ids, result = picks_of(CHEF.format(where="Leeds, UK", ask="Level 2 Food Hygiene certificate"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["uk-food-hygiene-level-2"].named
    assert "servsafe-food-handler" not in ids


SUPERVISOR = """Food Service Supervisor
{where}

Tasks
- Supervise staff who prepare and portion food
- Train staff in job duties, sanitation and food safety procedures
- Estimate and order ingredients and supplies
"""


@pytest.mark.parametrize("where, expected, absent", [
    ("Vancouver, BC", "ca-bc-foodsafe-level-1", ["ca-on-food-handler", "ca-qc-mapaq-food-manager"]),
    ("Ottawa, ON", "ca-on-food-handler", ["ca-bc-foodsafe-level-1", "ca-qc-mapaq-food-manager"]),
    ("Montréal, Québec", "ca-qc-mapaq-food-manager", ["ca-bc-foodsafe-level-1", "ca-on-food-handler"]),
])
def test_a_canadian_food_supervisor_gets_the_provinces_certificate(res, where, expected, absent):
    ids, _ = picks_of(SUPERVISOR.format(where=where), res)
    assert expected in ids, ids
    assert not set(absent) & set(ids), ids


def test_the_canadian_food_certificates_are_no_advice_in_britain_or_the_us(res):
    for where in ("Bristol, UK", "Denver, CO"):
        ids, _ = picks_of(SUPERVISOR.format(where=where), res)
        assert not {"ca-bc-foodsafe-level-1", "ca-on-food-handler"} & set(ids), (where, ids)


FORKLIFT = """Forklift Driver / Warehouse Assistant
{where}

Duties
- Load and unload deliveries, pick and pack orders
- Operate a counterbalance forklift safely

Requirements
- {ask}
- Experience in a warehouse
"""


@pytest.mark.parametrize("where, ask, expected, absent", [
    ("Northampton, UK", "Counterbalance forklift licence", "uk-forklift-certificate", "osha-forklift-operator"),
    ("Memphis, TN", "Forklift certification", "osha-forklift-operator", "uk-forklift-certificate"),
])
def test_a_forklift_driver_gets_his_countrys_forklift_credential(res, where, ask, expected, absent):
    ids, _ = picks_of(FORKLIFT.format(where=where, ask=ask), res)
    assert expected in ids and absent not in ids, ids


def test_a_uk_posting_naming_rtitb_names_the_uk_certificate(res):
    _, result = picks_of(FORKLIFT.format(where="Leicester, UK", ask="RTITB or ITSSAR counterbalance licence"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["uk-forklift-certificate"].named


ELECTRICIAN = """Qualified Electrician
{where}

We need qualified electricians to carry out testing and inspection of domestic installations.

Requirements
- {ask}
- Full driving licence
"""


def test_a_uk_electrician_asked_2391_gets_the_inspection_and_testing_award(res):
    _, result = picks_of(ELECTRICIAN.format(where="Birmingham, UK", ask="City & Guilds 2391 inspection and testing"),
                         res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["cg-2391-inspection-testing"].named


def test_the_2391_award_is_no_advice_in_the_us(res):
    ids, _ = picks_of(ELECTRICIAN.format(where="Phoenix, AZ", ask="Electrical testing and inspection experience"),
                      res)
    assert "cg-2391-inspection-testing" not in ids


LABOURER = """Construction Labourer
{where}

Requirements
- {ask}
- Site safety and PPE
- Experience on building sites
"""


@pytest.mark.parametrize("where, ask, offered", [
    ("Parramatta NSW", "Current White Card", True),
    ("Leeds, UK", "CSCS card", False),
    ("Dallas, TX", "OSHA 10 card", False),
])
def test_the_white_card_is_advice_only_in_australia(res, where, ask, offered):
    ids, _ = picks_of(LABOURER.format(where=where, ask=ask), res)
    assert ("au-white-card" in ids) is offered, ids
