"""Certifications in a profile that have expired or expire soon, with the renewal rule.

Profile dates are months ("YYYY-MM", as LinkedIn records them). A month-only expiry means the
certification is valid through the last day of that month: "2026-03" is valid on 31 March 2026 and
expired on 1 April. ``days_left`` counts from ``today`` to that last valid day, so it is 0 on the
last day, negative once expired, and a certification is flagged "expiring_soon" while
0 <= days_left <= window_days. A full "YYYY-MM-DD" date is used as the last valid day itself.

When the profile gives no expiry but an issue month, and the catalog says how long the credential
is valid, the expiry is inferred (issue month + validity) and the flag says so: the user may well
have renewed, so it is a prompt to check, not a verdict.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from credstack.credentials.held import resolve_certification
from credstack.profile.dates import Month
from credstack.profile.model import Certification, CertStatus


@dataclass
class ExpiryFlag:
    name: str
    expires: str  # "YYYY-MM" (or the "YYYY-MM-DD" the profile gave)
    status: str  # "expired" or "expiring_soon"
    days_left: int  # to the last valid day: 0 on it, negative once expired
    renewal: str | None
    catalog_id: str | None
    inferred: bool = False  # expiry worked out from the issue month and the catalog's validity
    note: str | None = None
    source: str | None = None  # where the catalog's renewal rule comes from

    def to_dict(self) -> dict:
        return asdict(self)


def expiry_flags(certifications: list[Certification], today: date, catalog=None,
                 window_days: int = 90) -> list[ExpiryFlag]:
    """Earned certifications past their expiry, or within ``window_days`` of it, soonest first.

    Dates that cannot be read are skipped rather than failing the whole analysis.
    """
    flags = []
    for cert in certifications:
        if cert.status != CertStatus.EARNED:
            continue
        entry = None
        if catalog is not None:
            entry = resolve_certification(cert, catalog, getattr(catalog, "vocabulary", None))[0]
        expires, inferred = Month.parse(cert.expires), False
        issued = Month.parse(cert.issued)
        if not cert.expires and issued and entry is not None and entry.validity_years:
            expires, inferred = issued.plus_years(entry.validity_years), True
        if expires is None:
            continue  # no expiry, or one that cannot be read: nothing to warn about
        days_left = (expires.last_valid_day() - today).days
        if days_left > window_days:
            continue
        note = None
        if inferred:
            note = (f"no expiry in your profile; issued {cert.issued} and valid {entry.validity_years:g} "
                    f"year{'s' if entry.validity_years != 1 else ''}, so it lapses at the end of {expires} "
                    f"unless renewed")
        flags.append(ExpiryFlag(
            name=cert.name, expires=str(expires), status="expired" if days_left < 0 else "expiring_soon",
            days_left=days_left, renewal=entry.renewal if entry else None, catalog_id=entry.id if entry else None,
            inferred=inferred, note=note, source=entry.source if entry else None))
    return sorted(flags, key=lambda f: f.days_left)
