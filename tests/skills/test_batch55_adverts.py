"""What batch 55's real postings (bench/nontech_real.py --split held-occ45: a medical revalidation officer, a
dental public health registrar, a real estate litigator, a configuration manager and twelve more) showed:
names of their fields the vocabulary lacked. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_field_names_of_the_batch_are_read(resources):
    text = ("Officer\n\nRequirements\n- Support doctors through medical appraisal and revalidation\n"
            "- Specialty training in Dental Public Health\n- Civil litigator in real property matters, barred in CA\n"
            "- Maintain configuration items and the configuration baseline\n")
    got = found(text, resources)
    assert {"Medical Revalidation", "Dental Public Health", "Real Estate Law", "Bar Admission",
            "Configuration Management"} <= got


def test_a_barred_list_is_a_check_not_a_bar_admission(resources):
    text = "Support Worker\n\nRequirements\n- Not be on the DBS barred list\n- Personal care\n"
    assert "Bar Admission" not in found(text, resources)
