"""What batches 268 and 269's real postings (bench/nontech_real.py --split held-occ258, held-occ259: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, section_kinds


def test_the_specialties_an_employer_recruits_into_are_where_the_starter_may_work(resources):
    """'We are currently recruiting across a large range of specialties, these include:' over 'End of life care -
    West Heath Hospital', 'Dementia - West Heath Hospital' (a recruitment day's nurse advert): the wards on offer."""
    text = ("Staff Nurse\n\nAre you a Registered Nurse?\n\nWe are currently recruiting across a large range of "
            "specialties, these include:\n\n- End of life care - West Heath Hospital\n- Dementia - West Heath "
            "Hospital\n- Stroke Rehabilitation - Moseley Hall Hospital\n\nYou must hold NMC registration.\n")
    assert any(k.value == "benefits" and "recruiting across" in h for h, k in section_kinds(text).items())
    got = found(text, resources)
    assert not {"Dementia Care", "Dementia", "Stroke Rehabilitation", "End-of-Life Care"} & got, got
    assert "NMC Registration" in got, got


def test_a_whole_notice_heading_holds_nothing_after_it(resources):
    """'NO AGENCIES PLEASE' in capitals, then 'About The Candidate As a key valued member of our nursing team :' and
    its list (an advanced nurse practitioner's advert): the notice is said whole; the list after it asks."""
    text = ("Advanced Nurse Practitioner\n\nAbout The Role\n\nAn opportunity has arisen for a Nurse Practitioner to "
            "join our practice.\n\nNO AGENCIES PLEASE\n\nAbout The Candidate As a key valued member of our nursing "
            "team :\n\n- You will hold a recognised ANP qualification and work as an Independent Nurse Prescriber.\n"
            "- You will have experience in treating minor illnesses.\n\n(Experience in SystmOne would be preferred "
            "but training can be given)\n\nAbout Us:\n\n- High QOF achievers\n")
    kinds = section_kinds(text)
    assert kinds.get("NO AGENCIES PLEASE").value == "legal" and kinds.get("About Us").value == "about_company", kinds
    got = found(text, resources)
    assert {"Minor Illness Management", "SystmOne"} <= got, got


def test_a_notice_heading_with_more_to_say_keeps_its_text(resources):
    text = ("Nurse\n\nRequirements\n- NMC registration.\n\nNotice to agencies\n\nWe do not accept CVs from "
            "agencies; any CV sent is the property of the Trust.\n")
    kinds = section_kinds(text)
    assert kinds.get("Notice to agencies").value == "legal", kinds


def test_a_check_the_starter_pays_for_is_policy(resources):
    """'all successful candidates who require a DBS for the post they have been offered pay for their DBS
    certificate' (a consultant's advert), 'an Enhanced DBS check, the cost of which is payable by the successful
    candidate' (a health care assistant's): the fee, no skill asked."""
    for line in ("Please note it is a requirement of the Trust that all successful candidates who require a DBS for "
                 "the post they have been offered pay for their DBS certificate.",
                 "Please be aware that this post requires an Enhanced Disclosure and Barring Service (DBS) check, the "
                 "cost of which is payable by the successful candidate."):
        got = found(f"Nurse\n\nYou will need good communication skills.\n\n{line}\n", resources)
        assert "Background Checks" not in got, got
    got = found("Nurse\n\nRequirements\n- You must be able to pass an enhanced DBS check.\n", resources)
    assert "Background Checks" in got, got


def test_a_one_digit_version_is_written_apart_and_in_roman_numerals(resources):
    """'together with knowledge of PRINCE II' (a project officer's advert), 'PRINCE 2', 'NEWS 2': the same names as
    PRINCE2 and NEWS2; a short name's letters apart stay other words ('HL 7' is no HL7)."""
    for line, skill in (("Knowledge of PRINCE II.", "PRINCE2 Foundation"), ("Knowledge of PRINCE 2.", "PRINCE2 Foundation"),
                        ("Use of NEWS 2 to escalate a deteriorating patient.", "Early Warning Scores")):
        got = found(f"Project Officer\n\nRequirements\n- {line}\n", resources)
        assert skill in got, (line, got)
    from credstack.skills.matcher import code_variants
    assert code_variants("HL7") == [] and code_variants("PRINCE2") == ["PRINCE 2", "PRINCE II"]
