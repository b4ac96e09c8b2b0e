"""Advice for the occupations of the real non-tech postings' fourth batch (bench/nontech_real.py
--split held-occ2): a physical therapist assistant's posting names the PTA licence and CPR, but the
title named no occupation group, so no credential was in the field; a therapist's posting is no
case for the assistant's licence exam; a machinist whose tools include a welding torch was sent to
the Certified Welding Inspector exam (the inspector's-role rule merged from main keeps it away now;
the case stays as a regression test, with the inspector's own posting as its control)."""

from __future__ import annotations

import pytest
from tests.credentials.test_fit import picks as fit_picks
from tests.credentials.test_fit import skills

from credstack.credentials.fit import outside_title, title_groups


def picks(catalog, title, asked):
    return fit_picks(catalog, title, asked)[0]


@pytest.mark.parametrize("title", ["Physical Therapist Assistant", "Physical Therapy Aide", "Rehab Tech",
                                   "Occupational Therapist Assistant"])
def test_therapy_assistants_and_aides_are_allied_health(title):
    assert "allied_health" in title_groups(title)


@pytest.mark.parametrize("title", ["Physical Therapist", "Pediatric Occupational Therapist", "Physiotherapist"])
def test_a_licensed_therapist_is_outside_the_assistants_group(title):
    assert outside_title(title)
    assert "allied_health" not in title_groups(title)


def test_an_assistants_posting_gets_the_licence_exam_and_cpr(catalog):
    asked = skills(catalog, "Physical Therapy", "Physical Therapist Assistant License", "CPR", "First Aid")
    ids = picks(catalog, "Physical Therapist Assistant", asked)
    assert "fsbpt-npte-pta" in ids
    assert "aha-bls" in ids


def test_a_therapists_posting_gets_no_assistant_licence(catalog):
    asked = skills(catalog, "Physical Therapy", "Therapeutic Exercise", "Patient Care", "Home Exercise Programs")
    assert "fsbpt-npte-pta" not in picks(catalog, "Physical Therapist", asked)


def test_an_aides_posting_that_names_no_licence_gets_no_licence_exam(catalog):
    asked = skills(catalog, "Physical Therapy", "Therapeutic Exercise", "Customer Service")
    assert "fsbpt-npte-pta" not in picks(catalog, "Physical Therapist Tech", asked)


def test_a_machinist_with_a_welding_torch_is_no_welding_inspector(catalog):
    asked = skills(catalog, "CNC Machining", "Workshop Machinery", "Welding", "Blueprint Reading",
                   "Measuring Instruments")
    assert "aws-weld-cwi" not in picks(catalog, "CNC Machinist", asked)


def test_a_welding_inspectors_posting_gets_the_inspector_exam(catalog):
    asked = skills(catalog, "Welding Inspection", "Welding", "Blueprint Reading", "Nondestructive Testing")
    assert "aws-weld-cwi" in picks(catalog, "Welding Inspector", asked)


@pytest.mark.parametrize("title", ["Community Midwife - Band 6", "Baby Friendly Specialist Midwife", "Health Visitor",
                                   "Maternity Support Worker"])
def test_midwives_and_health_visitors_are_nursing_and_maternity_care(title):
    assert "nursing" in title_groups(title)
