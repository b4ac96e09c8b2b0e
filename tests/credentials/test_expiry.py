"""Expiry flags at the boundaries: a YYYY-MM expiry holds through the month's last day."""

from __future__ import annotations

from datetime import date

import pytest

from credstack.credentials.catalog import load_catalog
from credstack.credentials.expiry import expiry_flags
from credstack.profile.model import Certification, CertStatus

TODAY = date(2026, 11, 25)


def flags(expires, status=CertStatus.EARNED, name="CompTIA Security+"):
    return expiry_flags([Certification(name, expires=expires, status=status)], TODAY, load_catalog())


@pytest.mark.parametrize("expires, expected", [
    ("2026-10", "expired"),          # ended 31 Oct
    ("2026-11", "expiring_soon"),    # valid through 30 Nov
    ("2027-01", "expiring_soon"),    # 31 Jan 2027: 67 days away
    ("2027-02", None),               # 28 Feb 2027: 95 days away
])
def test_status_at_the_boundaries(expires, expected):
    found = flags(expires)
    if expected is None:
        assert found == []
    else:
        assert [f.status for f in found] == [expected]


def test_exactly_ninety_days_is_flagged_and_ninety_one_is_not():
    assert expiry_flags([Certification("X", expires="2027-02")], date(2026, 11, 30))[0].days_left == 90
    assert expiry_flags([Certification("X", expires="2027-02")], date(2026, 11, 29)) == []


def test_renewal_rule_comes_from_the_catalog():
    flag = flags("2026-12")[0]
    assert flag.catalog_id == "comptia-security-plus" and "CEUs" in flag.renewal


def test_in_progress_and_undated_are_not_flagged():
    assert flags("2026-01", status=CertStatus.IN_PROGRESS) == []
    assert flags(None) == []
