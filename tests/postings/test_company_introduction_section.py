"""A section under a heading that names no part ("Description", "Overview") whose text only
introduces the employer (batch p14-check: "##Description" / "AKQA is a global interactive agency
..." ahead of "##Summary", "##Required Experience") is about the company. A "Job Description" that
says the employer is hiring and what the job does stays the job's, and so does an introduction
that lists duties, or one with no job section after it. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

POST = """---
title: Account Director
company: Harbor Lane Media, Inc.
location: Portland, OR
---

##Description
{description}

##Responsibilities
* Lead the agency's largest client accounts
* Build yearly marketing plans with the client

##Required Experience
* 8+ years of agency experience
"""

INTRO = ("Harbor Lane Media is an independent advertising agency with offices in Portland and Seattle. "
         "We have built brands for outdoor and food companies since 2004.")


def _kinds(description: str) -> dict[str, str]:
    return {s.heading: str(s.kind) for s in parse_posting(POST.format(description=description)).sections}


def test_a_description_that_only_introduces_the_employer_is_about_it():
    kinds = _kinds(INTRO)
    assert kinds["Description"] == "about_company"
    assert kinds["Responsibilities"] == "responsibilities"


def test_a_description_of_the_job_stays_the_job():
    hiring = ("Harbor Lane Media is seeking an Account Director to run its largest accounts. "
              "You will own budgets and lead a team of five.")
    assert _kinds(hiring)["Description"] != "about_company"
    listing = INTRO + "\n* Own client budgets\n* Lead a team of five"
    assert _kinds(listing)["Description"] != "about_company"


def test_no_job_section_after_it_leaves_it_as_it_was():
    text = POST.format(description=INTRO).split("##Responsibilities")[0] + "##Benefits\n* Health cover\n"
    kinds = {s.heading: str(s.kind) for s in parse_posting(text).sections}
    assert kinds["Description"] != "about_company"
