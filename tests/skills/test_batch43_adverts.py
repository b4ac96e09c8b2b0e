"""What batch 43's real postings (bench/nontech_real.py --split held-occ33: an NHS agency's biomedical scientist,
a food plant's sanitation supervisor, a metallurgist, a millwright and twelve more) showed: "To apply for this post,
you must have the following:" heads the requirements, not how to apply; after a pay field line the advert goes on
at a question asked of the reader ("Do you have experience in Biomedical Science?"); "constant contact" in lower case
is no email tool; and a US job description template's disclaimer and working-environment lines ("an accurate
reflection of those principal job elements essential for making decisions related to ... employee development",
"Routinely uses standard office equipment such as ... fax machines") ask for nothing. Synthetic postings, with
controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, section_kinds

from credstack.postings.model import SectionKind


@pytest.mark.parametrize("heading", [
    "To apply for this post, you must have the following:",
    "To apply for this role candidates must have:",
])
def test_what_an_applicant_must_have_heads_the_requirements(heading):
    text = f"Biomedical Scientist\n\nAbout us\nWe run labs.\n\n{heading}\n- HCPC registration\n- A degree\n"
    assert section_kinds(text)[heading.rstrip(":")] == SectionKind.REQUIREMENTS


@pytest.mark.parametrize("heading", ["To apply:", "To apply, please send your CV to jobs@example.com:"])
def test_how_to_apply_stays_how_to_apply(heading):
    text = f"Biomedical Scientist\n\nRequirements\n- HCPC registration\n\n{heading}\nEmail us your CV.\n"
    assert section_kinds(text)[heading.rstrip(":")] == SectionKind.HOW_TO_APPLY


def test_a_question_asked_after_the_pay_line_is_read(resources):
    text = ("Biomedical Scientist\n\nJob Title and Grade: Biomedical Scientist\n\nPay Rates: £19.38 Night - £27.15\n\n"
            "Hours: flexible work, covering earlies, lates and nights.\n\n"
            "Do you have experience in Microbiology? Would you like to be part of a pathology service?\n\n"
            "Our client runs three laboratory sites.\n\nRequirements\n- HCPC registration.\n")
    assert "Microbiology" in found(text, resources)
    # a perk line after the pay line is still the pay
    perks = ("Biomedical Scientist\n\nPay Rates: £19.38 Night - £27.15\n\nFree parking and a Microsoft Excel course.\n\n"
             "Requirements\n- HCPC registration\n")
    assert "Microsoft Excel" not in found(perks, resources)


def test_constant_contact_in_lower_case_is_no_tool(resources):
    text = ("Biomedical Scientist\n\nDuties\n- The work brings staff into constant contact with body fluids and "
            "hazardous chemicals.\n")
    assert "Constant Contact" not in found(text, resources)
    asked = "Marketing Assistant\n\nRequirements\n- Experience with Mailchimp or Constant Contact.\n"
    assert "Constant Contact" in found(asked, resources)


def test_a_job_description_templates_disclaimer_and_office_equipment_ask_nothing(resources):
    text = ("Sanitation Supervisor\n\nRequirements\n- Knowledge of the HACCP program.\n\nWork Environment\n"
            "Routinely uses standard office equipment such as computers, phones, photocopiers, filing cabinets and "
            "fax machines.\n\nOther Duties\nThis job description is not an exhaustive list of all responsibilities. "
            "It is intended, however, to be an accurate reflection of those principal job elements essential for "
            "making decisions related to job performance, employee development and compensation.\n")
    got = found(text, resources)
    assert "Food Safety" in got  # HACCP
    assert not {"Office Equipment", "Records Management", "Learning and Development", "Decision Making"} & got, got
    # office equipment asked of the candidate is still asked
    asked = "Receptionist\n\nRequirements\n- Ability to operate office equipment such as photocopiers and fax machines.\n"
    assert "Office Equipment" in found(asked, resources)


def test_gerber_is_the_apparel_pattern_cad_not_the_makers_other_businesses(resources):
    asked = "Technical Designer\n\nRequirements\n- Must possess good computer skills, PLM, illustrator and Gerber knowledge.\n"
    assert "Gerber AccuMark" in found(asked, resources)
    for line in ("Experience at Gerber Collision & Glass a plus.", "Previous work with Gerber Life products."):
        assert "Gerber AccuMark" not in found(f"Estimator\n\nRequirements\n- {line}\n", resources)


@pytest.mark.parametrize(("line", "unasked"), [
    ("The candidate will join the Section for Genetics, Ecology and Evolution and take part in teaching.", "Genetics"),
    ("The starting salary for candidates with an MSc degree will be a minimum of DKK 300,174 per year.",
     "Master's Degree"),
    ("For more information please contact Jane Doe, M.Sc, IT Manager, e-mail: jd@example.com", "Master's Degree"),
    ("You will have an independent job with both suits and welding masks.", "Welding"),
])
def test_a_unit_a_salary_a_contact_and_gear_ask_for_nothing(resources, line, unasked):
    assert unasked not in found(f"Engineer\n\nAbout the job\n- {line}\n\nRequirements\n- Python\n", resources)


@pytest.mark.parametrize(("line", "asked"), [
    ("Experience in a genetics laboratory.", "Genetics"),
    ("An MSc degree in chemistry.", "Master's Degree"),
    ("Welding experience (MIG/TIG) required.", "Welding"),
])
def test_the_same_words_asked_stay_asked(resources, line, asked):
    assert asked in found(f"Engineer\n\nRequirements\n- {line}\n", resources)


def test_the_colleagues_a_starter_will_meet_are_the_employers(resources):
    text = ("Backend Developer\n\nWe build payment software for banks.\nExpect to meet people passionate about "
            "security, availability, scalability and user interfaces.\nYou have experience with Kotlin.\n")
    got = found(text, resources)
    assert "Kotlin" in got and not {"Scalability", "User Interface Design"} & got, got
    asked = "Backend Developer\n\nRequirements\n- You are passionate about scalability and user interfaces.\n"
    assert found(asked, resources) & {"Scalability", "User Interface Design"}
