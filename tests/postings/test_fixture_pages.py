"""Every fixture page (written in the real markup of its site) yields the right posting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from credstack.postings import parse_posting

PAGES = Path(__file__).parent / "pages"
FIXTURES = sorted(PAGES.glob("*/*.html"))


def load(path: Path):
    expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text())
    return parse_posting(path.read_bytes(), url=expected.get("url")), expected


@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.stem}" for p in FIXTURES])
def test_fixture_page(path):
    posting, expected = load(path)
    assert posting.title == expected["title"]
    assert posting.company == expected["company"]
    assert expected["location_contains"] in (posting.location or "")
    for phrase in expected["contains"]:
        assert phrase in posting.description, phrase
    for phrase in expected["not_contains"]:
        assert phrase not in posting.description, phrase
    kinds = [str(s.kind) for s in posting.sections]
    for kind in expected["sections"]:
        assert kind in kinds, (kind, kinds)


def test_fixtures_cover_every_site_named_in_the_issue():
    sites = {p.parent.name for p in FIXTURES}
    assert {"linkedin", "indeed", "glassdoor", "greenhouse", "lever", "workday", "ashby", "smartrecruiters", "seek",
            "monster", "dice", "careerbuilder", "company", "old", "jsonld"} <= sites


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
