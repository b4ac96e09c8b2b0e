"""What batch 52's real postings (bench/nontech_real.py --split held-occ42: a deal desk specialist, a custody
healthcare professional, a heart failure nurse and thirteen more) showed: a policy that names a field as
"everyone's responsibility" ("Information security is everyone’s responsibility") asks nothing of the candidate.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_a_field_that_is_everyones_responsibility_is_policy_not_an_ask(resources):
    text = ("Deal Desk Specialist\n\nQualifications\n- Strong Excel skills\n- Information security is everyone’s "
            "responsibility at Rocket, and all staff protect company data.\n")
    got = found(text, resources)
    assert "Microsoft Excel" in got and "Cybersecurity" not in got
    lead = ("Security Lead\n\nQualifications\n- Strong Excel skills\n- Information security is your responsibility "
            "as our security lead.\n")
    assert "Cybersecurity" in found(lead, resources)  # control: the post's own field


def test_departments_the_post_works_with_named_as_examples_are_not_asked(resources):
    text = ("Plant Supervisor\n\nResponsibilities\n- Collaborate with other departments such as sales, engineering, "
            "and logistics to ensure smooth operations\n- Lead the welding crew\n")
    got = found(text, resources)
    assert not {"Sales", "Logistics"} & got
    asked = ("Operations Coordinator\n\nRequirements\n- Experience in areas such as sales, engineering, and logistics\n")
    assert {"Sales", "Logistics"} <= found(asked, resources)  # control: the candidate's own experience


def test_custody_and_specialist_nursing_settings_and_treatments_are_named(resources):
    text = ("Custody Healthcare Professional\n\nRequirements\n- Experience in A&E, a Walk in Centre or prison "
            "healthcare\n- Knowledge of Novel Psychoactive Substances\n- Knowledge of DMTs for multiple sclerosis\n"
            "- Trained in emotionally focused therapy\n- Work to reduce health inequalities\n- Maintain TJC standards\n")
    got = found(text, resources)
    assert {"Emergency Medicine", "Urgent Care", "Prison Healthcare", "Substance Abuse Treatment",
            "Disease Modifying Therapies", "Emotionally Focused Therapy", "Health Inequalities",
            "Healthcare Compliance"} <= got
    plain = "Payroll Clerk\n\nRequirements\n- Process EFT payments\n- Walk in the park at lunch\n"
    assert not {"Emotionally Focused Therapy", "Urgent Care"} & found(plain, resources)  # control


def test_a_letter_naming_a_category_or_grade_is_no_programming_language(resources):
    text = ("Healthcare Support Worker - Prison Health\n\nWe are looking for an HCSW to join the prison healthcare team."
            " HMP Usk is a category C closed prison. The post holder will use our data tools and software daily.\n\n"
            "Requirements\n- GCSE Maths at grade C or above\n- Phlebotomy\n")
    got = found(text, resources)
    assert "Phlebotomy" in got and "C" not in got
    code = "Developer\n\nRequirements\n- Strong C and C++ skills\n- Write embedded software in C\n"
    assert {"C", "C++"} <= found(code, resources)  # control: the language itself
