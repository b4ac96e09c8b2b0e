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


@pytest.mark.parametrize(("line", "skill"), [
    ("Experience on the sauce section or grill section.", "Kitchen Section Running"),
    ("You will start on the larder section and move to pastry.", "Kitchen Section Running"),
    ("Cover the hot section when the sous chef is off.", "Kitchen Section Running"),
    ("Maintain portion control and reduce waste.", "Portion Control"),
    ("Ensure dishes go out at the correct portion sizes.", "Portion Control"),
    ("Complete the kitchen's mise en place before service.", "Mise en Place"),
    ("Clean as you go and keep your work area clean and tidy.", "Clean As You Go"),
    ("Keep your work space clean and tidy at all times.", "Clean As You Go"),
])
def test_a_kitchen_ask_is_read(line, skill, resources):
    skills, context = read(f"Chef de Partie\n\nRequirements\n- {line}\n", resources)
    assert skill in skills | context


@pytest.mark.parametrize("line", [
    "Pick orders in the cold section of the distribution centre.",
    "Replenish the fish section and the veg section of the store each morning.",
    "A portion of the salary is paid as a quarterly bonus.",
])
def test_a_section_or_portion_away_from_a_kitchen_is_not_a_kitchen_skill(line, resources):
    skills, context = read(f"Store Assistant\n\nRequirements\n- {line}\n", resources)
    assert not {"Kitchen Section Running", "Portion Control"} & (skills | context)


def test_mise_en_place_outside_a_kitchen_is_not_the_skill(resources):
    """French 'mise en place' is any setting up ('la mise en place des actions correctives')."""
    skills, context = read("Responsable SAV\n\nMissions\n- Assurer la mise en place des actions correctives "
                           "avec les clients.\n", resources)
    assert "Mise en Place" not in skills | context


def test_food_hygiene_or_safety_implies_clean_as_you_go_and_nothing_else_does(resources):
    """A commis with Food Safety or a food hygiene certificate has the clean-as-you-go habit a kitchen
    asks for; a software skill does not (control)."""
    from credstack.gaps import GapStatus, compare
    from credstack.profile.model import Profile, ProfileSkill
    from credstack.skills.model import Requirement, SkillKind, SkillMention

    asked = [SkillMention(name="Clean As You Go", kind=SkillKind.HARD, category="operations_supply_chain",
                          requirement=Requirement.REQUIRED, years=None, mentions=["clean as you go"])]
    for held in ("Food Safety", "Food Hygiene"):
        report = compare(asked, Profile(skills=[ProfileSkill(held)]), resources.vocabulary, embed=None)
        assert report.items[0].status == GapStatus.IMPLIED, held
    report = compare(asked, Profile(skills=[ProfileSkill("Python")]), resources.vocabulary, embed=None)
    assert report.items[0].status == GapStatus.MISSING
