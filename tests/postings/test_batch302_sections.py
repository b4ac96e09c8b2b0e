"""What batches 302 and 303's real postings (bench/nontech_real.py --split held-occ292, held-occ293: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kinds

from credstack.postings import SectionKind

_HOSPITAL = ("Pre-Assessment Staff Nurse\n\nAbout the Hospital\n\nFounded in 1962, the hospital has 40 beds, three "
             "theatres and an endoscopy room.\n\n")


def test_about_the_person_is_what_the_post_asks():
    """'About the Person' after 'About the Hospital' (a private hospital's staff nurse advert): the person
    sought, not the employer; 'About the Applicant' the same. 'About the Hospital' stays the employer's."""
    for heading in ("About the Person", "About The Applicant", "About the person"):
        kinds = section_kinds(_HOSPITAL + f"{heading}\n\nWe are looking for an experienced Staff Nurse who is "
                              "currently NMC registered and has carried out phlebotomy and ECGs.\n")
        assert kinds.get(heading) == SectionKind.REQUIREMENTS, kinds
        assert kinds.get("About the Hospital") == SectionKind.ABOUT_COMPANY, kinds
    # a heading about the employer's people stays the employer's
    kinds = section_kinds(_HOSPITAL + "About the People We Support\n\nOur residents live with dementia and enjoy "
                          "the gardens.\n")
    assert kinds.get("About the People We Support") == SectionKind.ABOUT_COMPANY, kinds
