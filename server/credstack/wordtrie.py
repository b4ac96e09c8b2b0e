"""One regular expression for many literal phrases, shaped as a trie.

``"|".join(phrases)`` makes Python's regex engine try every phrase at every position of the text:
the catalog's ~800 credential names and codes cost 11 ms a posting that way. As a trie, a position whose
letters begin no phrase fails at once, and phrases sharing a beginning are read once. The match is
the same: at each position the longest phrase whose end the caller's look-around accepts (branches
at one node begin with different characters, so at most one can go on; a phrase that ends where a
longer one goes on is tried after the longer one).

``held_word`` and ``case_folded`` serve the other way to spare a pattern its search: a text that
does not hold, in lower case, the literal word every match of the pattern holds needs no search.
"""

from __future__ import annotations

import re
from re._constants import LITERAL as _LITERAL
from re._parser import parse as _parse_pattern

_END = ""


def trie_alternation(phrases, *, ignore_case: bool = False) -> str:
    """A non-capturing regex body matching exactly ``phrases`` (a space in a phrase matches any run
    of white space, as ``\\s+``); ``ignore_case`` when the pattern is compiled with ``re.I`` (the
    trie is then built on lower-cased letters, so two casings of one phrase share their branch).
    Matches nothing when there are no phrases."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch.lower() if ignore_case else ch, {})
        if node is not root:
            node[_END] = {}
    return _emit(root) or "(?!x)x"


def _emit(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child)
                for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return "(?:" + body + ")?"
    return body


def held_word(pattern: str, flags: int) -> str | None:
    """The longest run of ASCII characters (three or more, lower case) that every match of ``pattern``
    holds, written out at its top level ("with" of the pattern of "in close collaboration with");
    None when it has none (an alternation at its top level, say) or cannot be read."""
    try:
        items = list(_parse_pattern(pattern, flags))
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise is simply never narrowed
        return None
    best, run = "", ""
    for op, value in items:
        if op is _LITERAL and value < 128:
            run += chr(value).lower()
            continue
        best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    return best if len(best) >= 3 else None


# The characters beyond ASCII that a pattern ignoring case reads as ASCII letters: "İ" and "ı" as
# "i", "ſ" as "s", the Kelvin sign as "k". A text is folded with them before its lower case is
# looked for a phrase's word, so no phrase the pattern would find is left out.
_ASCII_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


def case_folded(text: str) -> str:
    """``text`` in lower case, with the characters a pattern ignoring case reads as ASCII letters made
    those letters: an ASCII word a pattern finds in it, in any case, is in this text in lower case."""
    if any(chr(c) in text for c in _ASCII_FOLD):
        text = text.translate(_ASCII_FOLD)
    return text.lower()


def held_in(items: tuple[tuple[str, str | None], ...], text: str) -> tuple[str, ...]:
    """Of (pattern, the word every match of it holds) pairs (``held_word``; None: no word sure), the
    patterns ``text`` may match: those whose word it holds in any case, and those without a word. A
    pattern left out matches nowhere in the text, so an alternation of the rest finds what the
    alternation of them all would."""
    folded = case_folded(text)
    return tuple(p for p, word in items if word is None or word in folded)
