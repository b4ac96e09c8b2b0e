"""What batch 41's real postings (bench/nontech_real.py --split held-occ31: NHS contracts, urology,
chemotherapy, frailty, public health and colposcopy posts; a US contract administrator, acupuncturist,
demand planner, investor relations associate and mover) and a look at the word "practices" showed: a field's
"practices" are its ways of working, asked ("knowledge of HR practices"), while "a GP practice" is a place;
scraped perks written as short lines, then an ask ("Experience in general labor ... helpful!"), go back to
what the posting asks; and names the vocabulary lacked (chemotherapy and SACT, CVADs, colposcopy, frailty,
urodynamics, tobacco control, the Healthy Child Programme, Chinese herbal medicine, S&OE, inventory
optimisation). Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions

from credstack.postings.model import SectionKind


@pytest.mark.parametrize(("line", "skill"), [
    ("Knowledge of HR practices and employment law", "Human Resources"),
    ("Sound knowledge of accounting practices", "Accounting"),
    ("Understanding of safeguarding practices", "Safeguarding"),
    ("Knowledge of payroll practices", "Payroll"),
    ("Knowledge of recruitment practices", "Recruiting"),
])
def test_a_fields_practices_ask_for_the_field(resources, line, skill):
    assert skill in found(f"Advisor\n\nRequirements\n- {line}\n", resources)


@pytest.mark.parametrize("line", [
    "Experience working in a GP practice",
    "Experience working in a busy veterinary practice",
    "Two years in a dental practice",
])
def test_a_practice_after_a_determiner_is_a_place(resources, line):
    got = found(f"Receptionist\n\nRequirements\n- {line}\n", resources)
    assert not {"General Practice", "Veterinary Medicine", "Dentistry", "Dental Care"} & got, got


def test_an_ask_after_perks_written_as_short_lines_is_read_again(resources):
    text = ("Mover\n\nHIRING NOW!\n\nBeing a crew member comes with a lot of perks, such as:\n\n"
            "Weekly Tip and Bonus Payouts\n\nFlexible Scheduling\n\nAttendance Bonuses\n\n"
            "Unlimited Growth Potential\n\n"
            "Experience in general labor, warehouse labor, landscaping or delivery driving helpful!\n")
    from credstack.postings import parse_posting

    sections = parse_posting(text).sections
    assert any(s.kind == SectionKind.BENEFITS and "Flexible Scheduling" in s.text for s in sections)
    assert not any(s.kind == SectionKind.BENEFITS and "landscaping" in s.text for s in sections)
    said = " | ".join(m.lower() for ms in mentions(text, resources).values() for m in ms)
    assert "landscaping" in said or "warehouse" in said, said
    # perks in prose after the short lines stay the benefits
    perks = ("Mover\n\nRequirements\n- Able to lift 50 lbs\n\nPerks:\n\nWeekly Tip Payouts\n\nFlexible Scheduling\n\n"
             "Referral Bonuses\n\nYou will also get free gym membership and staff finance loans.\n")
    said = " | ".join(m.lower() for ms in mentions(perks, resources).values() for m in ms)
    assert "finance" not in said and "gym" not in said


@pytest.mark.parametrize(("line", "skill"), [
    ("Safe handling and administration of SACT and cytotoxic drugs.", "Chemotherapy"),
    ("Care of CVADs and PICC lines.", "Central Venous Access Device Care"),
    ("Run nurse-led colposcopy clinics.", "Colposcopy"),
    ("Specialist knowledge in the area of frailty.", "Frailty Care"),
    ("Run the nurse-led urodynamic service.", "Urodynamics"),
    ("Lead on substance misuse prevention and tobacco control.", "Tobacco Control"),
    ("Complete the Healthy Child Programme for under 5s.", "Healthy Child Programme"),
    ("Experience with Chinese herbal medicine and moxibustion.", "Traditional Chinese Medicine"),
    ("Lead the S&OE process and inventory optimization.", "Sales and Operations Execution"),
    ("Lead the S&OE process and inventory optimization.", "Inventory Management"),
])
def test_names_the_vocabulary_lacked(resources, line, skill):
    assert skill in found(f"Specialist\n\nRequirements\n- {line}\n", resources)



@pytest.mark.parametrize(("line", "skill"), [
    ("Experience in an HR function", "Human Resources"),
    ("Experience in a payroll department", "Payroll"),
    ("Experience of working in a dementia unit", "Dementia Care"),
    ("Experience in the social care sector", "Social Care"),
    ("Experience in an accounting firm", "Accounting"),
])
def test_the_team_unit_or_sector_of_the_candidates_experience_is_asked(resources, line, skill):
    assert skill in found(f"Advisor\n\nRequirements\n- {line}\n", resources)


@pytest.mark.parametrize(("line", "skill"), [
    ("Work closely with the finance team", "Business Finance"),
    ("Liaise with the HR department", "Human Resources"),
    ("Experience working with the payroll team", "Payroll"),
])
def test_a_team_worked_with_is_still_the_colleagues(resources, line, skill):
    assert skill not in found(f"Advisor\n\nRequirements\n- {line}\n", resources)


@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Teaching Assistant", "Experience supporting children with SEND", "Special Education"),
    ("Teaching Assistant", "Experience with SEN pupils", "Special Education"),
    ("Care Assistant", "Experience in caring for the elderly", "Geriatrics"),
    ("Shift Manager", "Experience in managing a team of 10 staff", "People Management"),
])
def test_everyday_names_of_common_asks(resources, title, line, skill):
    assert skill in found(f"{title}\n\nRequirements\n- {line}\n", resources)


def test_the_verb_send_is_no_special_education(resources):
    assert "Special Education" not in found("Administrator\n\nRequirements\n- Send emails and letters to clients\n",
                                            resources)


def test_a_disability_or_special_need_that_requires_accommodation_is_the_eeo_notice(resources):
    text = ("Data Scientist\n\nRequirements\n- Python\n\nIf you have a disability or special need that requires "
            "accommodation, please let us know by completing our form.\n")
    assert "Special Education" not in found(text, resources)
    assert "Special Education" in found("Nursery Nurse\n\nRequirements\n- Experience with children with special "
                                        "needs\n", resources)


def test_a_duty_named_by_its_ing_form_is_found_written_as_a_verb(resources):
    from credstack.skills.matcher import base_verb_forms

    assert base_verb_forms("booking appointments") == ["book appointments"]
    assert base_verb_forms("taking payments") == ["take payments"]
    assert base_verb_forms("running errands") == ["run errands"]
    assert base_verb_forms("shipping and receiving") == []  # no plural object
    assert base_verb_forms("nursing") == []
    got = found("Receptionist\n\nYou will greet clients, book appointments and answer the phone.\n", resources)
    assert "Appointment Booking" in got
    assert "Complaint Resolution" in found("Administrator\n\nDuties\n- Process invoices and handle complaints\n",
                                           resources)


def test_a_salary_field_on_its_own_line_does_not_hide_the_advert_after_it(resources):
    """An NHS advert's fact lines ("Band: 6", "Salary: ..."), then its paragraphs: the salary line is a field,
    not a pay part that runs to the next heading (frailty-02 was read from its safeguarding notice only)."""
    text = ("Frailty Nurse Specialist\n\nBand: 6\n\nSalary: \u00a331,365 - \u00a337,890 per annum/pro rata\n\n"
            "As a Clinical Nurse Specialist, you will work as part of a small multi-disciplinary team.\n\n"
            "You will provide clinical supervision to other staff and lead clinical audits in our specialist area "
            "of Frailty.\n")
    got = found(text, resources)
    assert {"Frailty Care", "Clinical Audit"} & got, got
    # the interview's date and medium is a field line of the advert's header, no ask
    header = ("Link Worker\n\nSalary: \u00a321,892 per annum\n\nHours: 37.5 hours per week\n\n"
              "Interview Date: To be assigned \u2013 Via Microsoft Teams\n\nYou will support patients with social "
              "prescribing.\n")
    assert "Microsoft Teams" not in found(header, resources)
    # a pay line, then what the starter will get, stays the pay
    perks = "Bid Writer\n\nSalary: 30k plus pension\n\nYou will receive free Excel training and a gym membership\n"
    assert "Microsoft Excel" not in found(perks, resources)
    # a pay part written under its label, then more pay, stays the pay
    control = ("Care Assistant\n\nRequirements\n- NVQ Level 2\n\nSalary:\n\u00a312 an hour with free meals and training "
               "in Excel\n")
    assert "Microsoft Excel" not in found(control, resources)


def test_training_opportunities_the_employer_offers_are_no_ask(resources):
    text = ("Nurse Specialist\n\nRequirements\n- Registered Nurse\n\nAs part of our ongoing commitment to professional "
            "development we are offering a number of apprenticeships and training opportunities in Leadership and "
            "Management, Business Services, Finance, Accounting and HR.\n")
    got = found(text, resources)
    assert not {"Accounting", "Human Resources", "Business Finance"} & got, got
    control = "Accounts Assistant\n\nRequirements\n- Experience in Accounting and HR administration\n"
    assert "Accounting" in found(control, resources)
