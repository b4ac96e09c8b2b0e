"""A one-page sidebar resume built as a table (a name row, then one row holding the sidebar and
the main column) keeps its content on page 1 after tailoring: the row the new entries make longer
may break across pages instead of moving whole to page 2 and leaving page 1 holding only the name
(LibreOffice keeps a row whole when its cell opens with a "keep with next" heading, and any
renderer when the row is marked ``w:cantSplit``). Rows that are one record of a section keep how
they break."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement

from .docs import save
from .test_layouts import FIRST, assert_nothing_lost, lines, tailor

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _sidebar_resume(*, certificates: bool = True, cant_split: bool = False) -> bytes:
    """A name row above a row holding a sidebar (Profile, Contact, Certificates under "Heading 3",
    a style kept with the next paragraph) beside the main column (Education, Experience)."""
    d = Document()
    assert d.styles["Heading 3"].paragraph_format.keep_with_next  # the template's heading styles
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 1).paragraphs[0].add_run("JORDAN REYES").bold = True
    side, main = table.cell(1, 0), table.cell(1, 1)
    side.paragraphs[0].text = "Profile"
    side.paragraphs[0].style = d.styles["Heading 3"]
    side.add_paragraph("Curious and patient technician who likes to learn new things.")
    side.add_paragraph("Contact", style="Heading 3")
    side.add_paragraph("jordan@example.org")
    if certificates:
        side.add_paragraph("Certificates", style="Heading 3")
        side.add_paragraph("Course in computer networks")
    side.add_paragraph("Skills", style="Heading 3")
    side.add_paragraph("Hardware repair")
    main.paragraphs[0].text = "Education"
    main.paragraphs[0].style = d.styles["Heading 2"]
    main.add_paragraph("Technical High School, 2018 – 2023")
    main.add_paragraph("Experience", style="Heading 2")
    main.add_paragraph("Sales assistant, PC Home, 2023")
    main.add_paragraph("Repair technician, PC Home, 2023")
    if cant_split:
        for row in table.rows:
            _no_split(row)
    return save(d)


def _rows(data: bytes):
    return Document(io.BytesIO(data)).element.body.find(W + "tbl").findall(W + "tr")


def _top_keep(row) -> list[str | None]:
    """Each cell's first paragraph's own keepNext value ("0" when lifted, None when not set)."""
    out = []
    for tc in row.findall(W + "tc"):
        keep = tc.find(W + "p").find(W + "pPr/" + W + "keepNext")
        out.append(None if keep is None else keep.get(W + "val", "1"))
    return out


def test_a_sidebar_row_that_takes_the_entries_may_break_across_pages():
    original = _sidebar_resume()
    result = tailor(original)
    assert result.changes.section == "merged"
    after = [t for t, _ in lines(result.data)]
    assert after.index("Certificates") < next(i for i, t in enumerate(after) if t.startswith(FIRST))
    assert_nothing_lost(original, result.data)
    name_row, content_row = _rows(result.data)
    # the cells' top headings no longer hold the row together; the user's other headings keep
    # their style's "keep with next" (nothing of theirs is set directly)
    assert _top_keep(content_row) == ["0", "0"]
    others = [p for p in content_row.iter(W + "p") if p.find(W + "pPr/" + W + "keepNext") is not None]
    assert [p.find(W + "pPr/" + W + "pStyle").get(W + "val") for p in others] == ["Heading3", "Heading2"]
    assert _top_keep(name_row) == [None, None]


def test_a_sidebar_row_marked_not_to_split_may_split_once_it_grows_and_the_name_row_stays_whole():
    result = tailor(_sidebar_resume(cant_split=True))
    name_row, content_row = _rows(result.data)
    assert content_row.find(W + "trPr/" + W + "cantSplit") is None
    assert name_row.find(W + "trPr/" + W + "cantSplit") is not None  # not made longer: untouched


def test_a_new_section_in_the_main_column_lets_its_row_break_too():
    result = tailor(_sidebar_resume(certificates=False))
    assert result.changes.section == "added"
    assert _top_keep(_rows(result.data)[1]) == ["0", "0"]


def test_control_rows_holding_one_section_each_keep_how_they_break():
    """A label | content table, one section a row, each row kept whole: the certificates row takes
    the entries and stays a row that does not split (a record, not the page's layout)."""
    d = Document()
    d.add_paragraph("JORDAN REYES").runs[0].bold = True
    table = d.add_table(rows=3, cols=2)
    for r, (label, text) in enumerate([("Education", "Technical High School, 2018 – 2023"),
                                       ("Certificates", "Course in computer networks"),
                                       ("Experience", "Repair technician, PC Home, 2023")]):
        table.cell(r, 0).paragraphs[0].text = label
        table.cell(r, 0).paragraphs[0].style = d.styles["Heading 3"]
        table.cell(r, 1).paragraphs[0].text = text
        _no_split(table.rows[r])
    original = save(d)
    result = tailor(original)
    assert result.changes.section == "merged"
    assert_nothing_lost(original, result.data)
    rows = _rows(result.data)
    assert all(row.find(W + "trPr/" + W + "cantSplit") is not None for row in rows)
    assert all(keep is None for row in rows for keep in _top_keep(row))
    assert any(t.startswith(FIRST) for t, _ in lines(result.data))
