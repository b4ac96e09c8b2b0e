"""An employer's own career site is often named for its vacancies, not for the employer alone: the
<title> or og:site_name reads "Careers at Northwind Traders", "Ledige stillinger på Nordby
Universitet", "Karriere bei Nordwerk", "Vacatures bij Noordhaven". When no other part of the page
names the employer, that site name is what the company is read from, and "Careers at" is not part of
the employer's name ("Work with us" names none). Seen on the pages corpus (batch h27p: a Danish
university's vacancy page titled "Ledige stillinger på ..." gave that whole title as the company).
Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>{site}</title><meta property="og:site_name" content="{site}"></head><body>
<nav><a href="/">Home</a> <a href="/jobs">All vacancies</a></nav>
<main><h1>Laboratory Technician</h1>
<p>We are looking for a laboratory technician to join our chemistry group from 1 March.</p>
<h2>Your tasks</h2><ul><li>Prepare samples and run routine analyses</li><li>Keep the instruments calibrated</li></ul>
<h2>Your profile</h2><ul><li>A technician's training in chemistry or biology</li><li>Two years in a laboratory</li></ul>
</main></body></html>"""


@pytest.mark.parametrize(("site", "company"), [
    ("Careers at Northwind Traders", "Northwind Traders"),
    ("Jobs at Northwind Traders", "Northwind Traders"),
    ("Ledige stillinger på Nordby Universitet", "Nordby Universitet"),
    ("Lediga jobb på Nordby Kommun", "Nordby Kommun"),
    ("Karriere bei Nordwerk GmbH", "Nordwerk GmbH"),
    ("Vacatures bij Noordhaven", "Noordhaven"),
    ("Offres d'emploi chez Nordval", "Nordval"),
])
def test_a_site_named_for_its_vacancies_names_the_employer_after_the_phrase(site, company):
    assert parse_posting(PAGE.format(site=site)).company == company


@pytest.mark.parametrize(("site", "company"), [
    ("Northwind Traders", "Northwind Traders"),
    ("Northwind Careers", "Northwind"),  # the suffix form was already read so
])
def test_a_site_named_for_the_employer_is_read_as_before(site, company):
    assert parse_posting(PAGE.format(site=site)).company == company


def test_work_with_us_names_no_employer():
    assert parse_posting(PAGE.format(site="Work with us")).company in (None, "Work with us")
