"""What batches 116 and 117's real adverts (bench/nontech_real.py --split held-occ106, held-occ107: NHS adverts and UK
health and social care adverts of 2013) and the misses they led back to showed. Synthetic adverts, with controls."""

from __future__ import annotations

from tests.skills.conftest import analyzed


def test_an_agency_named_by_its_trade_is_the_employer():
    """Three nursing adverts came from 'Eclypse Recruitment', which 'is searching for confident Nurses' or 'are
    currently looking to recruit for Staff Nurses': its trade read as Recruiting asked of a nurse."""
    advert = ("Staff Nurse\n\n£15 per hour on Days Eclypse Recruitment is searching for confident Nurses (RGN or RMN) "
              "for a lovely nursing home. You must have dementia experience.\n")
    assert "Recruiting" not in analyzed(advert)
    asked = "HR Officer\n\nRequirements:\n- Graduate Recruitment experience is essential\n- Employee relations\n"
    assert "Recruiting" in analyzed(asked)


def test_equal_opportunities_asked_of_the_candidate_is_no_legal_boilerplate():
    """A nursing home's advert, its line breaks lost, ran 'Minimum 6 months post registration RNLD or RGN background
    An understanding of, and commitment to Equal Opportunities Understanding of quality monitoring systems' as one
    clause: the equal-opportunity cue made all of it legal text, and the nurse's registrations went unread."""
    advert = ("Registered Nurse\n\nThe successful candidate will have: Minimum 6 months post registration RNLD or RGN "
              "background An understanding of, and commitment to Equal Opportunities Understanding of quality "
              "monitoring systems.\n")
    assert {"NMC Registration", "Quality Monitoring"} <= analyzed(advert)
    statement = ("Registered Nurse\n\nRequirements:\n- Current NMC registration\n\nWe are an equal opportunities "
                 "employer and welcome applications from Python developers.\n")
    assert "Python" not in analyzed(statement)


def test_a_sentence_opening_this_is_ends_the_run_on_duties_before_it():
    """A sexual health clinic nurse's advert, its line breaks lost, ran its duties into the legal notice after them:
    '... Offering aftercare Pregnancy testing STI screening Blood testing and ultrasound scanning This is not an
    exhaustive list of duties.' The notice's cue made the duties' clause legal text."""
    from credstack.skills.requirements import clause_of, is_boilerplate_clause

    text = ("The role includes Offering aftercare Pregnancy testing STI screening Blood testing and ultrasound "
            "scanning This is not an exhaustive list of duties.")
    start = text.index("ultrasound scanning")
    assert not is_boilerplate_clause(clause_of(text, start, start + len("ultrasound scanning")))
    start = text.index("exhaustive")
    assert is_boilerplate_clause(clause_of(text, start, start + len("exhaustive")))


def test_a_team_that_works_somewhere_is_no_teamwork():
    """A discharge team leader's advert said 'The team works across boundaries to deliver high quality patient centred
    discharges': a subject and its verb, read as Teamwork asked."""
    told = ("Discharge Team Leader\n\nThe team works across boundaries to deliver high quality care.\n\n"
            "Requirements:\n- Experience in discharge planning\n")
    assert "Teamwork" not in analyzed(told)
    asked = "Care Assistant\n\nRequirements:\n- Experience in personal care\n- Good team works and communication\n"
    assert "Teamwork" in analyzed(asked)
