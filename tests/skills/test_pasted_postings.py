"""Postings pasted as a few plain lines, without the headings a job page has: what they ask is still
read, with the real span tagger (the shipped model) and the whole analysis."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.postings import parse_posting


@pytest.fixture(scope="module")
def resources():
    from credstack.resources import Resources

    return Resources.load()


def skills(text: str, resources) -> set[str]:
    return {s.name for s in analyze(parse_posting(text), resources).skills}


@pytest.mark.parametrize(("text", "asked"), [
    # the tagger gives "Python" 0.03 here: a tool named in unheaded text stands whatever it reads
    ("Data Engineer\nAcme builds logistics software for retailers.\n"
     "We need a data engineer who knows Python, SQL and Airflow.\nYou will build pipelines on AWS.",
     {"Python", "Apache Airflow", "AWS"}),
    # everything under an inline "About us:" label that opens the paste
    ("About us: We are a small clinic. We are looking for an RN with BLS and ACLS, experience in wound care "
     "and Epic charting.", {"Wound Care", "Epic Systems", "Basic Life Support"}),
    # one paragraph that opens with the company and asks in the same breath
    ("Company description: Acme builds logistics software. The role: build pipelines with Python and Airflow "
     "on AWS. Experience with dbt is a plus.", {"Python", "Apache Airflow", "dbt"}),
    # the duties under a one-line "Job benefits:" label
    ("Warehouse Associate\nJob benefits: health insurance, 401k.\nPick and pack orders, operate a forklift, load trucks.",
     {"Forklift Operation"}),
])
def test_a_pasted_posting_without_headings_keeps_what_it_asks(text, asked, resources):
    assert asked <= skills(text, resources)


def test_an_about_us_part_beside_real_requirements_is_still_left_out(resources):
    text = ("About us\nAcme builds logistics software with Kafka and Salesforce for retailers.\n\n"
            "Requirements\n- 3+ years of Python\n- SQL")
    found = skills(text, resources)
    assert {"Python", "SQL"} <= found and not found & {"Apache Kafka", "Salesforce"}


def test_a_benefits_line_alone_asks_for_nothing(resources):
    assert skills("Warehouse Associate\nBenefits: health insurance, 401k, paid time off.", resources) == set()


GUARD = ("Armed Security Guard\n\nWe are hiring a security officer for a hospital campus in Springfield, IL. "
         "The Officer will also build good relations with patients and visitors and take part in safety planning, "
         "emergency preparedness and incident response. Must hold a valid state guard card and a handgun permit.")


def test_the_duty_sentence_of_a_posting_without_headings_keeps_its_skills(resources):
    # the tagger, trained on tech postings, gives these duties little probability in unheaded text;
    # a sentence saying what the officer will do is read as a duties section would be
    assert {"Safety Planning", "Emergency Preparedness", "Incident Response"} <= skills(GUARD, resources)


def test_the_same_words_about_the_employer_stay_out(resources):
    text = GUARD.replace("The Officer will also build good relations with patients and visitors and take part in",
                         "Our campus has won awards for its")
    assert not {"Safety Planning", "Emergency Preparedness", "Incident Response"} & skills(text, resources)
