"""What batches 90 to 92's real postings (bench/nontech_real.py --split held-occ80 to held-occ82: an early
childhood associate, a trial attorney, a confectionery quality assurance manager, a production engineer,
a secure unit nurse and 31 more) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.places import load_places
from credstack.postings import parse_posting
from credstack.postings.sections import SectionKind
from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


def test_what_successful_candidates_will_possess_is_required_and_what_highly_qualified_ones_possess_preferred():
    """A school district's template heads its lists "Successful Candidates For This Position Will Possess"
    and "Highly Qualified Candidates For This Position Will Possess", no colon: both were read as the
    job summary's lines, and the high school diploma the first list asks was no skill."""
    text = ("Early Childhood Associate\n\nJob Summary\n\nAssist teachers in the instruction and care of all students.\n\n"
            "Successful Candidates For This Position Will Possess\n\n"
            "High School Diploma, GED or HiSet, or a Child Development Associate (CDA) credential.\n\n"
            "Highly Qualified Candidates For This Position Will Possess\n\n"
            "Experience working with preschool children in an early childhood program.\n\n"
            "Position Details\n\n190 Days\n")
    kinds = {s.heading: s.kind for s in parse_posting(text).sections}
    assert kinds["Successful Candidates For This Position Will Possess"] == SectionKind.REQUIREMENTS
    assert kinds["Highly Qualified Candidates For This Position Will Possess"] == SectionKind.PREFERRED
    # controls: a sentence about the successful candidate is no heading; the plural inside a longer line still cues
    assert SectionKind.REQUIREMENTS not in {
        s.kind for s in parse_posting("Clerk\n\nThe successful candidate will possess a can-do attitude and more, "
                                      "as we explain below at length.\n").sections if s.heading}


@pytest.mark.parametrize("text", [
    "Assist teachers in the instruction, supervision and care of all students.",
    "Provide supervision and care of the residents at night.",
])
def test_supervising_pupils_or_residents_is_no_people_management(text):
    assert "People Management" not in names(text, TextKind.RESPONSIBILITIES)


def test_supervising_staff_still_is():
    assert "People Management" in names("Supervision and training of staff.", TextKind.RESPONSIBILITIES)


def test_a_litigators_practice_areas_and_motions_are_skills():
    text = ("Prepare and draft discovery, pleadings and motions. Drafting dispositive motions. Conduct expert "
            "discovery and depositions. Caseload of premises liability, products liability and insurance defense.")
    assert {"Motion Practice", "Civil Discovery", "Premises Liability", "Products Liability",
            "Insurance Defense", "Depositions"} <= names(text, TextKind.RESPONSIBILITIES)


def test_consumer_product_safety_standards_are_named_skills():
    text = "Application of CPSC, ASTM-F963 and California Prop 65 or other current standards to new products."
    assert {"CPSC Regulations", "Toy Safety Standards", "California Proposition 65"} <= names(text)


def test_an_agencys_line_after_its_web_address_describes_the_agency():
    """A scraped advert runs the recruiter's line into the agency's: "... Consultant James
    jamesclearselection.co.uk We are honest, fast paced and truly passionate about Recruitment." The web
    address ends the sentence, so "We" opens the agency's own clause."""
    text = ("Have a passion for health and beauty. Ref: TC 12JG Consultant James jamesclearselection.co.uk We are "
            "honest, fast paced and truly passionate about Recruitment. Our Consultants are all highly valued.")
    assert "Recruiting" not in names(text)
    assert "Salesforce" in names("Experience with Salesforce.com Sales Cloud required.")  # control


def test_an_agency_acting_as_an_employment_business_asks_for_no_regulations():
    text = ("Orion Electrotech Ltd acts as both an Employment Business and Employment Agency and complies with the "
            "Conduct of Employment Agencies and Employment Businesses Regulations Act 2003.")
    assert "Agency Workers Regulations" not in names(text)
    assert "Agency Workers Regulations" in names(  # control: an HR adviser asked to know them
        "Knowledge of the Conduct of Employment Agencies and Employment Businesses Regulations.")


@pytest.mark.parametrize("text", [
    "Data for correction or errors- collect seasonal data on customer complaints.",
    "Make corrections to the schedule and process errors and corrections in payroll.",
])
def test_an_edit_is_no_correctional_field(text):
    assert "Corrections" not in names(text, TextKind.RESPONSIBILITIES)


@pytest.mark.parametrize("text", ["2 years experience in Corrections or law enforcement.",
                                  "Background in corrections, probation or parole."])
def test_the_correctional_field_stays_a_skill(text):
    assert "Corrections" in names(text)


def test_security_of_a_manufacturing_area_is_no_cybersecurity():
    text = "Overseeing and ensuring the health, safety, cleanliness and security of the manufacturing area."
    assert "Cybersecurity" not in names(text, TextKind.RESPONSIBILITIES)
    assert "Cybersecurity" in names("Knowledge of security best practices for cloud applications and APIs")


def test_a_criminal_records_bureau_check_and_nhs_bands_are_the_uks():
    """A secure unit nurse's advert with no place but "Band 5" and a "Criminal Records Bureau check" (the
    DBS's old name) was advised the US NCLEX-RN."""
    places = load_places()
    assert places.country_in_text("This post is subject to a Criminal Records Bureau check at an enhanced level.") == "GB"
    assert places.country_in_text("General nursing qualification at Band 5 or above; Band 6 applicants welcome.") == "GB"
    assert places.country_in_text("Pay band 5 of the salary scale.") is None  # one band alone, in small letters


@pytest.mark.parametrize(("first_line", "title", "company"), [
    ("Hospice at Home Senior Healthcare Assistant", "Hospice at Home Senior Healthcare Assistant", None),
    ("Registered Nurse at Acme Health", "Registered Nurse", "Acme Health"),
    ("Data Analyst at Acme Recruitment Consultancy", "Data Analyst", "Acme Recruitment Consultancy"),
])
def test_a_service_named_with_at_keeps_its_job_title_whole(first_line, title, company):
    """"Hospice at Home Senior Healthcare Assistant" was read as the job "Hospice" at the employer "Home
    Senior Healthcare Assistant": the role is after "at", none before it."""
    posting = parse_posting(f"{first_line}\n\nWe need someone to care for patients at home.\n")
    assert (posting.title, posting.company) == (title, company)
