"""What batches 264 and 265's real postings (bench/nontech_real.py --split held-occ254, held-occ255: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, section_kinds


@pytest.mark.parametrize("line", [
    "You will have experience of working in teams under appropriate supervision.",
    "The post holder will work under the indirect and direct guidance and supervision of the Nursing Manager.",
    "You will receive regular clinical and restorative supervision as part of developing your skills.",
    "You will work closely with the senior psychologist, who will provide on-site support and supervision.",
    "Clinical supervision will be provided by the Clinical Lead Physiotherapist.",
    "Monthly supervision with our Service Doctor.",
])
def test_the_supervision_the_post_holder_is_given_asks_for_no_people_management(resources, line):
    """'under the indirect and direct guidance and supervision of the Nursing Manager' (a residential clinic's nurse
    advert), 'you will receive regular safeguarding, clinical and restorative supervision' (a school nurse
    assistant's): supervision the post holder gets, not the people management it would give."""
    got = found(f"Staff Nurse\n\nRequirements\n- NMC registration.\n- {line}\n", resources)
    assert "People Management" not in got, got


@pytest.mark.parametrize("line", [
    "Supervision of junior staff.",
    "Provide clinical supervision to band 5 nurses.",
    "We are looking for a nurse who will provide clinical supervision to students.",
])
def test_the_supervision_the_post_holder_gives_stays_asked(resources, line):
    got = found(f"Staff Nurse\n\nRequirements\n- NMC registration.\n- {line}\n", resources)
    assert "People Management" in got, got


def test_working_under_minimal_supervision_is_no_supervision_received():
    """'the ability to work under minimal supervision': working alone, asked; the rule reads the span's own words."""
    from credstack.skills.requirements import taught_on_the_job
    text = "- Self-motivated individual with the ability to work under minimal supervision.\n"
    at = text.index("minimal supervision")
    assert not taught_on_the_job(text, at, at + len("minimal supervision"))
    at = text.index("supervision")
    assert not taught_on_the_job(text, at, at + len("supervision"))
    given = "- You will work under close supervision.\n"
    at = given.index("close supervision")
    assert taught_on_the_job(given, at, at + len("close supervision"))


def test_mentoring_and_coaching_the_post_holder_gets_are_given(resources):
    """'regular mentoring from senior clinicians', 'Receive professional training, coaching, and indefinite
    support' (a physiotherapist's and a media sales advert): given; coaching the post holder gives is asked."""
    got = found("Physiotherapist\n\nRequirements\n- HCPC registration.\n- You will receive regular mentoring from "
                "senior clinicians and weekly coaching with your manager.\n", resources)
    assert not {"Mentoring", "Coaching"} & got, got
    got = found("Team Leader\n\nRequirements\n- Experience of coaching and mentoring junior staff.\n", resources)
    assert {"Mentoring", "Coaching"} & got, got


def test_we_are_proud_to_offer_leads_into_the_employers_benefits(resources):
    """'If you've answered yes to the above then get in touch ... We are proud to offer:' over a list of perks
    ('Working with a dedicated multidisciplinary team', 'Leadership & management development'): the benefits."""
    text = ("Registered Nurse\n\nIf you've answered yes to the above then get in touch today. We are proud to "
            "offer:\n\n- Excellent salary\n- Working with a dedicated multidisciplinary team\n- Leadership & "
            "management development\n\nApplicants will need to have a current NMC pin.\n")
    assert any(k.value == "benefits" and "proud to offer" in h for h, k in section_kinds(text).items())
    got = found(text, resources)
    assert "Leadership" not in got and "NMC Registration" in got, got


@pytest.mark.parametrize(("line", "held"), [
    ("Interviews may need to be conducted remotely via Microsoft Teams.", False),
    ("A further interview will follow at our office in Plymouth or over Microsoft Teams.", False),
    ("Shortlisted applicants will be invited to present on Microsoft Teams.", False),
    ("Interviews will be held via Zoom or Microsoft Teams.", False),
    ("We may choose to run assessments and interviews via Microsoft Teams or face-to-face.", False),
    ("Interviews to be held on 16th November 2020 via Microsoft Teams.", False),
    # control: a recruiter's own work through the tool
    ("Schedule candidate interviews via Microsoft Teams and Outlook.", True),
])
def test_the_medium_of_an_applicants_interview_is_no_tool_asked(resources, line, held):
    got = found(f"Coordinator\n\nRequirements\n- Experience of Excel.\n- {line}\n", resources)
    assert ("Microsoft Teams" in got) is held, got


def test_a_tools_name_beside_nursing_skills_is_no_tool(resources):
    """'Jasmine Lodge Mother and Baby Unit' beside eating disorders and perinatal mental health (an inpatient nurse
    rotation advert): a ward's name; a hard skill of any field used to vouch for a tool's name. Beside software
    words or skills it stays the tool."""
    got = found("Registered Nurse\n\nRequirements\n- Experience of eating disorders care.\n- You will work on "
                "Jasmine Lodge Mother and Baby Unit.\n", resources)
    assert "Jasmine" not in got, got
    got = found("Front End Developer\n\nRequirements\n- Unit tests with Jasmine and Karma.\n- React.\n", resources)
    assert "Jasmine" in got, got
    got = found("Payroll Officer\n\nRequirements\n- Payroll processing in Workday.\n", resources)
    assert "Workday HCM" in got, got


def test_a_team_that_works_somewhere_is_no_teamwork(resources):
    """'The team work across UHCW and Rugby St Cross site' (an integrated discharge team advert): British
    English's plural team and its verb; 'good team work' asks for teamwork."""
    got = found("Assistant Practitioner\n\nThe team work across UHCW and Rugby St Cross site, the post holder will be "
                "required to work across both sites.\n\nYou will need excellent communication skills.\n", resources)
    assert "Teamwork" not in got, got
    assert "Teamwork" in found("Assistant Practitioner\n\nRequirements\n- Good team work.\n", resources)


def test_a_tool_an_interview_tests_is_no_medium():
    """'The interview will include a test on Excel': the tool tested, not the one the interview is held through (the
    hiring clause reads no skill there anyway, so the rule is checked on its own)."""
    from credstack.skills import _held_through
    text = "- The interview will include a test on Excel.\n"
    assert not _held_through(text, text.index("Excel"), text)
    held = "- The interview will be held on Zoom.\n"
    assert _held_through(held, held.index("Zoom"), held)
