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


@pytest.mark.parametrize("text, employer", [
    ("MailChimp is seeking tech-support geeks who can write to users in Spanish.", "MailChimp"),
    ("Thank you for your interest. Salesforce is currently hiring support engineers.", "Salesforce"),
    ("Slack is looking for a support lead.", "Slack"),
])
def test_a_known_name_that_is_seeking_or_hiring_is_the_employer(text, employer):
    """A support advert opened 'MailChimp is seeking tech-support geeks': the product the vocabulary knows
    was read as a skill asked. A name that seeks or hires is the employer, whatever else it names."""
    from credstack.skills.employer import employer_names
    assert employer in employer_names(None, [text], lambda name: True)


def test_a_known_name_asked_for_stays_a_skill():
    from credstack.skills.employer import employer_names
    assert employer_names(None, ["Python is a must. Experience with Slack is a plus."], lambda name: True) == []


@pytest.mark.parametrize("text", ["Customer is looking for a qualified senior ETL tester.",
                                  "Client is seeking an experienced bookkeeper."])
def test_an_agency_s_unnamed_client_is_no_name(text):
    from credstack.skills.employer import employer_names
    assert employer_names(None, [text], lambda name: True) == []
