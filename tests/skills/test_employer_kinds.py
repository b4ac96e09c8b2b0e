"""Kinds of employer ("Big 4", "high-growth startups", "Fortune 500 companies") that the span tagger
reads as phrases of their own are where a candidate worked, not skills: they are shown as context,
never gaps. Someone a posting names as whom the job supports ("support Crown Counsel") is a role
("counsel" is a role noun), not a skill."""

from __future__ import annotations

import pytest
from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.senses import employer_kind
from credstack.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Big 4", True), ("Big Four firms", True), ("high-growth startups", True),
    ("Fortune 500 companies", True), ("start-up experience", True),
    ("Big Data", False), ("startup marketing", False), ("Revenue Recognition", False),
])
def test_employer_kinds(phrase, kind):
    assert employer_kind(phrase) is kind


def _extract(body, phrases):
    sections = [TextSection(TextKind.PREFERRED, body, "Nice to haves")]
    return extract_skills(sections, load_vocabulary(), tagger=FakeTagger(phrases))


def test_a_tagged_employer_kind_is_context():
    body = "Big 4 experience or accounting experience with high-growth startups\nKnowledge of interchange fees\n"
    found = _extract(body, {"Big 4": "knowledge", "high-growth startups": "knowledge", "interchange fees": "knowledge"})
    skills = {s.name for s in found.skills}
    context = {s.name for s in found.context}
    assert {"Big 4", "high-growth startups"} <= context and not {"Big 4", "high-growth startups"} & skills
    assert "interchange fees" in skills


def test_counsel_the_job_supports_is_no_skill():
    body = "Working under the supervision of Crown Counsel, you will prepare prosecution case files.\n"
    found = _extract(body, {"Crown Counsel": "knowledge", "prosecution case files": "knowledge"})
    assert "Crown Counsel" not in {s.name for s in found.skills}
