"""What batches 78 to 80's real postings (bench/nontech_real.py --split held-occ68 to held-occ70: an apprentice
learning and funding administrator, a stress engineer, a kitchen porter, a waiter, a PCN pharmacist and 40 more)
and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions, names
from tests.skills.test_tagger_chips import chips

from credstack.postings.labels import is_fact_label
from credstack.skills import find_skills
from credstack.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Candidates will ideally be degree qualified or equivalent.", "Bachelor of Engineering"),
    ("A relevant qualification such as degree or HND in Engineering.", "Associate Degree"),
    ("Staff who do degree apprenticeships are welcome to apply.", "Doctor of Osteopathic Medicine"),
    ("Waiting staff who can bus tables and serve guests quickly.", "CAN Bus"),
    ("Must screening checks be passed before you start? Yes.", "Malnutrition Screening"),
])
def test_initials_spelt_as_an_everyday_word_need_their_capitals(text, wrong):
    # "be", "as", "do", "can", "must" are the words themselves, not the BE, AS or DO degree, CAN bus or MUST tool
    assert wrong not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("BE degree in Civil Engineering.", "Bachelor of Engineering"),
    ("An AS degree in a related field.", "Associate Degree"),
    ("A DO degree is required.", "Doctor of Osteopathic Medicine"),
    ("Experience of CAN Bus diagnostics.", "CAN Bus"),
    ("Complete MUST screening on admission.", "Malnutrition Screening"),
])
def test_the_same_initials_in_capitals_still_name_them(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Responsible for maintaining a high standard of personal hygiene and appearance.",
    "Cook fresh seasonal food to a high standard.",
    "Execute sales appointments to a very high standard.",
    "Ensure high standards of dispensing practices are delivered.",
])
def test_the_standard_a_duty_is_done_to_is_no_trait(text):
    assert "Quality Orientation" not in _names(text)


def test_high_standards_asked_of_the_person_are_the_trait():
    assert "Quality Orientation" in _names("You set yourself high standards and keep to them.")
    assert "Quality Orientation" in _names("You will have high standards.")


@pytest.mark.parametrize("label", ["Salary Range", "Salary range", "Salary Scale", "Salary Band", "Pay Scale",
                                   "Pay Band", "Starting Salary", "Annual Salary"])
def test_a_pay_label_of_two_words_is_a_fact_label(label):
    # before, "Salary Range" read as "Salary" with the value "Range", so it opened a benefits section
    assert is_fact_label(label)
    assert not is_fact_label("Salary sacrifice schemes")  # control: a perk, not a label


def test_the_advert_after_a_salary_range_line_is_read(resources):
    text = ("Learning and Funding Administration Assistant\n\nContract Type: Fixed Term 18 Months\n\n"
            "Salary Range: £9,903 - £17,105 per annum pro rata\n\n"
            "The Learning Team are looking for a motivated individual to join them.\n\n"
            "The role will provide an initial contact service to the team, directing initial queries, and have "
            "excellent Microsoft Word and Excel skills.\n\n"
            "Minimum Entry Criteria\n- GCSE English and Maths\n")
    assert {"Microsoft Word", "Microsoft Excel"} <= found(text, resources)
    # controls: what the role pays or offers after the pay line stays the pay
    perks = ("Learning and Funding Administration Assistant\n\n"
             "Salary Range: £9,903 - £17,105 per annum pro rata\n\n"
             "The role will attract free parking and a Microsoft Excel course.\n\n"
             "Minimum Entry Criteria\n- GCSE English and Maths\n")
    assert "Microsoft Excel" not in found(perks, resources)


def test_a_number_before_a_slash_ends_the_name_before_it(resources):
    # "20000" of "ISO 20000/ITIL" is the standard's number, not a name slashed to ITIL
    text = "Service Desk Analyst\n\nRequirements\n- Knowledge of ISO 20000/ITIL service management.\n"
    assert "20000/ITIL" not in mentions(text, resources).get("ITIL", [])
    # control: names slashed together are still one mention for each of them
    slashed = mentions("Developer\n\nRequirements\n- Experience with React/Redux and Jest/Enzyme testing.\n", resources)
    assert slashed["Jest"] == ["Jest/Enzyme"] and slashed["Redux"] == ["React/Redux"]


def test_how_the_employer_champions_diversity_asks_nothing(resources):
    text = ("Cancer Registration Officer\n\nJob Purpose\nCollect patient level data.\n\n"
            "To find out more about how we champion diversity and inclusion in the workplace, visit our website.\n")
    assert "Diversity, Equity and Inclusion" not in found(text, resources)
    # control: a posting that asks for the field still reads it
    asked = "Inclusion Officer\n\nResponsibilities\n- Lead diversity and inclusion initiatives across the Trust.\n"
    assert "Diversity, Equity and Inclusion" in found(asked, resources)


@pytest.mark.parametrize(("title", "field", "job"), [
    ("Senior Clinical Work Based Learning Facilitator", "Work Based Learning", "Learning Facilitator"),
    ("Weight Management Clinic Lead Nurse", "Weight Management", "Clinic Lead"),
    ("Paediatric Sleep Lab Nurse", "Sleep Lab", "Lab Nurse"),
    ("Neurophysiology Physiologist", "Neurophysiology", "Neurophysiology Physiologist"),
])
def test_the_field_a_title_names_is_asked_and_the_job_itself_is_not(title, field, job):
    # a span of the title's words that ends on its role ("Clinic Lead", "Learning Facilitator") is the job; one that
    # names the field the title names ("Work Based Learning", "Weight Management") is what the job asks
    text = f"- Experience in {field}.\n- Previous work as a {job} is welcome.\n- Pentaho"
    others, _, _ = chips(text, {field: "knowledge", job: "knowledge", "Pentaho": "knowledge"}, title=title)
    assert field in others and job not in others and "Pentaho" in others


def test_a_word_of_praise_is_no_part_of_a_skills_mention(resources):
    # "Effective" says how well, not what: the mention is the skill's own words, as the page wrote them
    said = mentions("Analyst\n\nRequirements\n- Effective communication and teamwork abilities.\n", resources)
    assert said["Communication"] == ["communication"]
    # control: a name that opens on such a word keeps it
    gmc = mentions("Doctor\n\nRequirements\n- Work in line with Good Medical Practice.\n", resources)
    assert gmc["Good Medical Practice (GMC)"] == ["Good Medical Practice"]


@pytest.mark.parametrize(("text", "skill"), [
    ("Our Norfolk location is seeking a registered nurse who has a positive attitude, with a strong multitasking and "
     "customer service skill set.", "Multitasking"),
    ("We would welcome applications from experienced nurses and paramedics who have excellent communication skills.",
     "Communication"),
    ("Our ideal team member will have experience in customer service.", "Customer Service"),
])
def test_whom_the_employer_seeks_is_asked_though_the_sentence_is_its_own(resources, text, skill):
    # "Our ... is seeking a nurse with ...": the employer's words describe the candidate, so what they name is asked
    assert skill in found(f"Nurse\n\n{text}\n\nRequirements\n- NMC PIN\n", resources)


def test_the_employers_own_trait_is_still_no_ask(resources):
    text = "Nurse\n\nWe are a collaborative team that is seeking growth in new markets.\n\nRequirements\n- NMC PIN\n"
    assert "Collaboration" not in found(text, resources)


@pytest.mark.parametrize(("text", "elided"), [
    ("Good analytical and problem-solving skills.", "Analytical Skills"),
    ("Strong organizational and time management skills.", "Organizational Skills"),
    ("Excellent listening and negotiation skills.", "Active Listening"),
    ("Good analytical, organisational and communication skills.", "Organizational Skills"),
    ("Experience in project and programme management.", "Project Management"),
])
def test_a_name_whose_skills_a_coordination_leaves_to_its_last_item_is_read(text, elided):
    # "analytical and problem-solving skills": the "skills" of "analytical" is the one after "problem-solving"
    assert elided in names(text)


def test_words_that_share_no_skills_head_stay_unread():
    # controls: "new" names no skill; a list without a shared head elides nothing
    assert not names("You will develop new skills and abilities.")
    assert "Analytical Skills" not in names("An analytical chemistry lab; communication skills are a plus.")
