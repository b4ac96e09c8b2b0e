"""A board that keeps the job's facts at the top of the text it gives the job, right under the
title: "Posted Today by Acme", an applicants count, "Competitive salary", then the place split over
two elements ("Leeds" and ", West Yorkshire") and "Permanent, full-time" (batch h30p-check). The
place is read from those opening lines, its parts joined; a place named in the first paragraph of
prose further down is not. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><head><title>Jobs board</title></head><body><main>
<h1>Software Engineer</h1>
<div><p>Posted Today by <span>Northwind Consulting</span></p>
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


def test_the_place_among_the_opening_facts():
    assert parse_posting(PAGE.format(town="Leeds", county="West Yorkshire")).location == "Leeds, West Yorkshire"


def test_no_place_in_the_opening_facts_places_nothing():
    assert parse_posting(PAGE.format(town="Flexible hours", county="generous pension")).location is None
