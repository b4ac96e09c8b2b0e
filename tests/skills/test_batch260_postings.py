"""What batches 260 and 261's real postings (bench/nontech_real.py --split held-occ250, held-occ251: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_what_a_named_service_will_include_is_the_employers(resources):
    """'The Stroke service will include hyper-acute care, provision of 24/7 stroke thrombolysis, ... stroke
    rehabilitation' (a research pharmacist's advert): the service the employer is building, no ask; experience of
    it asked stays."""
    got = found("Pharmacist\n\nThe Stroke service will include hyper-acute care, provision of 24/7 stroke "
                "thrombolysis, stroke rehabilitation and stroke research.\n", resources)
    assert "Stroke Care" not in got, got
    got = found("Pharmacist\n\nRequirements\n- Experience of stroke thrombolysis and stroke rehabilitation\n", resources)
    assert "Stroke Care" in got, got


def test_nurses_of_pay_band_5_are_no_5s_method(resources):
    """'We also welcome applications from existing band 5s' (a community staff nurse's advert): nurses of a pay band,
    no 5S; 'Knowledge of 5S and lean' asks it."""
    got = found("Community Staff Nurse\n\nWe also welcome applications from existing band 5s who are looking for a "
                "community based role.\n", resources)
    assert "5S" not in got, got
    got = found("Operator\n\nRequirements\n- Knowledge of 5S and lean\n", resources)
    assert "5S" in got, got
