"""What the tagger nearly read: a one-word tagger span that names nothing alone ("applications",
"wind") is widened over the words right beside it that the tagger nearly put in it ("web
applications", "wind turbines"), its argmax having cut the name to an everyday word; and a run of
words it nearly read as knowledge, where it read no span, is one. Synthetic postings, a fake
tagger whose in-span probabilities are set word by word."""

from __future__ import annotations

from tests.skills.test_tagger import FakeTagger

from credstack.skills import NEAR_IN_SPAN, WIDEN_IN_SPAN, TextKind, TextSection, extract_skills
from credstack.skills.model import SkillKind
from credstack.skills.vocabulary import load_vocabulary


class NearTagger(FakeTagger):
    """FakeTagger, with the words of ``near`` given their own probability of being in a span
    (a number: all of it knowledge; a pair: (in a span, of which knowledge))."""

    def __init__(self, phrases: dict[str, str], near: dict[str, float | tuple[float, float]]):
        super().__init__(phrases)
        self.near = near

    def read(self, texts):
        out = super().read(texts)
        for text, tagged in zip(texts, out, strict=True):
            tagged.knowledge = list(tagged.in_span)
            for word, p in self.near.items():
                in_span, knowledge = p if isinstance(p, tuple) else (p, p)
                at = text.find(word)
                for k, (s, e) in enumerate(tagged.words):
                    if at >= 0 and s == at and e == at + len(word):
                        tagged.in_span[k], tagged.knowledge[k] = in_span, knowledge
        return out


def read(text: str, phrases: dict[str, str], near: dict[str, float]) -> tuple[set[str], None]:
    """(names of "other" skills, None) of one requirements section."""
    result = extract_skills([TextSection(TextKind.REQUIREMENTS, text, "Requirements")], load_vocabulary(),
                            tagger=NearTagger(phrases, near))
    return {s.name for s in result.skills if s.kind == SkillKind.OTHER}, None


def test_a_lone_everyday_word_grows_over_the_words_the_tagger_nearly_took():
    others, _ = read("- 3+ years servicing outboard marine engines for clients",
                     {"engines": "knowledge"}, {"marine": 0.45})
    assert "marine engines" in others
    others, _ = read("- Grid connection of wind turbines and substations",
                     {"wind": "knowledge"}, {"turbines": 0.6})
    assert "wind turbines" in others


def test_words_the_tagger_left_well_out_stay_out():
    others, _ = read("- 3+ years servicing outboard marine engines for clients",
                     {"engines": "knowledge"}, {"marine": WIDEN_IN_SPAN - 0.1})
    assert not {"marine engines", "engines"} & others


def test_no_widening_over_joiners_punctuation_or_a_sentence_starting_inside():
    # a stop word or a comma between: the name does not run on
    others, _ = read("- Knowledge of engines, marine kits", {"engines": "knowledge"}, {"marine": 0.6})
    assert not any("marine" in o for o in others)
    # a lower-case word followed by a capitalised one: a glued next line ("machine Reading drawings")
    others, _ = read("- Operate the cutting machine Reading drawings daily",
                     {"drawings": "knowledge"}, {"machine": 0.6, "Reading": 0.6})
    assert not any("machine" in o or "Reading" in o for o in others)


def test_a_word_that_names_something_alone_is_not_widened():
    others, _ = read("- Experience with Pentaho reports", {"Pentaho": "knowledge"}, {"reports": 0.6})
    assert "Pentaho" in others and "Pentaho reports" not in others


def test_no_widening_left_over_a_verb_before_the_name():
    # a participle or gerund before it is the duty's verb, not part of the name
    others, _ = read("- Report discovered marine engines to the workshop", {"engines": "knowledge"},
                     {"discovered": 0.6, "marine": 0.6})
    assert "marine engines" in others and not any("discovered" in o for o in others)
    # a duty's opening verb, at the start of its line
    result = extract_skills([TextSection(TextKind.RESPONSIBILITIES, "- Service marine engines on board", "Duties")],
                            load_vocabulary(), tagger=NearTagger({"engines": "knowledge"}, {"Service": 0.6, "marine": 0.6}))
    others = {s.name for s in result.skills if s.kind == SkillKind.OTHER}
    assert "marine engines" in others and "Service marine engines" not in others


def test_words_the_tagger_nearly_read_as_a_name_are_one():
    near = {"marine": 0.6, "diesel": 0.55, "engines": 0.7}
    others, _ = read("- Knowledge of marine diesel engines is required", {}, near)
    assert "marine diesel engines" in others
    # below the threshold, or more likely a duty phrase than knowledge: nothing
    low = {w: NEAR_IN_SPAN - 0.05 for w in near}
    assert not read("- Knowledge of marine diesel engines is required", {}, low)[0]
    duty = {w: (0.7, 0.2) for w in near}
    assert not read("- Knowledge of marine diesel engines is required", {}, duty)[0]


def test_near_words_with_a_joiner_inside_or_naming_a_body_are_no_name():
    assert not read("- Follow rules and regulations", {}, {"rules": 0.7, "and": 0.6, "regulations": 0.7})[0]
    assert not read("- Liaise with Correctional Services staff", {}, {"Correctional": 0.7, "Services": 0.7})[0]
    # a single word is no run
    assert not read("- Knowledge of engines is required", {}, {"engines": 0.9})[0]
