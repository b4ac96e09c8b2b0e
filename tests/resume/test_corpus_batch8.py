"""Placement on traits of real resumes of the eighth corpus batch (synthetic fixtures in
``traits_batch8.py``)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from credstack.resume import LayoutUnsupported
from credstack.resume.structure import classify_heading, read_layout

from . import traits_batch8
from .test_layouts import FIRST, HEADING, assert_nothing_lost, tailor, texts


def test_a_template_of_repeating_sections_is_no_form_and_takes_the_entries_beside_its_label():
    """Word's resume templates keep each section's entries in a repeating-section content control:
    a list made to take one more entry, not a form's fill-in fields. The new entries open the
    'Education & Certificates' row's content cell, above its degree and certificate."""
    original = traits_batch8.label_rows_with_repeating_sections()
    result = tailor(original)
    assert result.changes.section == "merged"
    after = texts(result.data)
    new = next(i for i, t in enumerate(after) if t.startswith(FIRST))
    assert after.index("Education & Certificates") < new < after.index(traits_batch8.CERT_LINE) < after.index("Projects")
    assert HEADING not in after
    assert_nothing_lost(original, result.data)


def test_plain_content_controls_in_the_table_still_make_a_form():
    """Control: the same entries each in a plain content control (fill-in fields) stay a form."""
    with pytest.raises(LayoutUnsupported):
        tailor(traits_batch8.label_rows_with_repeating_sections(repeating=False))


def test_a_personal_detail_label_in_the_heading_style_belongs_to_the_header():
    """'Geburtstag' typed as Heading 1 over the date of birth is a label of the header block: the
    new section goes after the date of birth, before the first real section."""
    original = traits_batch8.heading_styled_personal_label()
    result = tailor(original)
    assert result.changes.section == "added"
    after = texts(result.data)
    assert after.index("01.02.2000") < after.index(HEADING) < after.index("Schulzeit/ Ausbildung")
    assert_nothing_lost(original, result.data)


@pytest.mark.parametrize("text", ["■取得資格等", "取得資格等", "免許・資格など", "資格等："])
def test_a_japanese_section_name_ending_in_etc_names_its_section(text):
    assert classify_heading(text.rstrip("：")) == "certifications"


def test_a_japanese_word_ending_in_etc_that_is_no_section_name_stays_unnamed():
    assert classify_heading("山田等") is None


def test_the_qualifications_etc_section_of_a_career_history_takes_the_new_entries():
    """The existing section is merged (moved to the top, the new entries first), not doubled."""
    original = traits_batch8.japanese_career_history()
    result = tailor(original)
    assert result.changes.section == "merged"
    after = texts(result.data)
    assert HEADING not in after
    new = next(i for i, t in enumerate(after) if t.startswith(FIRST))
    assert after.index("氏名\u3000山田 太郎") < after.index("■取得資格等") < new < after.index("日本語能力試験１級（2018年1月）") \
        < after.index("■職務経歴")
    assert_nothing_lost(original, result.data, moved={"■取得資格等", "日本語能力試験１級（2018年1月）",
                                                      "普通自動車第一種運転免許（2017年7月）"})


def test_a_completed_courses_subheading_inside_education_is_the_certifications_section():
    """'Cursos concluídos:' (completed courses) under Escolaridade is where the user lists courses:
    it is merged with the new entries (moved to the top), not left beside a second section."""
    original = traits_batch8.courses_subheading_inside_education()
    found = read_layout(Document(io.BytesIO(original)))
    assert [h.kind for h in found.headings if h.text == "Cursos concluídos:"] == ["certifications"]
    result = tailor(original)
    assert result.changes.section == "merged"
    after = texts(result.data)
    assert HEADING not in after
    new = next(i for i, t in enumerate(after) if t.startswith(FIRST))
    assert after.index("Cursos concluídos:") < new < after.index(traits_batch8.COURSES[0]) < after.index("Escolaridade")
    assert_nothing_lost(original, result.data, moved={"Cursos concluídos:", *traits_batch8.COURSES})


def test_a_certifications_heading_over_a_table_of_them_is_not_moved_away_from_its_table():
    """'■取得資格等' over a table whose header row ('資格 | 取得時期') reads as a heading of its own:
    the heading keeps its table under it, the new entries between them, rather than moving to the
    top alone and leaving the user's qualifications under the section before."""
    original = traits_batch8.certificate_table_with_column_header()
    result = tailor(original)
    assert result.changes.section == "merged"
    after = texts(result.data)
    new = next(i for i, t in enumerate(after) if t.startswith(FIRST))
    assert after.index("■職務経歴") < after.index("■取得資格等") < new < after.index("資格") \
        < after.index("基本情報技術者試験") < after.index("■自己PR")
    assert HEADING not in after
    assert_nothing_lost(original, result.data)
