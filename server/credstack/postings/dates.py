"""Posting dates as ISO days ("2024-03-05"), from whatever a page states: ISO stamps, written
dates ("March 5, 2024", "5. März 2024"), or an age ("Posted 3 days ago", "vor 2 Wochen")
counted back from the day the page was seen."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as date_parser

# A date is a few words; anything longer is prose that merely holds a number.
MAX_DATE_CHARS = 60
EARLIEST_YEAR = 1995

_UNITS = {
    "minute": 0, "min": 0, "hour": 0, "hr": 0, "h": 0, "day": 1, "d": 1, "week": 7, "wk": 7, "w": 7, "month": 30,
    "mo": 30, "year": 365, "yr": 365,
    # German, French, Spanish, Portuguese, Italian, Dutch
    "minute(n)": 0, "stunde": 0, "stunden": 0, "tag": 1, "tagen": 1, "tage": 1, "woche": 7, "wochen": 7,
    "monat": 30, "monaten": 30, "jahr": 365, "jahren": 365,
    "heure": 0, "heures": 0, "jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "mois": 30, "an": 365, "ans": 365,
    "hora": 0, "horas": 0, "día": 1, "días": 1, "dia": 1, "dias": 1, "semana": 7, "semanas": 7, "mes": 30,
    "meses": 30, "año": 365, "años": 365, "ano": 365, "anos": 365,
    "ora": 0, "ore": 0, "giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7, "mese": 30, "mesi": 30,
    "uur": 0, "dag": 1, "dagen": 1, "weken": 7, "maand": 30, "maanden": 30,
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "ein": 1, "einem": 1, "einer": 1, "un": 1, "une": 1, "uno": 1,
                 "una": 1, "um": 1, "uma": 1, "een": 1}
_AGE = re.compile(
    r"(?:(?:vor|il y a|hace|há|ha|fa)\s+)?(?P<n>\d{1,3}|[a-zäöüéíáó]+)\+?\s*(?P<unit>[a-zäöüéíáó]+?)s?\.?"
    r"(?:\s+(?:ago|geleden|fa|atrás))?\b",
    re.IGNORECASE,
)
_AGE_CUE = re.compile(r"\b(ago|vor|il y a|hace|há|geleden|fa|atrás)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(today|just (now|posted)|heute|aujourd'hui|hoy|hoje|oggi|vandaag)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(yesterday|gestern|hier|ayer|ontem|ieri|gisteren)\b", re.IGNORECASE)
_GERMAN_MONTHS = {"januar": "January", "jänner": "January", "februar": "February", "märz": "March",
                  "mai": "May", "juni": "June", "juli": "July", "oktober": "October", "dezember": "December"}


def parse_date(value: str | None, anchor: date | None = None) -> str | None:
    """The ISO day a stated date or age names, or None when it names none.

    ``anchor`` is the day the page was seen (a saved page's own date); ages count back from it,
    or from today when the page states no date of its own.
    """
    if not value:
        return None
    text = " ".join(str(value).split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)  # the day as stated, whatever its time zone
    if iso:
        return _checked(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    relative = _relative(text, anchor or date.today())
    if relative is not None:
        return relative.isoformat()
    if not re.search(r"\d{4}|\b\d{1,2}\b", text):  # "Full-time": no day or year at all
        return None
    for german, english in _GERMAN_MONTHS.items():
        text = re.sub(rf"\b{german}\b", english, text, flags=re.IGNORECASE)
    text = re.sub(r"(?i)^(posted|published|date posted|posted on|reposted)\s*:?\s*", "", text)
    dayfirst = bool(re.match(r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}", text))  # 05.03.2024 is European
    try:
        parsed = date_parser.parse(text, dayfirst=dayfirst, fuzzy=True, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if not re.search(r"\d{4}", text):  # "March 5" alone: the year is a guess, so say nothing
        return None
    return _checked(parsed.year, parsed.month, parsed.day)


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if EARLIEST_YEAR <= year <= date.today().year + 1 else None


def _relative(text: str, anchor: date) -> date | None:
    if _YESTERDAY.search(text):
        return anchor - timedelta(days=1)
    if _TODAY.search(text) and not re.search(r"\d", text):
        return anchor
    if not _AGE_CUE.search(text) and not re.search(r"^\s*(posted|active|reposted)?\s*\d{1,3}\+?\s*[dhw]\b",
                                                    text, re.IGNORECASE):
        return None
    for m in _AGE.finditer(text):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        unit = m.group("unit").lower()
        days = _UNITS.get(unit, _UNITS.get(unit.rstrip("s")))
        if n is not None and days is not None:
            return anchor - timedelta(days=n * days)
    return None

