"""A role's licence is advice for that role (``role_ladders``): the licence of the role below the
one hired (the RN licence an NP holds already), above it (a degree-gated licence for a bookkeeping
job whose posting states no schooling) or of another role whose field a posting's words touch (a
pharmacy technician's certificate for a medical assistant whose posting mentions pharmacy
communication) is no advice. Synthetic postings: a title and the skills such a posting asks."""

from __future__ import annotations

import pytest
from tests.credentials.test_fit import skills

from credstack.credentials.fit import credential_rungs, infer_fit, other_rung, title_rungs
from credstack.credentials.recommend import recommend_stack


def plan_for(catalog, title, *names, country=None):
    """test_fit's picks, with the job's country (the US licences count only there)."""
    asked = skills(catalog, *names)
    fit = infer_fit(title, asked, catalog, catalog.vocabulary, country=country)
    named = {s.name for s in asked if s.kind == "certification"}
    plan = recommend_stack({s.name: 3.0 for s in asked}, catalog, named=named, fit=fit)
    return [r.credential.id for r in plan.recommendations]


@pytest.mark.parametrize(("title", "rungs"), [
    ("Nurse Practitioner", {("nursing", 3)}),
    ("Advanced Practice Registered Nurse (APRN)", {("nursing", 3)}),  # the longer words first
    ("Phone Triage (RN or LPN)", {("nursing", 1), ("nursing", 2)}),
    ("Part-Time Medical Assistant/LPN", {("medical assisting", 0), ("nursing", 1)}),
    ("Bookkeeper (part-time)", {("accounting", 0)}),
    ("Senior Staff Accountant", {("accounting", 1)}),
    ("Utilization Review Nurse", set()),  # no rung named: not judged
    ("Turnip farmer", set()),
    ("Learning internship", set()),  # "rn" and "np" inside words are no titles
])
def test_the_rungs_a_title_names(title, rungs):
    assert title_rungs(title) == rungs


def test_a_credential_is_placed_on_its_roles_rung(catalog):
    assert credential_rungs(catalog.get("ncsbn-nclex-rn")) == {("nursing", 2)}
    assert credential_rungs(catalog.get("ncsbn-nclex-pn")) == {("nursing", 1)}
    assert credential_rungs(catalog.get("aicpa-cpa")) == {("accounting", 1)}
    assert credential_rungs(catalog.get("ptcb-cpht")) == {("pharmacy", 0)}
    assert not credential_rungs(catalog.get("aha-bls"))  # no role's licence: never judged here


NP_SKILLS = ("Patient Care", "Medication Administration", "Patient Assessment", "Nursing")


def test_a_nurse_practitioner_is_not_sent_to_the_rn_licence(catalog):
    ids = plan_for(catalog, "Nurse Practitioner", *NP_SKILLS, country="US")
    assert "ncsbn-nclex-rn" not in ids and "ncsbn-nclex-pn" not in ids, ids
    # the control: the same posting for a registered nurse gets the licence
    ids = plan_for(catalog, "Registered Nurse", *NP_SKILLS, country="US")
    assert "ncsbn-nclex-rn" in ids, ids


def test_a_licence_the_posting_names_stays_whatever_the_rung(catalog):
    ids = plan_for(catalog, "Nurse Practitioner", *NP_SKILLS, "Registered Nurse", country="US")
    assert "ncsbn-nclex-rn" in ids, ids


BOOKS = ("Bookkeeping", "Accounting", "Account Reconciliation", "Accounts Payable", "Financial Reporting")


def test_a_bookkeeper_is_not_sent_to_a_degree_gated_accountancy_licence(catalog):
    # no schooling stated, so the school-bar rule does not apply: the title's role does
    ids = plan_for(catalog, "Bookkeeper", *BOOKS, country="US")
    assert not {"aicpa-cpa", "ima-cma", "acca-qualification"} & set(ids), ids
    assert "aipb-cb" in ids, ids  # the bookkeeper's own certification is
    # the control: an accountant's posting asking the same work keeps the licence
    ids = plan_for(catalog, "Staff Accountant", *BOOKS, country="US")
    assert "aicpa-cpa" in ids and "aipb-cb" not in ids, ids


def test_a_medical_assistant_is_not_sent_to_a_pharmacy_technicians_certificate(catalog):
    asked = ("Vital Signs", "Patient Care", "Pharmacy", "Electronic Health Records")
    ids = plan_for(catalog, "Medical Assistant/LPN", *asked, country="US")
    assert "ptcb-cpht" not in ids, ids
    # the control: a pharmacy technician's posting keeps it
    ids = plan_for(catalog, "Pharmacy Technician", "Pharmacy", "Pharmacology", "Medication Administration",
                   country="US")
    assert "ptcb-cpht" in ids, ids


def test_other_rung_judges_only_titles_naming_a_role(catalog):
    rn = catalog.get("ncsbn-nclex-rn")
    assert other_rung(rn, "Nurse Practitioner")
    assert not other_rung(rn, "Phone Triage (RN or LPN)")
    assert not other_rung(rn, "Utilization Review Nurse")


def test_a_patient_care_technicians_certificate_is_the_nursing_assistants_rung(catalog):
    assert credential_rungs(catalog.get("nha-cpct")) == {("nursing", 0)}
    assert title_rungs("Patient Care Technician - Telemetry") == {("nursing", 0)}


def test_a_profile_holding_a_role_is_never_sent_below_it(catalog):
    # a registered nurse's shopping list over nursing and care-assistant listings recommended the
    # patient care technician's certificate for their vital signs (real nursing listings)
    from datetime import date

    from credstack.credentials.held import resolve_held
    from credstack.profile.model import Certification

    nurse = resolve_held([Certification("Registered Nurse (RN)", issuer="Texas Board of Nursing")], catalog,
                         catalog.vocabulary, today=date(2026, 11, 30))
    assert {"nha-cpct", "ncsbn-nclex-pn"} <= nurse.blocked_ids()
    assert "nha-cpct" not in nurse.blocked_ids(asked={"nha-cpct"})  # a posting naming it still gets it
    assert "aacn-ccrn-adult" not in nurse.blocked_ids()  # a step up stays advice
    aide = resolve_held([Certification("Certified Nursing Assistant (CNA)")], catalog, catalog.vocabulary,
                        today=date(2026, 11, 30))
    assert "ncsbn-nclex-rn" not in aide.blocked_ids() and not aide.below  # nothing under the lowest rung
