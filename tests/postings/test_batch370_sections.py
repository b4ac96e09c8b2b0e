"""What batches 370 to 373's real postings (bench/nontech_real.py --split held-occ360 to held-occ363: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kind_of

from credstack.postings import SectionKind, parse_posting

_HEADER = "Children's Nurse\n\nFull or Part Time\n\nSalary Band 5\n\nWe're looking for experienced Nurses to join our team.\n\n"


def test_what_the_reader_will_have_is_asked_even_under_the_pay_line():
    """'You will have experience in one or more of the following areas:' after 'Salary Band 5' (a hospice's advert):
    the lead-in asks for experience, and its list is what the job asks, not more of the pay above it."""
    for lead in ("You will have experience in one or more of the following areas:",
                 "You should have a sound knowledge of:", "You'll also need experience of:"):
        text = _HEADER + lead + "\n\n• Nursing children & young people\n\n• Palliative & bereavement care\n"
        assert section_kind_of(text, "bereavement care") == SectionKind.REQUIREMENTS, lead


def test_what_the_reader_will_have_on_offer_stays_with_the_perks():
    """Control: 'You will have access to:' under the benefits heading is what the employer gives."""
    text = ("Staff Nurse\n\nBenefits\n\nYou will have access to:\n\n• 27 days annual leave\n\n"
            "• An NHS pension scheme\n")
    assert section_kind_of(text, "NHS pension") == SectionKind.BENEFITS


def test_the_training_the_ward_gives_is_no_ask():
    """'As a trained member of staff on the ward you will receive training to become competent in:' over IV therapy,
    venepuncture and cannulation (a trauma and orthopaedics staff nurse advert): what the ward teaches the starter, no
    skill asked."""
    for lead in ("As a trained member of staff on the ward you will receive training to become competent in:",
                 "You will be fully trained in:", "You'll be given training on:"):
        text = ("Staff Nurse\n\nThe ward cares for adults after joint surgery.\n\n" + lead
                + "\n\n• IV therapy\n\n• Venepuncture and cannulation\n")
        assert section_kind_of(text, "cannulation") == SectionKind.BENEFITS, lead


def test_what_the_reader_will_be_responsible_for_is_still_the_job():
    """Control: 'You will be responsible for:' and 'You will be involved in:' lead the post's own duties."""
    for lead in ("You will be responsible for:", "You will be involved in:"):
        text = "Staff Nurse\n\nThe ward cares for adults.\n\n" + lead + "\n\n• IV therapy\n\n• Venepuncture\n"
        assert section_kind_of(text, "Venepuncture") != SectionKind.BENEFITS, lead


def test_a_ratio_in_the_first_words_is_no_heading():
    """'You will benefit from weekly 1:1 mentoring sessions' (a clinical administrator advert): the colon of '1:1' made
    'You will benefit from weekly 1' a heading of perks, which held the job's requirements list after it."""
    text = ("Clinical Administrator\n\nYou will benefit from weekly 1:1 mentoring sessions with a focus upon your "
            "development.\n\nWhat skills and experience will you need to apply?\n\n• Essential knowledge of Microsoft "
            "office\n\n• GCSE Maths and English\n")
    sections = parse_posting(text).sections
    assert not any(s.heading.endswith("weekly 1") for s in sections), sections
    assert section_kind_of(text, "Microsoft office") == SectionKind.REQUIREMENTS


def test_questions_that_name_the_duties_and_the_asks_are_headings():
    """'What are the key responsibilities of the Radiographer's role?' and 'What is the purpose of the position?' head
    the duties; 'What do you need to join us?' heads the asks (a diagnostics provider's adverts)."""
    text = ("MRI Radiographer\n\nWe are looking for a radiographer.\n\nWhat are the key responsibilities of the "
            "Radiographer’s role?\n\n• Carry out imaging procedures\n\n• Run quality assurance checks\n\n"
            "What do you need to join us?\n\n• HCPC registration\n")
    assert section_kind_of(text, "quality assurance checks") == SectionKind.RESPONSIBILITIES
    assert section_kind_of(text, "HCPC registration") == SectionKind.REQUIREMENTS
    duties = "Dermatologist\n\nWhat is the purpose of the position?\n\n• Undertake diagnostic procedures\n"
    assert section_kind_of(duties, "diagnostic procedures") == SectionKind.RESPONSIBILITIES
