"""What batch 46's real postings (bench/nontech_real.py --split held-occ36: a consultant radiologist, a university's
admissions director, a medical case manager, a learning experience designer and twelve more) showed: "At least"
opening an item glued to the one before ("MAT centersAt least one (1) to two (2) years"), a numbered item opening on
a word like "eLearning" ("Beckman Coulter.2. eLearning Content Development"); "BU Benefits and Perks" heads the
benefits; a department's modalities ("The modalities include general radiography, fluoroscopy, CT") and a library's
internet access are the employer's; "a strong knowledge base of" a process is knowledge, not a knowledge base tool.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds

from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind


def test_at_least_glued_to_the_item_before_opens_a_line():
    text = ("Experience in varied work environments, such as clinical settings and MAT centersAt least one (1) to two "
            "(2) years of experience in working with people who use drugs.")
    assert repair_glued(text).splitlines()[1].startswith("At least one (1) to two (2) years")
    assert repair_glued("We meet at least weekly. ThatAt is no item.") == "We meet at least weekly. ThatAt is no item."


def test_a_numbered_item_may_open_on_a_word_like_elearning():
    text = ("1. Instructional Design: design learner-centric content for Beckman Coulter.2. eLearning Content "
            "Development: create interactive modules.")
    assert repair_glued(text).splitlines()[1].startswith("2. eLearning Content Development")


def test_an_employers_benefits_and_perks_head_the_benefits(resources):
    text = ("Admissions Director\n\nResponsibilities\nRecruit students in the region.\nBU Benefits and Perks\n"
            "Please check out our Total Rewards website to learn more, which include:\nPaid Time Off\n")
    assert section_kinds(text)["BU Benefits and Perks"] == SectionKind.BENEFITS
    assert "Compensation and Benefits" not in found(text, resources)
    duty = "Admissions Director\n\nResponsibilities\nRecruit students in the region.\nExplain the benefits\n"
    assert "Explain the benefits" not in section_kinds(duty)  # control: a duty's words are no heading


def test_a_departments_modalities_and_a_librarys_internet_access_are_the_employers(resources):
    text = ("Consultant Radiologist\n\nThe Imaging Department is based at two sites. The modalities include general "
            "radiography, fluoroscopy, CT and ultrasound. There are modern Postgraduate facilities and well stocked "
            "libraries with internet access on both sites.\n\nRequirements\n- Full GMC registration\n")
    got = found(text, resources)
    assert "GMC Registration" in got
    assert not {"Diagnostic Radiography", "Internet Access"} & got
    asked = "Remote Tutor\n\nRequirements\n- Reliable internet access at home\n- Experience in general radiography\n"
    assert {"Diagnostic Radiography", "Internet Access"} <= found(asked, resources)


def test_a_knowledge_base_of_a_process_is_knowledge_not_the_tool(resources):
    text = ("Admissions Counselor\n\nRequirements\n- Experience in financial aid or strong knowledge base of the "
            "financial aid process\n")
    assert "Knowledge Base Management" not in found(text, resources)
    tool = "Support Agent\n\nRequirements\n- Maintain the knowledge base in Zendesk\n"
    assert "Knowledge Base Management" in found(tool, resources)
