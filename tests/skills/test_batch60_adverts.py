"""What batch 60's real postings (bench/nontech_real.py --split held-occ50: an EPMA programme manager, an arrhythmia
clinical nurse specialist, an NHS 111 clinical advisor, an imaging nurse, an Anaplan developer and eleven more)
showed: initials of a health system dropped in a programme manager's posting although its title spells them out,
and a cardiac nurse's procedures the vocabulary lacked. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_initials_the_title_spells_out_are_that_skill(resources):
    text = ("Electronic Prescribing and Medicines Administration Programme Manager\n\nRequirements\n"
            "- A thorough knowledge of EPMA system implementation\n- Stakeholder management, change management and "
            "contract management\n- Line management of the implementation team, budget management and risk logs\n")
    assert "Electronic Prescribing" in found(text, resources)
    # control: the same initials under a title that does not name them, among business skills, are doubtful
    other = text.replace("Electronic Prescribing and Medicines Administration Programme Manager", "Programme Manager")
    assert "Electronic Prescribing" not in found(other, resources)


def test_a_cardiac_nurses_procedures(resources):
    text = ("Arrhythmia Clinical Nurse Specialist\n\nThe role\n- Counsel inpatients before their VT ablation or ICD "
            "implant\n- Run the nurse-led DC cardioversion service\n")
    assert {"Cardiac Ablation", "Cardioversion"} <= found(text, resources)
