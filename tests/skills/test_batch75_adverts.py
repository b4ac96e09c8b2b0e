"""What batches 75 to 77's real postings (bench/nontech_real.py --split held-occ65 to held-occ67: an HVAC service
dispatcher, a clinical oncology consultant, a paediatric retrieval doctor, a land use attorney and 40 more) and the
misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from credstack.skills import find_skills
from credstack.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in find_skills(text, load_vocabulary())}


def test_preventative_maintenance_is_the_maintenance_skill_as_preventive_maintenance_is():
    # the British and the American spelling name one skill, so a gap and its credentials are the same either way
    assert "Maintenance Management" in _names("Carry out preventative maintenance on the site's equipment.")
    assert "Maintenance Management" in _names("Carry out preventive maintenance on the site's equipment.")
    # control: maintenance alone names no management skill
    assert "Maintenance Management" not in _names("Report faults to the maintenance team.")


def test_the_gmc_guidance_a_doctor_follows_is_a_named_standard():
    text = "Work in line with the GMC's Good Medical Practice (2013) and hold full GMC registration."
    assert {"Good Medical Practice (GMC)", "GMC Registration"} <= _names(text)
    # control: a medical practice (a GP surgery) is a workplace, not the standard
    assert "Good Medical Practice (GMC)" not in _names("Join a busy medical practice in the town centre.")


def test_a_program_its_spelling_alone_settles_is_context_for_the_suite_beside_it():
    # "Excel" needs no words around it; it tells that the "Word" after it is the word processor
    text = "You will have excellent Excel skills and be experienced in the use of Word."
    assert {"Microsoft Excel", "Microsoft Word"} <= _names(text)
    # controls: the verb "excel" settles nothing, and a word alone is no program
    assert not {"Microsoft Excel", "Microsoft Word"} & _names("You will excel in finding the right Word for each client.")
    assert "Microsoft Word" not in _names("Keep your Word: be reliable and punctual.")
