"""A Swiss board's <title> "Learning Designer – STEM (80%-100%) - Job Offer at Evulpo AG - jobs.ch": the
job's own title holds a dash, then "Job Offer at" names the employer; its facts list says "Place of
work: Zürich" (batch first, read as an unknown site). The heading's title is kept whole, the employer
read from "Job Offer at", the place from "Place of work". Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting, sites, titles

PAGE = """<html><head><title>Learning Designer – STEM (80%-100%) - Job Offer at Lumen Lernen AG - Jobbox</title>
</head><body><main>
<h1>Learning Designer – STEM (80%-100%)</h1>
<p><a href="/company/55">Lumen Lernen AG</a></p><p>Winterthur</p>
<h2>Key information</h2>
<ul><li>Publication date: 15 July 2025</li><li>Workload: 80 – 100%</li>
<li>Contract type: Unlimited employment</li><li>Place of work: Winterthur</li></ul>
<h2>Tasks</h2><ul><li>Design curriculum-aligned maths and science content</li>
<li>Work with product and design teams on digital learning</li></ul>
<h2>Skills</h2><ul><li>Knowledge of the Swiss curriculum</li><li>Clear, structured communication</li></ul>
</main></body></html>"""


def test_the_employer_the_title_names_after_a_title_with_a_dash():
    _, suffixes = sites.load_sites()
    found = titles.split_title("Learning Designer – STEM (80%-100%) - Job Offer at Lumen Lernen AG - Jobbox", suffixes,
                               known_title="Learning Designer – STEM (80%-100%)")
    assert (found["title"], found["company"]) == ("Learning Designer – STEM (80%-100%)", "Lumen Lernen AG")


def test_place_of_work_is_the_location_and_the_town_is_no_employer():
    posting = parse_posting(PAGE)
    assert (posting.company, posting.location) == ("Lumen Lernen AG", "Winterthur")
