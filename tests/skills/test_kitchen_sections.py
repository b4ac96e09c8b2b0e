"""Synthetic fixtures for a kitchen's section (station) work: a chef de partie posting asks the
candidate to run a section, manage a busy section or work on all sections, and the skill is
Kitchen Section Running. The same words away from a kitchen (a warehouse aisle, a newspaper, an
orchestra) are not the skill: the bare phrases need a kitchen's words near (chef, kitchen, cook,
brigade, menu, covers, restaurant, ...)."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read


@pytest.mark.parametrize("line", [
    "You will join our brigade of chefs and run a section once fully trained.",
    "Applicants should have the ability to manage a busy section in a fresh food restaurant.",
    "As a chef you will work on all sections of the kitchen.",
    "Experience running your own section at a busy gastro pub.",
])
def test_a_kitchen_section_is_read(line, resources):
    skills, context = read(f"Chef de Partie\n\nRequirements\n{line}\n", resources)
    assert "Kitchen Section Running" in skills | context


@pytest.mark.parametrize("line", [
    "You will run a section of the warehouse and pick orders for dispatch.",
    "The editor will manage a section of the newspaper's weekend supplement.",
    "Players must be able to manage a section of the orchestra during rehearsals.",
])
def test_a_section_away_from_a_kitchen_is_not_the_skill(line, resources):
    skills, context = read(f"Team Leader\n\nRequirements\n{line}\n", resources)
    assert "Kitchen Section Running" not in skills | context
