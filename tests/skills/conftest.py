"""A tiny deterministic embedder for unit tests (the real model has its own tests)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest


class FakeEmbedder:
    """Bag-of-words vectors: texts sharing words point the same way."""

    name = "fake-bow"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        rows = []
        for text in texts:
            v = np.zeros(64, dtype=np.float32)
            for word in text.lower().split():
                v[int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
            norm = np.linalg.norm(v)
            rows.append(v / norm if norm else v)
        return np.array(rows, dtype=np.float32).reshape(len(texts), 64)


@pytest.fixture
def fake_embedder():
    return FakeEmbedder()


@pytest.fixture(scope="module")
def tagged():
    """The real vocabulary with the shipped span tagger: what it makes of a sentence is what these postings showed."""
    from credstack.resources import Resources

    return Resources.load()


def read_whole(text: str, resources) -> dict[str, list[str]]:
    """Each skill's and context name's mentions as the whole analysis reads them (ranked: a new name the tagger
    found needs the model to be linked or kept)."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False)
    return {s.name: s.mentions for s in [*result.skills, *result.context]}


def read(text: str, resources) -> tuple[set[str], set[str]]:
    """(skill names, context names) of a posting, without the model."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {s.name for s in result.skills}, {s.name for s in result.context}


def section_kinds(text: str) -> dict:
    """Each section's heading -> its kind (``SectionKind``), as the posting parser types them."""
    from credstack.postings import parse_posting

    return {s.heading: s.kind for s in parse_posting(text).sections}


def section_kind_of(text: str, words: str):
    """The kind (``SectionKind``) of the first section of a posting whose text holds ``words``."""
    from credstack.postings import parse_posting

    return next(s.kind for s in parse_posting(text).sections if words in s.text)


def with_tagger(text: str, phrases: dict[str, str], kind=None):
    """The extraction of ``text`` as one section (requirements unless ``kind``), with a tagger that
    marks ``phrases`` (``test_tagger.FakeTagger``) and no model."""
    from tests.skills.test_tagger import FakeTagger

    from credstack.skills import TextKind, TextSection, extract_skills
    from credstack.skills.vocabulary import load_vocabulary

    return extract_skills([TextSection(kind or TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                          tagger=FakeTagger(phrases))


def tagged_names(text: str, phrases: dict[str, str], kind=None) -> set[str]:
    """Every skill and context name ``with_tagger`` reads in ``text``."""
    result = with_tagger(text, phrases, kind)
    return {s.name for s in [*result.skills, *result.context]}


def levels(text: str, resources) -> dict[str, str]:
    """Each skill's and context name's requirement level ("required", "preferred", ...) in a posting."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {s.name: s.requirement.value for s in [*result.skills, *result.context]}


def found(text: str, resources) -> set[str]:
    """Every skill and context name of a posting (``read``'s two sets together)."""
    skills, context = read(text, resources)
    return skills | context


def mentions(text: str, resources) -> dict[str, list[str]]:
    """Each skill's and context name's mentions in a posting, as the page wrote them."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {s.name: s.mentions for s in [*result.skills, *result.context]}


def said(text: str, resources) -> set[str]:
    """Every mention of a posting, lower-cased: what the page's words were read as."""
    return {m.lower() for ms in mentions(text, resources).values() for m in ms}


def names(text: str) -> set[str]:
    """The vocabulary skills the matcher finds in ``text`` (no posting parse, no filters)."""
    from credstack.skills.matcher import matcher_for
    from credstack.skills.vocabulary import load_vocabulary

    return {m.skill for m in matcher_for(load_vocabulary()).find(text)}


def at(text: str, words: str) -> tuple[str, int, int]:
    """``text`` and the bounds of ``words`` in it: the arguments of a check on one mention."""
    start = text.index(words)
    return text, start, start + len(words)


def posting_skills(posting: str) -> set[str]:
    """The skill names of a posting's text as the analysis sections it (``skill_sections``), read by the
    vocabulary alone: no model, no tagger."""
    from credstack.analysis import skill_sections
    from credstack.postings import parse_posting
    from credstack.skills import extract_skills
    from credstack.skills.vocabulary import load_vocabulary

    return {s.name for s in extract_skills(skill_sections(parse_posting(posting)), load_vocabulary()).skills}


def analyzed(posting: str) -> set[str]:
    """Every skill and context name the real analysis gives a posting, the shipped span tagger on (``found``
    reads without it): for behaviour that depends on what the tagger makes of a sentence."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting
    from credstack.resources import Resources

    result = analyze(parse_posting(posting.encode()), Resources.load(), recommend=False)
    return {s.name for s in [*result.skills, *result.context]}
