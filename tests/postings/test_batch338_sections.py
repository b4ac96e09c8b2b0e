"""What batches 338 to 341's real postings (bench/nontech_real.py --split held-occ328 to held-occ331: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kind_of

from credstack.postings import SectionKind

_SERVICE = ("Bank Occupational Therapist\n\nAn exciting opportunity has arisen for experienced occupational "
            "therapists.\n\nAbout the service:\n\nWe are an exciting team, offering community adult rehabilitation "
            "in a variety of care communities across East Cheshire.\n\n")
_ASKS = "• You will have experience of working with older adults.\n\n• Have a full UK driving licence.\n"


def test_whom_the_employer_is_looking_for_ends_the_services_story():
    """'We are looking for HCPC registered Occupational Therapists, with previous experience of working in the NHS'
    after 'About the service:' (a bank occupational therapist advert): the advert is back to what it asks; the
    registration and the list under it are not the service's story."""
    for line in ("We are looking for HCPC registered Occupational Therapists, with previous experience of working "
                 "in the NHS and the community", "We are currently seeking qualified Occupational Therapists with "
                 "experience in the community"):
        text = _SERVICE + line + "\n\n" + _ASKS
        assert section_kind_of(text, "driving licence") != SectionKind.ABOUT_COMPANY, line
        assert section_kind_of(text, "community adult rehabilitation") == SectionKind.ABOUT_COMPANY, line


def test_whom_the_service_is_looking_for_in_its_story_stays_its_story():
    """Control: 'We are looking for new partners across the county' names no registration or qualification: it is
    more of the service's story."""
    text = _SERVICE + "We are looking for new partners across the county to grow the service.\n\n"
    assert section_kind_of(text, "new partners") == SectionKind.ABOUT_COMPANY
