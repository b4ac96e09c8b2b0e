"""Salience (issue 14): what a posting asks of the candidate, not what it says about the employer.

Synthetic postings, one per failure mode the coach panel found: the employer's name and products
as skills, industries and domains as gaps, about-us paragraphs without a heading, and ambiguous
words read in the wrong occupation's sense.
"""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills import extract_skills
from credstack.skills.employer import about_employer, employer_names
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def test_the_employers_products_are_not_skills(resources):
    text = """Senior Backend Engineer
About Quillfin
Quillfin builds spend software. Our products, Quillfin Payroll, Quillfin Cards and Quillfin Ledger, serve 9,000 firms.
Responsibilities
- Build the services behind Quillfin Payroll in Ruby on Rails
Requirements
- 5+ years of Ruby and PostgreSQL
Quillfin is an equal opportunity employer."""
    skills, _ = read(text, resources)
    assert {"Ruby on Rails", "Ruby", "PostgreSQL"} <= skills
    assert "Payroll" not in skills


def test_brand_lists_are_the_employers_even_when_the_vocabulary_knows_the_word():
    vocab = load_vocabulary()
    names = employer_names("Ozark Outfitters", [
        "Ozark Outfitters is an outdoor retailer. Our Trailhead and Basecamp private-label brands ship from our "
        "distribution center.", "Develop playbooks in our SOAR platform.", "Python is a plus."],
        lambda n: vocab.resolve(n) is not None)
    assert {"Ozark Outfitters", "Trailhead", "Basecamp", "Ozark"} <= set(names)
    assert "SOAR" not in names and "Python" not in names  # tools the employer uses, not its products


def test_the_employer_name_comes_from_the_eeo_line_when_the_page_gives_none():
    names = employer_names(None, ["Quarrion Robotics builds warehouse robots.",
                                  "Quarrion Robotics is an equal opportunity employer."])
    assert "Quarrion Robotics" in names and "Quarrion" in names


def test_a_pattern_that_may_start_anywhere_is_searched_only_where_what_it_needs_is():
    """A product named before "our ... app", a company before "is an equal opportunity employer", a
    trust's full name: found (each pattern's "needs" is part of every match it makes), and a text
    without those words is never searched by those patterns."""
    from credstack.skills.employer import _product_patterns

    texts = ["Customers schedule with Shiftwise Planner, our scheduling app, every day.",
             "Quarrion Robotics is an equal opportunity employer.",
             "You will join Millbrook Teaching Hospitals NHS Foundation Trust in May."]
    names = employer_names(None, texts)
    assert {"Shiftwise Planner", "Quarrion Robotics", "Millbrook Teaching Hospitals NHS Foundation Trust"} <= set(names)
    needing = [(p, needs) for p, _, _, needs in _product_patterns() if needs is not None]
    assert len(needing) >= 3
    for pattern, needs in needing:
        for text in texts:
            for match in pattern.finditer(text):
                assert needs.search(match.group(0)), (pattern.pattern, match.group(0))


def test_industries_and_domains_are_context_never_skills(resources):
    text = """Account Executive
Requirements
- 3+ years of B2B SaaS closing experience in Salesforce
- Experience selling HR, payroll or workforce management software
- Email marketing experience is a plus
Responsibilities
- Write and edit content for finance and accounting audiences"""
    skills, context = read(text, resources)
    assert "Salesforce" in skills and "Email Marketing" in skills
    assert {"Human Resources", "Payroll", "Accounting"} <= context
    assert not {"Human Resources", "Payroll", "Accounting", "SaaS", "B2B"} & skills


def test_a_paragraph_introducing_the_employer_asks_for_nothing(resources):
    assert about_employer("Northgrid Energy is a renewable energy retailer running the GridSense platform.",
                          ["Northgrid Energy"])
    assert not about_employer("Northgrid Energy is hiring a data engineer; you must know Spark.",
                              ["Northgrid Energy"])
    text = """Senior Data Engineer

Northgrid Energy is a renewable energy retailer. We run the Northgrid Home app for 2 million households.

What you will do
- Build pipelines with Apache Spark and Airflow

Northgrid Energy is an equal opportunity employer."""
    skills, context = read(text, resources)
    assert "Apache Spark" in skills
    assert "Renewable Energy Industry" not in skills | context


@pytest.mark.parametrize(("lines", "wanted", "unwanted"), [
    # EMR on a data team is Amazon EMR; on a ward, health records
    (["Build pipelines with Apache Spark on EMR, AWS Glue and Kinesis", "Expert Python and SQL"],
     "Amazon EMR", "Electronic Health Records"),
    (["Document patient care in the EMR", "Administer medications and IV therapy"],
     "Electronic Health Records", "Amazon EMR"),
    # a medical coder's "coding"
    (["3+ years of professional fee coding", "Assign CPT and ICD-10 codes; know medical terminology"],
     "Medical Coding", "Programming"),
    # a trade's blueprints
    (["Read blueprints and weld structural steel with SMAW", "Install conduit and wire panels"],
     "Blueprint Reading", "Technical Drawings"),
])
def test_ambiguous_words_take_the_sense_of_the_postings_occupation(lines, wanted, unwanted):
    text = "\n".join(f"- {line}" for line in lines)
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}
    assert wanted in found and unwanted not in found


def test_an_ambiguous_word_with_no_sense_in_the_posting_is_no_skill():
    text = "- $27-$33/hr DOE\n- 3+ years of structural welding (FCAW, SMAW)\n- Read blueprints"
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}
    assert "Welding" in found and "Experimental Design" not in found


def test_a_funding_round_letter_is_not_the_c_language():
    text = "- We are a Series C HR tech company\n- Experience with Salesforce CRM and Gong"
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}
    assert "C" not in found and "Salesforce" in found


def test_a_role_word_on_the_next_line_does_not_make_a_skill_a_role():
    text = "- Maintain policies mapped to NIST CSF and ISO 27001\n- Lead HIPAA security risk assessments"
    found = {s.name for s in extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary()).skills}
    assert "ISO 27001" in found  # "ISO 27001 / Lead" is no "ISO 27001 lead" role


def test_a_duty_line_naming_e_verify_still_asks_for_its_skills():
    text = "- Run onboarding and orientation for new hires, including I-9 and E-Verify"
    found = {s.name for s in extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary()).skills}
    assert "Onboarding" in found


@pytest.mark.parametrize(("title", "discipline"), [
    ("Project Manager – Commercial Construction", "Project Management"),
    ("Financial Analyst, FP&A", "Financial Analysis"),
    ("Demand & Supply Planner", "Demand Planning"),
    ("Middle School Math Teacher (Grades 6-8)", "Teaching"),
])
def test_the_job_titles_discipline_is_a_required_skill(title, discipline):
    text = "- Lead projects and report to leadership\n- Work with stakeholders"
    skills = extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary(), title=title).skills
    found = {s.name: s for s in skills}
    assert discipline in found and found[discipline].requirement == "required"


def test_a_title_with_no_discipline_adds_nothing():
    text = "- Answer customer questions by chat"
    plain = extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary()).skills
    titled = extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary(),
                            title="Customer Support Specialist").skills
    assert [s.name for s in plain] == [s.name for s in titled]


def test_a_line_full_of_skills_still_keeps_each_forms_spelling_rules():
    text = "- Advise R&D leaders on organizational design, workforce planning and talent management"
    found = {s.name for s in extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary()).skills}
    assert "R" not in found and "Talent Management" in found


def test_a_drivers_licence_is_a_condition_not_a_skill_gap(resources):
    text = """HVAC Service Technician
Requirements
- 3+ years of residential HVAC service experience
- Valid driver's license and clean driving record"""
    skills, context = read(text, resources)
    assert "HVAC" in skills and "Driver's License" in context and "Driver's License" not in skills


@pytest.mark.parametrize(("lines", "word_sense", "kept_in"), [
    # plain everyday words with one technical sense: taken only where the posting's field supports it
    (["Maintain security of inmates and the facility", "Supervise correctional officers",
      "Enforce law enforcement procedures"], "Cybersecurity",
     ["Own security for our cloud platform", "Harden Linux servers, manage IAM and Splunk alerts"]),
    (["Process inmate rehabilitation programs", "Supervise correctional officers"], "Physical Therapy",
     ["Deliver rehabilitation to post-operative patients", "Document patient care in Epic"]),
    (["Interpretation of regulations and policies", "Supervise correctional officers"], "Translation",
     ["Interpretation for Spanish-speaking patients", "Document patient care in Epic"]),
])
def test_everyday_words_need_their_field_in_the_posting(lines, word_sense, kept_in):
    def found(rows):
        text = "\n".join(f"- {row}" for row in rows)
        return {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}

    assert word_sense not in found(lines)
    assert word_sense in found(kept_in)


def test_a_team_one_partners_with_is_not_a_skill_asked():
    text = ("- Partner with data engineering on data quality issues\n- Collaborate closely with accounting on month-end close\n"
            "- Write SQL against our Snowflake warehouse")
    found = {s.name for s in extract_skills([TextSection(TextKind.RESPONSIBILITIES, text)], load_vocabulary()).skills}
    assert {"SQL", "Snowflake", "Month-End Close"} <= found
    assert not {"Data Engineering", "Accounting"} & found
    asked = "- 3+ years of data engineering and accounting systems work\n- Partner with Snowflake admins"
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, asked)], load_vocabulary()).skills}
    assert "Data Engineering" in found and "Snowflake" in found  # asked, and a tool is never a team
