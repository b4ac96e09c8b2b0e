"""Month dates as people and exports write them -> "YYYY-MM"."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def to_month(text: str | None) -> str | None:
    """ "Mar 2021", "March 2021", "2021-03", "2021-03-15T...", "03/2021", "2021" -> "YYYY-MM"
    (a bare year counts as January); None when it is not a date."""
    if not text:
        return None
    text = text.strip()
    if m := re.match(r"^(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:[T ].*)?$", text):
        year, month = int(m[1]), int(m[2])
    elif m := re.match(r"^([A-Za-z]{3,9})\.?\s+(\d{4})$", text):
        month = MONTHS.get(m[1][:3].lower(), 0)
        year = int(m[2])
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


def month_label(month: str | None) -> str | None:
    """ "2024-06" -> "Jun 2024"."""
    if not month:
        return None
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
