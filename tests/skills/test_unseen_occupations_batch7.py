"""Synthetic fixtures for what the seventh batch of real postings (bench/nontech_real.py --split
held-occ3: pilots, aircraft upholsterers, veterinary staff, insurance claims and agents, property
and lettings managers, cleaners, construction superintendents and estimators, hotel staff, fitness
instructors) showed: an equal-opportunity paragraph's "terms and conditions of employment,
including recruiting, hiring..." read as the skill of recruiting (which then made a pilot's job a
recruiter's), a pre-employment policy's "background investigation ... as allowed by law" read as
a drug-screening skill, and a site superintendent's "Manage and Control Inspection and Testing"
read as an electrician's City & Guilds inspection-and-testing certificate (which then made the
job British). The controls keep each word where it is asked for."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

EEO = ("This policy applies to all terms and conditions of employment, including recruiting, hiring, "
       "placement, promotion, termination, layoff, recall, transfer, leaves of absence, compensation and training.")


def test_an_equal_opportunity_sentence_on_the_terms_of_employment_asks_for_no_recruiting(resources):
    skills, context = read(f"Pilot in Command\n\nRequirements:\n- ATP certificate\n- Team player\n\n{EEO}\n",
                           resources)
    assert "Recruiting" not in skills | context
    assert "Teamwork" in skills


def test_recruiting_asked_of_a_recruiter_is_still_read(resources):
    skills, _ = read("Recruiter\n\nRequirements:\n- Experience in recruiting and hiring for retail stores\n",
                     resources)
    assert "Recruiting" in skills


def test_a_screening_policy_as_allowed_by_law_asks_for_no_skill(resources):
    text = ("Claims Technician\n\nRequired Job Qualifications:\n- Experience processing medical claims\n\n"
            "Drug screening and background investigation are required, as allowed by law.\n")
    skills, context = read(text, resources)
    assert not {"Drug Screening", "Background Investigation"} & (skills | context)
    assert "Claims Processing" in skills


def test_a_site_managers_inspection_and_testing_is_no_electricians_certificate(resources):
    text = ("Construction Superintendent\n\nResponsibilities:\n· Manage and Control Productivity"
            "· Manage and Control Inspection and Testing· Manage and Control Equipment Utilization\n")
    skills, context = read(text, resources)
    assert "Inspection and Testing Certificate" not in skills | context


def test_an_electricians_inspection_and_testing_qualification_is_still_the_certificate(resources):
    text = "Electrician\n\nRequirements:\n- Inspection and testing qualification (or working towards it)\n"
    skills, context = read(text, resources)
    assert "Inspection and Testing Certificate" in skills | context


# An ad saved as one paragraph (a job board's dump), long enough to be read as flattened text.
FLATTENED = ("Nursery Nurse\n\nA friendly nursery in a busy town centre is looking for a qualified nursery nurse "
             "to join their small and welcoming team. This is an established nursery which has been running for "
             "many years and has a very good reputation with local families. The nursery is looking for an "
             "enthusiastic nursery nurse who enjoys providing fun activities around the needs of the children. "
             "{lead} Ensuring the environment is clean and welcoming Your key children's learning journals are "
             "kept up to date Working as part of a team Liaising with parents and feeding back about their "
             "child's day Helping the children at meal times Planning and organising activities indoors and out. "
             "This is a 30 hour week position with flexible working hours. Please send your CV today.")


def test_duties_after_a_typod_lead_in_of_a_flattened_ad_are_a_duties_section():
    from credstack.postings import parse_posting

    for lead in ("You responsibilities will include:", "Your responsibilities will include:"):
        posting = parse_posting(FLATTENED.format(lead=lead))
        kinds = [s.kind.value for s in posting.sections]
        assert "responsibilities" in kinds, lead


def test_a_sentence_opening_with_you_is_no_heading():
    from credstack.postings import parse_posting

    posting = parse_posting("Nursery Nurse\n\nYou will plan activities for the children and keep their records.\n")
    assert "responsibilities" not in [s.kind.value for s in posting.sections]


def test_a_title_label_that_runs_on_into_a_flattened_ad_leaves_the_first_line_the_title():
    from credstack.postings import parse_posting

    text = ("Reservations Consultant\n\nJOB TITLE: Reservations Consultant parttime HOURS: Various RESPONSIBLE TO: "
            "Head of Reservations RESPONSIBLE FOR: Processing enquiries and room reservations MAIN DUTIES Answering "
            "telephone, taking reservations, selling gift vouchers and filing.")
    assert parse_posting(text).title == "Reservations Consultant"


def test_a_title_label_with_a_title_still_gives_it():
    from credstack.postings import parse_posting

    text = "Printable version\n\nJob title: Line Cook\n\nWe need a line cook to prepare meals in a busy kitchen."
    assert parse_posting(text).title == "Line Cook"


def test_a_flattened_ad_that_opens_with_its_title_field_keeps_its_duties(resources):
    text = ("Reservations Consultant\n\nJOB TITLE: Reservations Consultant parttime HOURS: Various RESPONSIBLE TO: "
            "Head of Reservations MAIN DUTIES Answering telephone, dealing with customer complaints, filing and "
            "photocopying, reconciling credit card payments at the end of the day")
    skills, _ = read(text, resources)
    assert "Credit Card Processing" in skills


def test_testing_medical_equipment_is_no_software_testing(resources):
    text = ("Biomedical Equipment Specialist\n\nDuties:\n- Selection, installation, modification, testing and "
            "evaluating of medical and dental equipment\n- Analyzing data and keeping records\n"
            "- Maintain a security clearance\n")
    skills, _ = read(text, resources)
    assert "Software Testing" not in skills


def test_testing_web_applications_is_still_software_testing(resources):
    skills, _ = read("QA Engineer\n\nRequirements:\n- Testing of web applications with Selenium and Python\n",
                     resources)
    assert "Software Testing" in skills


def test_a_field_in_a_colleagues_post_is_no_skill_asked(resources):
    text = ("Veterinary Technician Manager\n\nResponsibilities:\n- Coordinating technician meetings with the "
            "Chief of Emergency Medicine and Practice Manager\n- Reporting to the Head of Finance on budgets\n")
    skills, _ = read(text, resources)
    assert "Emergency Medicine" not in skills
    assert "Finance" not in skills


def test_a_field_asked_of_the_candidate_is_still_read(resources):
    skills, _ = read("Nurse\n\nRequirements:\n- Two years of experience in emergency medicine\n", resources)
    assert "Emergency Medicine" in skills


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Construction Superintendent", "- 5 years supervising heavy civil construction projects", "Civil Construction"),
    ("Construction Superintendent", "- Commercial Construction knowledge is a plus", "Commercial Construction"),
    ("Construction Estimator", "- Quantity Take-offs and cost management", "Cost Estimating"),
    ("Fitness Instructor", "- Carry out fitness testing and body composition checks", "Fitness Testing"),
    ("Claims Technician", "- Knowledge of coordination of benefits principles", "Coordination of Benefits"),
    ("Butler Manager", "- Manage the team responsible for butler services", "Butler Service"),
    ("Room Service Manager", "- Experience of in room dining in a five-star hotel", "In-Room Dining"),
])
def test_names_of_these_occupations_are_read(title, line, skill, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


def test_monitoring_a_teams_case_load_and_care_is_no_systems_monitoring(resources):
    text = ("Veterinary Technician Manager\n\nResponsibilities:\n- Monitoring case load, quality of care, and "
            "performance of staff to identify areas of improvement\n- Ensuring staff compliance with OSHA\n")
    skills, _ = read(text, resources)
    assert "Monitoring" not in skills


def test_monitoring_systems_is_still_monitoring(resources):
    text = "Site Reliability Engineer\n\nRequirements:\n- Monitoring of Linux servers with Prometheus and Grafana\n"
    skills, _ = read(text, resources)
    assert "Monitoring" in skills
