"""The everyday national credentials that British, Canadian and Australian postings for non-tech
jobs ask for: the UK Level 2 food hygiene certificate, British Columbia's FOODSAFE, Ontario's food
handler certificate, the UK accredited forklift certificate, the City & Guilds 2391 inspection and
testing award, Australia's White Card, the CSCS labourer card, Smart Serve, WHMIS, Ontario's
Working at Heights, the SIA door supervisor licence, the personal licence award (APLH) and the
12-hour paediatric first aid certificate. Each is advice where it counts and nowhere else."""

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
    ("uk-cscs-labourer-card", ("GB",), (), "CSCS Card"),
    ("ca-on-smart-serve", ("CA",), ("CA-ON",), None),
    ("ca-whmis", ("CA",), (), None),
    ("ca-on-working-at-heights", ("CA",), ("CA-ON",), None),
    ("uk-sia-door-supervisor", ("GB",), (), None),
    ("uk-aplh-personal-licence", ("GB",), (), "Personal Licence"),
    ("uk-first-aid-at-work", ("GB",), (), None),
    ("uk-manual-handling-level-2", ("GB",), (), None),
    ("uk-paediatric-first-aid", ("GB",), (), "Paediatric First Aid"),
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


@pytest.mark.parametrize("where, expected, absent", [
    ("Leeds, UK", "uk-forklift-certificate", "osha-forklift-operator"),
    ("Memphis, TN", "osha-forklift-operator", "uk-forklift-certificate"),
])
def test_the_generic_forklift_license_is_the_cert_of_the_jobs_country(res, where, expected, absent):
    """"Current forklift license" in Leeds asks for a forklift certificate, not OSHA's card by name."""
    ids, result = picks_of(FORKLIFT.format(where=where, ask="Current forklift license"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs[expected].named and absent not in ids, ids


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


def test_a_uk_labourer_asked_a_cscs_card_gets_the_labourer_card_named(res):
    _, result = picks_of(LABOURER.format(where="Leeds, UK", ask="Valid CSCS card"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["uk-cscs-labourer-card"].named
    ids, _ = picks_of(LABOURER.format(where="Dallas, TX", ask="Site safety induction"), res)
    assert "uk-cscs-labourer-card" not in ids


BAR = """Bartender
{where}

Requirements
- {ask}
- Experience making cocktails and serving customers at a busy bar
"""


@pytest.mark.parametrize("where, ask, expected, absent", [
    ("Toronto, ON", "Smart Serve certification", "ca-on-smart-serve", ["au-rsa", "uk-aplh-personal-licence"]),
    ("Manchester, UK", "Personal Licence (APLH)", "uk-aplh-personal-licence", ["ca-on-smart-serve", "au-rsa"]),
])
def test_a_bar_posting_gets_its_own_alcohol_service_credential(res, where, ask, expected, absent):
    ids, result = picks_of(BAR.format(where=where, ask=ask), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs[expected].named
    assert not set(absent) & set(ids), ids


def test_smart_serve_is_no_advice_outside_ontario(res):
    for where in ("Vancouver, BC", "Sydney NSW"):
        ids, _ = picks_of(BAR.format(where=where, ask="Responsible service of alcohol"), res)
        assert "ca-on-smart-serve" not in ids, (where, ids)


ROOFER = """Roofer
{where}

Requirements
- {ask}
- Experience on residential roofing projects
"""


@pytest.mark.parametrize("where, offered", [("Hamilton, ON", True), ("Kelowna, BC", False), ("Leeds, UK", False)])
def test_working_at_heights_follows_ontario(res, where, offered):
    ids, _ = picks_of(ROOFER.format(where=where, ask="Fall protection and working at heights training"), res)
    assert ("ca-on-working-at-heights" in ids) is offered, ids


@pytest.mark.parametrize("where, offered", [("Calgary, AB", True), ("Houston, TX", False)])
def test_whmis_is_canadian(res, where, offered):
    ids, _ = picks_of(ROOFER.format(where=where, ask="WHMIS"), res)
    assert ("ca-whmis" in ids) is offered, ids


DOOR = """Door Supervisor
{where}

Requirements
- {ask}
- Experience in security at bars and events
"""


def test_a_uk_door_supervisor_posting_names_the_sia_licence(res):
    _, result = picks_of(DOOR.format(where="Bristol, UK", ask="Valid SIA Door Supervisor licence"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["uk-sia-door-supervisor"].named


def test_a_us_guard_card_posting_gets_no_sia_licence(res):
    for where in ("Los Angeles, CA", ""):
        ids, _ = picks_of(DOOR.format(where=where, ask="Valid guard card"), res)
        assert "uk-sia-door-supervisor" not in ids, (where, ids)


NURSERY = """Nursery Practitioner
{where}

Requirements
- {ask}
- Experience caring for children under five
"""


@pytest.mark.parametrize("where, offered", [("Slough, UK", True), ("Portland, OR", False)])
def test_paediatric_first_aid_is_advice_for_english_nurseries(res, where, offered):
    ids, _ = picks_of(NURSERY.format(where=where, ask="Childcare qualification and first aid"), res)
    assert ("uk-paediatric-first-aid" in ids) is offered, ids


def test_an_english_nursery_naming_the_12_hour_course_names_it(res):
    _, result = picks_of(NURSERY.format(where="Reading, UK", ask="12-hour Paediatric First Aid"), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["uk-paediatric-first-aid"].named
