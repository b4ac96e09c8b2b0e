"""What batch 53's real postings (bench/nontech_real.py --split held-occ43: a research administrator, a
deposit operations analyst, a renewable energy development manager, a NARU instructor and twelve more)
showed: names their fields write that the vocabulary lacked (ICD 9/10, pre-award, BESS, onshore wind,
deposit operations, casework, MHPS), and leasing as a trade, never a staff car lease. Synthetic postings,
with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_field_names_of_the_batch_are_read(resources):
    text = ("Analyst\n\nRequirements\n- CPT codes, ICD 9/10 codes\n- Experience with pre-award and post-award activities\n"
            "- Experience developing onshore wind, solar and BESS projects\n- Experience in deposit operations\n"
            "- Supporting all elements of casework\n- Investigations which may include Maintaining High Professional "
            "Standards\n- Deliver training including Hazardous Area Response Teams and USAR\n"
            "- Collect estimates to complete\n- Assist in content management and customer loyalty\n"
            "- Monitor SLOs and error budgets\n")
    got = found(text, resources)
    assert {"ICD-10", "Research Administration", "Renewable Energy", "Battery Energy Storage", "Deposit Operations",
            "Case Management", "Maintaining High Professional Standards", "Hazardous Area Response",
            "Urban Search and Rescue", "Earned Value Management", "Content Management", "Loyalty Programs",
            "Service Level Objectives"} <= got


def test_leasing_is_a_trade_but_not_a_staff_car_lease(resources):
    asked = ("Leasing Consultant\n\nQualifications\n- 1 year of customer service experience (leasing or property "
             "management experience a plus)\n")
    assert "Real Estate Management" in found(asked, resources)
    perk = ("Nurse\n\nRequirements\n- NMC registration\n- We run car leasing and salary sacrifice schemes for staff\n"
            "- A bike leasing scheme is available\n")
    assert "Real Estate Management" not in found(perk, resources)


def test_lone_renewable_and_storage_words_name_no_energy_field(resources):
    text = ("Laboratory Technician\n\nRequirements\n- Knowledge of renewable technologies in the lab\n"
            "- Manage sample storage systems\n")
    got = found(text, resources)
    assert "Renewable Energy" not in got and "Battery Energy Storage" not in got
