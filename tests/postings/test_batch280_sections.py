"""What batches 280 and 281's real postings (bench/nontech_real.py --split held-occ270, held-occ271: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kinds

from credstack.postings import SectionKind, parse_posting

_OFFERING = ("Advanced Clinical Practitioner\n\nWhat are we offering?\n\nWe have reviewed our medical model and have "
             "opportunities for Band 8a ACPs to join our multidisciplinary team.\n\n")


def test_duties_led_in_by_the_candidates_own_skills_leave_the_offer():
    """'What are we offering?' over 'Using your advanced clinical practice skills you will be:' and a list of
    duties (an advanced clinical practitioner advert): the list is the job, not the offer."""
    kinds = section_kinds(_OFFERING + "As part of a team you will work as an autonomous practitioner. Using your "
                          "advanced clinical practice skills you will be:\n\n- Responsible for the clinical assessment "
                          "of patients.\n- Managing undifferentiated patient presentations.\n")
    assert kinds.get("Using your advanced clinical practice skills you will be") == SectionKind.REQUIREMENTS, kinds
    # a perk list led in without the candidate's skills stays the offer
    kinds = section_kinds(_OFFERING + "As part of the team you will be:\n\n- Paid weekly.\n- Given 27 days of "
                          "annual leave.\n")
    assert {v for k, v in kinds.items() if k} == {SectionKind.BENEFITS}, kinds


def test_what_successful_applicants_would_hold_leaves_the_offer():
    """'Successful applicants would hold a professional registration with the NMC or HCPC' after 'What are we
    offering?': back to what the post asks. 'Successful candidates will have to meet the person specification'
    holds nothing."""
    kinds = _kinds(_OFFERING + "Successful applicants would hold a professional registration with the NMC or "
                   "HCPC, along with a Masters level qualification in Advanced Clinical Practice.\n")
    assert _kind_of("Successful applicants", kinds) == SectionKind.OTHER, kinds
    kinds = _kinds(_OFFERING + "Successful candidates will have to meet the person specification in order to be "
                   "offered this post.\n")
    assert _kind_of("Successful candidates", kinds) == SectionKind.BENEFITS, kinds


def _kinds(text: str) -> list[tuple[SectionKind, str]]:
    return [(s.kind, s.text) for s in parse_posting(text).sections]


def _kind_of(words: str, kinds: list[tuple[SectionKind, str]]) -> SectionKind | None:
    return next((kind for kind, text in kinds if words in text), None)
