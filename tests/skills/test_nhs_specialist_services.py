"""What batch 36's real NHS specialist-service adverts (bench/nontech_real.py --split held-occ26: NHS 111
telephone triage, child psychotherapy, clinical education, breast screening, eating disorders, ADHD, cardiac
rehabilitation, autism support) showed: "What we'll need from you" heads the requirements; "OOH" in a
health advert is out of hours, not out-of-home advertising; "treatment planning" is radiotherapy's only
beside radiotherapy's words (a therapist's is care planning); a team's initials after "C-" are no C;
supervision and line management the post holder receives are no people management; and names the
vocabulary lacked (RGN, the Association of Child Psychotherapists, ADHD, eating disorders, cardiac
rehabilitation and the BACPR, heart failure, "behaviours that may challenge", TEACCH and SPELL).
Synthetic postings, with controls where a word could mislead."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions, names, section_kinds

from credstack.postings.model import SectionKind


def test_what_well_need_from_you_heads_the_requirements(resources):
    text = ("111 Clinical Advisor\n\nPay Rates & Benefits\n\n- 33 days annual leave\n\nThe options are:\n\n"
            "- Full Time - Monday to Friday\n\nWhat we'll need from you\n\n"
            "- Be a registered RGN (with NMC registration) or Paramedic (with HCPC registration).\n"
            "- Have good IT and keyboard skills\n")
    kinds = section_kinds(text)
    assert kinds.get("What we'll need from you") == SectionKind.REQUIREMENTS
    assert {"NMC Registration", "HCPC Registration"} <= found(text, resources)
    assert "Registered Nurse" not in found(text, resources)  # RGN is the UK register, not the US licence


def test_out_of_hours_is_no_advertising(resources):
    text = ("111 Clinical Advisor\n\nAbout the Job\n\n- Assess patients and refer them to OOH appointments or "
            "to their GP.\n- Triage calls from patients with urgent care needs.\n")
    assert "Out-of-Home Advertising" not in found(text, resources)
    control = ("Media Planner\n\nRequirements\n- Plan OOH, TV and social media campaigns with our brand marketing "
               "and advertising teams.\n")
    assert "Out-of-Home Advertising" in found(control, resources)


@pytest.mark.parametrize(("line", "skill"), [
    ("Experience in radiotherapy contouring and treatment planning.", "Radiotherapy Treatment Planning"),
    ("Assessment and treatment planning for children with eating disorders.", "Care Planning"),
])
def test_treatment_planning_by_its_neighbours(resources, line, skill):
    other = ({"Care Planning", "Radiotherapy Treatment Planning"} - {skill}).pop()
    said = mentions(f"Clinician\n\nRequirements\n- {line}\n", resources)
    assert "treatment planning" in said.get(skill, []) and other not in said


def test_a_teams_initials_after_c_are_no_c():
    assert "C" not in names("You will work with the C-CATT team and use our computers and software daily")
    assert "C" in names("Firmware in C and C++")


def test_supervision_the_post_holder_receives_is_no_people_management(resources):
    text = ("Child Psychotherapist\n\nThe post holder would receive regular clinical, professional and line "
            "management supervision.\n\nRequirements\n- Registered with the Association of Child Psychotherapists\n")
    assert "People Management" not in found(text, resources)
    assert "ACP Registration" in found(text, resources)
    control = "Team Leader\n\nRequirements\n- Line management and supervision of a team of six nurses.\n"
    assert "People Management" in found(control, resources)


@pytest.mark.parametrize(("line", "skill"), [
    ("Experience of working with children and young people with ADHD.", "ADHD"),
    ("Experience in the assessment of attention deficit hyperactivity disorder.", "ADHD"),
    ("An interest in supporting adults with eating disorder recovery.", "Eating Disorders"),
    ("Experience of delivering cardiac rehabilitation to BACPR standards.", "Cardiac Rehabilitation"),
    ("Knowledge of Heart Failure and Atrial Fibrillation.", "Heart Failure"),
    ("Supporting young people with autism and behaviours that may challenge.", "Challenging Behaviour"),
    ("Working to the SPELL framework and TEACCH approaches.", "Autism Support"),
    ("Be a registered RGN with NMC registration.", "NMC Registration"),
])
def test_specialist_service_names(resources, line, skill):
    assert skill in found(f"Specialist Practitioner\n\nRequirements\n- {line}\n", resources)


def test_an_advert_pitch_and_its_next_steps_are_no_requirements(resources):
    text = ("Cardiac Rehabilitation Specialist Nurse\n\nWhat's special about this opportunity?\n\nWe will provide you "
            "with access to our Continuing Professional Development programme.\n\nAbout you\n\n- Lead cardiac rehab "
            "classes.\n\nWhat's next?\n\nYou will receive generous annual leave, access to a car salary sacrifice "
            "scheme and support with childcare.\n")
    kinds = section_kinds(text)
    assert kinds["What's special about this opportunity?"] == SectionKind.BENEFITS
    assert kinds["What's next?"] == SectionKind.HOW_TO_APPLY
    assert kinds["About you"] == SectionKind.REQUIREMENTS
    assert not {"Childcare", "Own Vehicle", "Continuing Professional Development"} & found(text, resources)
