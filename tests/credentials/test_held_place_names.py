"""A held licence written with the place that issued it in front ("California General Electrician
Certification", "Texas Registered Nurse License") is the licence the vocabulary knows by its own
name: a journeyman whose profile says so is not told the posting's journeyman licence is missing."""

from __future__ import annotations

import pytest

from credstack.credentials.held import name_variants, resolve_certification
from credstack.profile.model import Certification


@pytest.mark.parametrize(("name", "expected"), [
    ("California General Electrician Certification", "Journeyman Electrician License"),
    ("Texas Registered Nurse License", "Registered Nurse"),
    ("British Columbia Registered Nurse License", "Registered Nurse"),
])
def test_a_place_in_front_is_read_past(res, name, expected):
    _entry, vocabulary_name = resolve_certification(Certification(name), res.catalog, res.vocabulary)
    assert vocabulary_name == expected


def test_the_whole_name_is_still_tried_first():
    variants = name_variants("California General Electrician Certification")
    assert variants[0] == "California General Electrician Certification"
    assert "General Electrician Certification" in variants


def test_a_name_that_is_only_a_place_keeps_its_words():
    assert "" not in name_variants("Texas")
