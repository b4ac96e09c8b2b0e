"""What a regular expression cannot match without: a few literal strings, one of which every match
holds. A clause holding none of them is not searched at all; searching costs more than the check
(the employer cues: 34 patterns over every clause of a posting, 3.1 ms a SkillSpan posting).
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser of the standard library's own engine (private, so looked for and never required)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python's layout: no prefilter, every search runs
    _parser = _c = None


@lru_cache(maxsize=1024)
def needed_strings(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which stands in every match of ``pattern`` (written in lower case,
    the text is compared lower-cased), or None when no such set is known: then the pattern must be
    searched. Only parts every match goes through count: a run of literal characters, a group, a
    repeat of at least one, an alternation whose every branch has its own; the longest set's
    shortest string is taken, so the check is the most selective one found."""
    if _parser is None:
        return None
    try:
        return _needed(_parser.parse(pattern))
    except Exception:  # noqa: BLE001 - an unknown construct: search without a prefilter
        return None


def _needed(items) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if not b:
            return a
        if not a:
            return b
        return a if min(map(len, a)) >= min(map(len, b)) else b

    for op, value in items:
        if op is _c.LITERAL and value < 128:  # beyond ASCII a letter may fold to an ASCII one ("K", Kelvin)
            run.append(chr(value).lower())
            continue
        if run:
            best, run = better(best, frozenset({"".join(run)})), []
        if op is _c.SUBPATTERN:
            best = better(best, _needed(value[-1]))
        elif op is _c.BRANCH:
            branches = [_needed(branch) for branch in value[1]]
            if all(branches):
                best = better(best, frozenset().union(*branches))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
            best = better(best, _needed(value[2]))
    if run:
        best = better(best, frozenset({"".join(run)}))
    return best


def may_match(needs: frozenset[str] | None, lowered: str | None) -> bool:
    """Whether a pattern with ``needs`` (``needed_strings``) may match a text whose lower-case form is
    ``lowered`` (None: not known, as for text beyond ASCII, whose lower case may differ in length)."""
    return needs is None or lowered is None or any(n in lowered for n in needs)


def compile_with_needs(pattern: str) -> tuple[re.Pattern, frozenset[str] | None]:
    """``pattern`` compiled, with what it needs."""
    return re.compile(pattern), needed_strings(pattern)
