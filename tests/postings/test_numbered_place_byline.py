"""A line under the title that reads "Name - 56 - TOWN" (batch p12, France's public employment
service's offers pasted as text): the place is written after its area's number, so the name before it
is the employer and "56 - TOWN" the place. Synthetic fixtures, one per trait."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import byline
from credstack.postings.text import Block

DUTIES = "\n\nVous assurez la préparation des commandes et le contrôle des livraisons.\n" \
         "Vous respectez les consignes de sécurité du site.\n"


@pytest.mark.parametrize("line, company, town", [
    ("TRANSPORTS MARTIN - 44 - NANTES", "TRANSPORTS MARTIN", "NANTES"),
    ("Maison Relais 13 - 13 - SALON DE PROVENCE", "Maison Relais 13", "SALON DE PROVENCE"),  # a name ending on a number
    ("ATELIER DUVAL SAS - 75 - PARIS 11", "ATELIER DUVAL SAS", "PARIS 11"),  # an arrondissement after the town
    ("Hôtel des Cimes - 65 - Pyrénées (Hautes)", "Hôtel des Cimes", "Pyrénées (Hautes)"),
    ("Corse Services - 2A - AJACCIO", "Corse Services", "AJACCIO"),
])
def test_a_name_then_a_numbered_place_names_employer_and_place(line, company, town):
    posting = parse_posting("Préparateur de commandes (H/F)\n" + line + DUTIES)
    assert posting.company == company
    assert town in (posting.location or "")


@pytest.mark.parametrize("line", [
    "Travel Nurse - 13 - Weeks",  # a job's name and a duration, not an employer and a place
    "Full-time - 35 - hours",
])
def test_no_name_before_the_number_is_no_numbered_byline(line):
    assert "company" not in byline(Block(line, "p"))
