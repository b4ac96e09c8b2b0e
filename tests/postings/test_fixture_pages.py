"""Every fixture page (written in the real markup of its site) yields the right posting.

Each ``pages/<site>/<name>.html`` (or ``.mhtml``, a page saved as a single file, or ``.txt``)
has ``<name>.expected.json`` beside it: title, company, ``location_contains``, phrases the
description must and must not contain, the section kinds it must have, and optionally ``site``,
``employment_type``, ``salary_contains``, ``date_posted``, ``in_section`` / ``not_in_section``
({kind: [phrases]}) and ``url`` (passed to the parser as the extension would). Pages with
``"no_posting": true`` must be refused with a reason containing ``reason_contains``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from credstack.postings import NoPostingFound, parse_posting

PAGES = Path(__file__).parent / "pages"
FIXTURES = sorted([*PAGES.glob("*/*.html"), *PAGES.glob("*/*.mhtml"), *PAGES.glob("*/*.txt")])


def expected_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))


def load(path: Path):
    expected = expected_of(path)
    return parse_posting(path.read_bytes(), url=expected.get("url")), expected


def section_text(posting, kind: str) -> str:
    return "\n".join(f"{s.heading}\n{s.text}" for s in posting.sections if str(s.kind) == kind)


@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURES])
def test_fixture_page(path):
    expected = expected_of(path)
    if expected.get("no_posting"):
        with pytest.raises(NoPostingFound) as info:
            parse_posting(path.read_bytes(), url=expected.get("url"))
        assert expected["reason_contains"] in info.value.reason
        return
    posting, expected = load(path)
    assert posting.title == expected["title"]
    assert posting.company == expected["company"]
    assert expected["location_contains"] in (posting.location or ""), posting.location
    for phrase in expected["contains"]:
        assert phrase in posting.description, phrase
    for phrase in expected["not_contains"]:
        assert phrase not in posting.description, phrase
    kinds = [str(s.kind) for s in posting.sections]
    for kind in expected["sections"]:
        assert kind in kinds, (kind, kinds)
    for key in ("site", "employment_type", "date_posted"):
        if key in expected:
            assert getattr(posting, key) == expected[key], key
    if "salary_contains" in expected:
        assert expected["salary_contains"] in (posting.salary or ""), posting.salary
    for kind, phrases in expected.get("in_section", {}).items():
        for phrase in phrases:
            assert phrase in section_text(posting, kind), (kind, phrase)
    for kind, phrases in expected.get("not_in_section", {}).items():
        for phrase in phrases:
            assert phrase not in section_text(posting, kind), (kind, phrase)


def test_fixtures_cover_every_site_named_in_the_issue():
    sites = {p.parent.name for p in FIXTURES}
    assert {"linkedin", "indeed", "glassdoor", "greenhouse", "lever", "workday", "ashby", "smartrecruiters", "seek",
            "monster", "dice", "careerbuilder", "company", "old", "jsonld", "text"} <= sites


def test_fixtures_cover_layouts_named_in_the_issue():
    """JSON-LD present and absent, LinkedIn logged-in and guest, old encodings, microdata."""
    html = {p: p.read_bytes() for p in FIXTURES if p.suffix == ".html"}
    with_jsonld = [p for p, b in html.items() if b"application/ld+json" in b and b"JobPosting" in b]
    assert len(with_jsonld) >= 4 and len(html) - len(with_jsonld) >= 10
    assert any(b"itemtype" in b and b"JobPosting" in b for b in html.values())
    names = {f"{p.parent.name}/{p.stem}" for p in html}
    assert {"linkedin/guest", "linkedin/logged_in", "old/html4_cp1252"} <= names


def test_site_is_recognised_by_url_and_by_markup():
    indeed = (PAGES / "indeed" / "view.html").read_bytes()
    assert parse_posting(indeed, url="https://www.indeed.com/viewjob?jk=1").site == "indeed"
    assert parse_posting(indeed, url=None).site == "indeed"  # a saved page without its URL


def test_requirement_sections_hold_the_right_lines():
    posting, _ = load(PAGES / "linkedin" / "guest.html")
    by_kind = {str(s.kind): s.text for s in posting.sections}
    assert "5+ years of experience with Python and SQL" in by_kind["requirements"]
    assert "Kafka" in by_kind["preferred"] and "Kafka" not in by_kind["requirements"]
    assert "401(k)" in by_kind["benefits"]


def test_structured_fields_from_json_ld():
    posting, _ = load(PAGES / "jsonld" / "graph_escaped.html")
    assert posting.employment_type == "Full-time"
    assert posting.salary == "$140,000–$170,000 a year"
    assert posting.date_posted == "2024-05-02"
    assert "<li>" not in posting.description and "- Design and build" in posting.description


def test_description_keeps_paragraph_and_list_breaks():
    posting, _ = load(PAGES / "greenhouse" / "board.html")
    assert "\n\nRequirements\n- 5+ years" in posting.description
