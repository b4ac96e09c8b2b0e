"""Placement on the traits of the fourth batch of real resumes (one synthetic fixture each, in
``traits4.py``); the no-line-lost property runs over them too (``test_layouts``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume import LayoutUnsupported
from credstack.resume.structure import classify_heading, read_layout

from . import traits4
from .test_layouts import FIRST, HEADING, W, lines, tailor, texts


def cell_of(element) -> str | None:
    """Where the nearest table cell holding ``element`` is (its path in the document)."""
    cell = next(element.iterancestors(W + "tc"), None)
    return cell.getroottree().getpath(cell) if cell is not None else None


def outer_cell_of(element) -> str | None:
    """Where the outermost table cell holding ``element`` is."""
    cells = list(element.iterancestors(W + "tc"))
    return cells[-1].getroottree().getpath(cells[-1]) if cells else None


def find(data: bytes, prefix: str):
    return next(el for text, el in lines(data) if text.casefold().startswith(prefix.casefold()))


def test_entries_under_a_heading_that_labels_a_row_go_in_the_cell_beside_it():
    result = tailor(traits4.certificates_row_beside_its_label())
    assert result.changes.section == "merged" and result.changes.heading == "Courses and Certifications"
    label, entry, old = (find(result.data, t) for t in ("Courses and Certifications", FIRST, "Data Science with"))
    assert cell_of(entry) != cell_of(label)  # not squeezed under the label in the narrow cell
    assert cell_of(entry) == cell_of(old)  # with the section's own lines, first
    after = texts(result.data)
    assert after.index("Courses and Certifications") < after.index(next(t for t in after if t.startswith(FIRST))) \
        < after.index("Data Science with Python (46h)")


def test_a_sidebar_built_of_tables_leaves_the_new_section_to_the_main_column():
    data = tailor(traits4.sidebar_of_tables_beside_main_column()).data
    heading, entry = find(data, HEADING), find(data, FIRST)
    main, sidebar = outer_cell_of(find(data, "WORK EXPERIENCE")), outer_cell_of(find(data, "MARIA PETROVA"))
    assert outer_cell_of(heading) == main and outer_cell_of(entry) == main and main != sidebar
    after = [t.casefold() for t in texts(data)]
    assert after.index(HEADING.casefold()) < after.index("work experience")


def test_a_template_with_prompt_controls_is_no_form_and_its_heading_controls_keep_their_entries():
    data = tailor(traits4.template_of_content_controls()).data  # no LayoutUnsupported: prompts are no fields
    heading, entry, education = find(data, HEADING), find(data, FIRST), find(data, "Education")
    assert cell_of(heading) == cell_of(entry) == cell_of(education)  # all in the main column's cell
    after = [t.casefold() for t in texts(data)]
    assert after.index(HEADING.casefold()) < after.index(next(t for t in after if t.startswith(FIRST.casefold()))) \
        < after.index("education") < after.index("[university] - [degree]")


@pytest.mark.parametrize("line, kind", [("># 个人情况", "summary"), ("项目介绍", "experience"),
                                        ("핵심역량", "skills"), ("주요경력", "experience"), ("어학능력", "other"),
                                        ("관심 분야", "other")])
def test_more_chinese_and_korean_section_names(line, kind):
    assert classify_heading(line) == kind


def test_a_section_name_in_the_headings_look_with_a_short_value_after_its_colon_begins_the_sections():
    original = traits4.heading_with_a_value_after_its_colon()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text == "Образование: высшее"
    assert found.header_end is not None and found.header_end.text == "Место жительства: Санкт-Петербург"
    after = texts(tailor(original).data)
    assert after.index("Место жительства: Санкт-Петербург") < after.index(HEADING) < after.index("Образование: высшее")


def test_a_labelled_line_is_no_heading_when_no_heading_of_the_document_looks_like_it():
    found = read_layout(Document(io.BytesIO(traits4.heading_with_a_value_after_its_colon(other_headings=False))))
    assert "Образование: высшее" not in {h.text for h in found.headings}


def test_a_lead_in_sentence_naming_training_in_the_headings_look_is_the_certifications_section():
    original = traits4.training_introduced_by_a_lead_in()
    lead_in = "Completed further training and workshops, the most important:"
    result = tailor(original)
    assert result.changes.section == "merged" and result.changes.heading == lead_in
    after = texts(result.data)
    assert after.count(lead_in) == 1 and HEADING not in after
    assert after.index(lead_in) < after.index(next(t for t in after if t.startswith(FIRST))) \
        < after.index("- Time management")


def test_the_same_sentence_in_body_text_is_no_heading():
    found = read_layout(Document(io.BytesIO(traits4.training_introduced_by_a_lead_in(heading_look=False))))
    assert all(h.kind != "certifications" for h in found.headings)


def test_a_certificates_row_of_columns_gets_a_row_under_it_spanning_its_columns():
    original = traits4.certificates_row_of_columns()
    result = tailor(original)
    assert result.changes.section == "merged" and result.changes.heading == "자격증"
    after = texts(result.data)
    entry = next(t for t in after if t.startswith(FIRST))
    assert after.index("DSAC 3급") < after.index(entry) < after.index("어학능력")  # under the row, before the next
    row = next(find(result.data, FIRST).iterancestors(W + "tr"))
    cells = row.findall(W + "tc")
    assert len(cells) == 2 and not "".join(cells[0].itertext()).strip()  # the label's column empty
    assert cells[1].find(W + "tcPr/" + W + "gridSpan").get(W + "val") == "3"  # one cell across the columns
    assert texts(original) == [t for t in after if t in texts(original)]


def test_a_certificates_label_heading_a_forms_column_is_still_refused():
    with pytest.raises(LayoutUnsupported):
        tailor(traits4.certificates_row_of_columns(label_first=False))


@pytest.mark.parametrize("icon", [False, True])
def test_a_heading_ruled_by_a_line_shape_is_copied_with_its_rule_and_a_fresh_drawing_id(icon):
    data = tailor(traits4.headings_ruled_by_a_shape(icon=icon)).data
    heading = find(data, HEADING)
    root = Document(io.BytesIO(data)).element
    ids = root.xpath("//wp:docPr/@id")
    assert len(ids) == len(set(ids))  # no drawing id repeated
    drawn = heading.findall(".//" + W + "drawing")
    if icon:
        assert not drawn  # a small square is an icon, not the headings' rule
    else:
        assert len(drawn) == 1 and heading.xpath(".//wp:docPr/@id")[0] not in ("10", "11")
        texts_in_order = ["".join(r.xpath("./w:t/text()")).strip() for r in heading.findall(W + "r")]
        assert texts_in_order[0] == HEADING and texts_in_order[-1] == ""  # the rule after the text


def test_no_heading_in_the_text_and_details_in_text_boxes_is_refused_not_placed_among_the_entries():
    with pytest.raises(LayoutUnsupported) as refused:
        tailor(traits4.drawn_titles_boxed_details())
    assert "text boxes" in refused.value.reason
    after = texts(tailor(traits4.drawn_titles_boxed_details(boxed=False)).data)  # all in the body: placed
    assert HEADING in after
