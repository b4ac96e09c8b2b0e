"""Placement on the traits of the seventh batch of real resumes (one synthetic fixture each, in
``traits7.py``); the no-line-lost property runs over them too (``test_layouts``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume.structure import classify_heading, read_layout

from . import traits7
from .test_layouts import FIRST, HEADING, tailor, texts


def index_of(after: list[str], prefix: str) -> int:
    return next(i for i, t in enumerate(after) if t.startswith(prefix))


@pytest.mark.parametrize("heading", ["TRAININGS", "Trainings:"])
def test_a_training_section_named_in_the_plural_takes_the_new_entries(heading):
    result = tailor(traits7.trainings_section_late(heading))
    assert result.changes.section == "merged" and result.changes.heading == heading
    after = texts(result.data)
    assert HEADING not in after and HEADING.upper() not in after
    assert after.index(heading) < index_of(after, FIRST) < after.index("Negotiation Skills Training, November 2024")


def test_indonesian_headings_drawn_with_hyphens_are_read_and_the_training_section_merged():
    found = read_layout(Document(io.BytesIO(traits7.hyphen_drawn_indonesian_headings())))
    kinds = {h.text: h.kind for h in found.headings}
    assert kinds == {"BIODATA": "personal", "---pendidikan": "education", "------ pelatihan": "certifications",
                     "---- pengalaman kerja": "experience"}  # the rule after the word is no part of it
    result = tailor(traits7.hyphen_drawn_indonesian_headings())
    assert result.changes.section == "merged"
    after = texts(result.data)
    assert after.index("Email: budi.santoso@example.com") < after.index("------ pelatihan ------") \
        < index_of(after, FIRST) < after.index("2019 Training Project Management Skills") < after.index("---pendidikan")


def test_a_long_heading_listing_certifications_is_the_section_and_its_entries_go_in_the_row_under_its_bar():
    data = traits7.combined_heading_bar_above_its_row()
    heading = "ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS"
    found = read_layout(Document(io.BytesIO(data)))
    assert found.first_section is not None and found.first_section.text == heading
    result = tailor(data)
    assert result.changes.section == "merged" and result.changes.heading == heading
    table = Document(io.BytesIO(result.data)).tables[0]
    bar, entries = table.rows[1].cells[0], table.rows[2].cells[0]
    assert [p.text for p in bar.paragraphs] == [heading]  # the shaded bar keeps its one line
    lines = [p.text for p in entries.paragraphs]
    assert lines[0].startswith(FIRST) and lines[-2:] == ["BSCS University of Lahore (continuing)", "C++ (Training)"]


def test_a_europass_cv_gets_a_label_row_of_its_own_before_the_objective():
    data = traits7.europass_label_tables()
    result = tailor(data)
    assert result.changes.section == "added"
    d = Document(io.BytesIO(result.data))
    personal = d.tables[0]
    assert all(HEADING.casefold() not in c.text.casefold() for row in personal.rows for c in row.cells)
    labels = [row.cells[0].text for t in d.tables for row in t.rows]  # a label row of the same shape
    assert labels[labels.index("OBIECTIV PROFESIONAL") - 1].casefold() == HEADING.casefold()
    after = texts(result.data)
    assert after.index("Data naşterii: 01/02/1980") < index_of(after, FIRST) < after.index("OBIECTIV PROFESIONAL")


def test_merged_entries_go_under_the_rule_drawn_under_the_heading():
    result = tailor(traits7.certifications_ruled_in_the_paragraph_under_the_heading())
    assert result.changes.section == "merged" and result.changes.heading == "Certifications"
    paragraphs = Document(io.BytesIO(result.data)).paragraphs
    i = next(k for k, p in enumerate(paragraphs) if p.text == "Certifications")
    rule = paragraphs[i + 1]
    assert rule.text == "" and rule._p.xpath(".//w:drawing")  # still right under its heading
    assert paragraphs[i + 2].text.startswith(FIRST)
    assert paragraphs[i + 2 + len(result.changes.included)].text == "Udemy Course Certificate"


def test_a_new_heading_copied_from_justified_headings_is_not_stretched():
    result = tailor(traits7.justified_large_headings())
    paragraphs = Document(io.BytesIO(result.data)).paragraphs
    new = next(p for p in paragraphs if p.text == HEADING.upper())
    assert new.alignment is None  # ranged left as the one-line headings look, not stretched when it wraps
    assert next(p for p in paragraphs if p.text == "SKILLS").alignment == 3  # the user's own stay as they were
    assert paragraphs[paragraphs.index(new) + 1].alignment == 3  # the entries are body text, justified like it


def test_the_new_heading_gets_the_short_accent_line_drawn_under_the_documents_headings():
    result = tailor(traits7.headings_with_a_short_accent_line_under_them())
    assert result.changes.section == "added"
    paragraphs = Document(io.BytesIO(result.data)).paragraphs
    i = next(k for k, p in enumerate(paragraphs) if p.text == HEADING.upper())
    accent = paragraphs[i + 1]
    assert accent.text == "" and accent._p.xpath(".//wp:extent[@cx='521970']")
    assert paragraphs[i + 2].text.startswith(FIRST)
    ids = [int(v) for v in accent._p.getroottree().getroot().xpath("//wp:docPr/@id")]
    assert len(ids) == len(set(ids))  # the copy has a drawing id of its own


def test_a_body_opening_with_a_profile_summary_heading_has_no_name_line_and_gets_the_section_first():
    data = traits7.name_in_page_header_body_opens_with_a_heading()
    found = read_layout(Document(io.BytesIO(data)))
    assert found.name is None  # the heading is no name
    assert found.first_section is not None and found.first_section.text == "PROFILE SUMMARY"
    after = texts(tailor(data).data)
    assert after.index(HEADING.upper()) < index_of(after, FIRST) < after.index("PROFILE SUMMARY")


@pytest.mark.parametrize("name, kind", [
    ("TRAININGS", "certifications"), ("Course:", None), ("Reference:", None), ("---pendidikan", "education"),
    ("pelatihan", "certifications"), ("Pengalaman Kerja", "experience"), ("EĞİTİM", "education"),
    ("Sertifikalar", "certifications"), ("ÖĞRETMENLİK DENEYİMİ", None), ("OBIECTIV PROFESIONAL", "summary"),
    ("EXPERIENŢA PROFESIONALĂ", "experience"), ("Education and Training", "education"),
    ("ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS", "certifications"),
    ("Skills & Languages", "skills"), ("PROFILE SUMMARY", "summary"), ("Name and Address", None), ("Contact & Skills", None),
])
def test_lexicon_of_the_seventh_batch(name, kind):
    assert classify_heading(name) == kind
