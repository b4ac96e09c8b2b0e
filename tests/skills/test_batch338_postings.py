"""What batches 338 to 341's real postings (bench/nontech_real.py --split held-occ328 to held-occ331: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

_ADVERT = ("Staff Nurse\n\nWe are looking for qualified band 5 staff nurses to work on our neurological "
           "rehabilitation ward.\n\nWe can offer:\n\n• A friendly and supportive clinical team\n\n"
           "• Development of your clinical skills through supervision\n\n")


def test_whom_applications_are_welcome_from_after_the_perks_is_asked(resources):
    """'Applications are welcome from RGN qualified individuals.' after the perks (a staff nurse advert): a note of
    whom the post is open to, read as a requirement as 'Applicants must hold ...' there is."""
    got = found(_ADVERT + "Applications are welcome from RGN qualified individuals.\n\nPlease contact the ward.\n",
                resources)
    assert "NMC Registration" in got, got


def test_whom_applications_are_welcome_from_names_no_credential(resources):
    """Control: 'Applications are welcome from all sections of the community' names no credential: the benefits
    section stays unread, its perks no skills."""
    got = found(_ADVERT + "Applications are welcome from all sections of the community.\n\nPlease contact the "
                "ward.\n", resources)
    assert "NMC Registration" not in got and "Supervision" not in got, got
