"""Synthetic fixtures for words that name a skill when the candidate gives it and nothing when the
job gives it to them, which the fix sets (NHS postings of batches 16 and 22) showed: supervision
the post receives ("supervision from senior professionals", "regular management supervision will be
provided", "you will receive regular supervision") or works under ("under the line management of the Service Lead") is no people
management; "accountable to/for" states a reporting line or a duty, not the trait; "grading" of
retinal images is a screener's task, not marking students' work. Each with its control."""

from __future__ import annotations

import pytest
from tests.skills.conftest import names


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("We offer robust supervision from senior professionals", "People Management", False),
    ("Regular management supervision will be provided", "People Management", False),
    ("You will be expected to engage in clinical supervision", "People Management", False),
    ("Attend regular supervision and team meetings", "People Management", False),
    ("This post will work under the line management of the Service Lead", "People Management", False),
    ("Provide supervision to junior staff", "People Management", True),
    ("Line management of a team of five", "People Management", True),
    ("Experience of line management", "People Management", True),
    ("You will be accountable in carrying out clinical duties", "Ownership", False),
    ("The post holder is accountable to the Ward Manager", "Ownership", False),
    ("Being accountable for business evaluation", "Ownership", False),
    ("Accountable, reliable and proactive", "Ownership", True),
    ("Grading of images involves reviewing them against national criteria", "Student Assessment", False),
    ("Tasks alongside screening and grading", "Student Assessment", False),
    ("Marking and grading of student work", "Student Assessment", True),
])
def test_given_or_received(text, skill, present):
    assert (skill in names(text)) is present


@pytest.mark.parametrize("text", [
    "Provide regular supervision to band 5 nurses",
    "Deliver monthly supervision to staff",
    "Undertake weekly supervision of support workers",
])
def test_supervision_the_candidate_gives_however_often(text):
    assert "People Management" in names(text)
