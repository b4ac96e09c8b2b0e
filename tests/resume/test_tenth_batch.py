"""Tailoring and import on traits of real resumes found in the tenth batch (synthetic fixtures in
``traits10.py``)."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn

from credstack.resume.structure import read_layout

from . import traits10
from .test_layouts import HEADING, assert_nothing_lost, lines, tailor


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
