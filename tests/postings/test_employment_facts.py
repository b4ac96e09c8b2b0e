"""Employment type when a page states it more than once (batch h28p): several labelled facts, a
page's own label beside the structured data's value, and a site's own words in place of
schema.org's values. Synthetic fixtures, one per trait."""

from __future__ import annotations

import json

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import telling_employment_type

DUTIES = "<h2>Duties</h2><ul><li>Dispatch vehicles for the clinic and log every trip.</li>" \
         "<li>Schedule patient transport and keep the drivers' records current.</li></ul>"


def _page(facts: str, json_ld: dict | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    return f"<html><head><title>Transport Dispatcher</title>{script}</head><body><main>" \
           f"<h1>Transport Dispatcher</h1><p>Riverside Clinic</p>{facts}{DUTIES}</main></body></html>"


def _facts(*pairs: tuple[str, str]) -> str:
    return "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in pairs)


def test_the_hours_tell_more_than_a_usual_tenure():
    page = _page(_facts(("Appointment type", "Permanent"), ("Work schedule", "Full-Time")))
    assert parse_posting(page).employment_type == "Full-time"


def test_a_fixed_term_tells_more_than_the_hours():
    page = _page(_facts(("Appointment type", "Fixed term"), ("Work schedule", "Full-Time")))
    assert parse_posting(page).employment_type == "Temporary"


def test_the_fact_labelled_as_the_employment_type_wins():
    page = _page(_facts(("Job type", "Permanent"), ("Working hours", "Full-time")))
    assert parse_posting(page).employment_type == "Permanent"


def test_a_job_type_that_names_no_type_gives_way_to_the_others():
    page = _page(_facts(("Working hours", "Full time (37 hours)"), ("Job type", "Regular position")))
    assert parse_posting(page).employment_type == "Full-time"


def test_the_page_label_wins_over_the_structured_datas_value():
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Transport Dispatcher",
              "employmentType": ["PART_TIME", "FULL_TIME"],
              "hiringOrganization": {"@type": "Organization", "name": "Riverside Clinic"}}
    page = _page(_facts(("Workload", "80 – 100%"), ("Contract type", "Unlimited employment")), record)
    assert parse_posting(page).employment_type == "Permanent"


def test_a_sites_own_words_for_the_type_are_read_as_a_type():
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Transport Dispatcher",
              "employmentType": "umowa zlecenie, kontrakt B2B",
              "hiringOrganization": {"@type": "Organization", "name": "Riverside Clinic"},
              "description": "<p>Dispatch vehicles for the clinic and log every trip.</p>"}
    assert parse_posting(_page("", record)).employment_type == "Contract"


def test_words_that_name_no_type_stay_as_the_site_wrote_them():
    record = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Transport Dispatcher",
              "employmentType": "Seasonal roster", "description": "<p>Dispatch vehicles for the clinic.</p>"}
    assert parse_posting(_page("", record)).employment_type == "Seasonal roster"


@pytest.mark.parametrize("text, named", [
    ("Permanent / Full-Time", "Full-time"),
    ("Full-Time / Internship", "Internship"),
    ("Part-time, Full-time", None),  # a workload range tells neither
    ("Part-time, Full-time / Unlimited employment", "Permanent"),
    ("pełny etat", "Full-time"),
    ("全职", "Full-time"),
    ("Regular position", None),
])
def test_the_most_telling_type_among_stated_facts(text, named):
    assert telling_employment_type(text) == named


def test_b2b_in_a_description_is_no_contract():
    page = _page("", None).replace("Dispatch vehicles", "Sell our B2B platform and dispatch vehicles")
    assert parse_posting(page).employment_type is None



# A board's metadata bar above the title ("Leeds, West Yorkshire", "Permanent, full-time") and an
# ad whose prose says "permanent" of something else (batch h30p).
_BAR = "<div><p>£40,000 - £55,000 per annum</p><p>Leeds, West Yorkshire</p><p><a href='/jobs/permanent'>" \
       "Permanent</a>, <a href='/jobs/full-time'>full-time</a></p></div>"
_RIGHT_TO_WORK = "<p>Only those with the permanent and unrestricted right to live and work in the UK will be " \
                 "considered for this role.</p>"


def test_a_line_of_facts_naming_two_types_states_the_most_telling():
    page = f"<html><body><main>{_BAR}<h1>Transport Dispatcher</h1>{DUTIES}{_RIGHT_TO_WORK}</main></body></html>"
    assert parse_posting(page).employment_type == "Full-time"


def test_a_permanent_right_to_work_is_no_permanent_job():
    page = f"<html><body><main><h1>Transport Dispatcher</h1>{DUTIES}{_RIGHT_TO_WORK}</main></body></html>"
    assert parse_posting(page).employment_type is None
    role = page.replace("</main>", "<p>This is a permanent position with a pension.</p></main>")
    assert parse_posting(role).employment_type == "Permanent"


def test_permanent_before_the_job_and_a_permanent_contract_name_a_permanent_post():
    from credstack.postings.employment import find_employment_type

    assert find_employment_type("We are recruiting for permanent Band 5 Chaplains.", in_prose=True) == "Permanent"
    assert find_employment_type("Open to citizens and permanent residents.", in_prose=True) is None
    assert telling_employment_type("FULL TIME, PERMANENT CONTRACT") == "Full-time"
