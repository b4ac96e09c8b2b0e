"""Fields named as a background or as the employer's domain (issue 14): context, unless the job is
that field; and ambiguous words read in the posting's occupation and the words next to them.

Synthetic postings, both sides of each decision: "experience in higher education" is a sysadmin's
employer's field but a teacher's own; "logistics experience" is a product manager's background
but a logistics coordinator's skill; "investment banking" among an FP&A analyst's either/or
backgrounds is no gap, for an investment-banking analyst it is the job.
"""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.requirements import background_slot
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("text", "words", "items", "alternative"), [
    ("Experience in higher education", "higher education", "higher education", False),
    ("3+ years in FP&A, corporate finance or investment banking", "investment banking",
     "FP&A, corporate finance or investment banking", True),
    ("Marketplace or logistics experience", "logistics", "Marketplace or logistics", True),
    ("Maintain Linux servers for teaching and research.", "teaching", "teaching and research", False),
    ("2+ years of classroom teaching experience", "teaching", "teaching", False),
])
def test_a_background_slot_names_its_list_and_whether_it_is_either_or(text, words, items, alternative):
    start = text.index(words)
    slot = background_slot(text, start, start + len(words))
    assert slot is not None and slot.items == items and slot.alternative is alternative


@pytest.mark.parametrize(("text", "words"), [
    ("Plan and deliver teaching to grade 7 classes", "teaching"),
    ("Coordinate logistics for inbound freight", "logistics"),
    ("Experience with logistics software", "logistics"),
])
def test_work_to_do_is_no_background_slot(text, words):
    start = text.index(words)
    assert background_slot(text, start, start + len(words)) is None


def test_a_sysadmins_employer_field_is_context(resources):
    text = """Systems Administrator
About the role
The Systems Administrator maintains Linux and Windows servers for teaching and research.
Requirements
- 3+ years administering Linux servers; Bash and Python scripting
- Experience with VMware and Active Directory
Preferred
- Experience in higher education"""
    skills, context = read(text, resources)
    assert {"Linux", "VMware", "Active Directory"} <= skills
    assert not {"Teaching", "Higher Education"} & skills
    assert {"Teaching", "Higher Education"} <= context


def test_a_teachers_teaching_stays_a_skill(resources):
    text = """High School Chemistry Teacher
Requirements
- 2+ years of classroom teaching experience
- Experience in higher education or K-12 settings is a plus
Responsibilities
- Plan lessons, manage the classroom and assess students"""
    skills, _ = read(text, resources)
    assert "Teaching" in skills


def test_a_product_managers_logistics_experience_is_a_background(resources):
    text = """Senior Product Manager
Requirements
- 5+ years of product management; SQL and A/B testing
Nice to have
- Marketplace or logistics experience"""
    skills, context = read(text, resources)
    assert "Product Management" in skills and "Logistics" not in skills and "Logistics" in context


@pytest.mark.parametrize("title", ["Logistics Coordinator", "Supply Chain Planner"])
def test_logistics_is_a_skill_where_the_job_is_logistics(resources, title):
    text = f"""{title}
Requirements
- 2+ years of experience in logistics
- Warehouse management systems and Excel
Responsibilities
- Book carriers and track inbound shipments"""
    skills, _ = read(text, resources)
    assert "Logistics" in skills


def test_one_of_several_backgrounds_is_no_gap_when_the_title_names_another(resources):
    text = """Financial Analyst, FP&A
Requirements
- 3+ years in FP&A, corporate finance or investment banking
- Advanced Excel and financial modeling"""
    skills, context = read(text, resources)
    assert {"Financial Planning and Analysis", "Financial Modeling"} <= skills
    assert "Investment Banking" not in skills and "Investment Banking" in context


def test_investment_banking_is_the_job_of_an_investment_banking_analyst(resources):
    text = """Investment Banking Analyst
Requirements
- 1-2 years of experience in investment banking, private equity or corporate development
- Financial modeling and valuation in Excel"""
    skills, _ = read(text, resources)
    assert "Investment Banking" in skills


def test_recruiting_is_a_recruiters_skill_and_an_analysts_background(resources):
    recruiter, _ = read("""Technical Recruiter
Requirements
- 3+ years of experience in recruiting, agency or in-house
- Sourcing on LinkedIn Recruiter""", resources)
    assert "Recruiting" in recruiter
    analyst, context = read("""Data Analyst
Requirements
- 3+ years of SQL and Tableau
- Experience in recruiting or HR analytics a plus""", resources)
    assert "SQL" in analyst and "Recruiting" not in analyst and "Recruiting" in context


def senses_of(lines: list[str]) -> set[str]:
    text = "\n".join(f"- {line}" for line in lines)
    return {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}


def test_a_teaching_authorization_is_no_security_skill():
    found = senses_of(["English Learner authorization (CLAD or equivalent)", "Teach mathematics to grades 6-8",
                       "Classroom management and differentiated instruction"])
    assert "Classroom Management" in found and "Authentication" not in found


def test_a_side_line_family_does_not_choose_the_sense():
    # one data skill (Mathematics) among a teacher's skills does not make "authorization" IT security
    found = senses_of(["Hold an authorization for English learners", "Teach mathematics to grades 6-8",
                       "Classroom management, lesson planning and differentiated instruction",
                       "Student assessment against Common Core standards"])
    assert "Lesson Planning" in found and "Authentication" not in found


def test_authorization_beside_tokens_and_identity_is_the_security_skill():
    found = senses_of(["Implement authorization with OAuth 2.0 and JWT tokens", "5+ years of Python and Django"])
    assert "Authentication" in found


def test_work_authorization_is_no_skill_even_on_a_software_posting():
    found = senses_of(["US work authorization required", "5+ years of Python, Django and PostgreSQL",
                       "Experience with REST APIs"])
    assert "Python" in found and "Authentication" not in found


def test_emr_beside_cluster_tools_is_amazon_emr_whatever_the_posting():
    found = senses_of(["Patient data platform: run Spark jobs on EMR clusters", "Clinical data and HIPAA"])
    assert "Amazon EMR" in found and "Electronic Health Records" not in found


def test_initials_of_another_occupations_field_are_not_its_skill():
    found = senses_of(["BS in ECE or EE", "Verilog and FPGA design; PCB layout", "Embedded C on microcontrollers"])
    assert "FPGA" in found and "Early Childhood Education" not in found


@pytest.mark.parametrize(("lines", "wanted"), [
    (["2+ years of ICU nursing", "Administer medications and IV therapy", "BLS and ACLS"], "Critical Care"),
    (["Write and follow IEP goals", "Lesson planning and classroom management"], "Individualized Education Programs"),
])
def test_initials_of_the_postings_own_field_stay_skills(lines, wanted):
    assert wanted in senses_of(lines)
