"""Title cues (``data/postings_titles.json``): the words of job titles, headings that are never a
job title ("Job description", "Apply now") and the noise boards add around titles."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from credstack.postings.text import clean_inline


@dataclass(frozen=True)
class TitleCues:
    job_words: re.Pattern
    not_titles: re.Pattern
    noise: re.Pattern
    list_titles: re.Pattern
    company_first: re.Pattern
    organisation_words: re.Pattern
    team_words: re.Pattern
    closed_notices: re.Pattern
    legal_name: re.Pattern
    resume_titles: re.Pattern
    resume_headings: re.Pattern
    vacancies_at: re.Pattern
    vacancies_with_us: re.Pattern


@lru_cache(maxsize=1)
def title_cues() -> TitleCues:
    data = json.loads((resources.files("credstack") / "data" / "postings_titles.json").read_text("utf-8"))
    words = "|".join(re.escape(w) for w in sorted(set(data["job_words"]), key=len, reverse=True))
    return TitleCues(
        job_words=re.compile(rf"\b({words})\b", re.IGNORECASE),
        not_titles=re.compile("|".join(f"(?:{p})" for p in data["not_titles"]), re.IGNORECASE),
        noise=re.compile("|".join(f"(?:{p})" for p in data["title_noise"]), re.IGNORECASE),
        list_titles=re.compile("|".join(f"(?:{p})" for p in data["list_titles"]), re.IGNORECASE),
        company_first=_company_first(data["legal_forms"]),
        organisation_words=_whole_words(data["organisation_words"]),
        team_words=_whole_words(data["team_words"]),
        closed_notices=re.compile("|".join(f"(?:{p})" for p in data["closed_notices"]), re.IGNORECASE),
        legal_name=_legal_name(data["legal_forms"]),
        resume_titles=re.compile("|".join(f"(?:{p})" for p in data["resume_titles"]), re.IGNORECASE),
        resume_headings=re.compile("(?:" + "|".join(data["resume_headings"]) + r")\W*", re.IGNORECASE),
        vacancies_at=re.compile(rf"^{_phrases(data['vacancies_at'])}\s+(?!{_US}\W*$)(?P<company>\S.*)$",
                                re.IGNORECASE),
        vacancies_with_us=re.compile(rf"^{_phrases(data['vacancies_at'])}\s+{_US}\W*$", re.IGNORECASE),
    )


# "Work with us", "Lavora con noi": a career site's name that names no employer
_US = r"(?:us|uns|nous|ons|oss|os|noi|nosotros|nos)"


def _phrases(phrases: list[str]) -> str:
    return "(?:" + "|".join(p.replace(" ", r"\s+") for p in phrases) + ")"


def _whole_words(patterns: list[str]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(patterns, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = title_cues().noise.sub("", clean_inline(title)).strip(" -|–—:·")
    return title or None


def _legal_name(forms: list[str]) -> re.Pattern:
    """A whole part that is a registered name: a few words ending on a legal form ("Lowe's
    Companies Inc", "Acme GmbH")."""
    suffixes = "|".join(f for f in forms if f not in ("株式会社", "주식회사", "\\(주\\)"))
    return re.compile(rf"^[^\s,|]+(?:\s[^\s,|]+){{0,5}},?\s(?:{suffixes})$")


def _company_first(forms: list[str]) -> re.Pattern:
    """"三井不動産ファシリティーズ株式会社 保守・点検" / "Acme GmbH - Data Analyst": a name with its legal form
    first, then the rest (group ``rest``)."""
    suffixes = "|".join(f for f in forms if f not in ("株式会社", "주식회사", "\\(주\\)"))
    return re.compile(rf"^(?P<company>(?:株式会社|주식회사|\(주\))\s*\S+|\S+(?:株式会社|有限会社|合同会社)|"
                      rf"[^\s,|]+(?:\s[^\s,|]+){{0,4}}\s(?:{suffixes}))(?:\s+[-–:|]\s+|\s+)(?P<rest>[^\sa-z].*)$")
