"""Tailoring and import on traits of real resumes found in the tenth batch (synthetic fixtures in
``traits10.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume.structure import classify_heading, read_layout
from credstack.skills.vocabulary import load_vocabulary

from . import traits10
from .test_layouts import HEADING, assert_nothing_lost, lines, tailor


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: suggestions_from_resume(data, vocabulary, catalog)


def test_header_cells_typed_in_a_heading_style_are_the_header_not_its_sections():
    """Address cells in "Heading 1" at body size beside the name, above "Heading 2" sections drawn
    larger: the header block ends at the table, the first section is Education, and the new section
    goes between them in the body (not into the address cell)."""
    original = traits10.header_cells_in_a_heading_style()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text == "Education"
    assert all(h.text != "1112 Budapest, Hungary" for h in found.headings)
    result = tailor(original)
    placed = lines(result.data)
    after = [t for t, _ in placed]
    heading = next(i for i, t in enumerate(after) if t.casefold() == HEADING.casefold())
    assert after.index("1112 Budapest, Hungary") < heading < after.index("Education")
    assert not any(a.tag == qn("w:tc") for a in placed[heading][1].iterancestors())  # in the body
    assert_nothing_lost(original, result.data)


@pytest.mark.parametrize("text, kind", [
    ("Education - לימודים", "education"),
    ("LAnguages - שפות", "other"),
    ("professional trainings & certificates - הכשרה מקצועית ותעודות", "certifications"),
    ("Освіта:", "education"),
    ("Досвід", "experience"),
    ("Навички", "skills"),
    ("Мови", "other"),
    ("Experience - London", None),  # one script: a heading and its place, no gloss
    ("Python - Django", None),
])
def test_a_heading_glossed_after_a_dash_in_another_script_and_ukrainian_headings(text, kind):
    assert classify_heading(text) == kind


def test_a_long_bilingual_trainings_heading_heads_the_certifications(read):
    """Eight words with its Hebrew gloss, longer than a heading: still the trainings section, whose
    certificate the import suggests."""
    found = read_layout(Document(io.BytesIO(traits10.bilingual_dash_headings())))
    kinds = {h.text: h.kind for h in found.headings}
    assert kinds.get("Professional trainings & certificates - הכשרה מקצועית ותעודות") == "certifications"
    names = [c["name"] for c in read(traits10.bilingual_dash_headings()).certifications]
    assert any("React Udemy certificate" in n for n in names)


def test_the_cambridge_certificate_of_proficiency_named_without_its_language(read):
    names = [c["name"] for c in read(traits10.languages_with_cambridge_proficiency()).certifications]
    assert "Cambridge Certificate of Proficiency" in names
    assert not any("Welding" in n for n in names)  # no Cambridge, no English: not the language exam


def test_courses_named_with_their_online_platform_outside_a_certifications_section(read):
    found = read(traits10.courses_named_with_their_platform()).certifications
    by_name = {c["name"]: c for c in found}
    assert by_name["Python for Data Science and Machine Learning Bootcamp"]["issuer"] == "Udemy"
    assert by_name["Python for Data Science and Machine Learning Bootcamp"]["issued"] == "2017-07"
    assert by_name["Fundamentals of Quantitative Modelling"]["issuer"] == "Coursera"
    assert "Introduction to Corporate Finance" in by_name
    # an employer under experience and a platform named in a sentence make no course
    assert not any("Support Engineer" in n or "React" in n for n in by_name)


def test_a_course_glued_to_the_link_of_its_certificate(read):
    found = read(traits10.course_glued_to_its_certificate_link()).certifications
    by_name = {c["name"]: c for c in found}
    assert by_name["Вступ до програмування"]["url"] == "https://www.example.com/ua/pdf/cert-108415"
    assert not any("portfolio" in n or "completed" in n for n in by_name)
