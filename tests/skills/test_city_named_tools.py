"""A tool named after a city ('Palo Alto' firewalls) is the tool only beside its own field's words: a
Greenhouse page's 'work from their local office (Palo Alto or San Francisco)' names no firewall."""

from __future__ import annotations

import pytest

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.vocabulary import load_vocabulary


def _skills(text: str) -> set[str]:
    return {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, text)], load_vocabulary()).skills}


@pytest.mark.parametrize("text", [
    "- Configure and manage Palo Alto and Fortinet firewalls",
    "- Palo Alto NGFW administration and Panorama",
    "- Experience with Palo Alto firewalls",
])
def test_the_firewall_maker_beside_its_field(text):
    assert "Palo Alto Networks" in _skills(text)


@pytest.mark.parametrize("text", [
    "- We expect team members to primarily work from their local office (Palo Alto or San Francisco)",
    "- Hybrid: three days a week at our Palo Alto and Austin offices",
])
def test_the_city_is_no_tool(text):
    assert "Palo Alto Networks" not in _skills(text)
