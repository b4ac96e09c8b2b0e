"""A lone everyday word the tagger marks ("record" of "a strong academic record", "safety" of
"process safety") is widened over the neighbours it reads as part of the name, almost as likely
as its own words; below that, or over joining words and vocabulary names, it stays a lone word
(no chip). Synthetic postings; a fake tagger with a probability per word."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import TextKind, TextSection, extract_skills
from credstack.skills.model import SkillKind
from credstack.skills.tagger import Tagged
from credstack.skills.vocabulary import load_vocabulary


class ProbableTagger(FakeTagger):
    """``FakeTagger`` whose words outside its spans have the given probabilities (else 0.02)."""

    def __init__(self, phrases: dict[str, str], near: dict[str, float]):
        super().__init__(phrases)
        self.near = near

    def read(self, texts):
        out = []
        for text, reading in zip(texts, super().read(texts), strict=True):
            in_span = [p if p > 0.5 else self.near.get(text[s:e], p)
                       for (s, e), p in zip(reading.words, reading.in_span, strict=True)]
            out.append(Tagged(reading.spans, reading.words, in_span))
        return out


def others(text: str, phrases: dict[str, str], near: dict[str, float]) -> set[str]:
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=ProbableTagger(phrases, near))
    return {s.name for s in result.skills if s.kind == SkillKind.OTHER}


def test_a_lone_word_is_widened_over_neighbours_the_tagger_half_reads_as_the_name():
    text = "- A strong academic record is an advantage\n- Good understanding of process safety."
    found = others(text, {"record": "knowledge", "safety": "knowledge"}, {"academic": 0.47, "process": 0.47})
    assert {"academic record", "process safety"} <= found
    assert not {"record", "safety"} & found


def test_unlikely_neighbours_joining_words_and_vocabulary_names_are_not_taken():
    text = "- A strong academic record is an advantage\n- Knowledge of Python and safety rules"
    found = others(text, {"record": "knowledge", "safety": "knowledge"},
                   {"academic": 0.2, "and": 0.9, "Python": 0.9})
    assert not found  # "record" and "safety" alone stay no chips
