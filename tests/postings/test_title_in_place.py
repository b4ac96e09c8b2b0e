"""A career site's page title writes the job "in" its place ("Software Engineer II in United Kingdom |
GitHub, Inc.", as iCIMS Jibe sites do; batch p15's unknown-site view): the place is a fact of the
posting, not part of the job's name, as a place after a dash already was. A subject or field after "in"
("Lecturer in Law", "Specialist in Oncology") stays. Synthetic fixture with its controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Northwind Logistics</title></head>
<body><div>
<h2>Job Description</h2>
<p><strong>About Northwind</strong></p>
<p>Northwind Logistics runs cross-dock warehouses for supermarkets and hospitals.</p>
<p><strong>Responsibilities</strong></p>
<ul><li>Load and unload lorries safely</li><li>Keep the yard's stock records up to date</li></ul>
<p><strong>Qualifications</strong></p>
<ul><li>A counterbalance forklift licence</li><li>Two years of warehouse experience</li></ul>
</div></body></html>"""


@pytest.mark.parametrize(("title", "job"), [("Forklift Driver in United Kingdom", "Forklift Driver"),
                                            ("Forklift Driver in Reno, NV", "Forklift Driver")])
def test_the_place_after_in_is_not_the_job(title, job):
    assert parse_posting(PAGE.format(title=title).encode()).title == job


@pytest.mark.parametrize("title", ["Lecturer in Law", "Specialist in Oncology Nursing"])
def test_a_field_after_in_is_the_job(title):
    # controls: what follows "in" names the job's field, no place
    assert parse_posting(PAGE.format(title=title).encode()).title == title
