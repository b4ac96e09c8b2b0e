"""Placement on a trait of real resumes found after the seventh batch (a synthetic fixture in
``traits8.py``)."""

from __future__ import annotations

from . import traits8
from .test_layouts import FIRST, HEADING, assert_nothing_lost, tailor, texts


def test_a_section_label_in_a_box_beside_its_content_box_gets_the_new_section_before_the_band():
    """The first section is the band of boxes ("Skills" beside its bullets), not the body heading
    after it: the new section goes under the title, before the band, which moves down with it."""
    original = traits8.label_box_beside_summary_box()
    result = tailor(original)
    assert result.changes.section == "added"
    after = texts(result.data)
    assert after.index("Software Engineer") < after.index(HEADING) < after.index(traits8.BULLETS[0]) \
        < after.index("Skills") < after.index("Experience")
    assert after.index(HEADING) < next(i for i, t in enumerate(after) if t.startswith(FIRST)) \
        < after.index(traits8.BULLETS[0])
    assert_nothing_lost(original, result.data)


def test_a_label_box_with_body_text_before_it_is_no_band():
    """Control: a body line between the two boxes' anchors: the boxes are not one band, and the
    section goes before the first body heading, as before."""
    original = traits8.label_box_beside_summary_box(text_between=True)
    result = tailor(original)
    after = texts(result.data)
    assert after.index("Skills") < after.index(HEADING) < after.index("Experience")
    assert_nothing_lost(original, result.data)
