"""What batch 38's real postings (bench/nontech_real.py --split held-occ28: Australian accounts payable
officers, paralegals, courier drivers and public service administrators from SEEK and Jora; US
merchandisers; NHS diabetes, school and prison nurses) showed: the documents to bring to an interview
are no asks; an appointment "subject to" a records check and a clearance the employer obtains is
policy (one subject to a satisfactory check the candidate must pass stays asked, as batch 12 decided)
and the fees the employer pays ("Pay for your DBS certificate") are perks; "Further opportunities" heads what the post offers; the recruitment
system and an online literacy test are the hiring process; and names the vocabulary lacked (pre-start
checks, "PC literate", open-to-buy and sell-through). Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, section_kinds

from credstack.postings.model import SectionKind


def test_the_documents_to_bring_to_an_interview_are_no_asks(resources):
    text = ("Prison Nurse\n\nRequirements\n- Registered nurse with current NMC registration\n\n"
            "If you are invited for interview you will need to bring along the following documents with you.\n\n"
            "1. Passport or full birth certificate\n2. Driving licence (both parts)\n"
            "3. Two proofs of address (utility bill or bank statements)\n4. Proof of immunisations\n")
    got = found(text, resources)
    assert "NMC Registration" in got and "Driver's License" not in got
    assert any(kind == SectionKind.HOW_TO_APPLY for kind in section_kinds(text).values())
    control = "Courier Driver\n\nRequirements\n- Full UK driving licence\n"
    assert "Driver's License" in found(control, resources)


def test_an_appointment_subject_to_a_check_is_policy(resources):
    text = ("Consular Services Officer\n\nAppointment is subject to a police records check and UK security "
            "clearance.\n\nRequirements\n- Excellent written communication skills\n")
    got = found(text, resources)
    assert "Written Communication" in got and not {"Security Clearance", "UK security clearance"} & got
    control = "Analyst\n\nRequirements\n- Must hold UK security clearance\n"
    assert {"Security Clearance", "UK security clearance"} & found(control, resources)
    passed = "Care Worker\n\nAppointment is subject to a satisfactory enhanced DBS check.\n"
    assert "Background Checks" in found(passed, resources)


def test_the_fees_an_employer_pays_are_perks(resources):
    text = ("Staff Nurse\n\nAs a welcome to our team we will:\n- Pay the NMC for your next registration fee\n"
            "- Pay for your Disclosure and Barring Service (DBS) certificate and DBS Update Service subscription\n"
            "\nRequirements\n- Experience in wound care\n")
    assert "Background Checks" not in found(text, resources)
    control = "Staff Nurse\n\nRequirements\n- Enhanced DBS check required\n"
    assert "Background Checks" in found(control, resources)


def test_further_opportunities_head_what_the_post_offers():
    text = ("Consular Officer\n\nDuties\n- Assist British nationals in distress\n\nFurther opportunities\n\n"
            "Opportunities can also include attending regional conferences and crisis training.\n")
    assert section_kinds(text).get("Further opportunities") == SectionKind.BENEFITS


def test_the_recruitment_system_and_an_online_test_are_the_hiring_process():
    from credstack.skills import _unasked

    assert _unasked("Please be aware that we use a third party recruitment system (TRAC)")
    assert _unasked("We require applicants to carry out an online literacy and numeracy test")
    assert not _unasked("You will have experience of Oracle and good numeracy")


@pytest.mark.parametrize(("line", "skill"), [
    ("Conducting daily pre-start checks and reporting defects promptly.", "Vehicle Inspections"),
    ("PC literate with a good knowledge of Excel.", "Digital Literacy"),
    ("Manage the open-to-buy and sell-through of each category.", "Merchandise Financial Planning"),
])
def test_names_the_vocabulary_lacked(resources, line, skill):
    assert skill in found(f"Officer\n\nRequirements\n- {line}\n", resources)
