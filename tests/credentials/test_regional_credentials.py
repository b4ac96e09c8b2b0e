"""Credentials of one country or province that real Australian, British and Canadian postings ask
for: British Columbia's Basic First Aid (OFA 1), the UK's Emergency First Aid at Work, Québec's
MAPAQ food establishment manager certificate, Australia's Certificate IV in Allied Health
Assistance. Each is advice where it counts and nowhere else."""

from __future__ import annotations

import pytest
from tests.credentials.test_countries import picks_of

GUARD = """Correctional Officer
{where}

Requirements
- Grade 12 graduation
- Valid Basic First Aid (OFA 1) or a Worksafe BC approved equivalent
- Valid driver's licence
"""


def test_a_bc_posting_naming_ofa_1_gets_the_bc_certificate(res):
    ids, result = picks_of(GUARD.format(where="Kamloops, BC"), res)
    assert result.fit.states == {"CA-BC"}
    assert "ca-bc-basic-first-aid" in ids
    rec = next(r for r in result.recommendations.recommendations if r.credential.id == "ca-bc-basic-first-aid")
    assert rec.named  # the posting asks for it by its letters


def test_the_bc_certificate_is_no_advice_outside_bc(res):
    ontario, _ = picks_of(GUARD.format(where="Toronto, ON").replace("OFA 1", "first aid"), res)
    assert "ca-bc-basic-first-aid" not in ontario
    uk, _ = picks_of(GUARD.format(where="Leeds, UK").replace(" (OFA 1) or a Worksafe BC approved equivalent", ""), res)
    assert "ca-bc-basic-first-aid" not in uk


CARE = """Care Assistant
{where}

Requirements
- Emergency First Aid at Work certificate
- Moving and handling training
- Experience supporting older people
"""


def test_a_uk_care_job_naming_efaw_gets_it(res):
    ids, result = picks_of(CARE.format(where="Guildford, Surrey"), res)
    assert result.fit.countries == {"GB"}
    assert "uk-emergency-first-aid-at-work" in ids


def test_an_australian_first_aid_ask_gets_the_australian_unit(res):
    ids, result = picks_of(CARE.format(where="Hove SA").replace("Emergency First Aid at Work certificate",
                                                           "Current first aid and CPR certificates"), res)
    assert result.fit.countries == {"AU"}
    assert "uk-emergency-first-aid-at-work" not in ids
    assert "ca-bc-basic-first-aid" not in ids


KITCHEN = """Kitchen Manager
{where}

Requirements
- Food safety and food hygiene practices in a commercial kitchen
- Food service operations and staff scheduling
"""


@pytest.mark.parametrize("where, offered", [
    ("Montréal, Québec", True),
    ("Laval, QC", True),
    ("Toronto, ON", False),  # Ontario has its own food handler certificate
    ("Austin, TX", False),
])
def test_the_quebec_food_manager_certificate_follows_the_province(res, where, offered):
    ids, _ = picks_of(KITCHEN.format(where=where), res)
    assert ("ca-qc-mapaq-food-manager" in ids) is offered, ids


THERAPY = """Therapy Assistant
{where}

About you
- Cert IV Allied Health Assistance preferred but not essential
- Running group therapy programs under the guidance of physiotherapists
"""


def test_an_australian_therapy_assistant_gets_the_qualification_she_names(res):
    ids, _ = picks_of(THERAPY.format(where="Hove SA"), res)
    assert "au-cert-iv-allied-health-assistance" in ids
    us, _ = picks_of(THERAPY.format(where="Austin, TX").replace("Cert IV Allied Health Assistance", "a therapy aide"),
                 res)
    assert "au-cert-iv-allied-health-assistance" not in us
