"""A benefits heading asked as a question ("What perks are we offering in return?"), as an NHS trust's recruitment
coordinator advert wrote it: its perks ("Agile working") were read as the duties above it. Synthetic adverts, with
a control where the question asks what the candidate brings."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind

ADVERT = ("Recruitment Coordinator\n\nMain Tasks and Operational Responsibilities\n\n- Coordinate the recruitment of "
          "staff\n- Organise interviews\n\n{heading}\n\n- Competitive salary\n\n- 27 days annual leave\n\n"
          "- Agile working\n")


@pytest.mark.parametrize("heading", ["What perks are we offering in return?", "What benefits do we offer?",
                                     "What do we offer in return?", "What are we offering?",
                                     "What benefits do you get?"])
def test_a_question_about_the_offer_heads_the_benefits(heading):
    sections = parse_posting(ADVERT.format(heading=heading).encode()).sections
    assert [s.kind for s in sections if "Agile working" in s.text] == [SectionKind.BENEFITS]


def test_a_question_about_what_the_candidate_brings_heads_no_benefits():
    sections = parse_posting(ADVERT.format(heading="What benefits will you bring to the team?").encode()).sections
    assert SectionKind.BENEFITS not in [s.kind for s in sections]


@pytest.mark.parametrize("heading", ["To apply for this post, you will:", "To apply for this post, you must:"])
def test_a_lead_in_to_what_the_applicant_must_have_is_no_how_to_apply_heading(heading):
    """An NHS lab assistant's advert put its requirements under 'To apply for this post, you will:' ('- You must have a
    minimum of GCSE grade C or above including English and Maths ... confident computers and packages such as
    Microsoft Office'): read as how to apply, none of it was read."""
    advert = f"Lab Assistant\n\nThe Role\n\n- Transcribe results\n\n{heading}\n\n- You must have GCSE English and Maths\n"
    sections = parse_posting(advert.encode()).sections
    assert SectionKind.HOW_TO_APPLY not in [s.kind for s in sections if "GCSE" in s.text]
    plain = "Lab Assistant\n\nThe Role\n\n- Transcribe results\n\nTo apply:\n\nSend your CV to jobs@example.com\n"
    assert SectionKind.HOW_TO_APPLY in [s.kind for s in parse_posting(plain.encode()).sections]
