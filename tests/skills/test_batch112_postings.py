"""What batch 112's real postings (bench/nontech_real.py --split held-occ102: LinkedIn postings of 2023-24) and
the misses they led back to showed. Synthetic phrases, with controls."""

from __future__ import annotations

import pytest
from tests.skills.conftest import at, posting_skills

from credstack.skills.matcher import _before_a_state
from credstack.skills.requirements import names_a_role

POSTING = "Respiratory Therapist\n\nRequired Qualifications:\n- BLS certification\n- {line}\n"


def test_a_field_in_an_academys_name_is_the_academy():
    """A respiratory care practitioner's posting asked, on one line, 'National Provider NRP - American Academy of
    Pediatrics': the issuer of the resuscitation course, not pediatrics asked of a respiratory therapist."""
    issued = POSTING.format(line="Within 90 days of hire: National Provider NRP - American Academy of Pediatrics")
    assert "Pediatrics" not in posting_skills(issued)
    asked = POSTING.format(line="Experience in pediatrics and neonatal intensive care")
    assert "Pediatrics" in posting_skills(asked)


@pytest.mark.parametrize("text, name, body", [
    ("NRP - American Academy of Pediatrics", "American Academy", True),
    ("Member of the Royal College of Nursing", "Royal College", True),
    ("a graduate of an accredited School for Nurse Anesthesia", "School", True),
    # a regulator or a register is asked: its name is knowledge the candidate needs
    ("compliance with the State Board of Pharmacy rules", "State Board", False),
    ("registration with the Society of Radiographers", "Society", False),
    ("an American Academy accredited course", "American Academy", False),
])
def test_the_head_of_an_academic_bodys_name_is_the_body(text, name, body):
    assert names_a_role(*at(text, name)) is body



@pytest.mark.parametrize("text, town", [
    ("Windows 10, MS-DOS, UNIX", False),
    ("utilizing MAXIMO, IA-FMS and the Financial System", False),
    ("Palo Alto, CA 94301", True),
    ("Mesa, AZ - Remote", True),
    ("Jackson, MS-based clinic", True),
    ("Columbus, OH.", True),
])
def test_two_capitals_hyphened_to_a_word_are_no_state_after_a_town(text, town):
    """A GIS specialist's posting listed 'Operating Systems: Windows 10, MS-DOS, UNIX, Linux': ', MS' read as
    Mississippi after a town called Windows 10, and the system went unread; a facility operations supervisor's
    'experience in utilizing MAXIMO, IA-FMS' lost Maximo to Iowa the same way."""
    assert _before_a_state(text, text.index(",")) is town


def test_a_system_listed_before_initials_hyphened_to_a_word_is_read():
    posting = POSTING.format(line="Operating Systems: Windows 10, MS-DOS, UNIX, Linux")
    assert {"Windows", "Linux"} <= posting_skills(posting)
