"""Words of batch p17's Workday pages that named the wrong skill, each with a control: a town ("Palo
Alto, CA", "located in Palo Alto") is not the firewall vendor; a database engine's clustering is not
unsupervised learning; Kubernetes' reconciliation logic is not account reconciliation."""

from __future__ import annotations

import pytest

from credstack.skills.matcher import matcher_for
from credstack.skills.vocabulary import load_vocabulary


def found(text: str) -> set[str]:
    return {m.skill for m in matcher_for(load_vocabulary()).find(text)}


@pytest.mark.parametrize("text, skill", [
    ("Senior Kubernetes Software Engineer - Palo Alto, CA", "Palo Alto Networks"),
    ("This role is located in Palo Alto, CA USA.", "Palo Alto Networks"),
    ("Expertise in the internals of containerization technologies, or MySQL DB engine & clustering", "Unsupervised Learning"),
    ("You have an in-depth understanding of Kubernetes extensibility and reconciliation logic", "Account Reconciliation"),
])
def test_a_word_in_another_sense_names_no_skill(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize("text, skill", [
    ("Experience administering Palo Alto firewalls and Panorama", "Palo Alto Networks"),
    ("Clustering and classification models in Python with scikit-learn", "Unsupervised Learning"),
    ("Month-end close, general ledger and bank reconciliation in NetSuite", "Account Reconciliation"),
    ("Reconciliation of supplier statements every week", "Account Reconciliation"),
])
def test_the_skill_itself_is_still_found(text, skill):
    assert skill in found(text)
