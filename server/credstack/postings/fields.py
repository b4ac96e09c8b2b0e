"""Small normalisers for posting facts, shared by pages and text postings."""

from __future__ import annotations

import re

from credstack.postings import facts
from credstack.postings.text import clean_inline
from credstack.postings.title_words import title_cues


def first_set(*values):
    """The first value that is set; callables are asked only when everything before them is empty."""
    for value in values:
        value = value() if callable(value) else value
        if value:
            return value
    return None


def first_part(value: str | None) -> str | None:
    """"Austin, TX · 2 weeks ago · 87 applicants" -> "Austin, TX"."""
    if not value:
        return value
    return re.split(r"\s+[·•|]\s+", value)[0].strip() or None


def employment_of(value: str | None) -> str | None:
    """A labelled schedule ("Full-time, Monday–Friday") -> its employment type, when it names one;
    several labelled facts ("Permanent / Full-Time") -> the most telling of the types they name."""
    return facts.telling_employment_type(value) if value else None


def stated_pay(value: str | None) -> str | None:
    return value if value and re.search(r"\d", value) else None


_RATING = re.compile(r"\s*(?:\d[.,]\d\s*(?:★+|\*|out of 5(?: stars)?)?|★+)$")
_NAME_SUFFIX = re.compile(r"\s+(logo|careers|jobs|job board|home ?page|careers? site|career page)$", re.IGNORECASE)


def clean_company(name: str | None) -> str | None:
    """ "at Acme" -> "Acme", "Acme logo" -> "Acme", "Acme Careers" -> "Acme", "Acme 4.1 ★" -> "Acme",
    "Karriere bei Acme" -> "Acme"."""
    if not name:
        return None
    name = re.sub(r"^(at|@)\s+", "", clean_inline(name), flags=re.IGNORECASE)
    name = _NAME_SUFFIX.sub("", _RATING.sub("", name)).strip(" -|·")
    if title_cues().vacancies_with_us.match(name):
        return None  # "Work with us": a career site's name, naming no employer
    site = title_cues().vacancies_at.match(name)  # "Karriere bei Acme": the career site's name around the employer's
    name = site.group("company") if site else name
    if _CODE.fullmatch(name):
        return None  # "10231BR", "REQ-20931": a requisition or job number beside the title, not a name
    return name or None


# One token, mostly digits: an identifier ("10231BR", "R-004512"), never an employer's name ("3M").
_CODE = re.compile(r"(?=(?:\D*\d){3})(?=[^\s]*$)(?:[A-Z]{0,4}[-_#]?)?\d[\dA-Z-]*")
