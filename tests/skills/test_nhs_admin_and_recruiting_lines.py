"""Synthetic fixtures for what the fix set of batch 22 (pensions, rostering, immunisation, eye
screening and hotel revenue postings) showed: the office suite's programs named in a row with
their capitals need no other computer word ("a sound knowledge of IT to include Word, Excel and
Outlook" lost all three); how an interview is held ("may be carried out via Microsoft Teams", "a
Microsoft Teams interview") and who is welcome to apply ("Welsh and/or English speakers are equally
welcome") ask for nothing; and the names of NHS and hotel work the vocabulary lacked. Each has a
control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names, read


@pytest.mark.parametrize(("text", "found"), [
    ("A sound knowledge of IT to include Word, Excel and Outlook.",
     {"Microsoft Word", "Microsoft Excel", "Microsoft Outlook"}),
    ("Knowledge of Excel and Outlook.", {"Microsoft Excel", "Microsoft Outlook"}),
    ("Word, Excel and Access skills", {"Microsoft Word", "Microsoft Excel", "Microsoft Access"}),
    # controls: everyday words stay words; Access needs a program beside it by name
    ("In a word, excel at what you do", set()),
    ("The Outlook and Access road is closed", set()),
    ("word and excel", set()),
])
def test_office_programs_named_in_a_row(text, found):
    office = {"Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "Microsoft Access"}
    assert names(text) & office == found


POSTING = """Pensions Officer

Requirements
- A good understanding of pensions and payroll.
- Confident with {tool} for team meetings.

{line}
"""


@pytest.mark.parametrize(("line", "tool", "asked"), [
    ("Due to social distancing your interview may be carried out via Microsoft Teams.", "Excel", False),
    ("If you are shielding please request a Microsoft Teams interview.", "Excel", False),
    # control: the same tool asked of the candidate
    ("Closing date: 6 November.", "Microsoft Teams", True),
])
def test_how_an_interview_is_held_asks_for_nothing(resources, line, tool, asked):
    skills, _ = read(POSTING.format(line=line, tool=tool), resources)
    assert ("Microsoft Teams" in skills) is asked


def test_speakers_welcome_to_apply_are_no_language_asked(resources):
    text = ("Staff Nurse\n\nRequirements\n- NMC registration.\n\nThe ability to speak Welsh is desirable for this "
            "post; Welsh and/or English speakers are equally welcome to apply.\n")
    skills, _ = read(text, resources)
    assert "Welsh" in skills and "English" not in skills
    control = "Staff Nurse\n\nRequirements\n- NMC registration.\n- Fluent English.\n"
    assert "English" in read(control, resources)[0]


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("Administer vaccines under Patient Group Directions (PGDs)", "Patient Group Directions", True),
    ("Able to work to PGD and local policy", "Patient Group Directions", True),
    ("PGD in Wedding Planning (distinction)", "Patient Group Directions", False),  # a postgraduate diploma
    ("Perform visual acuity tests and retinal photography", "Visual Acuity Testing", True),
    ("Data input on the ESR system", "Electronic Staff Record", True),
    ("Experience of Allocate HealthRoster", "Allocate HealthRoster", True),
    ("Experience of e-rostering systems", "Employee Scheduling", True),
    ("Knowledge of RevPAR and yield management", "RevPAR", True),
    ("Knowledge of RevPAR and yield management", "Revenue Management", True),
    ("GDS systems and reservations systems", "Global Distribution Systems", True),
    ("Awareness of FGM and child protection procedures", "FGM Awareness", True),
])
def test_names_of_nhs_and_hotel_work(text, skill, present):
    assert (skill in names(text)) is present


@pytest.mark.parametrize(("text", "present"), [
    ("Mandatory training to include Safeguarding Children level 3, FGM, Prevent and Immunisation Training.", True),
    ("Work to Prevent, Channel and safeguarding procedures", True),
    # controls: the verb, even beside safeguarding words; the name with nothing of safeguarding near
    ("Prevent falls and safeguarding incidents on the ward", False),
    ("Prevent and reduce harm; safeguarding adults", False),
    ("Prevent is a word we use in our safety policy", False),
])
def test_prevent_is_the_duty_only_among_safeguarding_words(text, present):
    assert ("Prevent Duty" in names(text)) is present


def test_the_dbs_check_named_in_full_is_a_condition_of_the_job(resources):
    text = ("School Nurse\n\nRequirements\n- NMC registration.\n\nThere will be substantial access to children; "
            "therefore, an Enhanced Disclosure and Barring check will be required.\n")
    skills, context = read(text, resources)
    assert "Background Checks" in skills | context
    policy = ("School Nurse\n\nRequirements\n- NMC registration.\n\nWe will make a submission to the Disclosure "
              "and Barring Service for all successful applicants.\n")
    assert "Background Checks" not in set().union(*read(policy, resources))


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("Provide a proactive Occupational Health advice service", "Occupational Health", True),
    ("This post is subject to occupational health clearance", "Occupational Health", False),  # a condition
    ("Health screening: spirometry, audiometry, vision screening, blood taking", "Phlebotomy", True),
    ("Health screening: spirometry, audiometry, vision screening, blood taking", "Vision Screening", True),
    ("Planning and delivering health promotion to clients", "Health Promotion", True),
    ("Run statutory health surveillance programmes", "Health Surveillance", True),
])
def test_names_of_occupational_health_work(text, skill, present):
    assert (skill in names(text)) is present


@pytest.mark.parametrize(("line", "skill"), [
    # a recruiter's or HR assistant's duties name interviews and the tools they hold them with
    ("- Schedule video interviews in Microsoft Teams and Outlook.", "Microsoft Teams"),
    ("- Arrange face-to-face interviews and keep the tracker in Excel.", "Microsoft Excel"),
])
def test_interviews_a_recruiter_arranges_keep_their_tools(resources, line, skill):
    text = f"Recruitment Coordinator\n\nResponsibilities\n{line}\n"
    assert skill in read(text, resources)[0]


def test_speakers_the_employer_wants_are_a_language_asked(resources):
    text = ("Receptionist\n\nRequirements\n- Spanish speakers are welcome; fluency in English is required.\n")
    skills, _ = read(text, resources)
    assert {"Spanish", "English"} <= skills


@pytest.mark.parametrize(("text", "present"), [
    ("Prevent pressure ulcers and escalate safeguarding concerns", False),
    ("Prevent, detect and report safeguarding concerns", False),
    ("Prevent fraud across every sales channel", False),
    ("Prevent training and safeguarding", True),
])
def test_prevent_as_a_verb_beside_safeguarding_words(text, present):
    assert ("Prevent Duty" in names(text)) is present


@pytest.mark.parametrize(("text", "present"), [
    ("Carry out occupational health assessments of employees", True),
    ("Offer is subject to a satisfactory occupational health assessment", False),
])
def test_occupational_health_as_work_or_as_a_condition(text, present):
    assert ("Occupational Health" in names(text)) is present


def test_what_an_apprenticeship_teaches_is_not_asked(resources):
    text = ("Apprentice Painter & Decorator\n\nWould you like to start an exciting career, learning new skills and "
            "knowledge of Painting and Decorating, whilst achieving a nationally recognised qualification?\n\n"
            "Through your apprenticeship you will:\n- Be able to enjoy our fantastic employee benefits\n")
    skills, _ = read(text, resources)
    assert "Painting and Decorating" not in skills
    control = "Painter & Decorator\n\nRequirements\n- Knowledge of Painting and Decorating to a high standard.\n"
    assert "Painting and Decorating" in read(control, resources)[0]


def test_we_value_diversity_is_equal_opportunity_text(resources):
    text = ("Data Engineer\n\nRequirements\n- Python and SQL.\n\nWe value diversity and encourage all qualified "
            "candidates to apply.\n")
    skills, _ = read(text, resources)
    assert "Cultural Awareness" not in skills and "Python" in skills


def test_the_employers_own_tools_beside_its_requirements_are_not_asked(resources):
    text = ("Software Engineer\n\nOur team has turned down offers from CrowdStrike and Shopify to pursue our own "
            "vision instead. Our mission is to democratise finance.\n\nRequirements\n- Python and SQL\n")
    skills, _ = read(text, resources)
    assert not {"CrowdStrike", "Shopify"} & skills and "Python" in skills
    asked = "Ecommerce Assistant\n\nRequirements\n- Experience running a Shopify store\n"
    assert "Shopify" in read(asked, resources)[0]


def test_a_qualification_the_employer_trains_staff_towards_is_not_asked(resources):
    text = ("Telephone Booking Clerk\n\nYou will be supported in the role by a Team Leader and full in-house training "
            "will be given. The role is fast paced and interesting, we actively encourage in-house education through "
            "the NVQ route. Candidates with proven customer service experience are required to support the team.\n")
    skills, _ = read(text, resources)
    assert "NVQ" not in skills and "Customer Service" in skills
    asked = "Care Assistant\n\nCandidates with an NVQ Level 2 in care are required to support the team.\n"
    assert any("NVQ" in s for s in read(asked, resources)[0])
