"""What batches 158 and 159's real postings (bench/nontech_real.py --split held-occ148, held-occ149: LinkedIn postings
of 2023-24 and NHS adverts) and the misses they led back to showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_the_uk_counselling_and_psychotherapy_registers_are_credentials(resources):
    """A CAMHS cognitive behavioural therapist's advert asked for registration 'with the BACP, UKCP' beside the HCPC
    and NMC, and the vocabulary knew neither register (nor the BABCP's accreditation); the cardiac rehabilitation
    body BACPR stays its own."""
    posting = ("CBT Therapist\n\nRequirements\n\n- Registered with the BACP or UKCP\n- BABCP accreditation or working "
               "towards it\n- BACPR Exercise Instructor qualification desirable\n")
    got = found(posting, resources)
    assert {"BACP Registration", "UKCP Registration", "BABCP Accreditation"} <= got
    assert "Level 4 Specialist Exercise Instructor" in got  # the BACPR's qualification, as before


def test_initials_alone_link_to_no_longer_name_they_are_part_of():
    """A construction firm accountant's posting listed 'Journal entries / transactional accounting AP / AR / PR
    familiarity': the span tagger's 'AP' linked, by its vector, to the WELL AP building credential, a certification
    gap no accountant has. Initials that are a skill's whole form still link."""
    from credstack.skills.linking import _may_be_near
    from credstack.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert not _may_be_near("AP", vocabulary.get("WELL AP"))
    assert _may_be_near("BACP", vocabulary.get("BACP Registration"))
