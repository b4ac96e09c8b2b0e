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
    i = next(k for k, p in enumerate(paragraphs) if p.text.strip().casefold() == heading.casefold())
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
    run = heading.runs[0]._r  # looks as their headings are drawn: not bold or italic, 13 pt, in colour
    assert run.rPr.find(W + "rtl") is None and run.rPr.find(W + "b") is None and run.rPr.find(W + "i") is None
    assert heading.runs[0].font.color.rgb is not None


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


def _row_of(data: bytes, heading: str):
    d = Document(io.BytesIO(data))
    for tr in d.element.body.iter(W + "tr"):
        if any("".join(t.text or "" for t in p.iter(W + "t")).casefold() == heading.casefold()
               for p in tr.iter(W + "p")):
            return tr
    raise AssertionError("no row holds the new heading")


def test_a_copied_heading_row_of_exact_height_grows_with_the_new_heading():
    original = traits.heading_row_of_fixed_height()
    result = tailor(original)
    height = _row_of(result.data, HEADING).find(W + "trPr/" + W + "trHeight")
    assert height is not None and height.get(W + "hRule") == "atLeast"
    after = texts(result.data)  # the section above the user's first heading, in the table
    assert after.index(HEADING) < after.index("Berufserfahrung")


def test_a_sideways_heading_cell_is_tall_enough_for_the_new_heading():
    result = tailor(traits.rotated_heading_cells())
    tr = _row_of(result.data, HEADING)
    cell = tr.find(W + "tc")
    assert cell.find(W + "tcPr/" + W + "textDirection").get(W + "val") == "btLr"  # turned like theirs
    height = tr.find(W + "trPr/" + W + "trHeight")
    # 41 characters of 14 pt on at most 2 lines across a 992-twip cell need about 3,000 twips
    assert height.get(W + "hRule") == "atLeast" and int(height.get(W + "val")) >= 2500


def test_the_new_heading_is_indented_with_the_spaces_their_headings_are_typed_after():
    result = tailor(traits.headings_indented_with_spaces())
    heading, _ = entry_paragraphs(result.data, HEADING + ":")
    assert heading.runs[0].text == "      " and heading.runs[1].text == HEADING + ":"
    assert heading.runs[1].font.size.pt == 14


def test_a_photo_reaching_up_beside_the_first_heading_is_pointed_out():
    from credstack.cli import format_changes

    result = tailor(traits.photo_reaching_up_beside_the_first_heading())
    assert result.changes.layout_warning and "picture" in result.changes.layout_warning
    assert "Warning: A picture" in format_changes(result.changes.to_dict())
    below = tailor(traits.photo_reaching_up_beside_the_first_heading(offset_emu=50800))  # hangs down: no overlap
    assert below.changes.changed and below.changes.layout_warning is None


@pytest.mark.parametrize("first", ["MY STORY", "PERSONAL PROFILE"])
def test_a_line_in_the_documents_heading_style_is_no_name(first):
    original = traits.headings_in_a_style_of_their_own(first)
    found = read_layout(Document(io.BytesIO(original)))
    assert found.name is None or found.name.text != first
    assert found.first_section is not None and found.first_section.text == first
    after = [t.casefold() for t in texts(tailor(original).data)]
    assert after.index("mobile:07808 000000email:sam@gower.example") < after.index(HEADING.casefold()) \
        < after.index(first.casefold())


def test_no_headings_the_header_block_runs_to_the_last_contact_line():
    result = tailor(traits.no_headings_long_address_line())
    after = texts(result.data)
    assert after.index("Correo electrónico: simon@ejemplo.cl") < after.index(HEADING) < after.index(
        "Habilidades para el inglés (nivel medio), la computación y el dibujo.")
    heading, entries = entry_paragraphs(result.data)  # like the text below it (11 pt), the heading in bold
    assert heading.runs[0].bold and heading.runs[0].font.size.pt == 11
    assert all(r.font.size.pt == 11 for p in entries for r in p.runs if r.text.strip())
