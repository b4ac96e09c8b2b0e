"""What batch 115's real adverts (bench/nontech_real.py --split held-occ105: UK health and social care adverts of
2013) and the misses they led back to showed. Synthetic phrases, with controls."""

from __future__ import annotations

from credstack.analysis import skill_sections
from credstack.postings import parse_posting
from credstack.skills import extract_skills
from credstack.skills.vocabulary import load_vocabulary


def _skills(posting: str) -> set[str]:
    return {s.name for s in extract_skills(skill_sections(parse_posting(posting)), load_vocabulary()).skills}


def test_a_scrub_role_is_surgical_assisting():
    """A theatre scrub nurse's advert asked for 'a skilled Theatre Practitioner with Scrub skills' and '18 months
    experience working within theatres in a Scrub role'."""
    posting = "Scrub Nurse\n\nRequirements:\n- 18 months experience working within theatres in a Scrub role\n"
    assert "Surgical Assisting" in _skills(posting)
    assert "Surgical Assisting" not in _skills("Cleaner\n\nDuties:\n- Scrub floors and clean the toilets\n")


def test_the_uk_names_of_adult_safeguarding():
    """A peripatetic care home manager was to handle 'SOVA INVESTIGATIONS' (safeguarding of vulnerable adults)."""
    assert "Safeguarding" in _skills("Care Home Manager\n\nDuties:\n- Lead SOVA investigations\n")
    assert "Safeguarding" in _skills("Support Worker\n\nRequirements:\n- Knowledge of POVA procedures\n")
