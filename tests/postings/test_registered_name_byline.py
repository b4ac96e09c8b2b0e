"""A line under the title that is a registered name alone, its legal form also a region's code
("Centric Care AB": Swedish 'aktiebolag' and Alberta's AB; batch p12, a Swedish public job board's ad
pasted as text): the employer, not a Canadian place. A place keeps its comma ("Calgary, AB").
Synthetic fixtures with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import byline
from credstack.postings.text import Block

DUTIES = "\n\nDu arbetar dagtid på vardagar på en ortopedisk operationsavdelning.\n" \
         "Minst två års erfarenhet som operationssjuksköterska krävs.\n"


@pytest.mark.parametrize("line", ["Nordvård Bemanning AB", "Fjordhelse AS", "Alpen Pflege AG"])
def test_a_registered_name_alone_is_the_employer(line):
    posting = parse_posting("Operationssjuksköterska till Umeå!\n" + line + DUTIES)
    assert posting.company == line
    assert posting.location != line


@pytest.mark.parametrize("line, location", [
    ("Calgary, AB", "Calgary, AB"),
    ("Hoxton Park NSW", "Hoxton Park NSW"),
    ("Perth WA 6000", "Perth WA 6000"),
])
def test_a_town_and_its_region_stay_a_place(line, location):
    assert byline(Block(line, "p")).get("location") == location
