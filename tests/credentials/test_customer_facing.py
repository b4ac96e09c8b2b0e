"""Advice for jobs behind a counter or a desk, and for jobs whose bar is school: a retail floor's
"sales" is serving walk-in customers, not B2B prospecting (HubSpot Inbound Sales is no advice for a
sales associate); a vendor's exam needs its product asked (the Zendesk Sell exam for "CRM"); a
sentence names the field the credential is in, not the posting's first; a clerk whose posting asks a
high-school diploma is not sent to a licence that needs a degree (the CPA) or a professional
qualification (ACCA)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.credentials.test_fit import picks, skills

from credstack.credentials.fit import infer_fit, needs_degree, title_groups
from credstack.credentials.recommend import recommend_stack


def plan_for(catalog, title, *names):
    return picks(catalog, title, skills(catalog, *names))


@pytest.mark.parametrize("title", ["Retail Sales Associate", "Senior Retail Sales Associate - Self Serve",
                                   "Sales Assistant - Mackay", "Store Assistant (Bonused)", "Cashier"])
def test_a_retail_floor_title_is_customer_service_not_sales(title):
    assert set(title_groups(title)) == {"customer_service"}


@pytest.mark.parametrize("title", ["Inside Sales Representative", "Account Executive", "Sales Manager",
                                   "Business Development Representative"])
def test_a_sales_title_stays_sales(title):
    assert "sales" in title_groups(title)


def test_a_sales_associate_gets_no_b2b_sales_course(catalog):
    ids, _, fit = plan_for(catalog, "Retail Sales Associate", "Sales", "Customer Service", "Point of Sale Systems")
    assert "sales" not in fit.groups
    assert "hubspot-inbound-sales" not in ids
    assert not [cid for cid in ids if "sales" in catalog.get(cid).occupations and "customer_service"
                not in catalog.get(cid).occupations]
    # the control: a B2B seller asking the same word gets it
    ids, _, fit = plan_for(catalog, "Inside Sales Representative", "Sales", "Prospecting", "Consultative Selling")
    assert "sales" in fit.groups and "hubspot-inbound-sales" in ids


def test_the_zendesk_sell_exam_needs_zendesk_asked(catalog):
    ids, _, _ = plan_for(catalog, "Sales Manager", "Customer Relationship Management", "Sales Pipeline Management")
    assert "zendesk-sales-crm" not in ids
    ids, _, _ = plan_for(catalog, "Sales Manager", "Zendesk", "Customer Relationship Management",
                         "Sales Pipeline Management")
    assert "zendesk-sales-crm" in ids


def test_the_sentence_names_the_field_the_credential_is_in(catalog):
    # a posting whose office tools lean IT support (the Georgian sales manager's, its title unread):
    # the sales course is there for the selling, and its sentence says so
    asked = skills(catalog, "Google Workspace", "Microsoft Office", "Sales", "Prospecting", "Consultative Selling")
    fit = replace(infer_fit("", asked, catalog, catalog.vocabulary), groups={"it_support": 0.6, "sales": 0.4})
    plan = recommend_stack({s.name: 3.0 for s in asked}, catalog, fit=fit)
    rec = next(r for r in plan.recommendations if r.credential.id == "hubspot-inbound-sales")
    assert "this sales role" in rec.why and "IT support" not in rec.why
    assert fit.role() == "IT support"  # the posting's own main field, said where no credential is meant


def test_a_degree_licence_is_no_advice_for_a_job_whose_bar_is_school(catalog):
    assert needs_degree(catalog.get("aicpa-cpa")) and needs_degree(catalog.get("ima-cma"))
    assert not needs_degree(catalog.get("cfa-level-1"))  # a way in through work experience
    assert not needs_degree(catalog.get("ism-csm"))  # "no bachelor's degree required"
    clerk = ("Accounting", "Auditing", "General Ledger", "Accounts Payable", "Account Reconciliation")
    ids, _, fit = plan_for(catalog, "Accounts Payable Clerk", *clerk, "High School Diploma")
    assert fit.school_only
    assert not {"aicpa-cpa", "acca-qualification", "ima-cma"} & set(ids), ids
    # the control: the same work asked with a degree is an accountant's, and the licence is advice
    ids, _, fit = plan_for(catalog, "Staff Accountant", *clerk, "Bachelor's Degree")
    assert not fit.school_only and {"aicpa-cpa", "acca-qualification"} & set(ids), ids


def test_a_licence_the_clerks_posting_names_stays(catalog):
    ids, _, _ = plan_for(catalog, "Accounts Payable Clerk", "Accounting", "High School Diploma", "CPA")
    assert "aicpa-cpa" in ids


def test_a_supervisors_or_inspectors_credential_is_for_that_role(catalog):
    ids, _, _ = plan_for(catalog, "Maintenance Mechanic", "Welding", "Hydraulic Systems", "Preventive Maintenance")
    assert "aws-weld-cws" not in ids and "aws-weld-cwi" not in ids
    ids, _, _ = plan_for(catalog, "Journeyman Electrician", "Electrical Wiring", "Building Codes", "Conduit Bending")
    assert "icc-residential-combination-inspector" not in ids
    # the control: the role the credential certifies is the job's
    ids, _, _ = plan_for(catalog, "Welding Inspector", "Welding", "Blueprint Reading", "Quality Control")
    assert "aws-weld-cwi" in ids


def test_an_educators_credential_stays_for_teaching_jobs(catalog):
    # 'educator' names a teacher's role: a nursery assistant's posting (teaching group) keeps the diploma
    from credstack.credentials.fit import other_role
    diploma = catalog.get("cache-early-years-educator")
    assert not other_role(diploma, "Nursery Assistant", {"education": 1.0})
    assert other_role(catalog.get("aws-weld-cwe"), "Maintenance Mechanic", {"skilled_trades": 1.0})
    assert not other_role(catalog.get("aws-weld-cwe"), "Welding Instructor", {"skilled_trades": 1.0})


def test_a_registered_nurse_is_not_sent_to_a_patient_care_technicians_certificate(catalog):
    asked = ("Patient Care", "Vital Signs", "Phlebotomy", "Medication Administration", "Registered Nurse")
    ids, _, _ = plan_for(catalog, "Registered Nurse - Med/Surg", *asked)
    assert not {"nha-cpct", "nha-ccma", "aama-cma", "amt-rma"} & set(ids), ids
    # the control: a patient care assistant's posting asking the same care keeps it
    ids, _, _ = plan_for(catalog, "Patient Care Assistant - Med/Surg", "Patient Care", "Vital Signs", "Phlebotomy")
    assert "nha-cpct" in ids
