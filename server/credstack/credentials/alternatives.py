"""Certifications a posting accepts in place of each other: "SHRM-CP or PHR", "CSM, PSM I or
SAFe Agilist", "PMP/PRINCE2". Such a list is one slot: one credential answers it.

Found in the posting's own words: the places where the certifications it names are written, and
the joining words between neighbours. A run of names joined by commas, "or" or "/" is one slot when
at least one join is "or" or "/", or the list ends "or equivalent" or "or" another qualification
in capitals ("LMSW, LCSW or MSW": the master's degree is no certification, but the list is choices);
"PMP, CSM and ITIL" asks for all three.

Languages are offered the same way ("fluent in English AND at least one of the following languages:
German, French, Spanish ... or Russian": one of the nine), joined by "or" alone: "English/Welsh",
"English and Spanish" ask for both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from credstack.skills.model import SkillKind, SkillMention

_OR = re.compile(r"^[\s,()]*(?:or|/|and/or|either)[\s()]*(?:an?\s+|the\s+)?$", re.I)
_SAME = re.compile(r"^[\s(]*$")  # "Certified ScrumMaster (CSM)": one name written twice
_LIST = re.compile(r"^[\s,()]*,[\s()]*$")
_OR_EQUIVALENT = re.compile(r"^[\s,)]*or\s+(?:an?\s+|the\s+)?(?:equivalent|similar|comparable|other|related)\b", re.I)
# a list of certifications that ends "or" another qualification in letters ("LMSW, LCSW or MSW"):
# the degree after the last "or" is no certification, but the "or" still offers the list as choices
_OR_LETTERS = re.compile(r"^[\s,)]*or\s+(?:an?\s+|the\s+)?[A-Z]{2,}(?![\w-])")
MAX_GAP = 30  # characters between two names for them to be neighbours in one list


def either_or(text: str, skills: Sequence[SkillMention],
              named: dict[str, Sequence[str]] | None = None) -> list[frozenset[str]]:
    """Groups of certification names ``text`` offers as alternatives; ``named`` adds credentials the
    catalog found in the text (name -> the forms written). Then groups of languages offered so."""
    forms_of = {s.name: {s.name, *s.mentions} for s in skills if s.kind == SkillKind.CERTIFICATION}
    for name, forms in (named or {}).items():
        forms_of.setdefault(name, set()).update(forms)
    groups = _groups(text, forms_of, _OR)
    languages = {s.name: {s.name, *s.mentions} for s in skills if s.kind == SkillKind.LANGUAGE}
    if len(languages) >= 2:
        groups += [g for g in _groups(text, languages, _OR_WORD) if g not in groups]
    return groups


_OR_WORD = re.compile(r"^[\s,()]*(?:or|and/or|either)[\s()]*$", re.I)


def _groups(text: str, forms_of: dict[str, set[str]], or_join: re.Pattern) -> list[frozenset[str]]:
    """Runs of the names of ``forms_of`` joined by commas and ``or_join``, at least one join ``or_join``."""
    spots: list[tuple[int, int, str]] = []
    for name, forms in forms_of.items():
        for form in forms:
            if not form:
                continue
            pattern = re.compile(r"(?<![\w+])" + re.escape(form) + r"(?![\w+])", re.I)
            spots.extend((m.start(), m.end(), name) for m in pattern.finditer(text))
    spots = _outermost(sorted(spots, key=lambda s: (s[0], -(s[1] - s[0]))))
    groups: list[frozenset[str]] = []
    run: list[str] = []
    ors = False
    for i, (start, _end, name) in enumerate(spots):
        if i and run:
            between = text[spots[i - 1][1]:start]
            if name == run[-1] and _SAME.match(between):
                continue
            if len(between) <= MAX_GAP and (or_join.match(between) or _LIST.match(between)) and "\n" not in between:
                ors = ors or bool(or_join.match(between))
                if name not in run:
                    run.append(name)
                continue
            _close(run, ors or (or_join is _OR and _ends_or(text[spots[i - 1][1]:])), groups)
            ors = False
        run = [name]
    if spots:
        _close(run, ors or (or_join is _OR and _ends_or(text[spots[-1][1]:])), groups)
    return groups


def _ends_or(after: str) -> bool:
    """Whether the words after a list offer it as choices: "or equivalent", "or MSW"."""
    return bool(_OR_EQUIVALENT.match(after) or _OR_LETTERS.match(after))


def _close(run: list[str], ors: bool, groups: list[frozenset[str]]) -> None:
    if ors and len(set(run)) >= 2:
        group = frozenset(run)
        if group not in groups:
            groups.append(group)


def _outermost(spots: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a name found inside a longer one ("CCNA" within "CCNA Security")."""
    out: list[tuple[int, int, str]] = []
    for spot in spots:
        if out and spot[0] < out[-1][1]:
            continue
        out.append(spot)
    return out
