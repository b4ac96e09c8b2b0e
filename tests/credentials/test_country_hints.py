"""Words one country's postings write that another's may now and then (``country_hints``): a
surgery's pharmacy technician posting with no place, whose duties say "review by GP" and "refer to
the RMN", is in the UK, and the US pharmacy technician certificate (PTCB) is no advice for it. One
such word alone says nothing (Dynamics GP is an American accounts package)."""

from __future__ import annotations

import pytest
from tests.credentials.test_countries import picks_of

from credstack.places import load_places

SURGERY_TECHNICIAN = """Pharmacy Technician

Duties
- Dispense medicines following practice procedures, including controlled drugs
- Maintain stock levels of medicines, checking expiry dates and storage conditions
- Issue repeat prescriptions as requested by patients within the agreed timescale
- Ensure timely review by GP of all medications before their stop date
- Refer any patient not taking their medication to the RMN clinic
- Confirm dosage instructions with the patient at the dispensary counter

Requirements
- Knowledge of pharmacology and medication administration
- Pharmacy experience
"""


@pytest.mark.parametrize("text, country", [
    ("Ensure timely review by GP of all medications; refer non-compliance to the RMN.", "GB"),
    ("Our GPs and RGN team run the minor illness clinic", "GB"),
    ("Post invoices in Dynamics GP and reconcile the ledger.", None),  # one hint alone: none
    ("Track vehicles by GPS; the gp margin report is weekly", None),  # not the hint as written
    ("Review by GP; refer to the RMN. Must hold a Texas license. Superannuation applies.", "AU"),  # a sure term wins
])
def test_two_hints_of_one_country_name_it(text, country):
    assert load_places().country_in_text(text) == country


def test_a_surgery_pharmacy_technician_gets_no_us_certificate(res):
    ids, result = picks_of(SURGERY_TECHNICIAN, res)
    assert result.fit.countries == {"GB"}
    assert "ptcb-cpht" not in ids, ids
    # the control: the same duties without the surgery's words are in no country, and the
    # certificate is advice (a US pharmacy's posting writes neither)
    us = SURGERY_TECHNICIAN.replace("review by GP", "review by the prescriber").replace(
        "the RMN clinic", "the nurse's clinic")
    ids, result = picks_of(us, res)
    assert not result.fit.countries
    assert "ptcb-cpht" in ids, ids
