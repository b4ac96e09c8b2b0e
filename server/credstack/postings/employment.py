"""Employment types as pages write them (``data/postings_employment.json``): full- or part-time, a
contract, a fixed term, an internship, a permanent post; in many languages. Read by the facts of a
page, its labelled fields and its structured data alike, so it depends on no other postings module."""

from __future__ import annotations

import json
import re
from importlib import resources

EMPLOYMENT_DATA = json.loads((resources.files("credstack") / "data" / "postings_employment.json").read_text("utf-8"))


def term_pattern(pattern: str) -> str:
    """A Latin-script term matches whole words; a Japanese or Korean one anywhere (no spaces there)."""
    latin = all(ord(c) < 0x250 for c in pattern)
    return rf"\b(?:{pattern})\b" if latin else pattern


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _is_latin(pattern: str) -> bool:
    return all(ord(c) < 0x250 for c in pattern)


_TYPES = EMPLOYMENT_DATA["types"]
# one search for every Latin-script term (whole words) and one for the rest; the matched words
# then say which type they name
_LATIN_TERMS = [p for ps in _TYPES.values() for p in ps if _is_latin(p)]
_OTHER_TERMS = [p for ps in _TYPES.values() for p in ps if not _is_latin(p)]
EMPLOYMENT = re.compile(rf"\b(?:{_alternation(_LATIN_TERMS)})\b|{_alternation(_OTHER_TERMS)}", re.IGNORECASE)
_TYPE_OF = [(name, re.compile(_alternation(patterns), re.IGNORECASE)) for name, patterns in _TYPES.items()]


def type_named(words: str) -> str | None:
    return next((name for name, pattern in _TYPE_OF if pattern.fullmatch(words)), None)


def find_employment_type(text: str, in_prose: bool = False) -> str | None:
    """Full-time, Part-time, Contract, ... as the text states it.

    ``in_prose``: the text is a description, where "contract" also means contract law or vendor
    contracts; there it counts only as "contract role", "6-month contract", "contract-to-hire"...
    """
    enumerated_until = -1
    for m in EMPLOYMENT.finditer(text):
        name = type_named(m.group())
        if in_prose and m.start() < enumerated_until:
            continue
        enumeration = _enumeration_at(text, m) if in_prose else None
        if enumeration:
            enumerated_until = enumeration
            continue  # "talent scouts for permanent, fixed-term and temp jobs": the trade's, not this job's
        window = text[max(0, m.start() - 20):m.end() + 25] if in_prose else ""
        if in_prose and m.group().lower() in _AMBIGUOUS_IN_PROSE and not _CONTRACT_JOB.search(window):
            continue
        if in_prose and m.group().lower() == "permanent" and _PERMANENT_OTHER.match(text, m.start(), m.end() + 40):
            continue  # "the permanent and unrestricted right to work in the UK", "permanent residents"
        if name and in_prose and _on_a_short_line(text, m.start(), m.end()):
            # a line of facts in the text ("Permanent, full-time") states the most telling of its types
            return telling_employment_type(_line_at(text, m.start(), m.end())) or name
        if name:
            return _compound_type(text, m) or name
    return None


_COMPOUND_GLUE = re.compile(r"[ \t-]{1,2}|,[ \t]*")
_HOURS = frozenset({"Full-time", "Part-time"})


def _compound_type(text: str, m: re.Match) -> str | None:
    """Two types written as one ("a permanent part-time capacity", "permanent full time", "a
    permanent, full-time position"): the more telling of them, as on a line of facts. None when no
    second type follows at once; after a comma, only hours beside a type of another kind ("full-time,
    part-time" is a choice of hours, not one job's two facts)."""
    glue = _COMPOUND_GLUE.match(text, m.end())
    second = EMPLOYMENT.match(text, glue.end()) if glue else None
    if second and "," in glue.group() and len({type_named(m.group()), type_named(second.group())} & _HOURS) != 1:
        return None
    return telling_employment_type(text[m.start():second.end()]) if second else None


# between the types of an enumeration: a comma, a slash, "and", "or" (in the languages of the terms)
_LIST_GLUE = re.compile(r"\s*(?:,|/|&|\+|\b(?:and|or|et|ou|und|oder|y|o|e|og|eller|och)\b)\s*(?:(?:and|or|et|ou|und|"
                        r"oder|y|o|e|og|eller|och)\s+)?", re.IGNORECASE)
MIN_ENUMERATED_TYPES = 3


def _enumeration_at(text: str, first: re.Match) -> int:
    """Where an enumeration of ``MIN_ENUMERATED_TYPES`` employment types or more, of at least two
    kinds, that starts at ``first`` ends ("CDI, CDD, Intérim", "permanent, temporary or contract"):
    an agency's or a board's trade in prose, not a job's type. 0 when none starts there."""
    end, names, count = first.end(), {type_named(first.group())}, 1
    while True:
        glue = _LIST_GLUE.match(text, end)
        nxt = EMPLOYMENT.match(text, glue.end()) if glue and glue.end() > end else None
        if not nxt:
            break
        end, count = nxt.end(), count + 1
        names.add(type_named(nxt.group()))
    return end if count >= MIN_ENUMERATED_TYPES and len(names - {None}) >= 2 else 0


# When facts name several types ("Appointment type: Permanent", "Work schedule: Full-Time"), the
# one that tells a job seeker most: a tenure other than the usual (a fixed term, a contract, an
# internship) first, then the hours (full- or part-time), and "Permanent", the usual case, last.
_TELLING_ORDER = ("Temporary", "Contract", "Internship", "Freelance", "Full-time", "Part-time", "Permanent")


def canonical_employment_type(value: str | None) -> str | None:
    """A site's value that is one type's name as spelled there ("Full time") -> that type's name;
    anything longer ("Fixed term contract") as the site wrote it."""
    if not value:
        return value
    return type_named(value.strip()) or value


def telling_employment_type(text: str) -> str | None:
    """The most telling employment type among those a run of stated facts names (see
    ``_TELLING_ORDER``); hours both ways ("Part-time, Full-time": a workload range) tell nothing."""
    named = {name for name in (type_named(m.group()) for m in EMPLOYMENT.finditer(text)) if name}
    if {"Full-time", "Part-time"} <= named:
        named -= {"Full-time", "Part-time"}
    ranked = [name for name in _TELLING_ORDER if name in named]
    return ranked[0] if ranked else next(iter(sorted(named)), None)


# words that name a contract type in a header but mean something else in prose ("contract law",
# "intern team", "temporal data")
_AMBIGUOUS_IN_PROSE = frozenset({"contract", "contractor", "intern", "temporal"})
MAX_FACT_LINE_CHARS = 40


def _line_at(text: str, start: int, end: int) -> str:
    """The line of ``text`` around ``start:end`` when it is short, else ""."""
    line_start = text.rfind("\n", max(0, start - MAX_FACT_LINE_CHARS), start) + 1
    line_end = text.find("\n", end, end + MAX_FACT_LINE_CHARS + 1)
    if (line_start == 0 and start >= MAX_FACT_LINE_CHARS) or (line_end == -1 and len(text) - end > MAX_FACT_LINE_CHARS):
        return ""
    line = text[line_start:line_end if line_end != -1 else len(text)].strip()
    return line if len(line) <= MAX_FACT_LINE_CHARS else ""


def _on_a_short_line(text: str, start: int, end: int) -> bool:
    """The words stand on a short line of their own ("Permanent", "Permanent, Full-time"): a fact."""
    return bool(_line_at(text, start, end))


# "permanent" in prose names the job's tenure ("recruiting for permanent Band 5 Chaplains"), unless a
# right to work, a residence or an address follows it
_PERMANENT_OTHER = re.compile(r"permanent(?:\s+(?:and|&)\s+\w+)?\s+(?:right|resident|residen|address|settlement|"
                              r"leave to remain|visa|immigra|home|makeup|record)", re.IGNORECASE)
_CONTRACT_JOB = re.compile(r"\b(\d+[- ]?(month|week|year)s?\s+contract|contract(\s+|-)(role|position|job|basis|"
                           r"assignment|opportunity|to[- ]hire|to[- ]perm|engagement)|(fixed[- ]term|temporary|"
                           r"short[- ]term|long[- ]term|initial)\s+contract|on\s+(a\s+)?contract)\b", re.IGNORECASE)


# A title's shift and hours as healthcare and retail boards abbreviate them: "RN - Medical ICU - PT
# Nights", "CNA FT Days", "Nights, PT": "FT"/"PT" in capitals beside a shift word (alone, "PT" is as
# often a physical therapist).
_SHIFT = r"(?:days?|nights?|evenings?|weekends?|nocs?|rotating|variable|mornings?|afternoons?|\d{1,2}\s*(?:hr|hour)s?)"
_TITLE_HOURS = re.compile(rf"\b(?P<a>FT|PT)\b[ \t]*[-/,]?[ \t]*(?i:{_SHIFT})\b"
                          rf"|(?i:{_SHIFT})[ \t]*[-/,]?[ \t]*\b(?P<b>FT|PT)\b")
_HOURS_OF = {"FT": "Full-time", "PT": "Part-time"}


def employment_in_title(title: str | None) -> str | None:
    """Full- or part-time as a job's title states it: spelled out ("Cook - Part Time") or abbreviated
    beside a shift ("PT Nights"). Other types a title may hold are names as often ("Contract
    Manager", "Temporary Housing Coordinator") and are not read from it."""
    if not title:
        return None
    m = _TITLE_HOURS.search(title)
    if m:
        return _HOURS_OF[m.group("a") or m.group("b")]
    found = find_employment_type(title)
    return found if found in ("Full-time", "Part-time") else None
