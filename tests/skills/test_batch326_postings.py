"""What batches 326 to 329's real postings (bench/nontech_real.py --split held-occ316 to held-occ319: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions

_WARD = "Staff Nurse - Childrens\n\nWe have a range of Band 5 positions across our expanding children's hospital.\n\n"


def test_whom_applicants_can_be_is_the_registration_asked(resources):
    """'Applicants can be experienced or newly qualified ... Nurses. We are also able to accommodate Registered Adult
    Nurses and Registered Learning Disability Nurses in some of our areas.' (a children's staff nurse advert): the
    holders named in the plural are whom the post is open to, so the registration is asked; 'Registered Adult
    Nurse' and 'Registered Paediatric Nurse' name it as 'Registered Children's Nurse' did."""
    for line in ("Applicants can be experienced or newly qualified Registered Learning Disability Nurses.",
                 "Candidates may be Registered Paediatric Nurses or in their final year."):
        assert "NMC Registration" in found(_WARD + line + "\n", resources), line
    both = ("Applicants can be experienced or newly qualified Children’s Nurses. We are also able to accommodate "
            "Registered Adult Nurses in some of our areas.\n")
    assert mentions(_WARD + both, resources).get("NMC Registration") == ["Registered Adult Nurses"]


def test_holders_who_are_the_staff_are_not_asked(resources):
    """Controls: the same holders as the ward's staff ('Patients can be seen by ...', 'one of our ...') are not
    asked of the candidate."""
    for line in ("Patients can be seen by Registered Learning Disability Nurses on the ward.",
                 "You will work beside one of our Registered Adult Nurses."):
        assert "NMC Registration" not in found(_WARD + line + "\n", resources), line
