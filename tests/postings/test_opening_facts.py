"""A UK board that keeps the job's facts at the top of the text it gives the job, right under the
title: "Posted Today by Acme", an applicants count, "Competitive salary", then the place split over
two elements ("Leeds" and ", West Yorkshire") and "Permanent, full-time" (batch h30p-check).

The place is read from those opening lines, its parts joined; a place named in the first paragraph
of prose further down is not. The name after "Posted <when> by" is the advertiser, the company; a
blog's "Posted on <date> by <author>" and a bare "Posted by <author>" name no employer. Synthetic
fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>Jobs board</title></head><body><main>
<h1>Software Engineer</h1>
<div><p>{posted} <span>{name}</span></p>
<p>Be one of the first ten applicants</p>
<p>Competitive salary</p>
<p><span>{town}</span> <span>, {county}</span></p>
<p><span>Permanent</span>, <a href="#">full-time</a></p>
<p>About Us</p>
<p>We are an award-winning technology consultancy, a team of creative problem solvers who have been
finding better ways to solve complex problems for leading organisations since 1993.</p>
<p>About the Role</p>
<ul><li>Build applications with Java, C# and Go</li><li>Automate deployment with Kubernetes and Terraform</li></ul>
<p>About You</p>
<ul><li>You enjoy building complex software</li><li>You know CI/CD, testing and architecture</li></ul>
</div></main></body></html>"""


def page(posted: str = "Posted Today by", name: str = "Northwind Consulting", town: str = "Leeds",
         county: str = "West Yorkshire") -> str:
    return PAGE.format(posted=posted, name=name, town=town, county=county)


def test_the_place_among_the_opening_facts():
    assert parse_posting(page()).location == "Leeds, West Yorkshire"


def test_no_place_in_the_opening_facts_places_nothing():
    assert parse_posting(page(town="Flexible hours", county="generous pension")).location is None


@pytest.mark.parametrize("posted", ["Posted Today by", "Posted 19 April by", "Posted 3 days ago by"])
def test_the_advertiser_beside_the_jobs_age(posted):
    assert parse_posting(page(posted=posted)).company == "Northwind Consulting"


@pytest.mark.parametrize("posted", ["Posted on 3 March 2016 by", "Posted by"])
def test_an_author_is_no_employer(posted):
    assert parse_posting(page(posted=posted, name="Jane Doe")).company is None
