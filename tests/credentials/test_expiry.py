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


def test_last_valid_day_is_expiring_and_the_next_day_expired():
    cert = [Certification("X", expires="2026-11")]
    assert expiry_flags(cert, date(2026, 11, 30))[0].days_left == 0
    assert expiry_flags(cert, date(2026, 11, 30))[0].status == "expiring_soon"
    assert expiry_flags(cert, date(2026, 12, 1))[0].status == "expired"
    assert expiry_flags(cert, date(2026, 12, 1))[0].days_left == -1


def test_a_full_date_is_the_last_valid_day_itself():
    assert expiry_flags([Certification("X", expires="2026-12-15")], TODAY)[0].days_left == 20


@pytest.mark.parametrize("expires", ["2026", "March 2026", "2026-13", "2026-02-30", ""])
def test_unreadable_dates_are_skipped_not_fatal(expires):
    assert expiry_flags([Certification("X", expires=expires)], TODAY) == []


def test_expiry_inferred_from_the_issue_month_and_catalog_validity():
    # Security+ is valid 3 years: issued 2023-10 -> lapses at the end of 2026-10 unless renewed.
    found = expiry_flags([Certification("CompTIA Security+", issued="2023-10")], TODAY, load_catalog())
    assert [(f.expires, f.status, f.inferred, f.catalog_id) for f in found] == [
        ("2026-10", "expired", True, "comptia-security-plus")]
    assert "unless renewed" in found[0].note and found[0].source.startswith("https://")
    # Issued 2024-03: lapses 2027-03, over 90 days away. A stated expiry always wins over inference.
    assert expiry_flags([Certification("CompTIA Security+", issued="2024-03")], TODAY, load_catalog()) == []
    stated = expiry_flags([Certification("CompTIA Security+", issued="2023-10", expires="2027-06")], TODAY,
                          load_catalog())
    assert stated == []


def test_no_inference_without_a_catalog_validity():
    # The CPA licence has no catalog validity (state rules vary); a non-expiring MOS neither.
    certs = [Certification("CPA", issued="2001-01"), Certification("Microsoft Office Specialist: Excel Associate",
                                                                   issued="2010-01")]
    assert expiry_flags(certs, TODAY, load_catalog()) == []


def test_catalog_id_wins_over_the_name_and_flags_come_soonest_first():
    certs = [Certification("My cloud cert", expires="2026-12", catalog_id="aws-saa"),
             Certification("Old badge", expires="2025-01")]
    found = expiry_flags(certs, TODAY, load_catalog())
    assert [f.name for f in found] == ["Old badge", "My cloud cert"]
    assert found[1].catalog_id == "aws-saa" and "recertify" in found[1].renewal
    assert found[0].catalog_id is None and found[0].renewal is None
