"""What batch 37's real postings (bench/nontech_real.py --split held-occ27: US construction estimators,
social media managers and mortgage loan officers; NHS palliative care, endoscopy, continence, perinatal
mental health and dementia care) showed: a department's account of its equipment and ways of working is
no ask; a benefits heading wrapped in asterisks heads the perks, and the requirements written after the
perks list are read again; NHS Jobs' "Other organisations may call this role ..." line, "follow us on"
and what the interview will include are boilerplate; "you can look forward to" offers; "Associate degree
or higher in Business" keeps its field; a name in the possessive is its owner, no skill; and names the
vocabulary lacked (Twitter, reliable transportation, RMN and the other NMC registers, bladder and bowel
care, delirium, JAG accreditation, perinatal mental health). Synthetic postings, with controls where a
rule could reach too far."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, said, section_kinds

from credstack.postings.model import SectionKind


def test_a_departments_equipment_and_ways_of_working_are_no_ask(resources):
    text = ("Dosimetrist\n\nWe are looking for a dosimetrist to join our radiotherapy physics group.\n"
            "The Radiotherapy Department has 5 Varian linacs and a Gamma Knife. Additional equipment includes "
            "portal imaging on all machines. Treatment planning is performed using the Eclipse planning system, "
            "with most sites planned using a VMAT technique. Recent development work has included adaptive "
            "radiotherapy planning.\n")
    assert "Radiotherapy Treatment Planning" not in found(text, resources)
    control = "Dosimetrist\n\nRequirements\n- Experience of radiotherapy treatment planning, including VMAT.\n"
    assert "Radiotherapy Treatment Planning" in found(control, resources)


def test_an_asterisked_benefits_heading_heads_the_perks_and_the_asks_after_them_are_read(resources):
    text = ("Nursing Assistant\n\nJoin our hospice at home team, giving end of life care in patients' homes.\n\n"
            "*Competitive employee benefits*\n\n- Company pension scheme\n- Free will writing service\n"
            "- Staff finance loans\n- Free onsite parking\n\n"
            "To join us as a Nursing Assistant an NVQ level 2 is desirable.\n\n"
            "A full UK driving licence is also required.\n")
    assert section_kinds(text).get("*Competitive employee benefits*") == SectionKind.BENEFITS
    words = " | ".join(sorted(said(text, resources)))
    assert "nvq level 2" in words and "driving licence" in words
    assert "will writing" not in words and "finance" not in words
    # a list of perks then more perks in prose stays the benefits
    perks = ("Care Worker\n\nRequirements\n- Experience in personal care\n\nOur benefits\n\n- Pension\n- Free parking\n\n"
             "You will also get a free will writing service and staff finance loans.\n")
    words = " | ".join(sorted(said(perks, resources)))
    assert "will writing" not in words and "finance" not in words


def test_nhs_jobs_other_names_for_the_role_follow_us_and_the_interview_are_boilerplate(resources):
    text = ("Staff Nurse\n\nRequirements\n- Experience in palliative care\n\n"
            "Other organisations may call this role Registered Nurse, Staff Nurse, RGN, Nurse Practitioner or "
            "Senior Nurse.\n\nFollow us on social media: search @OurTrust on Twitter, Facebook and Instagram.\n\n"
            "The interview will include a short presentation on your leadership style.\n")
    got = found(text, resources)
    assert "Hospice Care" in got
    assert not {"NMC Registration", "X (Twitter)", "Facebook", "Instagram", "Presentation Skills"} & got
    control = "Staff Nurse\n\nRequirements\n- RGN with current NMC registration\n- Good presentation skills\n"
    assert {"NMC Registration", "Presentation Skills"} <= found(control, resources)


def test_what_the_reader_can_look_forward_to_is_offered(resources):
    text = ("Pricing Analyst\n\nYour tasks\nOver the year you will take part in the annual pricing process. You can "
            "look forward to a lot of cross-functional projects.\n\nYour profile\n- Degree in economics\n")
    assert "Cross-Functional Collaboration" not in found(text, resources)


def test_a_degree_or_higher_keeps_its_field(resources):
    assert "associate degree or higher in business" in said(
        "Loan Officer\n\nEducation\n- Associate degree or higher in Business (preferred).\n", resources)


def test_a_name_in_the_possessive_is_its_owner():
    from credstack.skills import _no_name
    from credstack.skills.requirements import Requirement, Segment, TextKind
    from credstack.skills.tagger import Span

    for phrase, surface, owner in (("OCU’s home loan products", "OCU’s", True),
                                   ("Acme Credit Union's products", "Acme Credit Union's", True),
                                   ("Encompass and Calyx", "Encompass", False)):
        text = f"- Develop a greater understanding of {phrase}."
        at = text.index(surface)
        seg = Segment(text, Requirement.UNSPECIFIED, TextKind.RESPONSIBILITIES)
        assert _no_name(seg, Span(at, at + len(surface), "knowledge", 0.9), surface) is owner, surface


@pytest.mark.parametrize(("line", "skill"), [
    ("Manage our accounts on LinkedIn, Instagram and Twitter.Create content daily.", "X (Twitter)"),
    ("Reliable transportation is necessary.", "Own Vehicle"),
    ("You will be a qualified RMN with experience of dementia care.", "NMC Registration"),
    ("Registered Learning Disability Nurse.", "NMC Registration"),
    ("Assess and treat children with bladder and/or bowel dysfunction.", "Continence Care"),
    ("Assess patients for delirium and support their families.", "Delirium Care"),
    ("Support the unit working towards JAG accreditation.", "JAG Accreditation"),
    ("Experience of working in perinatal mental health.", "Perinatal Mental Health"),
])
def test_names_the_vocabulary_lacked(resources, line, skill):
    assert skill in found(f"Practitioner\n\nRequirements\n- {line}\n", resources)


def test_twitter_bootstrap_stays_bootstrap(resources):
    got = found("Web Developer\n\nRequirements\n- Experience with Twitter Bootstrap and jQuery.\n", resources)
    assert "Bootstrap" in got and "X (Twitter)" not in got
