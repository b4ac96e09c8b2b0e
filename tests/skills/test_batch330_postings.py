"""What batches 330 to 333's real postings (bench/nontech_real.py --split held-occ320 to held-occ323: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

# Ultrasound, MRI and Angiography as the vocabulary names them
_MODALITIES = {"Sonography", "Magnetic Resonance Imaging", "Interventional Radiology"}
_POST = "Senior Radiographer\n\nSuccessful applicants for this Band 6 post will be required to "


def test_what_the_post_makes_an_exception_of_is_not_asked(resources):
    """'rotate through all areas of the department with the exception of Ultrasound, MRI and Angiography' (a plain
    film radiographer advert), 'With the exception of Obstetrics, we offer a full range of examinations' (a
    sonographer's): what is put aside is not asked, as 'rather than' and 'instead of' put it aside."""
    for tail in ("rotate through all areas of the department with the exception of Ultrasound, MRI and Angiography.",
                 "rotate through all areas of the department except for Ultrasound, MRI and Angiography."):
        got = found(_POST + tail + "\n", resources)
        assert not _MODALITIES & got, (tail, got)


def test_what_stands_before_the_exception_is_asked(resources):
    """Controls: the same modalities asked before an exception of people, or listed without one, are asked."""
    for tail in ("rotate through Ultrasound, MRI and Angiography, with the exception of bank staff.",
                 "rotate through all areas of the department including Ultrasound, MRI and Angiography."):
        got = found(_POST + tail + "\n", resources)
        assert _MODALITIES <= got, (tail, got)


def test_a_licence_to_practise_is_asked_and_held_by_registration(resources):
    """'GMC registration (with a licence to practice) and right to work in the UK are essential' (consultant and
    fellow adverts), 'Hold NMC registration with current license to practice' (a theatre nurse's): the licence is
    asked beside the registration, in all four spellings; a profile registered with the GMC, the NMC or the HCPC
    holds it by implication."""
    for line in ("Please note that GMC registration (with a licence to practice) and right to work in the UK are "
                 "essential.", "Hold NMC registration with current license to practise.",
                 "Applicants must continue to hold a Licence to Practise."):
        assert "Licence to Practise" in found(f"Consultant\n\nRequirements:\n- {line}\n", resources), line
    for registration in ("GMC Registration", "NMC Registration", "HCPC Registration"):
        assert "Licence to Practise" in resources.vocabulary.implied(registration), registration
