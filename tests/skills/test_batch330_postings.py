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
