"""Bad input never crashes the parser: it yields a posting or NoPostingFound with a reason."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credstack.postings import NoPostingFound, parse_posting
from credstack.postings.model import SectionKind

JOB = ("<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>3+ years of Go</li><li>PostgreSQL</li></ul>"
       "<h2>Responsibilities</h2><p>Build APIs for our payments team. You will own services end to end.</p>")


@pytest.mark.parametrize("data, reason", [
    ("", "empty"), ("   \n\t ", "empty"), (b"", "empty"),
    (b"\x00\x01\x02" * 4000, "binary"),
    ("<html><body></body></html>", "no readable text"),
    ("<html><head><title>Breaking news</title></head><body><article><h1>Storm hits coast</h1>"
     "<p>Heavy rain fell across the region overnight, flooding several roads near the harbour.</p>"
     "<p>Officials said the weather would improve by the weekend.</p></article></body></html>", "no job title"),
    ("ok", "too short"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20, "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 50, "Word"),
])
def test_inputs_without_a_posting_say_why(data, reason):
    with pytest.raises(NoPostingFound) as info:
        parse_posting(data)
    assert reason in info.value.reason


def test_fifty_thousand_nested_elements():
    page = "<html><body>" + "<div>" * 50_000 + JOB + "</div>" * 50_000 + "</body></html>"
    posting = parse_posting(page)  # runs of wrapper tags are collapsed, so the posting is found
    assert posting.title == "Backend Engineer" and "PostgreSQL" in posting.description


@pytest.mark.parametrize("opener", ["<div><span>x</span>", "<ul><li>", "<b><i>", "<table><tr><td>"])
def test_deep_interleaved_nesting_never_crashes(opener):
    page = "<html><body>" + opener * 30_000 + JOB + "</body></html>"
    try:
        posting = parse_posting(page)
    except NoPostingFound as exc:  # past the parser's depth limit the text may be lost, with a reason
        assert exc.reason
    else:
        assert isinstance(posting.description, str)


def test_ten_megabyte_page():
    filler = "<div class='row'><p>" + "lorem ipsum dolor sit amet " * 20 + "</p></div>"
    page = "<html><body>" + JOB + filler * (10 * 1024 * 1024 // len(filler)) + "</body></html>"
    assert len(page) > 10 * 1024 * 1024
    posting = parse_posting(page)
    assert "PostgreSQL" in posting.description


def test_mis_declared_utf8_page():
    page = ("<html><head><meta charset='iso-8859-1'><title>x</title></head><body>" + JOB +
            "<p>Caf\u00e9 culture, na\u00efve \u2014 r\u00e9sum\u00e9</p></body></html>").encode("utf-8")
    posting = parse_posting(page)
    assert "Caf\u00e9 culture, na\u00efve \u2014 r\u00e9sum\u00e9" in posting.description  # UTF-8 bytes win


def test_plain_text_posting_has_sections_from_its_lines():
    text = ("Data Analyst\nAcme Corp\n\nWhat you'll do\n- Build dashboards in Tableau\n\nRequirements:\n"
            "- 2+ years of SQL\n- Excel\n\nNice to have: Python, dbt\n\nBenefits\n- Remote work\n")
    posting = parse_posting(text)
    assert posting.title == "Data Analyst" and posting.site == "text"
    kinds = {str(s.kind): s.text for s in posting.sections}
    assert "SQL" in kinds["requirements"] and "Tableau" in kinds["responsibilities"]
    assert kinds["preferred"] == "Python, dbt"  # a lead-in phrase opens its own section
    assert "Remote work" in kinds["benefits"]


def test_bold_paragraph_headings_and_lead_ins():
    page = ("<html><body><h1>Nurse</h1><p><b>Qualifications</b></p><ul><li>Active RN license</li>"
            "<li>Nice to have: ICU experience</li><li>BLS certification</li></ul>"
            "<p><strong>About us</strong></p><p>We are a community hospital serving the valley since 1950.</p>"
            "</body></html>")
    posting = parse_posting(page)
    sections = [(str(s.kind), s.text) for s in posting.sections]
    assert ("preferred", "ICU experience") in sections
    reqs = [t for k, t in sections if k == "requirements"]
    assert any("RN license" in t for t in reqs) and any("BLS" in t for t in reqs)
    assert any(k == "about_company" for k, _ in sections)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "<b>", "</b>", "<h2>",
                                 "</h2>", "<script>", "</script>", "<!--", "-->", "&amp;", "&lt;", "<br>",
                                 "Requirements", "Python", "\u2019", "\x00", "<![CDATA[", "]]>", "<table><tr><td>",
                                 "<a href='x'>", "</a>", "{", "}", '"@type":"JobPosting"',
                                 "<script type='application/ld+json'>"]), max_size=60),
       st.text(max_size=200))
def test_junk_html_never_crashes(tokens, text):
    page = "".join(tokens) + text
    try:
        posting = parse_posting(page)
    except NoPostingFound as exc:
        assert exc.reason
    else:
        assert isinstance(posting.description, str)
        assert all(isinstance(s.kind, SectionKind) for s in posting.sections)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data):
    try:
        parse_posting(data)
    except NoPostingFound as exc:
        assert exc.reason
