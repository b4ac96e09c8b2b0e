"""The UK's resuscitation courses: NHS postings ask for Resuscitation Council UK's Advanced Life
Support (ALS) and Immediate Life Support (ILS) certificates, which the American Heart Association's
cards do not stand in for (RCUK does not accept AHA ACLS or PALS as equivalent). A UK posting asking
for ALS gets the RCUK course; a US posting asking for ACLS still gets the AHA card; neither AHA
course is advice for a British posting."""

from __future__ import annotations

import pytest
from tests.credentials.test_countries import picks_of

from credstack.credentials.catalog import load_catalog


@pytest.mark.parametrize("cid, grants, years", [
    ("rcuk-als", "Advanced Life Support", 4),
    ("rcuk-ils", "Immediate Life Support", 1),
])
def test_the_rcuk_certificates_are_british_with_their_own_validity(cid, grants, years):
    entry = load_catalog().get(cid)
    assert entry.countries == ("GB",) and entry.grants == grants and entry.validity_years == years
    assert entry.cost_min is None and entry.source and entry.checked  # fees are set by each course centre


WARD = """{title}
{where}

Main duties
- Lead the team on the ward and respond to deteriorating patients
- {ask}

Person specification
- Registered Nurse with current registration
"""


def test_a_uk_posting_asking_for_als_gets_the_rcuk_course(res):
    ids, _ = picks_of(WARD.format(title="Senior Staff Nurse - Acute Medicine", where="Leeds, UK",
                                  ask="Hold a current ALS provider certificate"), res)
    assert "rcuk-als" in ids and "aha-acls" not in ids, ids


def test_a_us_posting_asking_for_acls_still_gets_the_aha_card(res):
    ids, _ = picks_of(WARD.format(title="ICU Registered Nurse", where="Houston, TX",
                                  ask="Current ACLS certification required"), res)
    assert "aha-acls" in ids and "rcuk-als" not in ids, ids


@pytest.mark.parametrize("where, offered", [("Bristol, UK", False), ("Denver, CO", True)])
def test_aha_pals_is_no_advice_for_a_british_childrens_nurse(res, where, offered):
    ids, _ = picks_of(WARD.format(title="Paediatric Staff Nurse", where=where,
                                  ask="Pediatric advanced life support certification (PALS)"), res)
    assert ("aha-pals" in ids) is offered, ids
