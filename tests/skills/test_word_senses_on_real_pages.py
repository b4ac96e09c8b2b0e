"""Ordinary words that name a skill only in some jobs, as real job pages of other occupations use
them (synthetic postings, each reproducing a trait seen on a real page): a clinic's "ELT" (a laser
treatment), a store's "gas pumps", a machine operator who will "Switch
duties", an officer trained in "mechanical or chemical restraints"."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("text", "never"), [
    ("RN Provider\n\nDuties\n- Assist the Physician with treatment of all patients including ELT, Sclerotherapy "
     "and Ulcer care\n- Take the active role as Laser Safety Officer for your clinic\n\nRequirements\n"
     "- Current RN license\n- BLS certification", {"ETL"}),
    ("Store Assistant\n\nEssential Duties\n- Provide prompt, courteous customer service\n- Clean parking lots and "
     "gas pumps, take out garbage\n- Complete daily banking", {"Pumps and Compressors"}),
    ("Die Cutter Assistant\n\nPrincipal Accountabilities\n- Set up the print and die cut sections of the machine\n"
     "- Cross train on other machines.\n- Switch duties with the Assistant Operator as necessary.\n\n"
     "Basic Qualifications\n- Forklift license", {"Routing and Switching"}),
    ("Biomedical Scientist\n\nRequirements\n- HCPC registered BMS with experience of working in Haematology\n"
     "- Good communication skills", {"Battery Systems", "Building Management Systems"}),
    ("Sales Associate\n\nDuties\n- Provide excellent customer service and drive sales on the shop floor\n"
     "- Take part in monthly stock counts", {"Manufacturing Operations"}),
    ("Maintenance Engineer\n\nRequirements\n- Experience of working with a PPM schedule would be beneficial\n"
     "- Both mechanical and electrical fault finding", {"Portfolio Management"}),
    ("Clinical Pharmacist\n\nDuties\n- Carry out quality assurance procedures including flow hood cleaning and "
     "biological laboratory testing\n- Maintain admixture machinery", {"Software Testing"}),
    ("Interest Rate Analyst\n\nRequirements\n- Model the effect of compounding on loan balances\n- Excel",
     {"Pharmacy Compounding"}),
    ("Music Therapist\n\nQualifications\n- Board Certified in Music Therapy (MT-BC)\n- Knowledge of ASD, sensory "
     "integration, behavior modification and choosing appropriate goals/programming for clients",
     {"Programming", "System Integration"}),
    ("Juvenile Institution Officer\n\nDuties\n- Maintain safety; this may include the use of mechanical or chemical "
     "restraints on out-of-control youth\n- Administer CPR or First Aid as necessary", {"Mechanical Systems"}),
])
def test_a_word_in_another_occupations_sense_is_no_skill(text, never, resources):
    names, _context = read(text, resources)
    assert not names & never, names & never


@pytest.mark.parametrize(("text", "skill"), [
    ("Data Engineer\n\nRequirements\n- Build ELT pipelines with dbt, Snowflake and Airflow\n- Python and SQL", "ETL"),
    ("Maintenance Technician\n\nRequirements\n- Repair pumps, compressors and hydraulics\n- Troubleshoot PLC "
     "controls and motors", "Pumps and Compressors"),
    ("Network Engineer\n\nRequirements\n- Configure Cisco switches and routers, VLANs and BGP\n- CCNA",
     "Routing and Switching"),
    ("Maintenance Mechanic\n\nRequirements\n- Solid knowledge of mechanical and electrical systems\n- Welding",
     "Mechanical Systems"),
    ("Maintenance Engineer\n\nRequirements\n- Experience of working with a PPM schedule would be beneficial\n"
     "- Both mechanical and electrical fault finding", "Maintenance Management"),
    ("PMO Analyst\n\nRequirements\n- Experience of PPM tools and portfolio governance\n- Excel", "Portfolio Management"),
    ("Controls Engineer\n\nRequirements\n- Commission BMS controls for HVAC plant\n- Trend or Honeywell",
     "Building Management Systems"),
    ("Battery Engineer\n\nRequirements\n- Design BMS firmware for lithium-ion battery packs\n- C and Python",
     "Battery Systems"),
    ("Production Supervisor\n\nRequirements\n- Lead operators on the shop floor of a manufacturing plant\n"
     "- Lean and 5S", "Manufacturing Operations"),
    ("Clinical Pharmacist\n\nRequirements\n- Proper handling and compounding of sterile and hazardous medications\n"
     "- Verify prescriptions", "Pharmacy Compounding"),
    ("Clinical Pharmacist\n\nKey Competencies\n- Ensure compliance with all FDA, DEA, State Board of Pharmacy, "
     "OSHA and other regulatory standards\n- Verify prescriptions and medication orders", "FDA Regulations"),
    ("Clinical Pharmacist\n\nMinimum Qualifications\n- Must have an active CA State Pharmacist License",
     "Pharmacist License"),
    ("Software Engineer\n\nRequirements\n- Strong programming skills in Python and Go\n- REST APIs and SQL",
     "Programming"),
    ("Integration Engineer\n\nRequirements\n- Build integrations between Salesforce and SAP with REST APIs\n"
     "- Python", "System Integration"),
    ("Music Therapist\n\nQualifications\n- Knowledge of ASD, sensory integration and behavior modification",
     "Sensory Integration"),
])
def test_the_same_word_in_its_own_field_is_the_skill(text, skill, resources):
    names, _context = read(text, resources)
    assert skill in names


def test_a_disclaimer_about_the_job_description_asks_for_nothing(resources):
    """"NOTE: This Job Description may change periodically ... not intended to be an exhaustive list":
    the page speaking of itself, not the skill of writing job descriptions."""
    text = ("Store Assistant\n\nEssential Duties\n- Provide prompt, courteous customer service\n- Complete daily "
            "banking\n\nThe duties listed are not intended to be an exhaustive list of all responsibilities. NOTE: "
            "This Job Description may change periodically as required by business necessity.")
    names, _context = read(text, resources)
    assert "Job Analysis" not in names and "Customer Service" in names
    names, _context = read("HR Assistant\n\nResponsibilities\n- Write each job description for the hiring teams\n"
                           "- Schedule interviews", resources)
    assert "Job Analysis" in names
