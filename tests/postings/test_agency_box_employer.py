"""A staffing agency's job page names the agency only in its own box beside the job ("Why Acme
Staffing?", "About Acme Staffing" and sentences naming it), never under the title or in the <title>
(batch h28a review). The heading names the employer when the name recurs in the page's text; a stray
heading ("Why Join Us?", "Why Remote Work?") or a job board's box names nobody. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>Care Assistant Jobs</title></head><body><main>
<h1>Care Assistant</h1>
<div><span>Location</span> <span>North London</span></div>
<div><span>Duration</span> <span>Permanent</span></div>
<p>We are hiring an experienced Care Assistant on a permanent basis for the North London area.</p>
<h2>Responsibilities:</h2><ul><li>Help clients dress, bathe and eat</li><li>Give medication on time</li>
<li>Support clients who cannot move on their own</li></ul>
<h2>Requirements:</h2><ul><li>Proven experience as a personal care assistant</li><li>A valid driving licence</li></ul>
</main><aside><h2>{heading}</h2>
<p>Clients trust {name} to find staff fast, and {name} answers within hours.</p>
<p>With years of experience, {name} works with firms in every sector.</p></aside></body></html>"""


@pytest.mark.parametrize("heading", ["Why Brightwell Staffing?", "About Brightwell Staffing"])
def test_the_agency_named_by_its_own_box(heading):
    assert parse_posting(PAGE.format(heading=heading, name="Brightwell Staffing")).company == "Brightwell Staffing"


@pytest.mark.parametrize("heading, name", [
    ("Why Join Us?", "Brightwell Staffing"),  # names nobody
    ("Why Brightwell Staffing?", "our team"),  # the name said once, in its heading only
])
def test_a_heading_alone_names_no_employer(heading, name):
    assert parse_posting(PAGE.format(heading=heading, name=name)).company is None
