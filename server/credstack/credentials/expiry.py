"""Certifications in a profile that have expired or expire soon, with the renewal rule."""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass
from datetime import date

from credstack.profile.model import Certification, CertStatus


@dataclass
class ExpiryFlag:
    name: str
    expires: str  # "YYYY-MM"
    status: str  # "expired" or "expiring_soon"
    days_left: int  # negative once expired
    renewal: str | None
    catalog_id: str | None

    def to_dict(self) -> dict:
        return asdict(self)


def last_day(month: str) -> date:
    """A "YYYY-MM" expiry means valid through the last day of that month."""
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, calendar.monthrange(year, mon)[1])


def expiry_flags(certifications: list[Certification], today: date, catalog=None,
                 window_days: int = 90) -> list[ExpiryFlag]:
    """Earned certifications past their expiry month, or within ``window_days`` of its end."""
    flags = []
    for cert in certifications:
        if cert.status != CertStatus.EARNED or not cert.expires:
            continue
        days_left = (last_day(cert.expires) - today).days
        if days_left > window_days:
            continue
        entry = None
        if catalog is not None:
            entry = (catalog.get(cert.catalog_id) if cert.catalog_id else None) or catalog.find(cert.name)
        flags.append(ExpiryFlag(
            name=cert.name, expires=cert.expires, status="expired" if days_left < 0 else "expiring_soon",
            days_left=days_left, renewal=entry.renewal if entry else None, catalog_id=entry.id if entry else None))
    return sorted(flags, key=lambda f: f.days_left)
