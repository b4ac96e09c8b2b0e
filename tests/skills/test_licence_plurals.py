"""A licence's initials name its holders in the plural: "RNs and LPNs" are the Registered Nurse and
Licensed Practical Nurse licences (a user holding the RN licence has what "preferred for RNs" asks),
written with the capitals and a small "s" only."""

from __future__ import annotations

import pytest

from credstack.skills.linking import exact_link
from credstack.skills.matcher import matcher_for
from credstack.skills.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()


@pytest.mark.parametrize("text, skills", [
    ("We are hiring RNs and LPNs for nights.", ["Registered Nurse", "Licensed Practical Nurse"]),
    ("Two CNAs on every shift.", ["Certified Nursing Assistant"]),
])
def test_initials_with_a_small_s_name_the_licence(text, skills):
    assert [m.skill for m in matcher_for(VOCABULARY).find(text)] == skills


def test_a_tagger_span_of_holders_links_to_the_licence():
    assert exact_link("RNs", VOCABULARY).name == "Registered Nurse"


@pytest.mark.parametrize("text", ["RNS", "rns", "BLSs"])
def test_control_other_spellings_are_no_holders(text):
    assert [m.skill for m in matcher_for(VOCABULARY).find(f"Ask about {text} today.")] == []
