"""What a UK excavator driver's and an Australian bus driver's real ads showed: "have your CPCS
tickets valid" lost the CPCS Card, the plant operator's card, because "CPCS" in capitals was read
as the plural of the ambiguous "CPC"; and "a good driving record" / "Driver History Record" were
skills to learn instead of the driving licence's condition. Synthetic postings; each has a
control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize("line", ["Have your CPCS tickets valid.", "Must hold CPCS.", "A valid CPCS ticket."])
def test_initials_in_capitals_are_no_plural(resources, line):
    assert "CPCS Card" in read(f"Excavator Driver\n\nRequirements\n- Physical stamina\n- {line}\n", resources)[0]


def test_a_plural_of_initials_still_reads_as_the_initials(resources):
    # the control: "CPCs" with a small s is the plural of "CPC", whose sense the posting decides
    skills, _ = read("Medical Coder\n\nRequirements\n- CPC certification.\n- ICD-10 coding\n", resources)
    plural, _ = read("Medical Coder\n\nRequirements\n- Two years beside CPCs.\n- ICD-10 coding\n", resources)
    assert "CPCS Card" not in skills | plural


@pytest.mark.parametrize("line", ["Have a good driving record.", "Driver History Record.",
                                  "A clean driver's abstract."])
def test_a_driving_record_is_the_licences_condition(resources, line):
    skills, context = read(f"Bus Driver\n\nRequirements\n- {line}\n- Customer service.\n", resources)
    assert "Driver's License" in context and "Driver's License" not in skills


@pytest.mark.parametrize("line", ["Point of sale interaction and till reconciliation.", "Balancing the till at close."])
def test_reconciling_a_till_is_a_cashiers_work(resources, line):
    skills, _ = read(f"Sales Assistant\n\nYou will be responsible for\n- {line}\n", resources)
    assert "Cashier Skills" in skills and "Account Reconciliation" not in skills


def test_account_reconciliation_stays_an_accountants(resources):
    # the control: reconciling accounts
    skills, _ = read("Accounts Assistant\n\nRequirements\n- Account reconciliation and month-end close.\n", resources)
    assert "Account Reconciliation" in skills and "Cashier Skills" not in skills
