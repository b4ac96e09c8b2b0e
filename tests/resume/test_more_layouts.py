"""Placement and style on the traits of the second batch of real resumes (one synthetic fixture
each, in ``traits.py``); the no-line-lost property runs over them too (``test_layouts``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume import LayoutUnsupported
from credstack.resume.structure import read_layout

from . import traits
from .test_layouts import HEADING, W, tailor, texts


def entry_paragraphs(data: bytes, heading: str = HEADING):
    d = Document(io.BytesIO(data))
    paragraphs = d.paragraphs
    i = next(k for k, p in enumerate(paragraphs) if p.text.casefold() == heading.casefold())
    return paragraphs[i], paragraphs[i + 1:i + 3]


def test_an_entry_title_beginning_with_a_section_word_is_no_heading():
    original = traits.degree_titles_in_education()
    found = read_layout(Document(io.BytesIO(original)))
    assert "Licence Informatique" not in {h.text for h in found.headings}
    result = tailor(original)
    after = texts(result.data)
    assert result.changes.section == "added"
    heading = next(t for t in after if t.casefold() == HEADING.casefold())
    assert after.index(heading) < after.index("FORMATION")
    i = after.index("Licence Informatique")  # the degree and its line stay together, untouched
    assert after[i + 1] == "Université Jean-Monnet, Saint-Etienne"


def test_hebrew_headings_found_and_the_section_goes_before_the_first_right_to_left():
    original = traits.hebrew_right_to_left()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text == "פרופיל"
    assert found.name is None or found.name.text != "פרופיל"
    result = tailor(original)
    after = texts(result.data)
    assert after.index(HEADING) < after.index("פרופיל")
    heading, entries = entry_paragraphs(result.data)
    for p in (heading, *entries):
        assert p._p.pPr.find(W + "bidi") is not None  # written right to left like the rest


def test_no_headings_the_section_goes_after_the_personal_details_not_among_the_entries():
    original = traits.lebenslauf_without_headings()
    after = texts(tailor(original).data)
    new = after.index(HEADING)
    assert after.index("Staatsangehörigkeitbulgarisch") < new < after.index("Seit 02/2021Umschulung zum Fachinformatiker")


def test_entries_are_not_right_aligned_like_a_dated_first_line():
    result = tailor(traits.right_aligned_dated_lines())
    heading, entries = entry_paragraphs(result.data)
    assert all(p.alignment in (None, 0, 3) for p in entries)  # left or justified, like body text


def test_entries_copy_the_plain_text_run_not_an_italic_date():
    result = tailor(traits.italic_dates_before_text())
    heading, entries = entry_paragraphs(result.data)
    for p in entries:
        assert p.runs and not any(r.italic for r in p.runs if r.text.strip())


def test_hebrew_arabic_and_korean_section_names():
    from credstack.resume.structure import classify_heading

    assert [classify_heading(n) for n in ("השכלה", "ניסיון תעסוקתי:", "הסמכות", "الخبرة المهنية", "الشهادات",
                                         "자격증", "경력 사항", "קורות חיים")] == [
        "education", "experience", "certifications", "experience", "certifications", "certifications", "experience",
        "title"]


@pytest.mark.parametrize("build, words", [
    (traits.form_of_content_controls, "form with fill-in fields"),
    (traits.heading_in_a_narrow_newspaper_column, "narrow newspaper column"),
])
def test_layouts_that_cannot_take_a_section_are_refused_with_the_section_apart(build, words):
    with pytest.raises(LayoutUnsupported) as info:
        tailor(build())
    assert words in str(info.value) and HEADING in texts(info.value.section_docx)


def test_equal_newspaper_columns_still_take_the_section():
    original = traits.heading_in_a_narrow_newspaper_column()
    d = Document(io.BytesIO(original))
    cols = d.element.body.xpath(".//w:cols")[0]
    for col in cols.findall(W + "col"):
        col.set(W + "w", "5000")  # two equal columns: none is narrow
    out = io.BytesIO()
    d.save(out)
    after = [t.casefold() for t in texts(tailor(out.getvalue()).data)]
    assert after.index(HEADING.casefold()) < after.index("education")
