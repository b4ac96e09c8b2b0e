"""What batch 188's real postings (bench/nontech_real.py --split held-occ178: NHS Jobs adverts) showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_the_training_a_theatre_keeps_you_up_to_date_with_is_no_ask(resources):
    """A theatre practitioner's 'offering the opportunity to complete the surgical first assist course' and 'Our
    onsite education team will keep you up to date with BLS and ILS': what the trust provides."""
    got = found("Theatre Practitioner\n\nAn interest in development and progression is encouraged and reinforced, "
                "offering the opportunity to complete the surgical first assist course and specialise within the "
                "surgical areas on offer. Our onsite education team will keep you up to date with BLS and ILS and you "
                "will be provided with your own learning plan.\n\nEssential\n\n- NMC or HCPC registration\n",
                resources)
    assert not [s for s in got if "Life Support" in s], got
    got = found("Theatre Practitioner\n\nEssential\n\n- Current BLS and ILS\n- Keep up to date with infection control "
                "policy\n", resources)
    assert len([s for s in got if "Life Support" in s]) == 2, got


def test_a_gcse_grade_is_no_programming_language(resources):
    """'English and Science (either one at B or above and one at C or above)': a grade, not the C language."""
    got = found("Student Pharmacy Technician\n\nEssential\n\n- 5 GCSEs including Maths, English and Science (either "
                "one at B or above and one at C or above)\n", resources)
    assert "C" not in got, got
    assert "C" in found("Embedded Engineer\n\nRequirements\n\n- C and C++ or above-average Python\n", resources)
