"""What batch 115's real adverts (bench/nontech_real.py --split held-occ105: UK health and social care adverts of
2013) and the misses they led back to showed. Synthetic phrases, with controls."""

from __future__ import annotations

from tests.skills.conftest import posting_skills


def test_a_scrub_role_is_surgical_assisting():
    """A theatre scrub nurse's advert asked for 'a skilled Theatre Practitioner with Scrub skills' and '18 months
    experience working within theatres in a Scrub role'."""
    posting = "Scrub Nurse\n\nRequirements:\n- 18 months experience working within theatres in a Scrub role\n"
    assert "Surgical Assisting" in posting_skills(posting)
    assert "Surgical Assisting" not in posting_skills("Cleaner\n\nDuties:\n- Scrub floors and clean the toilets\n")


def test_the_uk_names_of_adult_safeguarding():
    """A peripatetic care home manager was to handle 'SOVA INVESTIGATIONS' (safeguarding of vulnerable adults)."""
    assert "Safeguarding" in posting_skills("Care Home Manager\n\nDuties:\n- Lead SOVA investigations\n")
    assert "Safeguarding" in posting_skills("Support Worker\n\nRequirements:\n- Knowledge of POVA procedures\n")
