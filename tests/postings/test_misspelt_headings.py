"""Headings of real adverts. A heading misspelt in a real advert ('RESPONISIBILITIES:', 'Responsibitilies', 'Key Requirments') still
names its part of the posting; a word that is only like one ('Experienced Chef', 'Representatives') does not."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify_tier


@pytest.mark.parametrize("heading, kind", [
    ("RESPONISIBILITIES:", SectionKind.RESPONSIBILITIES),
    ("Responsibitilies", SectionKind.RESPONSIBILITIES),
    ("Key Accountabilites", SectionKind.RESPONSIBILITIES),
    ("Key Requirments", SectionKind.REQUIREMENTS),
    ("Essential Qualificatons:", SectionKind.REQUIREMENTS),
])
def test_a_misspelt_part_name_names_its_part(heading, kind):
    assert classify_tier(heading)[0] == kind


@pytest.mark.parametrize("heading", ["Experienced Chef", "Representatives", "Professional Development",
                                     "Refrigeration Engineer", "In-Office requirement", "Social Responsibility"])
def test_a_word_only_like_a_part_name_names_nothing(heading):
    assert classify_tier(heading)[0] is None


def test_a_posting_under_a_misspelt_heading_reads_its_duties_as_duties():
    text = ("Dialysis Assistant\n\nWe are looking for a dialysis assistant to join our clinic.\n\n"
            "RESPONISIBILITIES:\n\n- Prepare and maintain equipment and clinical supplies for dialysis\n"
            "- Conduct patient observations before and after dialysis\n\n"
            "Requirments:\n\n- Phlebotomy experience\n- Basic Life Support certificate\n")
    kinds = {s.heading.rstrip(":"): s.kind for s in parse_posting(text).sections if s.heading}
    assert kinds == {"RESPONISIBILITIES": SectionKind.RESPONSIBILITIES, "Requirments": SectionKind.REQUIREMENTS}


@pytest.mark.parametrize("heading, kind", [
    ("ADDITIONAL QUALIFYING FACTORS", SectionKind.REQUIREMENTS),  # a radio installer's page
    ("Functional Expertise", SectionKind.REQUIREMENTS),  # a nurse informaticist's
    ("The candidate", SectionKind.REQUIREMENTS),
    ("Applicants should also meet the following criteria:", SectionKind.REQUIREMENTS),  # an NHS theatre manager's
    ("General Position Summary", SectionKind.RESPONSIBILITIES),
])
def test_headings_real_pages_wrote_for_their_parts(heading, kind):
    assert classify_tier(heading)[0] == kind


@pytest.mark.parametrize("heading", ["Promotion Criteria", "Candidate Privacy Notice", "The candidate journey"])
def test_headings_only_like_them_keep_their_own_kind(heading):
    assert classify_tier(heading)[0] != SectionKind.REQUIREMENTS


@pytest.mark.parametrize("word, misspelt", [
    ("responsibilites", True), ("Requirments", True), ("qualificaitons", True),
    ("responsibilities", False), ("responsibility", False), ("requirement", False),  # the names themselves
    ("Representatives", False), ("requisitions", False),  # words of their own
])
def test_a_misspelt_part_name_is_no_skill_of_its_own(word, misspelt):
    """A tagger span of one word that misspells a part's name ('budgetary responsibilites' of a USAJOBS
    announcement gave the chip 'responsibilites') is a heading's word, no skill."""
    from credstack.part_names import misspelt_part_name
    from credstack.skills import _heading_words_only

    assert (misspelt_part_name(word) is not None) is misspelt
    assert _heading_words_only(word) is (misspelt or word == "responsibilities")
