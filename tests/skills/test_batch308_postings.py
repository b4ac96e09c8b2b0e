"""What batches 308 and 309's real postings (bench/nontech_real.py --split held-occ298, held-occ299: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import mentions

_DEGREE = "Bachelor's Degree"


def test_what_applicants_can_demonstrate_is_asked(resources):
    """'THIS POST IS AVAILABLE TO ALL APPLICANTS WHO CAN DEMONSTRATE RELEVANT PROFESSIONAL REGISTRATION, EDUCATION TO
    DEGREE LEVEL OR ABILITY TO DEMONSTRATE EQUIVALENT LEVEL OF KNOWLEDGE' (an early intervention practitioner
    advert): what the applicant can demonstrate is asked, so the degree named there is too (a degree named with no
    cue of asking is dropped). A degree named as the employer's staff's stays unasked."""
    for text in ("THIS POST IS AVAILABLE TO ALL APPLICANTS WHO CAN DEMONSTRATE RELEVANT PROFESSIONAL REGISTRATION, "
                 "EDUCATION TO DEGREE LEVEL OR ABILITY TO DEMONSTRATE EQUIVALENT LEVEL OF KNOWLEDGE",
                 "We welcome applicants who are able to demonstrate education to degree level or an equivalent level "
                 "of knowledge."):
        found = mentions(f"Early Intervention Practitioner\n\n{text}\n\nWe are a friendly team.\n", resources)
        assert [m.casefold() for m in found.get(_DEGREE, ())] == ["degree level"], found
    found = mentions("Early Intervention Practitioner\n\nOur team holds education to degree level and beyond.\n\n"
                     "We are a friendly team.\n", resources)
    assert _DEGREE not in found, found
