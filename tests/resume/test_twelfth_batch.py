"""Tailoring on traits of real resumes found in the twelfth batch (synthetic fixtures in
``traits12.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume.structure import names_certificates, read_layout

from . import traits12
from .test_layouts import HEADING, assert_nothing_lost, lines, tailor


@pytest.mark.parametrize("first, second", [("LICENSES", "CERTIFICATES & CERTIFICATIONS"),
                                           ("Trainings:", "Certification:"),
                                           ("CURSOS", "CERTIFICADOS")])
def test_of_two_certifications_sections_the_certificates_take_the_new_entries(first, second):
    """A licences (or trainings, or courses) section, then one named for certificates: the new
    certificates join the certificates section, which moves to the top with its own lines; the
    licences stay under their heading where they were."""
    original = traits12.licences_then_certificates(first, second)
    kinds = {h.text: h.kind for h in read_layout(Document(io.BytesIO(original))).headings}
    assert kinds[first] == kinds[second] == "certifications"
    result = tailor(original)
    assert result.changes.heading == second
    after = [t for t, _ in lines(result.data)]
    assert not any(t.casefold() == HEADING.casefold() for t in after)
    at = after.index(second)
    entry = next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))
    assert at < entry < after.index("EDUCATION") < after.index(first)
    assert after.index(first) + 1 == after.index("Licensed Master Social Worker, State of New York, 2020")
    moved = {second, "Certificate in Motivational Interviewing, Example Institute, 2022",
             "Screening, Brief Intervention and Referral to Treatment, Example University"}
    assert_nothing_lost(original, result.data, moved)


def test_a_licences_section_alone_still_takes_the_new_entries():
    """Control: with no section named for certificates, the only certifications section (licences)
    takes them, as before."""
    original = traits12.licences_then_certificates("LICENSES", None)
    result = tailor(original)
    assert result.changes.heading == "LICENSES"
    after = [t for t, _ in lines(result.data)]
    assert after.index("LICENSES") < next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))


@pytest.mark.parametrize("text, named", [
    ("CERTIFICATES & CERTIFICATIONS", True), ("Certification:", True), ("Cursos y Certificaciones", True),
    ("Sertifikalar ve kurslar", True), ("■ 자격증", True), ("免許・資格", True),
    ("LICENSES", False), ("Trainings:", False), ("Weiterbildung", False), ("CURSOS", False),
])
def test_which_certifications_headings_name_certificates(text, named):
    assert names_certificates(text) is named


@pytest.mark.parametrize("heading", ["Otra formación de interés", "Otra formación", "Outras formações",
                                     "Autres formations"])
def test_an_other_training_section_takes_the_new_entries(heading):
    """'Otra formación de interés' (other training of interest) holds courses: the new entries join
    it, the section moves above Educación with its lines, and no second heading is added; 'Otros
    datos de interés' (no training named) stays where it was."""
    original = traits12.other_training_heading(heading)
    kinds = {h.text: h.kind for h in read_layout(Document(io.BytesIO(original))).headings}
    assert kinds[heading] == "certifications"
    assert kinds["Otros datos de interés"] != "certifications"
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    assert not any(t.casefold() == HEADING.casefold() for t in after)
    entry = next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))
    assert after.index(heading) < entry < after.index("Educación") < after.index("Otros datos de interés")
    moved = {heading, "Formación de 30 horas sobre sonido en directo, 2018",
             "Conocimientos adquiridos de forma autodidacta en Arduino"}
    assert_nothing_lost(original, result.data, moved)


@pytest.mark.parametrize("first", ["Personal Profile", "Professional Summary"])
def test_run_in_headings_are_sections_and_the_new_one_goes_above_the_first(first):
    """Headings typed as a bold section name opening a paragraph of running text: they are the
    sections ('Personal Profile' too, before running text: a summary, not personal details), and
    the new section goes between the contact lines and the first of them."""
    original = traits12.run_in_headings(first)
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section is not None and found.first_section.text.startswith(first)
    assert found.header_end.text == "Citizenship: Indonesia"
    starts = [h.text.split(" adalah")[0] for h in found.headings if h.kind not in ("title",)]
    assert starts[:3] == [first, "Work Experience", "Education & Qualifications"]
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    new = next(i for i, t in enumerate(after) if t.casefold() == HEADING.casefold())
    entry = next(i for i, t in enumerate(after) if t.startswith("Google Data Analytics"))
    own = next(i for i, t in enumerate(after) if t.startswith(first))
    assert after.index("Citizenship: Indonesia") < new < entry < own
    assert_nothing_lost(original, result.data)


def test_a_bold_word_opening_an_entry_is_no_heading():
    """Control: 'Leadership' in bold opening a sentence under Experience, where the document's
    headings are Heading 1 paragraphs: no section; the new section goes above Summary."""
    original = traits12.bold_lead_in_an_entry()
    found = read_layout(Document(io.BytesIO(original)))
    assert not any(h.text.startswith("Leadership") for h in found.headings)
    assert found.first_section.text == "Summary"
    after = [t for t, _ in lines(tailor(original).data)]
    new = next(i for i, t in enumerate(after) if t.casefold() == HEADING.casefold())
    assert new < after.index("Summary")


def _cell_lines(data: bytes, row: int) -> list[str]:
    table = Document(io.BytesIO(data)).tables[0]
    return [p.text for p in table.rows[row].cells[1].paragraphs if p.text]


def test_the_last_of_stacked_labels_gets_its_entries_after_the_lines_beside_it():
    """'CURSOS' is the last of three labels stacked in one cell: its courses are the last lines of
    the cell beside it, so the new entries go after them, not at the top beside 'ESTUDIOS
    SECUNDARIOS' (which would push the school down beside 'CURSOS')."""
    original = traits12.stacked_labels_form(stacked=True)
    result = tailor(original)
    assert result.changes.heading == "CURSOS"
    cell = _cell_lines(result.data, 2)
    assert cell[:4] == ["IPEM 100 - BACHILLER EN COMUNICACION", "ISPC - TECNICATURA EN DESARROLLO WEB 2022",
                        "FUNDAMENTOS DE PYTHON", "ARTE DIGITAL 1 - ADOBE PHOTOSHOP"]
    assert cell[4].startswith("Google Data Analytics") and len(cell) == 6
    assert_nothing_lost(original, result.data)


def test_a_label_alone_in_its_cell_gets_its_entries_at_the_top_beside_it():
    """Control: 'CURSOS' in a row of its own: the new entries open the cell beside it, as before."""
    original = traits12.stacked_labels_form(stacked=False)
    result = tailor(original)
    assert result.changes.heading == "CURSOS"
    cell = _cell_lines(result.data, 3)
    assert cell[0].startswith("Google Data Analytics") and cell[2:] == ["FUNDAMENTOS DE PYTHON",
                                                                         "ARTE DIGITAL 1 - ADOBE PHOTOSHOP"]
    assert _cell_lines(result.data, 2) == _cell_lines(original, 2)
    assert_nothing_lost(original, result.data)


def _numbering(data: bytes) -> dict[str, str | None]:
    doc = Document(io.BytesIO(data))
    return {p.text: (p._p.xpath("./w:pPr/w:numPr/w:numId/@w:val") or [None])[0] for p in doc.paragraphs if p.text}


def test_a_new_heading_above_numbered_headings_takes_no_number():
    """Headings numbered '1. Pendidikan', '2. Pengalaman Kerja': the new heading goes above them out
    of the list, so theirs stay 1, 2, 3 (placed in it, it would be 1 and renumber them all)."""
    original = traits12.numbered_headings(num_id=5)
    result = tailor(original)
    numbers = _numbering(result.data)
    new = next(t for t in numbers if t.casefold() == HEADING.casefold())
    assert numbers[new] is None
    assert numbers["Pendidikan"] == numbers["Pengalaman Kerja"] == numbers["Pengalaman Organisasi"] == "5"
    after = [t for t, _ in lines(result.data)]
    assert after.index("menerangkan dengan sebenarnya ;") < after.index(new) < after.index("Pendidikan")
    assert_nothing_lost(original, result.data)


def test_a_new_heading_among_bulleted_headings_keeps_the_bullet():
    """Control: headings marked with a bullet from a list: a bullet counts nothing, and the new
    heading keeps it, like the others."""
    numbers = _numbering(tailor(traits12.numbered_headings(num_id=1)).data)
    new = next(t for t in numbers if t.casefold() == HEADING.casefold())
    assert numbers[new] == numbers["Pendidikan"] == "1"


def test_a_title_word_heading_a_summary_below_the_contact_lines_is_the_first_section():
    """'Резюме' below the name and contact lines, over two sentences about the person: the summary
    section, the first one; the new section goes above it, not below it under 'Мови:'."""
    original = traits12.title_word_over_summary()
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section.text == "Резюме"
    assert found.header_end.text == "Email: iryna.koval@example.com"
    after = [t for t, _ in lines(tailor(original).data)]
    new = next(i for i, t in enumerate(after) if t.rstrip(":").casefold() == HEADING.casefold())
    assert after.index("Email: iryna.koval@example.com") < new < after.index("Резюме")


def test_the_same_word_as_the_documents_title_above_the_name_is_no_section():
    """Control: 'Резюме' over the name is the document's title; the first section is 'Мови:' and the
    unheaded summary stays in the header block, above the new section."""
    original = traits12.title_word_over_summary(title_first=True)
    found = read_layout(Document(io.BytesIO(original)))
    assert found.first_section.text == "Мови:"
    after = [t for t, _ in lines(tailor(original).data)]
    new = next(i for i, t in enumerate(after) if t.rstrip(":").casefold() == HEADING.casefold())
    assert after.index("Резюме") < after.index("Коваль Ірина") < new < after.index("Мови:")


def _rows(data: bytes) -> list[list[str]]:
    table = Document(io.BytesIO(data)).tables[0]
    return [[c.text.strip() for c in row.cells] for row in table.rows]


def test_a_new_section_row_is_set_apart_by_an_empty_row_like_the_others():
    """Sections as rows of a label table with an empty row between every two: the new section's row
    goes above 'profile' with an empty row after it, as each section has."""
    original = traits12.label_table_rows(spacers=True)
    rows = _rows(tailor(original).data)
    new = next(i for i, r in enumerate(rows) if r[0].casefold() == HEADING.casefold())
    assert rows[new][1].startswith("Google Data Analytics")
    assert rows[new - 1] == ["", ""] and rows[new + 1] == ["", ""] and rows[new + 2][0] == "profile"
    assert len(rows) == len(_rows(original)) + 2


def test_without_empty_rows_no_empty_row_is_added():
    """Control: sections in adjoining rows: only the new section's row is added."""
    original = traits12.label_table_rows(spacers=False)
    rows = _rows(tailor(original).data)
    new = next(i for i, r in enumerate(rows) if r[0].casefold() == HEADING.casefold())
    assert rows[new + 1][0] == "profile" and len(rows) == len(_rows(original)) + 1
