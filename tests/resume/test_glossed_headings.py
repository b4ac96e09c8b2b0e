"""A heading glossed in another script names its section by either name ("Career (경력, 아르바이트)");
an entry dated in brackets is no heading, even when its first word names a section ("Leadership
(Dale Carnegie, 2020)" in a certifications list: the entries after it stay)."""

from __future__ import annotations

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume.structure import classify_heading
from credstack.skills.vocabulary import load_vocabulary

from .test_resume_import import resume


@pytest.mark.parametrize("line, kind", [
    ("Career (경력, 아르바이트)", "experience"),
    ("Profile Info (학력사항)", "education"),
    ("Leadership (Dale Carnegie, 2020)", None),
    ("Leadership (2020)", None),
    ("자격증(수상명)", "certifications"),  # a table's label: the section's name, the column's in brackets
    ("C++ (Training)", None),
])
def test_a_gloss_makes_a_heading_and_a_date_an_entry(line, kind):
    assert classify_heading(line) == kind


def test_a_certification_named_like_a_section_keeps_the_entries_after_it():
    data = resume("#Certifications", "Certified Scrum Master (2019)", "Leadership (Dale Carnegie, 2020)",
                  "Forklift Safety Course (2021)", "Food Hygiene Level 2 (2022)")
    names = [c["name"] for c in suggestions_from_resume(data, load_vocabulary(), load_catalog()).certifications]
    assert {"Forklift Safety Course", "Food Hygiene Level 2"} <= set(names), names
