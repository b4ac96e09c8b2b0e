"""Synthetic fixtures for what the non-tech training batches 16 and 17 (bench/nontech_real.py
--split train-occ2, scored once as a fix set: LinkedIn US and NHS Jobs postings whose list items
were scraped glued together) showed: a sentence's full stop glued to initials or a word in
capitals ("medical terminology.HIPAA compliance certification") or to a range of years ("high
school diploma or GED.1-2 years") kept the two items one word, so neither was read. Controls: a
name written with a leading full stop, and a plain number after a full stop, stay as written."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.postings.glued import repair_glued


@pytest.mark.parametrize(("text", "fixed"), [
    ("Proficient in medical terminology.HIPAA compliance certification.Strong multi-tasking skills.",
     "Proficient in medical terminology.\nHIPAA compliance certification.\nStrong multi-tasking skills."),
    ("Candidates must possess a high school diploma or GED.1-2 years maintenance experience preferred.",
     "Candidates must possess a high school diploma or GED.\n1-2 years maintenance experience preferred."),
    ("Degree in Pharmacy.EXPERIENCE in retail pharmacy", "Degree in Pharmacy.\nEXPERIENCE in retail pharmacy"),
])
def test_a_full_stop_glued_to_initials_or_a_range_of_years_ends_the_item(text, fixed):
    assert repair_glued(text) == fixed


@pytest.mark.parametrize("text", ["Experience with Microsoft.NET and VB.NET", "We are the No.1 provider in Ohio"])
def test_a_dotted_name_or_a_plain_number_stays_as_written(text):
    assert repair_glued(text) == text


def test_the_items_a_glued_full_stop_joined_are_each_read(resources):
    text = ("Medical Assistant\n\nQualifications:\nProficient in medical terminology.HIPAA compliance "
            "certification.Strong multi-tasking skills.\n")
    skills, _context = read(text, resources)
    assert {"Medical Terminology", "HIPAA"} <= skills


@pytest.mark.parametrize(("heading", "benefits"), [
    ("Rewards Management", False), ("Total Rewards Manager", False), ("Compensation strategy", False),
    ("Rewards", True), ("Total Rewards", True), ("Compensation", True), ("Compensation & Benefits", True),
])
def test_an_hr_duty_named_after_pay_heads_no_benefits(heading, benefits):
    from credstack.postings.model import SectionKind
    from credstack.postings.sections import classify_tier

    assert (classify_tier(heading)[0] == SectionKind.BENEFITS) is benefits


def test_duties_of_rewards_and_compensation_are_read(resources):
    text = ("HR Assistant\n\nThe Role\nPayroll Assistance • Assist with payroll processing. Rewards Management "
            "• Compensation strategy: Developing a compensation strategy. • Performance management: Linking pay "
            "to performance. Recruitment Sourcing candidates through job boards.\n\nQualifications\n"
            "2-5 years of experience in payroll processing\n")
    skills, _context = read(text, resources)
    assert "Performance Management" in skills


@pytest.mark.parametrize(("clause", "boilerplate"), [
    ("Willingness to undergo a background check at a cost of $30 (covered by the candidate)", False),
    ("Willingness to participate in a 10-year criminal background check conducted by the FBI", False),
    ("All offers are contingent on a background check", True),
])
def test_a_background_check_the_candidate_must_undergo_is_asked(clause, boilerplate):
    from credstack.skills.requirements import is_boilerplate_clause

    assert is_boilerplate_clause(clause) is boilerplate


@pytest.mark.parametrize("line", ["Operate various types of heavy equipment, including loaders",
                                  "Experience with heavy plant on construction sites"])
def test_heavy_equipment_by_its_common_names_is_read(resources, line):
    skills, _context = read(f"Equipment Operator\n\nRequirements:\n- {line}\n", resources)
    assert "Heavy Equipment Operation" in skills


@pytest.mark.parametrize(("text", "sage"), [
    ("Proficient working knowledge of SAGE for credit control and accounts", True),
    ("Experience of Sage and Excel for accounts", True),
    ("Add sage and thyme to the sauce", False),
    ("The sage advice of our chef", False),
])
def test_sage_the_accounts_program_by_its_bare_name(resources, text, sage):
    found = {m.skill for m in resources.vocabulary.matcher.find(text)}
    assert ("Sage Accounting" in found) is sage


def test_an_impact_heading_glued_to_its_paragraph_heads_the_duties(resources):
    assert repair_glued("Top Workplace for three years running.\nThe ImpactAs our next technician, you will "
                        "repair motor controls.") == ("Top Workplace for three years running.\nThe Impact\nAs our "
                                                      "next technician, you will repair motor controls.")
    text = ("Electrical Technician\n\nWhat's in it for you?Generous PTO and a pension.\nThe ImpactAs our next "
            "technician, you will maintain motor controls and SCADA systems.")
    skills, _context = read(text, resources)
    assert "SCADA" in skills


def test_a_dental_hygienist_s_procedures_are_read(resources):
    text = ("Dental Hygienist\n\nResponsibilities:\n- Promotes dental health by completing dental prophylaxis and "
            "providing oral cancer screenings\n- Educates patients on periodontal disease and takes dental x-rays\n")
    skills, _context = read(text, resources)
    assert {"Dental Prophylaxis", "Oral Cancer Screening", "Periodontics", "Dental Radiography"} <= skills
