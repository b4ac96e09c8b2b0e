"""What batch 34's real care and social-work postings (bench/nontech_real.py --split held-occ24)
showed: a driving licence asked as "Driver with own car essential", "You must be a driver with
access to your own vehicle", "be a car driver"; an own car is a condition of employment like the
licence (context, never a gap); and a carer's moving-and-handling equipment ("hoist, slide sheet
and rota stand") names Manual Handling; a social worker's or carer's register outside England (Social
Care Wales, once the Care Council for Wales; the SSSC; NISCC; the GSCC of older postings). Synthetic postings, with controls where a word could mislead."""

from __future__ import annotations

import pytest
from tests.skills.conftest import mentions, read


def _posting(title: str, line: str) -> str:
    return f"{title}\n\nRequirements\n- {line}\n"


@pytest.mark.parametrize(("line", "mention"), [
    ("Driver with own car essential.", "Driver"),
    ("You must be a driver with access to your own vehicle.", "driver"),
    ("Must hold a DipSW, have a current CRB and be a car driver.", "car driver"),
    ("Must be a driver, with use of own transport.", "driver"),
])
def test_a_driver_with_a_car_asks_for_a_driving_licence(resources, line, mention):
    skills, context = read(_posting("Home Care Worker", line), resources)
    assert "Driver's License" in context and "Driver's License" not in skills
    assert mention in mentions(_posting("Home Care Worker", line), resources)["Driver's License"]


@pytest.mark.parametrize("line", [
    "Experience as a delivery driver with own van.",
    "Write a Linux device driver for our sensors.",
    "Customer service is a key driver of our growth.",
    "You will be a driver for our fleet of buses.",
])
def test_a_driver_as_a_job_a_program_or_a_cause_is_no_licence(resources, line):
    skills, context = read(_posting("Operations Assistant", line), resources)
    assert "Driver's License" not in skills | context


def test_an_own_car_is_a_condition_not_a_gap(resources):
    text = _posting("Care Worker", "Full UK driving licence and access to own vehicle.")
    skills, context = read(text, resources)
    assert "Own Vehicle" in context and "Own Vehicle" not in skills  # the gaps are the skills'


def test_a_carers_moving_and_handling_equipment_is_manual_handling(resources):
    text = _posting("Home Care Assistant",
                    "Moving and handling (hoist, slide sheet and rota stand) and assistance with personal care.")
    assert {"hoist", "slide sheet", "rota stand"} <= set(mentions(text, resources)["Manual Handling"])
    skills, _ = read(_posting("Care Assistant", "Safe use of a hoist when transferring residents."), resources)
    assert "Manual Handling" in skills


def test_a_building_sites_hoist_is_no_carers_manual_handling(resources):
    text = _posting("Construction Labourer", "Operate the site hoist. Scaffolding and formwork experience. CSCS card.")
    skills, context = read(text, resources)
    assert "Manual Handling" not in skills | context
    assert "Scaffolding" in skills


@pytest.mark.parametrize(("line", "skill"), [
    ("Must be registered with the Care Council for Wales.", "Social Care Wales Registration"),
    ("You will be required to register with the SSSC within six months.", "SSSC Registration"),
    ("Registration with the Northern Ireland Social Care Council (NISCC) is essential.", "NISCC Registration"),
    ("Hold a DipSW or equivalent and be registered with the GSCC.", "GSCC Registration"),
])
def test_a_social_care_register_outside_england_is_read(resources, line, skill):
    skills, context = read(_posting("Social Worker", line), resources)
    assert skill in skills | context
    assert "Social Work England Registration" not in skills | context


def test_a_register_slashed_after_another_is_no_employer(resources):
    # "Care Council" reads like an employer's name ("Leeds City Council"), but one registers with it
    skills, _ = read(_posting("Youth Justice Manager",
                              "You will need to be registered with the GSCC/Care Council for Wales."), resources)
    assert {"GSCC Registration", "Social Care Wales Registration"} <= skills


@pytest.mark.parametrize(("text", "expected"), [
    ("Mental Capacity Assessments/Best Interest determination",
     {"Mental Capacity Assessments", "Best Interest determination"}),
    ("registered with the GSCC/Care Council for Wales", {"registered with the GSCC", "Care Council for Wales"}),
    # one phrase's variants, sharing a word, and single words slashed stay one name
    ("continuous delivery/continuous deployment", {"continuous delivery/continuous deployment"}),
    ("React/Redux", {"React/Redux"}),
    ("Microsoft Word/Excel", {"Microsoft Word/Excel"}),
])
def test_two_names_of_several_words_slashed_are_two_mentions(text, expected):
    from credstack.skills.matcher import group_mentions, matcher_for
    from credstack.skills.vocabulary import load_vocabulary

    matcher = matcher_for(load_vocabulary())
    assert {m.mention for m in group_mentions(text, matcher.find(text))} == expected


def test_a_care_roles_holders_in_the_plural_state_the_work(resources):
    # no heading: the tagger, trained on tech postings, gives the client groups < 0.05; a duty
    # statement keeps them as it keeps "The Officer will participate in ..."
    from credstack.skills.requirements import states_duties

    assert states_duties("Shared Lives carers\u2019 support individuals living with learning disabilities")
    assert states_duties("our support workers help people to live independently")
    assert not states_duties("our carers are paid weekly")
    assert not states_duties("the carers support group meets on Fridays")


def test_the_employers_name_before_its_carers_opens_no_employer_paragraph():
    from credstack.skills.employer import about_employer

    names = ["Shared Lives", "B&NES Shared Lives Scheme"]
    assert not about_employer("Shared Lives carers\u2019 support individuals living with learning disabilities, "
                              "autism and dementia in the carers homes.", names)
    assert about_employer("Shared Lives matches adults who need support with approved carers.", names)
    assert about_employer("B&NES Shared Lives Scheme is part of Virgin Care.", names)



@pytest.mark.parametrize(("line", "skill"), [
    ("Must be DBS checked or on the DBS update service.", "Background Checks"),
    ("Good ICT skills are essential.", "Digital Literacy"),
    ("Present evidence at Child In Need Reviews and case conferences.", "Child in Need Assessments"),
    ("Assisting with medication and personal care.", "Medication Administration"),
    ("Medication prompting and meal preparation.", "Medication Reminders"),
    ("At least 12 months experience working with a children\u2019s centre.", "Early Childhood Education"),
])
def test_names_uk_care_postings_write_are_read(resources, line, skill):
    skills, context = read(_posting("Family Support Worker", line), resources)
    assert skill in skills | context


def test_an_ict_system_is_no_computer_literacy(resources):
    skills, context = read(_posting("IT Support Analyst", "Support and maintain our ICT systems."), resources)
    assert "Digital Literacy" not in skills | context


def test_supervising_medication_or_residents_is_no_people_management(resources):
    skills, _ = read(_posting("Care Assistant", "Monitoring/supervision of medication and supervision of residents "
                                                "at mealtimes."), resources)
    assert "People Management" not in skills
    assert "Medication Administration" in skills
    skills, _ = read(_posting("Team Leader", "Supervision of staff and rota planning."), resources)
    assert "People Management" in skills
