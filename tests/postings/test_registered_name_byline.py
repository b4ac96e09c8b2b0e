"""A line under the title that is a registered name alone, its legal form also a region's code
("Centric Care AB": a Swedish aktiebolag, or Alberta's AB; batch p12, a Swedish public job board's
ad pasted as text), is the employer when the ad goes on naming it without the form ("Centric Care
har bemannat ..."). A town with its region keeps its comma ("Calgary, AB"), and one the ad does not
name again ("Hove SA") stays a place. Synthetic fixtures with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

AD = ("Operationssjuksköterska till Nordvik!\n{line}\n\n"
      "Du arbetar dagtid på vardagar på en ortopedisk operationsavdelning.\n\n"
      "OM OSS\n{name} har bemannat vården sedan år 2000. {name} är ett auktoriserat bemanningsföretag.\n")


@pytest.mark.parametrize("line", ["Nordvård Bemanning AB", "Sydkust Vård SA"])
def test_a_registered_name_the_ad_names_again_is_the_employer(line):
    posting = parse_posting(AD.format(line=line, name=line.rsplit(None, 1)[0]))
    assert posting.company == line
    assert posting.location != line


@pytest.mark.parametrize("line", ["Hove SA", "Red Deer AB"])
def test_a_town_the_ad_does_not_name_again_stays_a_place(line):
    posting = parse_posting(AD.format(line=line, name="Vårdbolaget"))
    assert posting.location == line
    assert posting.company != line


def test_a_town_with_its_comma_stays_a_place():
    posting = parse_posting(AD.format(line="Calgary, AB", name="Calgary"))
    assert posting.location == "Calgary, AB"
