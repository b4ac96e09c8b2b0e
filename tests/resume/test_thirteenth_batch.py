"""Tailoring on traits of real resumes found in the thirteenth batch (synthetic fixtures in
``traits13.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume.structure import read_layout

from . import traits13
from .test_layouts import HEADING, W, assert_nothing_lost, lines, tailor


def _first(data: bytes) -> str | None:
    found = read_layout(Document(io.BytesIO(data)))
    return found.first_section.text if found.first_section is not None else None


def test_a_post_with_its_years_is_no_contact_line_of_the_header():
    """'Position: Supplemental Instructor (2018 - 2019)': a year range in brackets is no phone
    number, so 'Current Employment:' is a section, the first after the personal details, and the
    new section goes above it (it went below, inside the header block)."""
    original = traits13.employment_after_personal_details()
    assert _first(original) == "Current Employment:"
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    new = after.index(HEADING + ":") if HEADING + ":" in after else after.index(HEADING)
    assert after.index("E-mail Address: pieter@example.org") < new < after.index("Current Employment:")
    assert_nothing_lost(original, result.data)


def test_a_labelled_block_with_a_phone_number_still_belongs_to_the_header():
    """Control: the same block with a phone number in it is a labelled contact block (as
    'Referees:' with a number is), so the first section is the next one after the personal
    attributes (personal details too)."""
    original = traits13.employment_after_personal_details("Office phone: 016 910 3258")
    assert _first(original) == "Education:"


@pytest.mark.parametrize("sub_size, first", [(12, "教育"), (14, "毕业院校")])
def test_a_section_name_over_a_smaller_subheading_is_the_first_section(sub_size, first):
    """'教育' at 14 pt directly over '毕业院校' at 12 pt, both at one outline level: the sub-heading
    is in the section, which is the first after the basic information, and the new section goes
    above '教育' (it went between the two). Control: a name over a line as large as itself is one
    label of a stack, as before."""
    original = traits13.headings_over_smaller_subheadings(sub_size)
    kinds = {h.text: h.kind for h in read_layout(Document(io.BytesIO(original))).headings}
    assert kinds["基本资料"] == "personal"
    assert _first(original) == first
    if sub_size == 12:
        result = tailor(original)
        after = [t for t, _ in lines(result.data)]
        new = after.index(HEADING)
        assert after.index("邮箱：xiaomei@example.com") < new < after.index("教育") < after.index("毕业院校")
        assert_nothing_lost(original, result.data)


@pytest.mark.parametrize("of_line", [True, False])
def test_the_of_of_a_title_block_is_not_the_name(of_line):
    """'Curriculum Vitae' / 'Of' / 'Pieter van Wyk': the large 'Of' is part of the title, the
    name is the line under it (with or without the 'Of' line)."""
    found = read_layout(Document(io.BytesIO(traits13.title_of_name(of_line))))
    assert found.name is not None and found.name.text == "Pieter van Wyk"


@pytest.mark.parametrize("column, certificates", [("Сертификат", True), ("Награда", False)])
def test_a_grid_of_certificates_makes_its_section_the_certifications_section(column, certificates):
    """'Достижения' (achievements) over a grid headed 'Сертификат | Год получения': the section
    lists certificates, so it takes the new entries and no second heading is added (one had been).
    Control: a grid headed 'Награда' (award) lists no certificates: the section stays as it is and
    the new section goes above the first one."""
    original = traits13.certificate_grid(column)
    kinds = {h.text: h.kind for h in read_layout(Document(io.BytesIO(original))).headings}
    assert (kinds["Достижения"] == "certifications") is certificates
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    entry = next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))
    if certificates:
        assert result.changes.heading == "Достижения"
        assert not any(t.casefold() == HEADING.casefold() for t in after)
        assert after.index("Достижения") < entry < after.index("CAE")
    else:
        assert after.index("+7 (900) 000 00 00") < after.index(HEADING) < entry < after.index("Образование")
    assert_nothing_lost(original, result.data, {"Достижения", column, "Год получения", "CAE", "2017", "FCE", "2016"})


@pytest.mark.parametrize("tab_stop", [True, False])
def test_entries_copied_from_column_lines_wrap_at_the_margin(tab_stop):
    """Entries copied from '2015 – heden<tab>:MBO ICT ...' lines, whose hanging indent reaches their
    tab stop (the value column), start and wrap at the line's start: they have no tab, and their
    second line had jumped to the value column. Control: a hanging indent with no tab stop there
    is the user's own wrap indent, and the entries keep it."""
    original = traits13.date_column_lines(tab_stop)
    result = tailor(original)
    entry = next(p for t, p in lines(result.data) if t.startswith("Google Data Analytics"))
    ind = entry.find(f"{W}pPr/{W}ind")
    hanging = None if ind is None else ind.get(f"{W}hanging")
    if tab_stop:
        assert hanging is None and int(ind.get(f"{W}left") or 0) == 0
    else:
        assert hanging is not None and int(hanging) > 0
    assert_nothing_lost(original, result.data)
