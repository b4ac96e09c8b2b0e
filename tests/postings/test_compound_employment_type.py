"""Two employment types written as one ("in a permanent part-time capacity", batch p13: an Australian
hospital's patient care assistant was read as Permanent): the more telling of them, as on a line of
facts ("Permanent, Part-time" -> Part-time). Synthetic fixture with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import find_employment_type


@pytest.mark.parametrize("sentence, kind", [
    ("Join our day unit in a permanent part-time capacity (minimum 30 hours per fortnight).", "Part-time"),
    ("We have a permanent part time opportunity for a therapy assistant.", "Part-time"),
    ("This is a permanent full-time role based in our city office.", "Full-time"),
])
def test_a_compound_of_types_states_the_more_telling(sentence, kind):
    assert find_employment_type(sentence, in_prose=True) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("We offer permanent positions. Part-time work is possible later.", "Permanent"),  # two sentences apart
    ("This is a permanent role in a growing team.", "Permanent"),
])
def test_types_apart_are_no_compound(sentence, kind):
    assert find_employment_type(sentence, in_prose=True) == kind


def test_a_pasted_record_reads_the_compound():
    posting = parse_posting("Patient Care Assistant\nBayside Private Hospital - Geelong VIC 3220\n\n"
                            "An opportunity has become available to join our oncology unit in a permanent part-time "
                            "capacity. You will support nurses with patient care and keep the unit clean and stocked.\n")
    assert posting.employment_type == "Part-time"


@pytest.mark.parametrize("sentence, kind", [
    # batch p14: a Danish employer's "We offer you a permanent, full-time position" was read as Permanent
    ("We offer you a permanent, full-time position. The centre is never closed.", "Full-time"),
    ("This is a temporary, part-time post covering a maternity leave.", "Temporary"),
])
def test_a_comma_between_hours_and_another_kind_is_one_compound(sentence, kind):
    assert find_employment_type(sentence, in_prose=True) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Full-time, part-time hours can be discussed at interview.", "Full-time"),  # a choice of hours
    ("We offer permanent, temporary placements to nurses.", "Permanent"),  # two kinds of contract
])
def test_a_comma_between_types_of_one_kind_is_no_compound(sentence, kind):
    assert find_employment_type(sentence, in_prose=True) == kind
