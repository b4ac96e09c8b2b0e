"""What batch 44's real postings (bench/nontech_real.py --split held-occ34: a physical therapist, a Swiss CNC
setup operator, a marina director, a homeowners' association manager, a respiratory physiologist and eleven more)
showed: numbered items glued after a heading's colon or a question ("Must-Haves:1. High School Diploma or GED2.
Current BLS", "position?2. What"), a closing bracket or initials in the plural glued to the next item ("(Word,
Excel, Outlook)Proven capability", "HOAsGrasp of"); "Interview Steps" is how to apply and "Statement of Purpose"
the duties; the sites a job is at by their initials ("based at DPOW and SGH"); a DBS charge and an EEO notice's
"laws governing nondiscrimination" ask nothing; an employer "committed to ... patient care" describes itself, but
"Ideal candidate is a strong communicator" asks; and machining, geotechnical and marina knowledge the vocabulary
lacked. Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions, section_kinds
from tests.skills.test_tagger_chips import chips

from credstack.postings.glued import repair_glued
from credstack.postings.model import SectionKind
from credstack.skills import TextKind


def test_numbered_items_glued_after_a_headings_colon_are_split():
    text = ("Must-Haves:1. High School Diploma or GED2. Current Basic Life Support (BLS)3. Graduate from a "
            "physical therapy curriculum4. Licensed to practice physical therapy")
    lines = repair_glued(text).splitlines()
    assert lines == ["Must-Haves:1. High School Diploma or GED", "2. Current Basic Life Support (BLS)",
                     "3. Graduate from a physical therapy curriculum", "4. Licensed to practice physical therapy"]
    # a number after a word with no first item before it is a name's number: "Windows10. Then"
    assert repair_glued("Use of Windows10. Then reboot.") == "Use of Windows10. Then reboot."


def test_numbered_questions_glued_at_their_question_marks_are_split():
    text = "Screening Questions:1. How many years of experience do you have?2. What is your shift preference?"
    assert repair_glued(text).splitlines() == ["Screening Questions:1. How many years of experience do you have?",
                                               "2. What is your shift preference?"]


def test_an_item_glued_after_a_closing_bracket_or_initials_in_the_plural_is_split():
    text = ("Proficient in Microsoft Office applications (Word, Excel, Outlook)Proven capability to review "
            "financial reportsFamiliarity with insurance regarding HOAsGrasp of contractual bidding processes\n"
            "1-2 years in the HOA management field (strongly preferred)CAI designation(s) strongly preferred")
    assert repair_glued(text).splitlines() == [
        "Proficient in Microsoft Office applications (Word, Excel, Outlook)",
        "Proven capability to review financial reports", "Familiarity with insurance regarding HOAs",
        "Grasp of contractual bidding processes", "1-2 years in the HOA management field (strongly preferred)",
        "CAI designation(s) strongly preferred"]
    # controls: a bracketed plural, initials in a product's name
    for kept in ("CAI designation(s)He will lead", "Use SaaSProducts daily and AWSs", "KPIs and SOPs are kept"):
        assert repair_glued(kept) == kept


def test_interview_steps_are_how_to_apply_and_a_statement_of_purpose_the_duties():
    text = ("Marina Director\n\nStatement of Purpose:\nThe Marina Director manages the marina by developing SOPs.\n\n"
            "Requirements:\nLicensed to practice.\n\nInterview Steps:\n1. Reviewed by a Talent Acquisition Partner\n"
            "2. We will make travel arrangements for the candidate.\n")
    kinds = section_kinds(text)
    assert kinds["Statement of Purpose"] == SectionKind.RESPONSIBILITIES
    assert kinds["Interview Steps"] == SectionKind.HOW_TO_APPLY


def test_the_sites_a_job_is_based_at_are_no_skills_by_their_initials():
    text = ("This role involves performing Respiratory investigations in our Lung function rooms based at DPOW and "
            "SGH, with Spirometry and NIOX testing.")
    others, _, _ = chips(text, {"DPOW": "knowledge", "SGH": "knowledge", "NIOX": "knowledge"})
    assert "DPOW" not in others and "SGH" not in others
    assert "NIOX" in others  # control: a name the tagger reads elsewhere in the sentence


def test_a_dbs_charge_and_an_eeo_notices_nondiscrimination_ask_nothing(resources):
    text = ("Consultant Psychiatrist\n\nRequirements\n- Full GMC Registration.\n\nPlease note, you will be charged "
            "for a Disclosure & Barring check if appropriate to the role.\n\nAcme complies with applicable state "
            "and local laws governing nondiscrimination in employment in every location, and values Teamwork.\n")
    got = found(text, resources)
    assert "GMC Registration" in got
    assert "Teamwork" not in got


def test_an_employer_committed_to_patient_care_describes_itself_but_an_ideal_candidate_is_asked(resources):
    text = ("Consultant Rheumatologist\n\nThe successful applicant will join our team of five consultants.\n\n"
            "Northumbria Healthcare NHS Foundation Trust is committed to ensuring a safe and high quality of patient "
            "care underpinned by our Trust values.\n\nRequirements\n- Full GMC Registration.\n")
    got = found(text, resources)
    assert "GMC Registration" in got and "Patient Care" not in got
    asked = "Care Coordinator\n\nAbout the role\nIdeal candidate is a strong communicator.\n"
    assert "Communication" in found(asked, resources)


@pytest.mark.parametrize("line, skill", [
    ("Select tooling and set feed and speeds for each job.", "Feeds and Speeds"),
    ("Complete setup sheets and job travelers for every run.", "Setup Sheets"),
    ("Complete setup sheets and job travelers for every run.", "Job Travelers"),
    ("Design work holding for new parts.", "Workholding"),
    ("Perform in-process inspection with mechanical gages.", "In-Process Inspection"),
    ("Knowledge of soil mechanics and rock mechanics.", "Rock Mechanics"),
    ("Knowledge of foundation design principles.", "Foundation Design"),
    ("Enforce stormwater BMPs at the marina.", "Best Management Practices (BMPs)"),
    ("Manage all aspects of the UST system.", "Underground Storage Tanks"),
    ("Maintain the PO systems for the department.", "Purchase Orders"),
    ("Review and analyze financial reports.", "Financial Reporting"),
    ("Prepare monthly variance reports.", "Variance Analysis"),
    ("Access to the appropriate means of transport is essential.", "Own Vehicle"),
])
def test_knowledge_of_trades_and_sites_the_vocabulary_now_names(resources, line, skill):
    assert skill in found(f"Machinist\n\nRequirements\n- {line}\n", resources)


def test_the_sites_rule_reads_only_where_a_job_is_based(resources):
    got = mentions("Analyst\n\nRequirements\n- Based in the UK, you will use SAP and Microsoft Excel daily.\n",
                   resources)
    assert "SAP" in got and "Microsoft Excel" in got
    others, _, _ = chips("Reports based on ITIL and NIOX data.", {"NIOX": "knowledge"}, TextKind.REQUIREMENTS)
    assert "NIOX" in others


def test_indeeds_work_location_in_person_is_no_place():
    from credstack.postings import parse_posting

    text = ("Pediatric Occupational Therapy\n\nWe are looking for an Occupational Therapist in our brand new "
            "Aiken, SC facility.\n\nSkills\n- Valid South Carolina license to practice occupational therapy\n\n"
            "Job Type: Full-time\nPay: $44.00 - $47.00 per hour\nWork Location: In person\n")
    assert parse_posting(text).location == "Aiken, SC"
    assert parse_posting(text.replace("In person", "Leeds")).location == "Leeds"  # control: a place labelled


def test_a_record_the_candidate_must_be_free_of_is_not_asked():
    from tests.skills.conftest import at

    from credstack.skills.requirements import negated

    text = ("Lead technicians are required to have a clean driving record with no DUI records in the last 5 years, "
            "no moving violations and no felony convictions.")
    for record in ("DUI records", "moving violations", "felony convictions"):
        assert negated(*at(text, record)), record
    assert not negated(*at(text, "clean driving record"))  # control: the record asked
    assert not negated(*at("Experience with records management and no other duties.", "records management"))
