"""Placement on the traits of the sixth batch of real resumes (one synthetic fixture each, in
``traits6.py``); the no-line-lost property runs over them too (``test_layouts``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume.structure import read_layout

from . import traits6
from .test_layouts import FIRST, HEADING, W, tailor, texts


def layout_of(data: bytes):
    return read_layout(Document(io.BytesIO(data)))


def new_heading(result) -> str:
    """The new section's heading as typed in the document's own heading manner (a colon, capitals)."""
    heading = result.changes.heading
    assert result.changes.section == "added" and heading.rstrip(":").casefold() == HEADING.casefold()
    return heading


def index_of(after: list[str], prefix: str) -> int:
    return next(i for i, t in enumerate(after) if t.startswith(prefix))


@pytest.mark.parametrize("colon_label_first", [True, False])
def test_a_header_typed_as_one_broken_paragraph_keeps_the_name_and_the_section_under_it(colon_label_first):
    data = traits6.header_paragraph_with_breaks(colon_label_first)
    found = layout_of(data)
    assert found.name is not None and found.name.text.startswith("Asha Kumar")  # not the "Job Objective:" label
    first = "Job Objective:" if colon_label_first else "Objective:"
    assert found.first_section is not None and found.first_section.text == first
    result = tailor(data)
    after, heading = texts(result.data), new_heading(result)
    assert index_of(after, "Asha Kumar") < after.index(heading) < index_of(after, FIRST) < after.index(first)


def test_a_title_line_holding_the_name_and_headings_marked_only_by_a_colon():
    data = traits6.name_in_title_plain_colon_headings()
    found = layout_of(data)
    assert found.name is not None and found.name.text == "Curriculum Vitae of Lin Wei"
    assert [h.text for h in found.headings] == ["Social Activities:", "Study Experiences:", "Awards:"]
    result = tailor(data)
    after, heading = texts(result.data), new_heading(result)
    assert after.index("E-mail: lin.wei@example.com") < after.index(heading) < after.index("Social Activities:")
    # a colon alone is no heading when the document's named headings do not end with one
    plain = Document(io.BytesIO(traits6.qualification_after_education()))
    assert "Modules:" not in [h.text for h in read_layout(plain).headings]


def test_qualification_after_the_education_section_holds_the_certifications():
    result = tailor(traits6.qualification_after_education())
    assert result.changes.section == "merged" and result.changes.heading == "QUALIFICATION"
    after = texts(result.data)
    assert after.index("QUALIFICATION") < index_of(after, FIRST) < after.index("Cisco digital credential")
    assert after.count("EDUCATION") == 1 and HEADING not in after


def test_qualification_without_an_education_section_is_the_education():
    found = layout_of(traits6.qualification_after_education(education_first=False))
    assert next(h for h in found.headings if h.text == "QUALIFICATION").kind == "education"
    result = tailor(traits6.qualification_after_education(education_first=False))
    assert result.changes.section == "added"
    after = texts(result.data)
    assert after.index(new_heading(result)) < after.index("PERSONAL PROFILE STATEMENT")


def test_licences_under_a_spanish_subheading_get_the_new_entries():
    result = tailor(traits6.licences_under_a_spanish_subheading())
    assert result.changes.section == "merged" and result.changes.heading == "Otros títulos:"
    after = texts(result.data)
    assert after.index("Otros títulos:") < index_of(after, FIRST) < after.index("Carnet de conducir para turismos (B).")
    assert HEADING not in after


def test_a_personal_details_label_beside_the_name_is_never_the_name():
    data = traits6.label_column_personal_details()
    assert layout_of(data).name.text == "Petrova Anna"
    result = tailor(data)
    assert result.changes.section == "merged" and result.changes.heading == "Weiterbildung"


@pytest.mark.parametrize("picture", [False, True])
def test_a_heading_ruled_in_the_paragraph_under_it_gives_the_new_heading_its_rule(picture):
    result = tailor(traits6.headings_ruled_in_the_paragraph_under_them(picture))
    body = Document(io.BytesIO(result.data)).element.body
    paragraphs = body.findall(W + "p")
    text = ["".join(p.xpath(".//w:t/text()")) for p in paragraphs]
    heading = text.index(result.changes.heading)
    under = paragraphs[heading + 1]
    ids = body.xpath("//wp:docPr/@id")
    assert len(ids) == len(set(ids))  # the copy's drawing has an id of its own
    if picture:
        assert not under.xpath(".//w:drawing")  # a picture under a heading is no rule to copy
    else:
        assert not text[heading + 1].strip() and len(under.xpath(".//w:drawing")) == 1
        assert text[heading + 2].startswith(FIRST)
