"""What batches 270 and 271's real postings (bench/nontech_real.py --split held-occ260, held-occ261: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_vascular_access_devices_by_their_short_names(resources):
    """'assess patients for insertion of PICC and Midlines ... the care of vascular access devices' (a vascular
    access nurse's advert): central venous access device care, which the vocabulary knew only as 'PICC lines'."""
    got = found("Specialist Nurse\n\nRequirements\n- Assess patients for insertion of PICC and Midlines.\n- Care "
                "of vascular access devices.\n", resources)
    assert "Central Venous Access Device Care" in got, got


def test_the_supervision_framework_the_starter_works_within_is_given(resources):
    """'You will have a planned induction and work within a robust framework of regular professional supervision'
    (a staff nurse's advert): given, no people management."""
    got = found("Staff Nurse\n\nRequirements\n- NMC registration.\n\nYou will have a planned induction and work within "
                "a robust framework of regular professional supervision.\n", resources)
    assert "People Management" not in got, got


def test_an_opportunity_to_be_trained_in_a_method_is_offered(resources):
    """'You will have the opportunity to be training in lean methodology' (a neurological occupational therapist's
    advert): offered, as 'the opportunity to train in' already was."""
    got = found("Occupational Therapist\n\nRequirements\n- HCPC registration.\n\nYou will have the opportunity to be "
                "trained in lean methodology.\n", resources)
    assert "Lean Methodology" not in got and "Lean" not in got, got
    got = found("Occupational Therapist\n\nRequirements\n- Experience of lean methodology.\n", resources)
    assert got & {"Lean Methodology", "Lean"}, got


def test_what_a_named_ward_provides_is_the_employers(resources):
    """'Dalgliesh in-patient ward provide multidisciplinary support and care planning to patients with complex medical
    needs, rehabilitation and end of life care' (a healthcare assistant's advert): the ward's work, named without
    'the'; a duty opening on a verb ('Ensuring the wider cancer team deliver effective quality care') stays asked."""
    got = found("Health Care Assistant\n\nDalgliesh in-patient ward provide multidisciplinary support and care "
                "planning to patients with complex medical needs, rehabilitation and end of life care.\n\nRequirements"
                "\n- Good communication skills.\n", resources)
    assert not {"Care Planning", "Rehabilitation", "Hospice Care"} & got, got
    got = found("Cancer Lead\n\nResponsibilities\n- Provide nurse led clinic support to individuals post bone marrow "
                "transplant.\n- Ensuring the wider cancer team deliver care planning for patients.\n", resources)
    assert "Care Planning" in got, got
