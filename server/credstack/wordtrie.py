"""One regular expression for many literal phrases, shaped as a trie.

``"|".join(phrases)`` makes Python's regex engine try every phrase at every position of the text:
the catalog's ~800 credential names and codes cost 11 ms a posting that way. As a trie, a position whose
letters begin no phrase fails at once, and phrases sharing a beginning are read once. The match is
the same: at each position the longest phrase whose end the caller's look-around accepts (branches
at one node begin with different characters, so at most one can go on; a phrase that ends where a
longer one goes on is tried after the longer one).
"""

from __future__ import annotations

import re

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
