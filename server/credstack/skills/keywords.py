"""Skill-like phrases that the vocabulary does not know: product names, acronyms, tech terms.

A cheap filter in front of KeyBERT: only phrases shaped like tool or technique names are
candidates ("Terragrunt", "ClickHouse", "gRPC-Web", "SOC 2"), never ordinary words.
"""

from __future__ import annotations

import bisect
import re

from credstack.budget import every
from credstack.places import load_places

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-/]*[A-Za-z0-9+#]|[A-Za-z]")
# Words that name nothing alone: function words, and those that go around a skill in a posting.
STOP_WORDS = frozenset("""
a about above after again all also an and any are as at be been being both but by can could did do does
doing during each either etc few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not now of off on once only or other our ours out over
own per same she should so some such than that the their them then there these they this those through to
too under until up very was we were what when where which while who whom why will with within without would
you your yours yourself yourselves ability able across along among around based day days degree e.g etc
experience experienced team teams work working years year role company job position candidate candidates
including include includes new strong good great excellent knowledge understanding skills skill plus
preferred required requirements qualifications responsibilities bonus must nice like using use used well
within related relevant least minimum equivalent field similar similarly monday tuesday wednesday thursday
state states friday saturday sunday january february march april may june july august september october
november december
""".split())
MAX_CANDIDATES = 24


# Abbreviations written with inner dots that are words, not names ("i.e.", "e.g.", "a.m."): the dot
# makes them look like "Node.js", and they are nothing a posting asks for.
_DOTTED_WORD = re.compile(r"(?:[a-z]\.){1,3}[a-z]?\.?")


def _skill_shaped(token: str) -> bool:
    if _DOTTED_WORD.fullmatch(token):
        return False
    inner_upper = any(c.isupper() for c in token[1:])
    has_digit = any(c.isdigit() for c in token)
    has_tech_punct = any(c in "+#./" for c in token[1:-1]) or token.endswith(("+", "#"))
    return (inner_upper or (has_digit and token[0].isalpha()) or has_tech_punct) and len(token) > 1


class _Spans:
    """Known matches, sorted, for an overlap test in log time (a per-token scan over every match
    made long pages quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # the furthest end among the spans up to each index: matches never nest, but be safe
        self.reach: list[int] = []
        furthest = -1
        for _, e in self.spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.reach[i] > start


def keyword_candidates(text: str, known: list[tuple[int, int]]) -> list[str]:
    """Phrases of 1-3 tokens in ``text`` that look like skills and overlap no known match."""
    seen: dict[str, None] = {}
    taken = _Spans(known)
    for line in every(re.finditer(r"[^\n]+", text), 64):
        tokens = [(m.group(), line.start() + m.start(), line.start() + m.end()) for m in _TOKEN.finditer(line.group())]
        for i, (tok, start, end) in enumerate(tokens):
            if tok.lower() in STOP_WORDS or taken.overlaps(start, end):
                continue
            sentence_start = i == 0 or text[tokens[i - 1][2]:start].strip() in (".", ":", "-", "*", "•")
            proper = tok[0].isupper() and not sentence_start and tok.lower() not in STOP_WORDS
            if not (_skill_shaped(tok) or (proper and len(tok) > 2)):
                continue
            phrase = tok
            # extend with a following capitalised or skill-shaped token ("Apache Pinot", "SOC 2")
            if i + 1 < len(tokens):
                nxt, n_start, n_end = tokens[i + 1]
                gap = text[end:n_start]
                joinable = nxt[0].isupper() or nxt.isdigit() or _skill_shaped(nxt)
                if gap == " " and nxt.lower() not in STOP_WORDS and joinable \
                        and not taken.overlaps(n_start, n_end):
                    phrase = f"{tok} {nxt}"
            phrase = phrase.strip(".-/")
            if load_places().is_place(phrase):  # "licensed in the State of Illinois", "work in Canada"
                continue
            seen.setdefault(phrase, None)
            if len(seen) >= MAX_CANDIDATES:
                return list(seen)
    return list(seen)
