"""A job board's export that lost an ad's line breaks, pasted as text (batch h33p: a LinkedIn export
record): the ad's fact lines run together ("Job Title: Certified Journeyman ElectricianCompany: CMD
ElectricLocation: San Diego"), a heading runs into the sentence before it ("... or reach booms. CMD
Offers:Comprehensive Medical"), and the text's own heading line names the job more briefly than the
ad's "Job Title:" line does. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.glued import repair_glued
from credstack.postings.sections import classify

TEXT = """Journeyman Electrician
Harbor Line Electric - Springfield Metropolitan Area

Job Title: {label_title}Company: Harbor Line ElectricLocation: SpringfieldJob Type: Full-TimeCompensation: $40.00 - $48.00/hour
About Harbor Line Electric: For twenty years we have built commercial and multifamily projects across the state, on time and injury-free.
Position Duties & Responsibilities:Install conduit, wiring and panels in commercial buildings.Read blueprints and electrical drawings.Test and troubleshoot circuits before handover.Keep the work area clean and the tools locked up. Physical Demands & Requirements:Lift 50 lbs from the ground.Climb ladders and work from lifts.Work outdoors in all weather. Harbor Line Offers:Medical and dental coverage.Paid holidays.A retirement plan with a company match.
"""


def test_run_together_fact_labels_are_read_one_by_one():
    posting = parse_posting(TEXT.format(label_title="Certified Journeyman Electrician"))
    assert posting.company == "Harbor Line Electric"
    assert posting.location == "Springfield"
    assert posting.employment_type == "Full-time"


def test_the_heading_line_names_the_job_the_label_only_qualifies():
    assert parse_posting(TEXT.format(label_title="Certified Journeyman Electrician")).title == "Journeyman Electrician"


def test_a_labelled_title_that_names_another_job_replaces_the_heading():
    # the control: the heading line does not hold the ad's title, so the ad's own label wins
    assert parse_posting(TEXT.format(label_title="Electrical Foreman")).title == "Electrical Foreman"


def test_a_heading_run_into_the_sentence_before_it_heads_its_section():
    posting = parse_posting(TEXT.format(label_title="Certified Journeyman Electrician"))
    kinds = {s.heading: s.kind for s in posting.sections}
    assert kinds.get("Harbor Line Offers") == "benefits"
    assert kinds.get("Physical Demands & Requirements") == "requirements"


def test_a_fact_label_glued_to_a_word_gets_its_own_line():
    assert "\nCompany: Harbor" in repair_glued("Job Title: Certified ElectricianCompany: Harbor Line ElectricLocation: Springfield")


@pytest.mark.parametrize("text", [
    "Set the ContentType: header on each request.",  # a short label word ends a CamelCase name
    "Our JavaScript team ships weekly. Acme Offers: medical, dental and a pension plan.",  # no glued colon
])
def test_names_and_spaced_colons_stay_as_written(text):
    assert repair_glued(text) == text


@pytest.mark.parametrize("heading, kind", [
    ("Harbor Line Offers", "benefits"), ("What Acme Offers:", "benefits"),
    ("Similar Job Offers", None), ("Job Offers", None), ("Latest offers", None),
])
def test_what_an_employer_offers_is_its_benefits(heading, kind):
    assert classify(heading) == kind
