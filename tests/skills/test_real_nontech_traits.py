"""Synthetic fixtures for failure modes the real non-tech corpus (bench/nontech_real.py) showed.

Each keeps a fix: an acronym or phrase read in another trade's sense, requirements glued to their
heading by scraping, headings the section reader missed. The controls beside them keep the sense
each word has where it is a skill."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued


@pytest.mark.parametrize(("line", "wrong"), [
    ("- Category C licence and a current Driver CPC card", "Certified Professional Coder"),
    ("- Experience selling into the contingent workforce space (VMS, MSP)", "Microsoft Project"),
    ("- Experience selling into the contingent workforce space (VMS, MSP)", "Virtualization"),
    ("- Demonstrated knowledge of Financial Planning & Analysis (FP& A)", "Functional Programming"),
    ("- Build webpage content, emails and other digital assets", "Cryptocurrency"),
    ("- Able to work to deadlines with the minimum of supervision", "People Management"),
    ("- Works without direct supervision on site", "People Management"),
])
def test_an_acronym_or_phrase_in_another_trade_sense_is_no_skill(line, wrong, resources):
    skills, context = read(f"Coordinator\n\nRequirements:\n{line}\n", resources)
    assert wrong not in skills | context


@pytest.mark.parametrize(("title", "line", "right"), [
    ("Medical Coder", "- CPC certification and ICD-10 coding experience", "Certified Professional Coder"),
    ("Project Coordinator", "- Build project schedules in MSP and Excel", "Microsoft Project"),
    ("Operations Analyst", "- Settle trades in digital assets such as bitcoin", "Cryptocurrency"),
    ("Cloud Engineer", "- Run VMs on our own hypervisors", "Virtualization"),
    ("Financial Analyst", "- Five years of FP&A in a listed company", "Financial Planning and Analysis"),
    ("Office Manager", "- Supervision of a team of five administrators", "People Management"),
])
def test_the_same_words_where_they_are_the_skill_stay_one(title, line, right, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert right in skills | context


CLEAN = "Warehouse Associate\n\nQualifications\n- High school diploma or GED\n- Forklift certification\n"
# Scraped postings often lose the line breaks between a heading and its list items.
GLUED = "Warehouse Associate\n\nQualificationsHigh school diploma or GEDForklift certification\n"


def test_requirements_under_a_heading_are_read(resources):
    skills, _ = read(CLEAN, resources)
    assert {"High School Diploma", "Forklift Certification"} <= skills


def test_requirements_glued_to_their_heading_are_read_too(resources):
    skills, _ = read(GLUED, resources)
    assert "Forklift Certification" in skills
    sections = parse_posting(GLUED).sections
    assert [s.heading for s in sections if s.kind.value == "requirements"] == ["Qualifications"]


@pytest.mark.parametrize(("glued", "lines"), [
    ("Job ExpectationsAs a driver you will load the van", ["Job Expectations", "As a driver you will load the van"]),
    ("Keep stock records up to date.Maintain the racking", ["Keep stock records up to date.", "Maintain the racking"]),
    # the next sentence's first word a dictionary word with an ending ("skill" + "fully")
    ("Use hand and power tools.Skillfully install fittings", ["Use hand and power tools.", "Skillfully install fittings"]),
    ("1. Read wiring diagrams2. Test circuits3. Fit sockets",
     ["1. Read wiring diagrams", "2. Test circuits", "3. Fit sockets"]),
    ("Current RN LicenseAbility to lift 50 lbsKnowledge of GAAPData entry",
     ["Current RN License", "Ability to lift 50 lbs", "Knowledge of GAAP", "Data entry"]),
    ("Our ValuesHonestyTransparencyIntegrityExcellence Job ExpectationsAs a lead you will",
     # the heading run into the last value after a space is a heading of its own (batch 50's "... to technology
     # Preferred Qualifications (Not Required)Tracts Experience")
     ["Our Values", "Honesty", "Transparency", "Integrity", "Excellence", "Job Expectations", "As a lead you will"]),
    # list items whose bullets were glued to the item before them
    ("Patrol the site.· 2+ years of security experience· Clear background check",
     ["Patrol the site.", "· 2+ years of security experience", "· Clear background check"]),
    ("Join the team. Key Responsibilities· Post invoices· Reconcile accounts",
     ["Join the team.", "Key Responsibilities", "· Post invoices", "· Reconcile accounts"]),
    # names the vocabulary knows stay whole in a glued posting too
    ("Current RN LicenseAbility to lift 50 lbsKnowledge of JavaScript/Node.js and dynaTrace",
     ["Current RN License", "Ability to lift 50 lbs", "Knowledge of JavaScript/Node.js and dynaTrace"]),
])
def test_a_scraped_posting_gets_its_line_breaks_back(glued, lines):
    assert repair_glued(glued).split("\n") == lines


@pytest.mark.parametrize("text", [
    "Use JavaScript, PowerPoint, QuickBooks, LinkedIn, HubSpot and SharePoint daily.",
    "Former McDonald's crew, PhD or MSc welcome; iPhone and eBay sellers too.",
    "Call the XMLHttpRequest API from SQLAlchemy models.",
    "Proficient in PowerPoint. Knowledge of GAAP.",  # one weak sign is no evidence
    "Email jo.Smith@example.com or visit www.Example.com",
    "Leeds · Full-time · Hybrid",  # a separator between spaces
    "Night shifts· weekends",  # one glued bullet is no list
])
def test_camel_case_names_and_addresses_stay_whole(text):
    assert repair_glued(text) == text


@pytest.mark.parametrize("heading", ["Essential", "Essential:", "Essential criteria", "Must Haves"])
def test_an_essential_heading_asks_for_what_is_under_it(heading, resources):
    text = f"Delivery Driver\n\nWe deliver parcels across the county.\n\n{heading}\n- Full UK driving licence\n" \
           "\nDesirable\n- Forklift certification\n"
    sections = parse_posting(text).sections
    kinds = {s.heading: s.kind.value for s in sections}
    assert kinds[heading.rstrip(":")] == "requirements" and kinds["Desirable"] == "preferred"
    skills, context = read(text, resources)
    assert "Driver's License" in skills | context


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Warehouse Operative", "- Operate scissor lifts and boom lifts safely", "Aerial Work Platforms"),
    ("Stock Clerk", "- Drive a hi-lo and an order picker", "Forklift Operation"),
    ("Receiving Clerk", "- Use bar code readers and RF guns to receive stock", "Barcode Scanning"),
    ("Porter", "- Manual handling training completed", "Manual Handling"),
    ("Staff Nurse", "- Competent in IV cannulation, venepuncture and catheterisation", "IV Cannulation"),
    ("Staff Nurse", "- Competent in IV cannulation, venepuncture and catheterisation", "Phlebotomy"),
    ("Staff Nurse", "- Competent in IV cannulation, venepuncture and catheterisation", "Catheterization"),
    ("Social Media Coordinator", "- Grow our Instagram and TikTok communities", "TikTok"),
    ("Content Creator", "- Edit videos for YouTube/ Tiktok channels", "YouTube"),
])
def test_equipment_procedures_and_platforms_of_non_tech_work_are_skills(title, line, skill, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize(("title", "line"), [
    ("Software Engineer", "- Follow us on Twitter, LinkedIn and Facebook for news"),
    ("Software Engineer", "- Work beside engineers from Google and Facebook"),
    ("Office Coordinator", "- Plan the summer staff bash and the client party"),
])
def test_a_platform_or_tool_named_outside_its_work_is_no_skill(title, line, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert not {"LinkedIn", "Facebook", "Bash"} & (skills | context)


def test_job_expectations_heads_the_duties():
    text = "Site Electrician\n\nOur Culture\nWe value honesty.\n\nJob Expectations\n- Install conduit and pull wire\n"
    kinds = {s.heading: s.kind.value for s in parse_posting(text).sections}
    assert kinds["Job Expectations"] == "responsibilities"


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Maintenance Mechanic", "- Troubleshoot hydraulics and pneumatics on the press line", "Hydraulic Systems"),
    ("Civil Engineer", "- Stormwater drainage design and hydraulics modelling", "Water Resources Engineering"),
    ("Maintenance Mechanic", "- Read blue prints and wiring diagrams", "Blueprint Reading"),
    ("Shipping Clerk", "- Prepare bills of lading and customs paperwork", "Shipping Documentation"),
    ("Shipping Clerk", "- Good IT skills", "Digital Literacy"),
    ("Marketing Assistant", "- Design brochures and flyers for events", "Marketing Collateral"),
])
def test_trade_words_read_in_the_postings_own_trade(title, line, skill, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


def test_hydraulics_on_a_machine_is_no_civil_engineering(resources):
    skills, context = read("Maintenance Mechanic\n\nRequirements:\n- Troubleshoot hydraulics and pneumatics on the "
                           "press line\n- Lockout/tagout and forklift\n", resources)
    assert "Water Resources Engineering" not in skills | context


@pytest.mark.parametrize(("line", "role"), [
    ("- Recent experience as a Health Care Assistant on a busy ward", "Healthcare Industry"),
    ("- Report to the Inventory Control Supervisor each shift", "Inventory Management"),
    ("- Support the Social Media Coordinator with posts", "Social Media Marketing"),
])
def test_a_non_tech_job_named_as_a_role_is_no_skill(line, role, resources):
    skills, context = read(f"Porter\n\nRequirements:\n{line}\n", resources)
    assert role not in skills | context


def test_a_paragraph_about_an_unnamed_client_is_the_employers(resources):
    text = ("Accounting Manager\n\nOur client, a leading systems integrator, empowers firms. With deep roots in "
            "supply chain and expertise in cloud, AI and cybersecurity, it serves 500 clients.\n\n"
            "We are recruiting an Accounting Manager to join the team.\n\n"
            "Requirements\n- GAAP and month-end close\n")
    skills, context = read(text, resources)
    assert not {"Artificial Intelligence", "Cybersecurity", "Supply Chain Management"} & (skills | context)
    assert {"GAAP", "Month-End Close"} <= skills | context


def test_a_sector_in_the_singular_is_an_ordinary_phrase(resources):
    _, context = read("Plumber\n\nRequirements:\n- Provide a professional service to patients and staff\n", resources)
    assert "Consulting Industry" not in context
    _, context = read("Paralegal\n\nRequirements:\n- Two years in professional services\n", resources)
    assert "Consulting Industry" in context


def test_a_field_inside_an_organisations_name_is_no_skill(resources):
    text = "Payroll Clerk\n\nRequirements:\n- Join the payroll team of Northvale Community Health NHS Trust\n"
    skills, context = read(text, resources)
    assert "Public Health" not in skills | context


@pytest.mark.parametrize("heading", ["For further details / informal visits contact:", "Informal enquiries",
                                     "For further information please contact:"])
def test_a_contact_block_is_how_to_apply(heading):
    text = f"Porter\n\nDuties\n- Move patients safely\n\n{heading}\nJo Bloggs, Estates Officer, 01234 567890\n"
    kinds = {s.heading: s.kind.value for s in parse_posting(text).sections}
    assert kinds[heading.rstrip(":")] == "how_to_apply"


@pytest.mark.parametrize(("title", "line", "cyber"), [
    ("Maintenance Plumber", "- Be mindful of safe use, security and storage of plant, equipment and tools", False),
    ("Caretaker", "- Check the security of the premises, alarms and keys at close", False),
    ("Systems Administrator", "- Patch Linux servers and keep their security up to date", True),
])
def test_security_of_premises_or_plant_is_not_cybersecurity(title, line, cyber, resources):
    skills, context = read(f"{title}\n\nDuties:\n{line}\n- Ensure compliance with safety policies\n", resources)
    assert ("Cybersecurity" in skills | context) is cyber


def test_items_glued_to_their_bullets_are_read_one_by_one(resources):
    """Run together, the items are one clause, and its background check reads it all as the
    employer's hiring policy; apart, only that item is."""
    text = ("Security Officer\n\nThe officer will patrol the site and respond to incidents.\u00b7 "
            "3+ years of law enforcement experience\u00b7 Clear criminal background check and drug screening"
            "\u00b7 Excellent communication and interpersonal skills\u00b7 Valid driver's license\n")
    skills, context = read(text, resources)
    assert "Law Enforcement" in skills | context
