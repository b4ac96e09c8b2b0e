"""What batches 306 and 307's real postings (bench/nontech_real.py --split held-occ296, held-occ297: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import mentions

_ODP = "Operating Department Practitioner"


def test_an_operating_department_practitioner_is_a_registration_asked(resources):
    """'1st Level NMC Registered Nurse or HCP Registered Operating Department Practitioner' (a theatre team leader
    advert), 'You will be a Registered Nurse or an Operating Department Practitioner' (a scrub nurse advert): the
    theatre profession the HCPC registers is asked as the nurse's registration is, under its name, its initials
    and its holders' plural; slashed to a nurse's registration each keeps its own mention."""
    found = mentions("Theatre Team Leader\n\nEssential Criteria\n- 1st Level NMC Registered Nurse or HCP Registered "
                     "Operating Department Practitioner\n- Experience of anaesthetics\n", resources)
    assert found.get(_ODP) == [_ODP], found
    found = mentions("Scrub Nurse\n\nWho we are looking for\nYou will be a Registered Nurse or an Operating "
                     "Department Practitioner, ideally with experience of working in orthopaedics.\n", resources)
    assert found.get(_ODP) == [_ODP], found
    found = mentions("Theatre Practitioner\n\nRequirements\n- Qualified ODP/Registered Nurse.\n- Registered ODPs "
                     "with recovery experience are welcome to apply.\n", resources)
    assert set(found.get(_ODP, ())) == {"ODP", "ODPs"}, found
    assert "ODP/Registered Nurse" not in {m for ms in found.values() for m in ms}, found
    # the department's name is no practitioner ("the operating department", "Day Surgery Department")
    found = mentions("Theatre Porter\n\nDuties\n- Move patients to and from the operating department safely.\n",
                     resources)
    assert _ODP not in found, found
