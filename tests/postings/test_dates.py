"""Posting dates: written dates parsed whole (not cut to 10 characters), ages counted back from the
page's own day."""

from __future__ import annotations

import json
from datetime import date

import pytest

from credstack.postings import parse_posting
from credstack.postings.dates import parse_date

SEEN = date(2024, 3, 10)


@pytest.mark.parametrize(("stated", "day"), [
    ("March 5, 2024", "2024-03-05"),  # was "March 5, 2" when the value was cut to 10 characters
    ("5 March 2024", "2024-03-05"),
    ("2024-03-05T04:32:09+03:00", "2024-03-05"),  # the day as stated, not moved to UTC
    ("05.03.2024", "2024-03-05"),
    ("5. März 2024", "2024-03-05"),
    ("3 days ago", "2024-03-07"),
    ("Posted 2 weeks ago", "2024-02-25"),
    ("30+ days ago", "2024-02-09"),
    ("yesterday", "2024-03-09"),
    ("vor 3 Tagen", "2024-03-07"),
    ("il y a 2 jours", "2024-03-08"),
    ("hace 5 días", "2024-03-05"),
])
def test_stated_dates(stated, day):
    assert parse_date(stated, SEEN) == day


@pytest.mark.parametrize("stated", ["Full-time", "March 5", "", None, "2024-13-45", "We have 3 offices",
                                    "a" * 200])
def test_not_dates(stated):
    assert parse_date(stated, SEEN) is None


def _page(date_posted: str, head: str = "", header: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Payroll Clerk",
            "hiringOrganization": {"@type": "Organization", "name": "Harbour Foods"},
            "description": "<p>Process weekly payroll for 300 staff. You have two years of payroll experience "
                           "and know Excel well. Responsibilities include reconciling timesheets.</p>"}
    if date_posted:
        data["datePosted"] = date_posted
    return (f"<html><head>{head}<title>Payroll Clerk</title><script type='application/ld+json'>"
            f"{json.dumps(data)}</script></head><body><h1>Payroll Clerk</h1>{header}"
            "<p>Process weekly payroll for 300 staff. You have two years of payroll experience and know Excel "
            "well. Responsibilities include reconciling timesheets.</p></body></html>")


def test_json_ld_written_date_is_read_whole():
    assert parse_posting(_page("March 5, 2024")).date_posted == "2024-03-05"


def test_age_in_header_counts_from_the_pages_own_day():
    page = _page("", head='<meta http-equiv="last-modified" content="2024-03-10">',
                 header="<p>Harbour Foods · Leeds · Posted 3 days ago</p>")
    assert parse_posting(page).date_posted == "2024-03-07"
