"""What batch 104's real postings (bench/nontech_real.py --split held-occ94: a 2013 US job board's web
developers, designers, art and technical directors and support representatives) and the misses they led back
to showed. Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


@pytest.mark.parametrize("text", [
    "Hands-on command of design and page layout software such as Flash, Fireworks, Photoshop, Illustrator.",
    "Build Flash banners and HTML5 ads for our web campaigns.",
])
def test_flash_beside_design_or_web_words_is_the_animation_tool(text):
    """An art director's and an e-commerce developer's posting asked for Flash by that name alone; the
    vocabulary knew it only as 'Adobe Flash' (an alias of Adobe Animate, its name since 2016)."""
    assert "Adobe Animate" in names(text)


@pytest.mark.parametrize("text", [
    "Flash sales experience in retail is a plus.",
    "Flash memory and USB drives must be encrypted.",
    "Complete arc flash safety training.",
    "Flash cards help with learning.",  # no design or software word near it
])
def test_flash_as_an_ordinary_word_is_no_tool(text):
    assert "Adobe Animate" not in names(text)
