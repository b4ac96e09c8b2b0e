"""What batches 246 to 251's real postings (NHS Jobs adverts) showed about sections: a paragraph after the employer's
values that says what the appointee must hold, an NHS bank template's requirements lead-in that opens "To apply",
and a heading over the services of the employer's hospital. Synthetic postings, with controls."""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.sections import SectionKind, classify_tier


def _kinds(text: str) -> list[tuple[SectionKind, str]]:
    return [(s.kind, s.text) for s in parse_posting(text.encode()).sections]


def test_what_the_appointee_must_hold_after_the_trusts_values_is_asked_again():
    """'Trust Values ... The appointee will be on the Specialist register or within 6 months of achieving a CCT' (a
    consultant physician's advert): the posting is back to what it asks, not the employer's values."""
    text = ("Consultant Physician\n\nThe department is looking to appoint consultant colleagues.\n\nTrust Values\n\n"
            "Our Values guide every action we take.\n\nThe appointee will be on the Specialist register or within 6 "
            "months of achieving a CCT (or equivalent) at the date of interview.\n")
    kinds = _kinds(text)
    asked = [k for k, t in kinds if "Specialist register" in t]
    assert asked == [SectionKind.OTHER], kinds
    text = ("Consultant Physician\n\nTrust Values\n\nOur Values guide every action we take.\n\nAll Trust sites are "
            "within easy reach of the city centre.\n")
    assert [k for k, t in _kinds(text) if "easy reach" in t] == [SectionKind.ABOUT_COMPANY]


def test_a_bank_templates_lead_in_to_what_the_candidate_has_heads_the_requirements():
    """'To apply for this post, the you will have the following:' (an NHS bank advert, its typo as written): the
    requirements; 'To apply for this post, please send the following:' is how to apply."""
    assert classify_tier("To apply for this post, the you will have the following")[0] is None
    assert classify_tier("To apply for this post, you will have the following")[0] is None
    assert classify_tier("To apply for this post, please send the following")[0] == SectionKind.HOW_TO_APPLY
    text = ("Community Psychiatric Nurse\n\nSkills/Responsibilities\n\nTo apply for this post, the you will have the "
            "following:\n\n- Comply with NMC Professional Registration\n- Knowledge of evidence-based care\n")
    assert [k for k, t in _kinds(text) if "NMC" in t] == [SectionKind.REQUIREMENTS]


def test_the_services_at_the_employers_hospital_are_the_employers():
    """'Services at Cygnet Hospital Kewstoke' over a list of wards and their therapies: about the employer;
    'Services of the role' names nothing."""
    assert classify_tier("Services at Cygnet Hospital Kewstoke")[0] == SectionKind.ABOUT_COMPANY
    assert classify_tier("Services of the role")[0] is None


def test_what_applicants_must_hold_after_the_area_and_the_trust_is_asked_again():
    """'Applicants must be in possession of their CCTs ... and must be fully registered with the General Medical
    Council' after 'The Area' and 'The Trust' (a critical care consultant's advert): asked; 'Applicants must have the
    right to work in the EU' and 'All candidates will be subject to an enhanced DBS check' stay the employer's
    policy under its heading. 'Your Potential Colleagues' heads the team's own story."""
    text = ("Consultant\n\nThe Area\n\nStamford is a popular choice amongst our Consultants.\n\nApplicants must be in "
            "possession of their CCTs and must be fully registered with the General Medical Council.\n")
    assert [k for k, t in _kinds(text) if "CCTs" in t] == [SectionKind.OTHER]
    for line in ("Applicants must have the right to work in the EU.",
                 "All candidates will be subject to an enhanced DBS check and reference checks."):
        text = f"Consultant\n\nThe Area\n\nStamford is a popular choice amongst our Consultants.\n\n{line}\n"
        assert [k for k, t in _kinds(text) if line[:20] in t] == [SectionKind.ABOUT_COMPANY], line
    assert classify_tier("Your Potential Colleagues")[0] == SectionKind.ABOUT_COMPANY
