"""Synthetic fixtures for what the fourth batch of real postings (bench/nontech_real.py --split
held-occ2: pharmacy technicians, dental nurses, IT help desk, call centre, machinists, laboratory
technicians, physical therapist assistants, nursery and residential childcare) showed: the names
those trades ask for, headings the section reader missed ("Top Skills Details", "What You'll Love
About ..."), the posting's own "JOB DESCRIPTION" read as the HR skill of writing them, a level word
glued to the item it grades ("CompTIA A+Preferred"), and the mission rhetoric of a company blurb.
The controls keep each word where it is asked for."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued
from credstack.skills.employer import describes_employer


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Dental Nurse", "- Have a Sedation Certificate", "Dental Sedation Nursing"),
    ("Dental Nurse", "- Experience of implant nursing", "Dental Implant Nursing"),
    ("Dental Nurse", "- Chair side assistance and booking appointments", "Dental Assisting"),
    ("Dental Nurse", "- Be up to date with your CPD hours", "Continuing Professional Development"),
    ("Pharmacy Technician", "- Order, store and record controlled drugs", "Controlled Drugs"),
    ("Physical Therapist Assistant", "- Teach patients their home exercise programs", "Home Exercise Programs"),
    ("Physical Therapy Aide", "- Knowledge of rehabilitative exercise", "Therapeutic Exercise"),
    ("Physical Therapist Assistant", "- A valid PTA license in the state", "Physical Therapist Assistant License"),
    ("Rehabilitation Aide", "- Certified Brain Injury Specialist (CBIS) preferred", "Certified Brain Injury Specialist"),
    ("Laboratory Technician", "- MLT(ASCP) certification required", "Medical Laboratory Technician Certification"),
    ("Laboratory Technician", "- Strong laboratory skills", "Laboratory Techniques"),
    ("Laboratory Assistant", "- Clean and calibrate lab equipment", "Laboratory Equipment"),
    ("Machinist", "- Set up surface grinders and lathes", "Grinding Machines"),
    ("Machinist", "- Use of measuring equipment to check tolerances", "Measuring Instruments"),
    ("Machinist", "- Two years with machine shop equipment", "Machine Shop"),
    ("Receptionist", "- Answer a multi-line telephone", "Multi-line Phone Systems"),
    ("Nursery Practitioner", "- Keep the children's learning journals up to date", "Learning Journals"),
    ("Nursery Nurse", "- You must be Level 3 qualified", "Level 3 Qualification"),
])
def test_names_of_these_trades_are_read(title, line, skill, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


def test_lab_equipment_is_no_oscilloscope_and_test_equipment_still_is(resources):
    skills, _ = read("Laboratory Assistant\n\nRequirements:\n- Clean and calibrate lab equipment\n", resources)
    assert "Oscilloscopes" not in skills
    skills, _ = read("Electronics Technician\n\nRequirements:\n- Use oscilloscopes and multimeters\n", resources)
    assert "Oscilloscopes" in skills


@pytest.mark.parametrize(("heading", "kind"), [
    ("Top Skills Details", "requirements"),
    ("Top Skills", "requirements"),
    ("What You'll Love About Acme", "benefits"),
    ("What You\u2019ll Love", "benefits"),
])
def test_these_headings_name_their_sections(heading, kind):
    posting = parse_posting(f"Specialist\n\n{heading}\n\nCustomer service\nCustomer care\n\nDescription\nAnswer calls\n")
    assert [s.kind.value for s in posting.sections if s.heading == heading] == [kind]


def test_a_benefit_under_what_you_will_love_is_no_skill_and_asked_it_is(resources):
    offered = ("CNC Machinist\n\nRequirements\n- Operate CNC machines\n\nWhat You\u2019ll Love About Acme\n\n"
               "Health and Wellness Benefits. A wellness plan that includes a health risk assessment.\n")
    assert "Risk Assessment" not in read(offered, resources)[0]
    asked = "CNC Machinist\n\nRequirements\n- Carry out a risk assessment before each job\n"
    assert "Risk Assessment" in read(asked, resources)[0]


@pytest.mark.parametrize("text", [
    "Dental Nurse\n\nCANDIDATE REQUIREMENTS Be registered with the GDC JOB DESCRIPTION Chair side assistance\n",
    "Help Desk Analyst\n\nPurpose of Job DescriptionTo support staff with their computers.\n",
    "Clerk\n\nResponsibilities\n- This job description is a summary of the main duties\n",
])
def test_the_posting_calling_itself_a_job_description_asks_for_no_job_analysis(text, resources):
    assert "Job Analysis" not in read(text, resources)[0]


@pytest.mark.parametrize("line", [
    "- Write job descriptions and run job evaluations",
    "- Draft a job description for each new role",
    "- You will write each job description for the hiring teams",
])
def test_writing_job_descriptions_still_is_the_skill(line, resources):
    assert "Job Analysis" in read(f"HR Coordinator\n\nResponsibilities\n{line}\n", resources)[0]


def test_a_level_word_glued_to_its_item_stays_on_the_line():
    text = "Education/Experience\n- High School diploma · CompTIA A+Preferred\n- BLS certificationRequired\n"
    assert repair_glued(text) == ("Education/Experience\n- High School diploma · CompTIA A+ Preferred\n"
                                  "- BLS certification Required\n")
    # names with a "+" and identifiers stay whole
    assert repair_glued("Knowledge of C++Builder and Notepad++") == "Knowledge of C++Builder and Notepad++"
    assert repair_glued("Use PropTypes.string.isRequired") == "Use PropTypes.string.isRequired"



def test_a_level_word_that_opens_a_glued_heading_still_heads_its_line():
    """"stock.Required QualificationsHigh school ...", "analysis.Preferred Skills: SQL": a level word
    after a sentence's end, or before a heading word, opens the heading; it joins no item."""
    text = ("Manage the warehouse team and stock.Required QualificationsHigh school diploma and forklift licence."
            "Preferred QualificationsTwo years of warehouse experience.")
    lines = repair_glued(text).splitlines()
    assert "Required Qualifications" in lines and "Preferred Qualifications" in lines
    assert repair_glued("Run daily reporting and analysis.Preferred Skills: SQL, Tableau").splitlines()[-1] == \
        "Preferred Skills: SQL, Tableau"


def test_a_certification_glued_to_its_level_word_is_read(resources):
    skills, _ = read("Help Desk Analyst\n\nEducation/Experience\n- High School diploma · CompTIA A+Preferred\n",
                     resources)
    assert "CompTIA A+" in skills


def test_a_heading_glued_to_its_first_item_after_a_sentence_gets_a_line_of_its_own():
    text = "We value effectiveness. Benefits & RewardsFlexible scheduling (4 days)No evenings or weekends"
    assert repair_glued(text).split("\n")[:2] == ["We value effectiveness.", "Benefits & Rewards"]


@pytest.mark.parametrize("clause", [
    "Want to do something about climate change and global warming?",
    "Join the team at Acme Power to help build a new era of renewable energy technologies.",
    "Come and help shape a greener future with us.",
])
def test_mission_rhetoric_describes_the_employer(clause):
    assert describes_employer(clause)


@pytest.mark.parametrize("clause", [
    "Experience in renewable energy projects is essential.",
    "You will help build the new reporting dashboards.",
    "Want to learn SQL? We train you.",
])
def test_what_the_candidate_does_is_no_mission_rhetoric(clause):
    assert not describes_employer(clause)


def test_a_blurb_mission_names_no_skill_and_the_asked_domain_is_one(resources):
    blurb = ("Lab Technician\n\nWant to do something about climate change? Join the team at Acme Power to help "
             "build a new era of renewable energy technologies.\n\nResponsibilities\n- Run laboratory experiments\n")
    skills, context = read(blurb, resources)
    assert "Renewable Energy" not in skills | context
    asked = "Lab Technician\n\nRequirements\n- Experience in renewable energy projects\n"
    assert "Renewable Energy" in read(asked, resources)[0]


def test_no_name_runs_on_over_a_blank_line():
    from credstack.skills.matcher import matcher_for
    from credstack.skills.vocabulary import load_vocabulary

    matcher = matcher_for(load_vocabulary())
    assert [m.skill for m in matcher.find("Explain it to a customer\n\nExperience Level\nEntry")] == []
    # a name wrapped at a single line break, or on one line, still is one
    assert [m.skill for m in matcher.find("Improve the customer\nexperience of our stores")] == ["Customer Experience"]
    assert [m.skill for m in matcher.find("Improve the customer experience")] == ["Customer Experience"]


def test_sales_reps_are_people_and_sales_experience_is_asked(resources):
    callers = ("Patient Experience Specialist\n\nDescription\n"
               "- Answer calls from customers (patients, pharmacists, sales reps) about activations\n")
    assert "Sales" not in read(callers, resources)[0]
    assert "Sales" in read("Patient Experience Specialist\n\nRequirements\n- 2 years of sales experience\n",
                           resources)[0]
    # "rep" is a whole word: Excel reports and SQL repositories are still read
    assert {"Microsoft Excel", "SQL"} <= read("Analyst\n\nRequirements\n- Excel reports and SQL repositories\n",
                                              resources)[0]
