"""A plain-text posting names places that are not the job's deep in its sentences: an NHS research
post's "The study is in partnership with the MD Anderson Cancer Centre (USA) who are leading the study and
Stellenbosch University Cape Town, South Africa." made its location South Africa. A place deep in a
sentence is the job's only after a word that says where ("located in the heart of", "at our", "a direct
hire position"). Synthetic postings, with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

POSTING = """Treatment Planning Radiographer

We are seeking a research radiographer with experience of treatment planning to join our team.

{sentence}

Requirements
- HCPC registration
- Experience of treatment planning systems
"""


def test_a_partner_named_deep_in_a_sentence_is_not_where_the_job_is():
    sentence = ("The study at our cancer centre is in partnership with a cancer centre who are leading the study "
                "and Stellenbosch University Cape Town, South Africa.")
    assert parse_posting(POSTING.format(sentence=sentence)).location is None


@pytest.mark.parametrize("sentence, place", [
    ("We are a prestigious boutique communications firm located in the heart of Brooklyn, NY", "Brooklyn, NY"),
    ("We're on the lookout for a Sales Representative to join our dynamic team at our Las Cruces, NM", "Las Cruces, NM"),
    ("LHH is seeking a Law Firm Administrator for a direct hire position Asheville, NC", "Asheville, NC"),
    ("Richmond, VA", "Richmond, VA"),  # a line of its own
])
def test_a_place_the_words_before_it_say_is_where(sentence, place):
    assert parse_posting(POSTING.format(sentence=sentence)).location == place
