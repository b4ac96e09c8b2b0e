"""Synthetic fixtures for what the real postings of occupations the labelled corpus lacked (batch 3
of bench/nontech_real.py: teachers, chefs and servers, retail, office, social care, legal,
security, beauty) showed: the skills, checks and licences those trades name, and two words read
in another trade's sense ("Laser" is an aesthetic therapist's treatment, not optics; a
paralegal's "drafting" of pleadings is no technical drawing). The controls keep each word's own
sense where it is one."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Primary Teacher", "- A good knowledge of the national curriculum", "National Curriculum"),
    ("Nursery Teacher", "- Plan activities in line with the EYFS", "Early Years Foundation Stage"),
    ("Supply Teacher", "- You must hold a recognised teaching qualification", "Qualified Teacher Status"),
    ("Commis Chef", "- Support the head chef in running the kitchen", "Kitchen Management"),
    ("Chef de Partie", "- Experience in a fresh food environment", "Fresh Food Preparation"),
    ("Chef de Partie", "- Input on menu planning and new dishes", "Menu Development"),
    ("Waiter", "- Taking orders and serving food and beverages", "Table Service"),
    ("Cook", "- Level 2 Food Safety and Hygiene certificate", "Food Hygiene"),
    ("Sales Assistant", "- Previous retail experience is required", "Retail Industry"),
    ("Sales Associate", "- 2 years in the home furnishing sector", "Home Furnishings Industry"),
    ("Office Administrator", "- Diary and meeting management for three directors", "Executive Assistance"),
    ("Receptionist", "- 1 year of experience from a manufacturing background", "Manufacturing Industry"),
    ("Social Worker", "- Complete Mental Capacity Assessments and best interest decisions", "Mental Capacity Act"),
    ("Social Worker", "- Complete Mental Capacity Assessments and best interest decisions",
     "Best Interests Decision-Making"),
    ("Social Worker", "- Deliver high quality Care Act assessments", "Care Act 2014"),
    ("Social Worker", "- You must be registered with Social Work England", "Social Work England Registration"),
    ("Paralegal", "- Draft pleadings and respond to discovery demands", "Legal Writing"),
    ("Paralegal", "- Draft pleadings and respond to discovery demands", "Civil Discovery"),
    ("Solicitor", "- A Scottish qualified solicitor with 2 years PQE", "Solicitor Qualification"),
    ("Security Officer", "- Must hold a valid SIA licence", "Security Guard License"),
    ("Security Officer", "- Handle and operate firearms safely", "Firearms Handling"),
    ("Security Officer", "- Must possess a valid handgun permit", "Firearms Permit"),
    ("Security Officer", "- Take part in emergency planning and fire drills", "Emergency Preparedness"),
    ("Security Officer", "- Monitor CCTV and complete foot patrols", "CCTV Monitoring"),
    ("Beauty Therapist", "- Knowledge of various skin care ranges", "Skin Care"),
    ("Beauty Therapist", "- Qualified in IPL and microdermabrasion", "Laser and IPL Treatments"),
    ("Spa Therapist", "- Answering the telephone and taking bookings", "Appointment Booking"),
])
def test_the_skills_of_occupations_the_corpus_lacked_are_read(title, line, skill, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize("line", ["- 2 years in the home furnishing sector", "- Experience in the hospitality industry"])
def test_an_industry_named_with_its_noun_is_the_industry(line, resources):
    _, context = read(f"Sales Associate\n\nRequirements:\n{line}\n", resources)
    assert context & {"Home Furnishings Industry", "Hospitality Industry"}


@pytest.mark.parametrize(("title", "line", "wrong"), [
    ("Aesthetic Therapist", "- Treatments include skin peels, microdermabrasion and Laser", "Optics"),
    ("Paralegal", "- Drafting and responding to pleadings, motions and subpoenas", "Technical Drawings"),
])
def test_a_word_of_another_trade_in_its_own_sense_here(title, line, wrong, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n- Excellent client service\n", resources)
    assert wrong not in skills | context


def test_a_beauty_posting_reads_its_laser_as_the_treatment(resources):
    skills, _ = read("Aesthetic Therapist\n\nRequirements:\n- Treatments include skin peels and Laser\n", resources)
    assert "Laser and IPL Treatments" in skills


@pytest.mark.parametrize(("title", "line", "right"), [
    ("Optical Engineer", "- Align lasers and fibre optics on the test bench", "Optics"),
    ("CAD Technician", "- Drafting of general arrangement drawings in AutoCAD", "Technical Drawings"),
])
def test_the_same_words_where_they_are_that_skill_stay_it(title, line, right, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert right in skills | context


def test_a_kitchen_chef_is_no_configuration_tool(resources):
    skills, _ = read("Chef de Partie\n\nRequirements:\n- Support the head chef in running the kitchen\n"
                     "- Cook fresh food to the Chef's standards\n", resources)
    assert "Chef" not in skills
    skills, _ = read("DevOps Engineer\n\nRequirements:\n- Configuration management with Chef or Ansible\n", resources)
    assert "Chef" in skills


def test_an_ad_that_opens_after_a_benefits_phrase_is_no_benefits_section():
    """A flattened ad whose header phrases end in a benefits cue ("Company benefits") and whose text
    then opens ("Our client is looking for ...") keeps its duties out of a benefits section."""
    from credstack.postings.sections import break_run_in_headings

    body = ("a passionate chef de partie to support the head chef in running the kitchen of a busy gastro pub. "
            "You will work on all sections, cook fresh seasonal food to a high standard, keep the kitchen clean "
            "and safe, order stock from local suppliers and help to train the commis chefs and kitchen porters. "
            "The ideal chef will have at least one year of experience within a quality fresh food environment, "
            "a Level 2 food hygiene certificate, great knife skills and the calm to work under pressure in a "
            "small team during a busy service.")
    flat = f"Chef de Partie Basic salary Excellent tips All meals on duty Company benefits Our client is looking for {body}"
    assert len(flat) >= 600 and "\nCompany benefits\n" not in break_run_in_headings(flat)
    listed = f"Chef de Partie with a great team. Company benefits Free meals, tips and a pension for {body}"
    assert "\nCompany benefits\n" in break_run_in_headings(listed)


def test_an_ad_whose_first_line_opens_with_a_label_is_read_past_it(resources):
    """A flattened ad that starts with a header fact ("Location: Essex We are looking for ...") is
    prose after its label, not a line of header facts to drop whole."""
    text = ("Spa Therapist\n\nLocation: Essex We are currently looking for an experienced spa therapist for a hotel "
            "spa. Your duties will include answering the telephone, taking bookings and meeting and greeting "
            "customers. The therapist will be NVQ Level 3 trained and have two years of industry experience.\n")
    skills, context = read(text, resources)
    assert {"NVQ", "Appointment Booking"} <= skills | context
    facts = "Spa Therapist\n\nLocation: Essex | Contract: Casual\n\nDuties:\n- Taking bookings\n"
    assert "Appointment Booking" in read(facts, resources)[0] | read(facts, resources)[1]


def test_a_nurses_teaching_qualification_is_no_qualified_teacher_status(resources):
    # a ward's mentorship or practice-teaching qualification; QTS is a school teacher's status
    skills, context = read("Senior Staff Nurse\n\nRequirements:\n- Current NMC registration\n- Dialysis experience\n"
                           "- Ideally have a Mentorship/Teaching Qualification\n", resources)
    assert "Qualified Teacher Status" not in skills | context
    # the control: a teacher's posting with the same words asks for QTS
    skills, _ = read("Primary Teacher\n\nRequirements:\n- A good knowledge of the national curriculum\n"
                     "- Ideally have a Teaching Qualification\n", resources)
    assert "Qualified Teacher Status" in skills


@pytest.mark.parametrize(("title", "line"), [
    ("Senior Accountant", "- Support SOX testing of internal controls and the month-end close"),
    ("Journeyman Electrician", "- Installation, testing and repair of electrical wiring and panels"),
])
def test_testing_outside_software_is_no_software_testing(title, line, resources):
    skills, context = read(f"{title}\n\nRequirements:\n{line}\n", resources)
    assert "Software Testing" not in skills | context


def test_the_control_a_qa_engineers_testing_is_software_testing(resources):
    skills, _ = read("QA Engineer\n\nRequirements:\n- 3 years of testing experience on web applications\n"
                     "- Selenium, Python, Jira\n", resources)
    assert "Software Testing" in skills
