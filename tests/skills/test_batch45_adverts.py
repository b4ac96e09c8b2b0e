"""What batch 45's real postings (bench/nontech_real.py --split held-occ35: a county's refugee medical assistant, an NHS
staff bank's ITU nurse, a maxillofacial surgeon, a microbiologist, an injection molding technician, an SEO manager and
ten more) showed: a public employer's template heads its parts "Proud to Offer", "We Require", "We Also Value", "Job
Contributions" and "Selection Procedure"; "Your attributes and skills" heads the requirements even after the
benefits; an immunisation policy for all employees ("Required immunizations include MMR ...", "Some positions
require a Hepatitis B vaccine") asks no skill; and clinical, maintenance and search-marketing knowledge the
vocabulary lacked. Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, section_kinds

from credstack.postings.model import SectionKind

TEMPLATE = ("Medical Assistant\n\nAbout Us\nCome work for the County Department of Public Health.\n\nProud to Offer\n"
            "Tuition reimbursement\nPaid vacation\n\nWe Require\nOne year of experience as a Medical Assistant, "
            "including venipuncture.\n\nWe Also Value\nBilingual skills in Spanish\n\nJob Contributions\n"
            "Prepare patients for their appointments.\n\nSelection Procedure\nOnly the most qualified candidates "
            "will be considered.\n")


def test_a_public_employers_template_headings_are_read():
    kinds = section_kinds(TEMPLATE)
    assert kinds["Proud to Offer"] == SectionKind.BENEFITS
    assert kinds["We Require"] == SectionKind.REQUIREMENTS
    assert kinds["We Also Value"] == SectionKind.PREFERRED
    assert kinds["Job Contributions"] == SectionKind.RESPONSIBILITIES
    assert kinds["Selection Procedure"] == SectionKind.HOW_TO_APPLY


def test_what_the_template_asks_is_found(resources):
    got = found(TEMPLATE, resources)
    assert "Phlebotomy" in got and "Spanish" in got
    assert "Tuition reimbursement" not in got


def test_your_attributes_and_skills_head_the_requirements_after_the_benefits(resources):
    text = ("ITU Nurse\n\nBenefits for you:\n- Free uniform\n- Complimentary core skills training\n\n"
            "Your attributes and skills\n- NMC registered\n- At least six months experience in intensive care\n")
    assert section_kinds(text)["Your attributes and skills"] == SectionKind.REQUIREMENTS
    assert "NMC Registration" in found(text, resources)


def test_an_immunisation_policy_for_all_employees_asks_no_skill(resources):
    text = ("Medical Assistant\n\nRequirements\n- Certificate of completion as a Medical Assistant.\n\n"
            "Working Conditions\nAll employees, within one month of hire, will be required to provide evidence of "
            "immunity or receive immunizations for vaccine-preventable illnesses. Required immunizations include "
            "MMR (measles, mumps, rubella), Tdap (whooping cough and diphtheria) and annual Influenza. Some positions "
            "require a Hepatitis B vaccine and/or a Tuberculosis test.\n")
    got = found(text, resources)
    assert not {"Tuberculosis Care", "Immunisation"} & got
    # control: a clinic that treats tuberculosis asks for it
    asked = "TB Nurse\n\nRequirements\n- Experience of tuberculosis care and contact tracing.\n"
    assert found(asked, resources) & {"Tuberculosis Care", "TB Care", "Contact Tracing"}


@pytest.mark.parametrize("line, skill", [
    ("Provide a full range of OMFS, including orthognathic surgery.", "Oral and Maxillofacial Surgery"),
    ("A service covering diagnostics, OPAT and antimicrobial stewardship.", "Antimicrobial Stewardship"),
    ("A service covering diagnostics, OPAT and antimicrobial stewardship.",
     "Outpatient Parenteral Antimicrobial Therapy (OPAT)"),
    ("Train staff on the Electronic Patient Record.", "Electronic Health Records"),
    ("Use testing equipment such as a multi-meter.", "Electrical Test Equipment"),
    ("Creation and completion of work orders.", "Work Order Management"),
    ("Maintain high sanitation standards.", "Sanitation"),
    ("Proficiency in Google Analytics, Tag Manager, Search Console and BrightLocal.", "BrightLocal"),
    ("Proficiency in Google Analytics, Tag Manager, Search Console and BrightLocal.", "Google Tag Manager"),
])
def test_knowledge_the_vocabulary_now_names(resources, line, skill):
    assert skill in found(f"Specialist\n\nRequirements\n- {line}\n", resources)
