"""A mention never cuts a hyphenated word of the page: skill annotations (SkillSpan's, this
project's) never do, so "statistics" of "bio-statistics" or "superconductor" of
"superconductor-semiconductor materials" matched none."""

import pytest

from credstack.skills import _whole_words_glued
from credstack.skills.matcher import Match, matcher_for
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("text", "skill", "mention"), [
    ("Experience in bio-statistics is needed", "Statistics", "bio-statistics"),
    ("Run RT-qPCR assays", "Polymerase Chain Reaction", "RT-qPCR"),
    ("Python/Django experience", "Python", "Python/Django"),  # a slash group, as before
    ("Write SQL in 2-3 sprints", "SQL", "SQL"),  # no word glued before it
])
def test_a_match_ending_a_hyphenated_word_is_mentioned_as_that_word(text, skill, mention):
    found = {m.skill: m.mention for m in matcher_for(load_vocabulary()).find(text)}
    assert found[skill] == mention
    assert mention in text


def test_a_tagger_span_cut_inside_a_hyphenated_word_takes_the_whole_word():
    text = "Fabricate superconductor-semiconductor materials."
    start = text.index("superconductor")
    assert _whole_words_glued(text, start, start + len("superconductor"), []) == (start, start + len(
        "superconductor-semiconductor"))
    right = text.index("semiconductor")
    assert _whole_words_glued(text, right, right + len("semiconductor materials"), []) == (
        start, right + len("semiconductor materials"))


def test_a_tagger_piece_glued_to_a_vocabulary_match_is_left_to_the_match():
    text = "Senior Python Developer with Kubernetes-Focus"
    k = text.index("Kubernetes")
    match = Match("Kubernetes", k, k + len("Kubernetes"), "Kubernetes", "Kubernetes")
    focus = text.index("Focus")
    assert _whole_words_glued(text, focus, focus + len("Focus"), [match]) is None
    python = text.index("Python")
    assert _whole_words_glued(text, python, python + len("Python"), [match]) == (python, python + len("Python"))
