"""Failure modes the fix set of batch 32 (held-occ23: data entry clerks, typists, health coaches,
ophthalmic technicians, fleet managers, manual handling trainers, security management specialists,
claims processors) showed, each checked on made-up text with a control beside it."""

from __future__ import annotations

import pytest
from tests.skills.conftest import at, names

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind
from credstack.skills.employer import about_employer
from credstack.skills.requirements import names_a_role, names_colleagues, offered_not_asked, states_duties


def test_a_numbered_item_glued_to_the_full_stop_of_the_item_before_gets_its_line():
    text = ("Duties:\n1. Processes payments for services rendered.2. Answers questions from members about "
            "claims.3. Keeps records.")
    repaired = repair_glued(text)
    assert "rendered.\n2. Answers" in repaired and "claims.\n3. Keeps" in repaired
    # the controls: a decimal, and a number no item before it leads up to, stay as written
    assert repair_glued("Use version 2.2. The rest follows.") == "Use version 2.2. The rest follows."
    assert repair_glued("Read section a.7. The rest follows.") == "Read section a.7. The rest follows."


def test_purpose_of_the_job_heads_the_duties():
    posting = parse_posting("Technician\n\nPURPOSE OF THE JOB\n\nTo perform eye tests on patients\n\n"
                            "To keep records up to date")
    assert [s.kind for s in posting.sections if s.heading] == [SectionKind.RESPONSIBILITIES]
    # the control: the employer's purpose is no duty
    posting = parse_posting("Technician\n\nOUR PURPOSE\n\nWe help people see better")
    assert [s.kind for s in posting.sections if s.heading] != [SectionKind.RESPONSIBILITIES]


@pytest.mark.parametrize("line", [
    "Minimum of 1 years of experience in a related claims management role",
    "Two years of experience in a payroll position",
    "Experience in a similar payroll role is essential",
])
def test_the_field_of_a_past_role_asked_is_no_role(line):
    words = "claims management" if "claims" in line else "payroll"
    assert not names_a_role(*at(line, words))


def test_a_team_or_role_named_after_a_field_is_still_a_role():
    assert names_a_role(*at("You will work with the payroll team daily", "payroll"))
    assert names_a_role(*at("We are hiring a payroll role to start in May", "payroll"))


def test_a_hiring_sentence_that_goes_on_to_the_work_states_duties():
    clause = ("the microbiology department is looking to recruit bank staff to help with data entry onto our "
              "laboratory information management system")
    assert states_duties(clause)
    paragraph = "We are looking to recruit staff to help with data entry onto our laboratory system."
    assert not about_employer(paragraph, [])
    # the controls: a hiring sentence with no work in it, and the employer's own introduction
    assert not states_duties("we are looking to recruit a nurse to join our friendly team")
    assert about_employer("We are a leading provider of data entry services.", [])


def test_a_career_offered_in_a_field_is_not_asked():
    line = "Are you looking to develop your career in primary care? Then this could be the role for you!"
    assert offered_not_asked(*at(line, "primary care"))
    # the control: experience in the field is asked
    line = "You will need experience in primary care."
    assert not offered_not_asked(*at(line, "primary care"))


def test_a_team_made_up_of_professions_names_colleagues():
    line = ("As a team we are made up of a Lead Nurse, ACPs (including a Paramedic, a Physiotherapist and 2 "
            "Mental Health Practitioners) and Clinical Pharmacists.")
    assert names_colleagues(*at(line, "Paramedic"))
    # the control: a profession asked of the candidate
    line = "Applicants must be registered as a Paramedic with the HCPC."
    assert not names_colleagues(*at(line, "Paramedic"))


@pytest.mark.parametrize(("text", "skill"), [
    # an ophthalmic technician's tests and equipment
    ("To measure visual acuity and test intra ocular pressure.", "Tonometry"),
    ("To perform visual field tests and visual field assessments.", "Optometry Pre-Screening"),
    ("Required Skills:\n- OCT", "Optometry Pre-Screening"),
    ("Help in the daily maintenance of the equipment and trial lenses.", "Optometry Pre-Screening"),
    # a health and wellbeing coach's work
    ("Deliver sessions on healthy eating to meet personalised care plans.", "Healthy Eating Advice"),
    ("Promote lifestyle medicine approaches.", "Lifestyle Medicine"),
    ("Supporting self-management education and group consultations.", "Self-Management Support"),
    ("Experience of health and wellbeing coaching.", "Health Coaching"),
    # a typist's and a data entry clerk's names
    ("It is essential to have typewriting examinations and skills.", "Typing"),
    ("A knowledge of medical vocabulary would be an advantage.", "Medical Terminology"),
    ("Data entry onto our Laboratory information management system (WinPath Enterprise).",
     "Lab Information Management Systems"),
    # a claims processor's
    ("Experience in claims management.", "Insurance Claims"),
    ("Demonstrates sound cost containment techniques.", "Cost Reduction"),
])
def test_the_names_these_occupations_write(text, skill):
    assert skill in names(text)


@pytest.mark.parametrize(("text", "skill"), [
    # the controls: a date's month and ordinary words stay out
    ("Closing date: 10 Oct 2020.", "Optometry Pre-Screening"),
    ("Please eat a healthy lunch.", "Healthy Eating Advice"),
    ("The vocabulary of our brand is friendly.", "Medical Terminology"),
    ("Manage the office and its pressure points.", "Tonometry"),
    # (visual acuity as a physical demand of the job: the matcher reads "visual acuity", the words
    # beside it decide; tests/skills/test_visual_acuity_demands.py)
])
def test_the_controls_of_these_names(text, skill):
    assert skill not in names(text)
