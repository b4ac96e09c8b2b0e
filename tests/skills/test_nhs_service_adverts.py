"""What batch 35's real NHS adverts (bench/nontech_real.py --split held-occ25: equality and diversity,
dosimetry, simulation education, clinical genetics, wheelchair services, falls prevention, patient safety,
speak-up guardians) showed: the Trust's own statements (its COVID-19 measures, "As a Trust, we offer ...",
a project's aims), the DBS fee and overseas police lines, training the starter will receive and a
registration the post does not lead to are no skills asked; a duty told of the job's holders in the plural
("Clinicians within the Wheelchair Service are responsible for ...") is; no name runs on into the next list
item; "Ward C" is no C, "embedding a culture" no Embeddings; and names the vocabulary lacked (equality,
diversity and inclusion; clinical simulation and its manikins; wheelchair and seating prescription;
grammar and spelling; a barred list check). Synthetic postings, with controls where a word could mislead."""

from __future__ import annotations

import pytest
from tests.skills.conftest import found, mentions, names


def _posting(title: str, line: str) -> str:
    return f"{title}\n\nRequirements\n- {line}\n"


@pytest.mark.parametrize("paragraph", [
    "As a Trust, we offer and encourage staff to complete COVID-19 risk assessments and working at home "
    "risk assessments to identify additional support measures.",
    "As part of the Trust's response to COVID-19, strict health and safety measures and infection prevention "
    "and control have been put into place.",
    "As with any healthcare setting that cares for patients, we adhere to nationally mandated infection "
    "prevention and control policies.",
])
def test_the_trusts_own_measures_are_no_skills_asked(resources, paragraph):
    text = f"Freedom to Speak Up Guardian\n\nYou will support staff to raise concerns.\n\n{paragraph}\n"
    assert not {"Risk Assessment", "Infection Control", "Workplace Safety"} & found(text, resources)


def test_infection_control_asked_of_the_candidate_is_kept(resources):
    text = _posting("Healthcare Assistant", "You will follow infection prevention and control policies.")
    assert "Infection Control" in found(text, resources)


def test_a_projects_aims_are_no_skills_asked(resources):
    text = ("Research Dosimetrist\n\nThis work aims to develop advanced artificial intelligence approaches for "
            "the rapid planning of palliative radiotherapy.\n\nRequirements\n- Experience in treatment planning\n")
    assert "Artificial Intelligence" not in found(text, resources)
    control = _posting("Data Scientist", "Experience with artificial intelligence and machine learning.")
    assert "Artificial Intelligence" in found(control, resources)


def test_the_dbs_fee_and_overseas_police_lines_are_policy(resources):
    text = ("Patient Safety Advisor\n\nRequirements\n- Registered nurse\n\n"
            "Applicants who subscribe to the DBS update service and are able to present a valid DBS "
            "certificate will not incur a charge.\n\n"
            "If you have lived or worked abroad for 6 months or more in the last 5 years you will need to "
            "obtain an overseas police clearance.\n")
    assert "Background Checks" not in found(text, resources)
    control = _posting("Care Assistant", "You must be registered with the DBS update service.")
    assert "Background Checks" in found(control, resources)


def test_a_barred_list_check_is_a_background_check_not_a_skill_of_its_own(resources):
    text = _posting("Falls Coordinator", "This post requires an Enhanced with Barred list check.")
    said = mentions(text, resources)
    assert "Barred list check" in said.get("Background Checks", []) and not any("Barred" in name for name in said)


def test_training_the_starter_will_receive_is_not_asked(resources):
    text = ("Cancer Genetics Nurse\n\nThe post holder will gather family history information. The successful "
            "post holder will receive education and training in clinical genetics/genomics and genetic software.\n")
    assert "Genetics" not in found(text, resources)


def test_a_registration_the_post_does_not_lead_to_is_not_asked(resources):
    line = "Applicants should be aware this post does not qualify for registration with the HCPC."
    assert "HCPC Registration" not in found(_posting("Genetics Coordinator", line), resources)
    control = _posting("Radiographer", "Must hold registration with the HCPC.")
    assert "HCPC Registration" in found(control, resources)


def test_a_duty_told_of_the_jobs_holders_in_the_plural_is_the_jobs(resources):
    text = ("Wheelchair Therapist\n\nClinicians within the Wheelchair Service are responsible for the assessment "
            "and prescription of specialist wheelchairs, powered wheelchairs, associated postural seating and "
            "custom made seating.\n")
    assert {"specialist wheelchairs", "powered wheelchairs", "postural seating", "custom made seating"} <= set(
        mentions(text, resources).get("Seating and Postural Management", []))


def test_no_name_runs_on_into_the_next_list_item(resources):
    text = ("Patient Safety Coordinator\n\nRequirements\n- first level registered nurse, other allied health "
            "professional\n- Degree or equivalent qualification\n")
    assert "Professional Degree" not in found(text, resources)
    assert "Professional Degree" in names("A professional degree in pharmacy.")


def test_a_ward_letter_is_no_programming_language(resources):
    assert "C" not in names("Band 6 NOC Ward C/OxGEM Genetic Triage Nurse, working with computers")
    assert "C" in names("Firmware in C and C++ for embedded Linux")


def test_embedding_a_culture_is_no_embeddings(resources):
    text = _posting("Freedom to Speak Up Guardian", "Contribute to embedding a culture of speaking up.")
    assert "Embeddings" not in found(text, resources)
    control = _posting("ML Engineer", "Experience with embeddings and vector databases in Python.")
    assert "Embeddings" in found(control, resources)


@pytest.mark.parametrize("line", [
    "Experience working in the equality, diversity, and inclusion field.",
    "A passion for equality and diversity and experience of an Equality, Diversity and Inclusion strategy.",
])
def test_equality_diversity_and_inclusion_in_the_uk_words(resources, line):
    assert "Diversity, Equity and Inclusion" in found(_posting("EDI Advisor", line), resources)


def test_simulation_manikins_name_clinical_simulation_but_a_weighted_manikin_is_a_fitness_test(resources):
    text = _posting("Simulation Technician", "Look after and move clinical skills equipment and manikins for teaching.")
    assert "Clinical Simulation" in found(text, resources)
    test = _posting("Emergency Care Assistant", "You must be able to carry a 12 stone manikin up and down stairs.")
    assert "Clinical Simulation" not in found(test, resources)


def test_working_with_computers_and_good_grammar_and_spelling(resources):
    text = _posting("Simulation Coordinator", "A passion for working with computers. Excellent education with "
                    "good grammar and spelling.")
    skills = found(text, resources)
    assert {"Digital Literacy", "Spelling and Grammar"} <= skills
    assert "Spelling and Grammar" not in found(_posting("Teacher", "Experience in a grammar school."), resources)


def test_payable_is_an_adjective_payables_the_accounts(resources):
    line = "This post requires an Enhanced DBS check, the cost of which is payable by the successful candidate."
    assert "Accounts Payable" not in found(_posting("Falls Coordinator", line), resources)
    assert "Accounts Payable" in names("Experience with payables, receivables and month-end close")
    assert "Accounts Receivable" in names("Manage accounts payable and receivable to ensure payments are up to date")
    assert "Accounts Payable" not in names("Fees are payable monthly in advance.")
