"""A UK board's job page names the advertiser only in the line under the title that gives the job's
age: "Posted Today by" then the name in its own element (batch h30p-check). The name after "Posted
<when> by" is the company; a blog's "Posted on <date> by <author>" and a bare "Posted by <author>"
name no employer. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>Jobs board</title></head><body><main>
<h1>Software Engineer</h1>
<div><p>{posted} <span>{name}</span></p>
<p>Be one of the first ten applicants</p>
<p>Competitive salary</p>
<p>Permanent, full-time</p>
<p>About Us</p>
<p>We are an award-winning technology consultancy, a team of creative problem solvers who have been
finding better ways to solve complex problems for leading organisations since 1993.</p>
<p>About the Role</p>
<ul><li>Build applications with Java, C# and Go</li><li>Automate deployment with Kubernetes and Terraform</li></ul>
<p>About You</p>
<ul><li>You enjoy building complex software</li><li>You know CI/CD, testing and architecture</li></ul>
</div></main></body></html>"""


@pytest.mark.parametrize("posted", ["Posted Today by", "Posted 19 April by", "Posted 3 days ago by"])
def test_the_advertiser_beside_the_jobs_age(posted):
    assert parse_posting(PAGE.format(posted=posted, name="Northwind Consulting")).company == "Northwind Consulting"


@pytest.mark.parametrize("posted", ["Posted on 3 March 2016 by", "Posted by"])
def test_an_author_is_no_employer(posted):
    assert parse_posting(PAGE.format(posted=posted, name="Jane Doe")).company is None
