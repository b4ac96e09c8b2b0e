"""What batches 346 to 349's real postings (bench/nontech_real.py --split held-occ336 to held-occ339: NHS Jobs
adverts) showed of sections: the advert goes back to the job after its list of perks. Synthetic postings, with
controls."""

from __future__ import annotations

from tests.skills.conftest import section_kind_of

from credstack.postings import SectionKind

_PERKS = ("Emergency Practitioner\n\n• Permanent and bank positions available\n\nBenefits:\n\n• 6 weeks annual leave\n\n"
          "• NHS Pension\n\n• Opportunities for education, training and career development\n\n")
# perks written as sentences: none of them a short line
_LONG_PERKS = ("Community Nurse\n\nWe’ll offer you:\n\n• Agenda for Change terms and conditions, including an NHS "
               "pension and annual leave.\n\n• Access to our free Employee Assistance Programme, a service giving "
               "expert advice.\n\n• Mobile working on iPads, so that you can complete your documentation on the go.\n\n")


def test_asking_the_reader_whether_they_are_qualified_ends_the_perks():
    """'Are you an experienced Emergency Practitioner who is passionate about Primary Care?' after the benefits list
    (an urgent care provider's advert): the advert asks again, and what follows is no perk."""
    for question in ("Are you an experienced Emergency Practitioner who is passionate about Primary Care?",
                     "Are you a registered nurse looking for your next challenge?"):
        text = _PERKS + question + "\n\nMinor injury, including suturing and plastering.\n"
        assert section_kind_of(text, "suturing") != SectionKind.BENEFITS, question
        assert section_kind_of(text, "NHS Pension") == SectionKind.BENEFITS, question


def test_a_question_that_asks_no_qualification_stays_with_the_perks():
    """Control: 'Are you looking for flexible hours?' after the perks sells the job; it asks nothing of the reader."""
    text = _PERKS + "Are you looking for flexible hours?\n\nWe offer self-rostering and a free car park.\n"
    assert section_kind_of(text, "free car park") == SectionKind.BENEFITS


def test_whom_the_team_is_looking_for_after_a_slogan_ends_the_perks():
    """'Feel Proud' between the perks list and 'Right now, we're looking for Community Nurses ... you'll be
    responsible for ...' (a community nursing advert): the short line is the advert's slogan, and the paragraph after
    it is the job again, its registration asked."""
    for line in ("Right now, we’re looking for Community Nurses to join our Community Nursing Service.",
                 "Working closely with our GPs you’ll be responsible for contributing to the assessment of patients."):
        text = (_LONG_PERKS + "Feel Proud\n\n" + line + "\n\nThis is an opportunity to put your NMC registration to use.\n")
        assert section_kind_of(text, "NMC registration") != SectionKind.BENEFITS, line


def test_a_longer_line_after_the_perks_is_no_slogan():
    """Control: a line of more than a few words after the list ('Our staff enjoy the lakes and the coast') is more
    of the perks, and the paragraph after it stays with them."""
    text = (_LONG_PERKS + "Our staff enjoy the lakes and the coast\n\n"
            "Right now, we’re looking for Community Nurses to join our Community Nursing Service.\n")
    assert section_kind_of(text, "looking for Community Nurses") == SectionKind.BENEFITS
