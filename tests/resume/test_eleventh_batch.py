"""Tailoring on traits of real resumes found in the eleventh batch (synthetic fixtures in
``traits11.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume.structure import _edge_certifications, read_layout

from . import traits11
from .test_layouts import HEADING, assert_nothing_lost, lines, tailor


@pytest.mark.parametrize("heading, bold", [("Extracurricular courses:", True), ("Cursos qualificação:", False),
                                           ("Cursos qualificação:", True),
                                           ("Actualizaciones y Formación Continua:", True)])
def test_a_courses_heading_with_a_word_of_its_own_is_the_certifications_section(heading, bold):
    """The courses heading names its courses with a qualifying word ('extracurricular',
    'qualificação', 'actualizaciones y'): the new entries join it, under that heading, and no
    second certifications heading is added."""
    original = traits11.qualified_courses_heading(heading, bold)
    found = read_layout(Document(io.BytesIO(original)))
    kinds = {h.text: h.kind for h in found.headings}
    assert kinds[heading] == "certifications"
    assert kinds["Computer knowledge:"] != "certifications"
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    assert not any(t.casefold() == HEADING.casefold() for t in after)  # no second heading
    at = after.index(heading)
    entry = next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))
    assert at < entry < after.index("2013: Literary translation workshop at Example University") + 3
    assert after.count(heading) == 1
    moved = {heading, "2022: TESOL Advanced Certificate from an online provider",
             "2013: Literary translation workshop at Example University"}
    assert_nothing_lost(original, result.data, moved)


@pytest.mark.parametrize("heading, bold", [("Courses taught:", True), ("Courses taught:", False),
                                           ("Cursos ministrados:", True), ("Relevant courses:", False)])
def test_courses_the_person_taught_are_no_certifications_section(heading, bold):
    """A lecturer's 'Courses taught' (or a degree's 'Relevant courses'): the new section is added
    above the first section, and the taught courses stay where they were, under their heading."""
    original = traits11.courses_taught(heading, bold)
    found = read_layout(Document(io.BytesIO(original)))
    assert {h.text: h.kind for h in found.headings}[heading] != "certifications"
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    new = next(i for i, t in enumerate(after) if t.rstrip(":").casefold() == HEADING.casefold())
    assert new < after.index("Education:") < after.index(heading) < after.index("HIST 101 World History")
    assert not any(t.startswith("Google Data Analytics") for t in after[after.index(heading):])
    assert_nothing_lost(original, result.data)


@pytest.mark.parametrize("text, edge", [
    ("Extracurricular courses", True),
    ("Cursos qualificação:", True),
    ("Actualizaciones y Formación Continua:", True),
    ("Qualificação extra curricular:", False),  # computer knowledge, no courses named
    ("Computer knowledge", False),
    ("Courses", False),  # one word: the lexicon's own name, not a qualified one
    ("Courses I took at the university in my spare time", False),  # a sentence, not a heading
    ("Courses taught", False),
    ("Cursos impartidos", False),
])
def test_a_heading_beginning_or_ending_with_a_certifications_name(text, edge):
    assert _edge_certifications(text) is edge
