"""Abbreviations a text defines for itself: "Packaging Corporation of America (PCA)" says that, in
this posting, "PCA" is that company, not the cloud architect certification or any other meaning a
catalog gives the letters."""

from __future__ import annotations

import re

# "Long Name of Things (LNT)": up to eight words, capitalised or small joining words, before the
# letters in brackets.
_DEFINITION = re.compile(r"((?:[A-Z][\w&'’.-]*|of|and|for|the|de|du|der|&)(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|de|"
                         r"du|der|&)){0,7})\s*\(([A-Z][A-Z0-9&]{1,7})\)")
_SMALL = frozenset({"of", "and", "for", "the", "de", "du", "der", "&"})
# The letters in brackets every definition ends in: a text without them is not read word by word.
LETTERS_IN_BRACKETS = re.compile(r"\([A-Z][A-Z0-9&]{1,7}\)")
MAX_TEXT = 100_000


def defined_abbreviations(text: str) -> dict[str, str]:
    """Letters -> the long form the text spells them out as, when the initials of the words right
    before the brackets give the letters ("Patient Care Assistant (PCA)", "Packaging Corporation of
    America (PCA)")."""
    out: dict[str, str] = {}
    for words, letters in _definitions(text):
        long = initials_match(words, letters.replace("&", ""))
        if long:
            out.setdefault(letters, long)
    return out


def _definitions(text: str):
    """(the words before the brackets, the letters in them) of each "Long Name (LN)" in ``text``; none read
    when the text holds no letters in brackets."""
    text = text[:MAX_TEXT]
    if not LETTERS_IN_BRACKETS.search(text):
        return
    for m in _DEFINITION.finditer(text):
        yield m.group(1).split(), m.group(2)


def initials_match(words: list[str], letters: str) -> str | None:
    """The shortest run of the last words whose initials (small joining words skipped or kept) spell
    ``letters``."""
    for n in range(1, len(words) + 1):
        run = words[-n:]
        if run[0].lower() in _SMALL:
            continue
        capitals = "".join(w[0] for w in run if w.lower() not in _SMALL).upper()
        every = "".join(w[0] for w in run).upper()
        if letters.upper() in (capitals, every):
            return " ".join(run)
    return None


def means_something_else(letters: str, meaning: str, defined: dict[str, str]) -> bool:
    """The text defines ``letters`` as a long form that is not ``meaning`` (nor part of it)."""
    long = defined.get(letters)
    if not long:
        return False
    return long.casefold() not in meaning.casefold()


# The last word of an employer's or a provider's name ("... NHS Foundation Trust", "... Partnership", "... Ltd"); not
# a regulator's or an awarding body's ("General Dental Council (GDC)", "Chartered Institute of Personnel and Development
# (CIPD)", "American Heart Association (AHA)": their registration or award is asked), nor a process's ("Change
# Advisory Board (CAB)").
_ORGANISATION_WORD = re.compile(r"(?i)(?:trust|partnership|group|company|corporation|inc|ltd|llc|limited|plc|"
                                r"university|agency|foundation|network|alliance|bank|consortium|organi[sz]ation|"
                                r"clinic|federation|cooperative|co-operative)\.?")


def organisations_defined(text: str) -> frozenset[str]:
    """Letters the text spells out as an organisation's name, the name ending in a word for one: "Cambridgeshire
    and Peterborough NHS Foundation Trust (CPFT)", whose letters leave out "NHS" as such letters often do (the
    name's capitals hold the letters in order, the first and the last the same)."""
    out: set[str] = set()
    for words, letters in _definitions(text):
        if len(letters) < 2 or not _ORGANISATION_WORD.fullmatch(words[-1]):
            continue
        for n in range(2, len(words) + 1):
            capitals = "".join(w[0] for w in words[-n:] if w.lower() not in _SMALL).upper()
            if capitals[:1] == letters[:1] and _in_order(letters[1:], capitals[1:]):
                out.add(letters)
                break
    return frozenset(out)


def _in_order(letters: str, capitals: str) -> bool:
    """``letters`` stand in ``capitals`` in order (others between them allowed), the last ones the same."""
    if letters and (not capitals or letters[-1] != capitals[-1]):
        return False
    rest = iter(capitals)
    return all(letter in rest for letter in letters)
