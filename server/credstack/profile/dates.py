"""Month dates as people and exports write them -> "YYYY-MM", and the one rule for expiry.

Profiles store months as "YYYY-MM" strings (LinkedIn's precision); :class:`Month` is the value
everything computes with, so nobody slices strings.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# Month names in Portuguese, Spanish, French, German and Italian whose first three letters are no
# English month's, written in full or short ("Fevereiro 2022", "Okt 2020", "Dez. 2021"): the whole
# word, so that "Outlook 2016" or "Maintenance 2020" stay no dates.
FOREIGN_MONTHS = {name: i for i, names in enumerate([
    "janeiro enero janvier januar gennaio ene gen", "fevereiro febrero février februar fev fév",
    "março marzo mars märz mär", "abril avril abr avr", "maio mayo mai maggio mag", "junho junio juin giugno giu",
    "julho julio juillet luglio juil lug", "agosto août ago", "setembro septiembre septembre settembre set",
    "outubro octubre octobre oktober ottobre out okt ott", "novembro noviembre novembre",
    "dezembro diciembre décembre dezember dicembre dez dic déc"], start=1) for name in names.split()}
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def to_month(text: str | None) -> str | None:
    """ "Mar 2021", "March 2021", "2021-03", "2021-03-15T...", "03/2021", "2021", "2021年3月" -> "YYYY-MM"
    (a bare year counts as January); None when it is not a date."""
    if not text:
        return None
    text = unicodedata.normalize("NFKC", text).strip()  # full-width digits ("2016年１月") as ASCII
    if m := re.match(r"^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:[T ].*)?$", text):
        year, month = int(m[1]), int(m[2])
    elif m := re.match(r"^(\d{4})\s*年\s*(\d{1,2})\s*月", text):  # Japanese, Chinese: "2022年5月"
        year, month = int(m[1]), int(m[2])
    elif m := re.match(r"^([^\W\d_]{3,10})\.?\s+(?:de\s+)?(\d{4})$", text):  # "Março de 2020"
        word = m[1].lower()
        month = MONTHS.get(word[:3]) or FOREIGN_MONTHS.get(word, 0)
        year = int(m[2])
    elif m := re.match(r"^([A-Za-z]{3,9})-(\d{2})$", text):  # "Aug-26": a spreadsheet's re-save of "Aug 2026"
        month = MONTHS.get(m[1][:3].lower(), 0)
        year = _century(int(m[2]))
    elif m := re.match(r"^(\d{1,2})/(\d{4})$", text):
        month, year = int(m[1]), int(m[2])
    elif m := re.match(r"^(\d{1,2})/\d{1,2}/(\d{4})$", text):
        month, year = int(m[1]), int(m[2])
    elif re.match(r"^\d{4}$", text):
        year, month = int(text), 1
    else:
        return None
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}"


def _century(yy: int) -> int:
    """A two-digit year: this century's up to next year, else the last one's."""
    this = date.today().year
    return 2000 + yy if 2000 + yy <= this + 1 else 1900 + yy


_STORED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month; ``day`` is kept when a date was given to the day ("2026-03-15")."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Month | None:
        """ "YYYY-MM" or "YYYY-MM-DD" (as stored); None for anything else."""
        found = _STORED.match(text.strip()) if text else None
        if found is None or not 1 <= int(found[2]) <= 12:
            return None
        day = int(found[3]) if found[3] else None
        if day is not None and not 1 <= day <= calendar.monthrange(int(found[1]), int(found[2]))[1]:
            return None
        return cls(int(found[1]), int(found[2]), day)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    @property
    def label(self) -> str:
        """ "Jun 2024"."""
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    def last_valid_day(self) -> date:
        """An expiry month is valid through its last day; a full date through that day."""
        return date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])

    def plus_years(self, years: float) -> Month:
        """The month ``years`` later (fractions count in months); the day is dropped."""
        total = self.year * 12 + self.month - 1 + round(years * 12)
        return Month(total // 12, total % 12 + 1)


def expiry_passed(expires: str | None, today: date) -> bool:
    """The one expiry rule: an expiry ("YYYY-MM" or "YYYY-MM-DD") has passed once its last valid
    day is behind ``today``; no or unreadable expiry never passes."""
    month = Month.parse(expires)
    return month is not None and today > month.last_valid_day()


def month_label(month: str | None) -> str | None:
    """ "2024-06" -> "Jun 2024"."""
    parsed = Month.parse(month)
    return parsed.label if parsed else None

