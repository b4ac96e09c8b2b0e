"""Synthetic fixtures for what made the extractor over-read real non-tech postings (the train half
of bench/nontech_real.py and the written set): the job title restated as the posting's first
line, a degree's mention cut short of its field, words inside an organisation's name, a shell
named in a marketing posting, idioms ("in compliance with code"), and the employer describing
itself or the hiring. Each has a control where the same words are asked of the candidate."""

from __future__ import annotations

import pytest
from tests.skills.conftest import mentions

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.skills import extract_skills
from credstack.skills.employer import employer_names
from credstack.skills.model import TextKind, TextSection


def test_a_description_that_restates_the_title_first_reads_the_title_once(resources):
    posting = parse_posting("Payroll Clerk\n\nPayroll Clerk\n\nRequirements\n- Process weekly payroll in Sage 50\n")
    texts = [s.text for s in skill_sections(posting)]
    assert not any("Payroll Clerk" in t for t in texts)
    found = mentions("Payroll Clerk\n\nPayroll Clerk\n\nRequirements\n- Process weekly payroll in Sage 50\n",
                     resources)
    assert found["Payroll"] == ["payroll"]  # where the text asks, not the title's words


def test_a_labelled_title_line_is_the_title_too(resources):
    posting = parse_posting("Site Electrician\n\nJob title: Site Electrician\nLocation: Leeds\n\n"
                            "Requirements\n- 18th Edition wiring regulations\n")
    assert not any("Site Electrician" in s.text for s in skill_sections(posting))


def test_the_title_still_names_the_discipline_when_the_text_does_not(resources):
    found = mentions("Bookkeeper\n\nRequirements\n- Three years in a small practice\n", resources)
    assert found.get("Bookkeeping") == ["Bookkeeper"]


def test_a_line_that_says_more_than_the_title_is_still_read(resources):
    found = mentions("Payroll Clerk\n\nPayroll Clerk wanted to run weekly payroll in Sage 50\n", resources)
    assert found.get("Payroll") == ["payroll"]


@pytest.mark.parametrize(("line", "mention"), [
    ("- BA/BS in Accounting, CPA a plus", "BA/BS in Accounting"),
    ("- Bachelor's degree or equivalent in Finance, Economics or Business", "Bachelor's degree or equivalent in Finance"),
    ("- Associate degree in business administration or related field", "Associate degree in business administration"),
    ("- Bachelor's degree in a related field required", "Bachelor's degree"),
    ("- Bachelor's Degree required", "Bachelor's Degree"),
])
def test_a_degree_mention_carries_the_field_it_is_in(line, mention, resources):
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, line)], resources.vocabulary)
    degrees = [m for s in result.skills if s.kind == "degree" for m in s.mentions]
    assert degrees[0] == mention  # then the list's further fields ("Business"), test_unseen_occupations_batch9
    assert len(degrees) == (2 if "Business" in line else 1)


def test_words_inside_an_organisations_name_are_no_skills(resources):
    found = mentions("Porter\n\nWe work on behalf of Millbrook Teaching Hospitals NHS Trust across three sites.\n\n"
                     "Duties\n- Move patients safely\n- Manual handling\n", resources)
    assert "Teaching" not in found
    # the town the organisation is named after is still the town elsewhere
    assert employer_names(None, ["On behalf of Millbrook Teaching Hospitals NHS Trust.",
                                 "Geographical knowledge of Millbrook"]) == ["Millbrook Teaching Hospitals NHS Trust"]
    control = mentions("Clinical Educator\n\nDuties\n- Teaching junior staff on the ward\n", resources)
    assert "Teaching" in control


def test_a_shell_named_in_a_marketing_posting_is_no_tool(resources):
    found = mentions("Social Media Manager\n\nAbout us\nBetty Bash is a boutique agency.\n\n"
                     "Requirements\n- Copywriting and content calendars\n- Paid social advertising\n", resources)
    assert "Bash" not in found
    control = mentions("DevOps Engineer\n\nRequirements\n- Python and Bash scripting on Linux\n- Terraform\n", resources)
    assert "Bash" in control


@pytest.mark.parametrize(("line", "wrong"), [
    ("- Install wiring in compliance with code and drawings", "Compliance"),
    ("- Deliver every project on time, within budget and injury-free", "Budgeting"),
    ("- Keep the site on budget", "Budgeting"),
])
def test_an_idiom_is_not_the_skill_its_noun_names(line, wrong, resources):
    assert wrong not in mentions(f"Electrician\n\nDuties\n{line}\n", resources)


@pytest.mark.parametrize(("line", "right"), [
    ("- Ensure compliance with FCA rules", "Compliance"),
    ("- Regulatory compliance reporting", "Compliance"),
    ("- Prepare the annual budget and forecasts", "Budgeting"),
    ("- Manage budgets for three sites", "Budgeting"),
])
def test_the_noun_asked_for_is_the_skill(line, right, resources):
    assert right in mentions(f"Site Manager\n\nDuties\n{line}\n", resources)


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("Northgate Search is recruiting for a strong Accounts Assistant to help our client.", "Recruiting"),
    ("Everything we do is focused on providing safe and effective patient care.", "Patient Care"),
    ("Full training will be provided to you, including on-the-job training and e-learning.", "E-Learning Development"),
    ("We offer a stress-free, sales-generating solution to social media management.", "Social Media Marketing"),
    ("Are you a social media enthusiast looking for your first role?", "Social Media Marketing"),
])
def test_the_employer_describing_itself_or_the_hiring_asks_for_nothing(sentence, wrong, resources):
    found = mentions(f"Assistant\n\n{sentence}\n\nRequirements\n- Excel and Word\n", resources)
    assert wrong not in found


@pytest.mark.parametrize(("line", "right"), [
    ("- Experience recruiting for retail roles", "Recruiting"),
    ("- Provide patient care on a busy ward", "Patient Care"),
    ("- Plan and run social media campaigns", "Social Media Marketing"),
])
def test_the_same_words_asked_of_the_candidate_stay(line, right, resources):
    assert right in mentions(f"Assistant\n\nRequirements\n{line}\n", resources)


def test_the_trusts_safeguarding_statement_asks_for_nothing(resources):
    found = mentions("Staff Nurse\n\nThe Trust is committed to safeguarding and promoting the welfare of children "
                     "and adults.\n\nRequirements\n- Acute ward experience\n", resources)
    assert "Safeguarding" not in found
    assert "Safeguarding" in mentions("Staff Nurse\n\nRequirements\n- Level 3 safeguarding adults training\n",
                                      resources)


def test_the_warehouse_as_a_place_is_no_skill_but_warehouse_experience_is(resources):
    assert "Warehouse Management" not in mentions(
        "Labourer\n\nDuties\n- Move and stack materials about the warehouse and trailers\n", resources)
    assert "Warehouse Management" in mentions("Labourer\n\nRequirements\n- One year of warehouse experience\n",
                                              resources)


def test_an_about_us_heading_glued_to_the_blurb_still_heads_it():
    text = ("Social Media Manager\n\nAbout UsMaple Bash is a boutique agency of storytellers.\n"
            "About YouYou enjoy working in digital marketing and paid social.\n")
    kinds = [(s.kind.value, s.heading) for s in parse_posting(text).sections]
    assert ("about_company", "About Us") in kinds and ("requirements", "About You") in kinds


def test_a_job_title_field_line_is_no_skill_text():
    posting = parse_posting("Med-Surg RN\n\nJob Title: Registered Nurse $56.41 per hour\nLocation: Riverside\n\n"
                            "Requirements\n- Current BLS\n")
    assert not any("Registered Nurse" in s.text for s in skill_sections(posting))


def test_a_soft_skills_mention_leaves_out_ability_to(resources):
    found = mentions("Ward Clerk\n\nRequirements\n- Ability to prioritize tasks on a busy ward\n", resources)
    assert found["Prioritization Skills"] == ["prioritize"]


@pytest.mark.parametrize("line", [
    "- Provide emotional support and independence for patients at home",
    "- Promote the independence of residents in daily living",
])
def test_the_patients_independence_is_a_care_aim_not_the_candidates_trait(line, resources):
    assert "Independence" not in mentions(f"Care Assistant\n\nDuties\n{line}\n", resources)


def test_independence_asked_of_the_candidate_stays(resources):
    assert "Independence" in mentions("Care Assistant\n\nRequirements\n- Independence and good judgement\n", resources)


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("Acme is committed to the overall wellbeing of our caregivers. Some of the many benefits included in this "
     "package are full medical/dental/vision coverage; 403b retirement plan employer base and matching "
     "contributions; paid time off; and expanded EAP and mental health program.", "Retirement Plans"),
    ("Acme is committed to the overall wellbeing of our caregivers. Some of the many benefits included in this "
     "package are full medical/dental/vision coverage; 403b retirement plan; and expanded EAP and mental health "
     "program.", "Mental Health"),
    ("The actual hiring rate is dependent upon several factors, including the terms of the applicable collective "
     "bargaining agreement, education and experience.", "Labor Relations"),
    ("The 6 weeks training consists of classroom based training, listening to calls and coaching in the call "
     "centre.", "Call Center Operations"),
    ("This position will work at the Southern Institute, a 72-bed Joint Commission accredited State Mental Health "
     "Facility.", "Healthcare Compliance"),
    ("Employees may be required to disclose immunization status for purposes of infection prevention and/or "
     "management of outbreaks.", "Infection Control"),
    ("The reception areas include Main Outpatients, Gynaecology, Antenatal and the Fracture Clinic.", "Gynecology"),
])
def test_the_offer_under_a_requirements_heading_asks_for_nothing(sentence, wrong, resources):
    """A posting whose last heading is a requirement one ("Working Conditions") runs its offer and its
    pay terms under it: what the employer gives is no skill asked of the candidate."""
    found = mentions(f"Patient Account Specialist\n\nWorking Conditions\n- Sedentary work\n\n{sentence}\n", resources)
    assert wrong not in found


@pytest.mark.parametrize(("line", "right"), [
    ("- Administer 403b retirement plans and pension schemes", "Retirement Plans"),
    ("- Support clients with mental health conditions", "Mental Health"),
    ("- Negotiate collective bargaining agreements with unions", "Labor Relations"),
    ("- Two years of call centre experience", "Call Center Operations"),
    ("- Prepare the hospital for Joint Commission surveys", "Healthcare Compliance"),
    ("- Apply infection prevention and control procedures", "Infection Control"),
    ("- Two years of gynaecology nursing experience", "Gynecology"),
    ("- Graduate of a CAAHEP accredited respiratory therapy program", "Respiratory Therapy"),
])
def test_the_same_words_asked_as_duties_stay(line, right, resources):
    assert right in mentions(f"Specialist\n\nRequirements\n{line}\n", resources)


def test_a_vaccination_policy_names_no_skill():
    """"Requires a completed Primary Vaccine Series (e.g., Pfizer, Moderna or Novavax series)": the
    employer's policy, not a skill (no brand becomes a chip)."""
    text = ("- Communicate with patients by phone\n\nThe employer requires a completed Primary Vaccine Series (e.g., "
            "2 dose Pfizer, Moderna or Novavax series) for COVID-19 vaccination prior to the start date.")
    from tests.skills.test_tagger_chips import chips

    others, _, _ = chips(text, {"Pfizer": "knowledge", "Moderna": "knowledge", "Novavax series": "knowledge",
                                "Communicate with patients": "skill"})
    assert not {"Pfizer", "Moderna", "Novavax series"} & others
