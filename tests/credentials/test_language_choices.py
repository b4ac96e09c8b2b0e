"""Languages a posting offers as choices (batch 106's bilingual customer service operator: "You must be fluent in
English AND at least one of the following languages: German, French, Spanish, Italian, Portuguese, Dutch,
Swedish, Finnish or Russian"). A German speaker was told eight languages were missing. One of them answers the
slot; a language joined by "and" or a slash is asked for itself. Synthetic postings."""

from __future__ import annotations

import pytest

from credstack.credentials.alternatives import either_or
from credstack.skills.model import Requirement, SkillKind, SkillMention


def language(name: str) -> SkillMention:
    return SkillMention(name=name, kind=SkillKind.LANGUAGE, category="language", requirement=Requirement.REQUIRED,
                        mentions=[name])


TEXT = ("You must be fluent in English AND at least one of the following languages: German, French, Spanish, "
        "Italian or Russian.")


def test_languages_offered_with_or_are_one_slot_and_the_first_stands_apart():
    skills = [language(n) for n in ("English", "German", "French", "Spanish", "Italian", "Russian")]
    assert either_or(TEXT, skills) == [frozenset({"German", "French", "Spanish", "Italian", "Russian"})]


@pytest.mark.parametrize("text", ["Fluent in English and Spanish.", "Fluent English/Welsh speaker.",
                                  "Bilingual English/Spanish required.", "English, Spanish and French."])
def test_languages_joined_by_and_or_a_slash_are_each_asked(text):
    names = [n for n in ("English", "Spanish", "Welsh", "French") if n in text]
    assert either_or(text, [language(n) for n in names]) == []


def test_a_held_language_answers_its_slot(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.profile.model import Profile, ProfileSkill

    posting = parse_posting(("Customer Service Operator\n\nRequirements:\n- " + TEXT + "\n").encode())
    result = analyze(posting, resources, profile=Profile(skills=[ProfileSkill("English"), ProfileSkill("German")]),
                     rank=False)
    status = {g.skill.name: g.status.value for g in result.gaps.items if g.skill.kind == SkillKind.LANGUAGE}
    assert status == dict.fromkeys(["English", "German", "French", "Spanish", "Italian", "Russian"], "have")


def test_a_slot_counts_once_in_the_summary(resources):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.profile.model import Profile, ProfileSkill

    posting = parse_posting(("Customer Service Operator\n\nRequirements:\n- " + TEXT + "\n").encode())
    held = analyze(posting, resources, profile=Profile(skills=[ProfileSkill("English"), ProfileSkill("German")]),
                   rank=False)
    assert held.gaps.summary.startswith("Has 2 of 2 required skills")
    none = analyze(posting, resources, profile=Profile(skills=[ProfileSkill("English")]), rank=False)
    assert none.gaps.summary.startswith("Has 1 of 2 required skills; missing one of ")


def test_certifications_offered_as_choices_count_once_too():
    from credstack.gaps import GapStatus, SkillGap, one_per_slot

    def gap(name, status):
        return SkillGap(SkillMention(name=name, kind=SkillKind.CERTIFICATION, category="hr",
                                     requirement=Requirement.REQUIRED), status)
    items = [gap("SHRM-CP", GapStatus.MISSING), gap("PHR", GapStatus.HAVE), gap("Excel", GapStatus.MISSING)]
    assert [(g.skill.name, g.status) for g in one_per_slot(items, [frozenset({"SHRM-CP", "PHR"})])] == [
        ("PHR", GapStatus.HAVE), ("Excel", GapStatus.MISSING)]
    lacking = [gap("SHRM-CP", GapStatus.MISSING), gap("PHR", GapStatus.MISSING)]
    assert [g.skill.name for g in one_per_slot(lacking, [frozenset({"SHRM-CP", "PHR"})])] == [
        "one of SHRM-CP or PHR"]
