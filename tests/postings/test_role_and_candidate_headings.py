"""Headings batch p14 showed the section vocabulary lacked: "What we look for in our bank nurses:"
and "You're good at and enjoy" ask for something (requirements), "Scope and Nature of Role" says
what the job is (responsibilities). A heading that only looks like them keeps its own kind:
"What we look forward to" is no list of demands, "Scope of Services" is about the company's work,
not the job's. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><body><main>
<h1>Rink Attendant</h1>
<p>Northside Ice Arena - Duluth, MN</p>
<h3>Scope and Nature of Role</h3>
<p>Responsible for resurfacing the ice between sessions and keeping the benches clean.</p>
<h3>You're good at and enjoy</h3>
<ul><li>Working early mornings and weekends</li><li>Talking with skaters and parents</li></ul>
<h3>What we look for in our attendants:</h3>
<ul><li>A valid driver's license</li><li>Able to lift 50 pounds</li></ul>
<h3>{control}</h3>
<p>Northside Ice Arena runs public skating, youth hockey and figure skating programs year round.</p>
</main></body></html>"""


def _kinds(control: str) -> dict[str, str]:
    posting = parse_posting(PAGE.format(control=control))
    return {s.heading.strip(" :"): str(s.kind) for s in posting.sections}


def test_role_and_candidate_headings():
    kinds = _kinds("About the arena")
    assert kinds["Scope and Nature of Role"] == "responsibilities"
    assert kinds["You're good at and enjoy"] == "requirements"
    assert kinds["What we look for in our attendants"] == "requirements"


def test_headings_that_only_look_like_them():
    assert _kinds("What we look forward to")["What we look forward to"] != "requirements"
    assert _kinds("Scope of Services")["Scope of Services"] != "responsibilities"
