"""A page title that repeats the job's heading word for word gives no employer (batch p15's Ashby
records: "<title>Customer Experience Agent - Denver</title>" over "<h1>Customer Experience Agent -
Denver</h1>" read "Denver" as the company, and "Chicago ORD", a data centre's site, likewise); what
follows the heading's own separator is the job's wording. A page title adding a part the heading does not
print still names the employer. Synthetic fixture with its controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body><main>
<h1>{heading}</h1>
<div><h2>Location</h2><p>{place}</p><h2>Employment Type</h2><p>Full time</p></div>
<p>Our support team answers card and payment questions for small businesses, by chat and by phone.</p>
<p><strong>What You'll Do</strong></p>
<ul><li>Answer customer chats</li><li>Resolve card disputes</li></ul>
<p><strong>What You Need</strong></p>
<ul><li>Two years of customer support experience</li></ul>
</main></body></html>"""


def _company(page_title: str, heading: str, place: str) -> str | None:
    return parse_posting(PAGE.format(page_title=page_title, heading=heading, place=place).encode()).company


@pytest.mark.parametrize(("title", "place"), [("Customer Experience Agent - Denver", "Denver, CO"),
                                              ("Data Center Operations Engineer - Chicago ORD",
                                               "Elk Grove Village, IL - Data Center")])
def test_the_heading_s_own_words_name_no_employer(title, place):
    assert _company(title, title, place) is None


@pytest.mark.parametrize("page_title", ["Customer Experience Agent - Brightline Payments",
                                        "Customer Experience Agent | Brightline Payments"])
def test_a_page_title_adding_the_employer_still_names_it(page_title):
    # control: the heading prints the job alone, the page title adds who is hiring
    assert _company(page_title, "Customer Experience Agent", "Denver, CO") == "Brightline Payments"
