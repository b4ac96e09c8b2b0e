"""What batch 51's real postings (bench/nontech_real.py --split held-occ41: a medical staffing apprentice, a social
worker, a head of sustainability, an elder law associate and twelve more) showed: a trust's privacy notice ("the
Trust, as a Data Controller, will process and store your data") and the Immigration Act cited as the reason for
fluent English ask nothing; a "Qualification" heading inside the benefits asks again; what an apprenticeship awards
at its end is given, not asked; elder law, trusts and living wills are named. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, levels, section_kinds, with_tagger

from credstack.postings.model import SectionKind


def _tagged(text: str, phrases: dict[str, str]) -> set[str]:
    result = with_tagger(text, phrases)
    return {s.name for s in [*result.skills, *result.context]}


def test_a_privacy_notice_and_the_immigration_act_ask_nothing():
    text = ("- Registered with Social Work England\n- Candidates must be fluent in the English language (as a "
            "requirement of Part 7 of the Immigration Act for the effective performance of a customer-facing role).\n"
            "- To ensure you fully understand how the Trust, as a Data Controller, will process and store your data "
            "please read the attached Applicant and Staff Privacy Notice.\n")
    got = _tagged(text, {"Immigration Act": "knowledge", "Data Controller": "knowledge"})
    assert "English" in got
    assert not {"Immigration Act", "Data Controller"} & got
    asked = ("- Sound knowledge of the Immigration Act and asylum law\n"
             "- Act as the Data Controller's contact for subject access requests\n")
    got = _tagged(asked, {"Immigration Act": "knowledge", "Data Controller": "knowledge"})
    assert {"Immigration Act", "Data Controller"} <= got  # controls: the law applied, the role held


def test_a_qualification_heading_after_the_benefits_asks_and_an_apprenticeships_award_is_given(resources):
    text = ("Medical Staffing Apprentice\n\nThe Role\n\nProvide administrative support to the team.\n\nBenefits\n\n"
            "We will ensure the right support is available to you throughout your apprenticeship.\n\nQualification\n\n"
            "The candidate is desirable to have at least 4 GCSE’s (grade A-D or 3-9) or equivalent (including Maths "
            "and English Language).\n\nOn completion of your apprenticeship you will receive the Level 2 "
            "Apprenticeship in Customer Service Practitioner and Level 1 or 2 Functional Skills English, Maths "
            "(if applicable)\n")
    assert section_kinds(text)["Qualification"] == SectionKind.REQUIREMENTS
    got = levels(text, resources)
    assert got.get("GCSE") == "preferred"
    assert "Functional Skills Qualification" not in got
    asked = ("Teaching Assistant\n\nRequirements\n- Level 2 Functional Skills English and Maths\n- On completion of "
             "your induction you will support pupils in class\n")
    assert "Functional Skills Qualification" in found(asked, resources)  # control: a qualification held


def test_elder_law_trusts_and_living_wills_are_named(resources):
    text = ("Elder Law Associate\n\nResponsibilities\n- Advise clients on elder law and Medicaid planning\n- Draft "
            "revocable and irrevocable trusts, living wills and health care proxies\n")
    assert {"Elder Law", "Will Drafting"} <= found(text, resources)


def test_here_is_a_good_to_have_heads_what_is_preferred(resources):
    text = ("Provider Relationship Manager\n\nWhat you will bring to the team:\n\nBachelor’s degree or equivalent "
            "experience\n\nHere is a good-to-have for the Provider Relationship Manager role at Episource:\n\n"
            "Registered Health Information Technician (RHIT) certification\n")
    kinds = section_kinds(text)
    assert kinds["Here is a good-to-have for the Provider Relationship Manager role at Episource"] == \
        SectionKind.PREFERRED
    assert levels(text, resources)["Registered Health Information Technician"] == "preferred"
    asked = ("Provider Relationship Manager\n\nHere is what you will need:\n\nRegistered Health Information "
             "Technician (RHIT) certification\n")
    assert levels(asked, resources)["Registered Health Information Technician"] == "required"  # control
    perks = ("Provider Relationship Manager\n\nWhat you will bring to the team:\n\n- Bachelor’s degree\n\n"
             "Here is how you will benefit:\n\n- Monthly internet allowance\n- Parental leave\n")
    assert section_kinds(perks)["Here is how you will benefit"] == SectionKind.BENEFITS
