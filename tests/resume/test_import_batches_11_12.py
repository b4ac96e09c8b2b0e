"""Import on traits of real resumes of batches 11 and 12 (synthetic fixtures in
``traits_import12.py``)."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import read_resume
from credstack.skills.vocabulary import load_vocabulary

from . import traits_import12


@pytest.fixture(scope="module")
def read():
    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: suggestions_from_resume(data, vocabulary, catalog)


def test_a_heading_with_its_lines_in_a_text_box_heads_that_box_only(read):
    data = traits_import12.courses_box_before_other_boxes()
    assert read_resume(data).sections["certifications"] == ["Welding Safety Course", "Forklift Operator Training"]
    names = [c["name"] for c in read(data).certifications]
    assert "Welding Safety Course" in names
    assert not any("Plumbing" in n or "Anna" in n or "@" in n for n in names)


def test_a_heading_alone_in_its_box_heads_the_lines_of_the_next_box(read):
    data = traits_import12.courses_heading_alone_in_its_box()
    assert read_resume(data).sections["certifications"] == ["Welding Safety Course", "Forklift Operator Training"]
