"""Lines under a pasted record's title as job boards write them (batch p13: Australian Adzuna records
and a South African staffing agency's ads). A suburb before its council area or region
("Prestons, Liverpool Area") is a place after "Name - "; a line that opens on the comma of
"name, place" (", Durban") holds the place alone; a title's part after a bar ("Teacher | Preston": a
centre, a branch or a town) yields to a line under it naming an employer and a place. Synthetic
fixtures with controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import byline
from credstack.postings.text import Block

BODY = "\n\nPlan and lead play-based learning for children aged three to five.\n" \
       "Requirements: a bachelor's degree in early childhood education; a working with children check.\n"


@pytest.mark.parametrize("line, company, place", [
    ("Little Acorns Learning - Prestons, Liverpool Area", "Little Acorns Learning", "Prestons, Liverpool Area"),
    ("Harbourside Care - Hemmant, Brisbane Region", "Harbourside Care", "Hemmant, Brisbane Region"),
])
def test_a_suburb_before_its_area_is_the_place(line, company, place):
    posting = parse_posting("Early Childhood Educator" + "\n" + line + BODY)
    assert (posting.company, posting.location) == (company, place)


def test_an_area_without_a_suburb_stays_no_place():
    # the control: "Sales Area" alone after the dash is still no place (tests/postings/test_area_places.py)
    assert "location" not in byline(Block("Acme Corp - Sales Area", "p"))


@pytest.mark.parametrize("line, place", [(", Durban", "Durban"), (", Lanseria / Brits", "Lanseria / Brits")])
def test_a_line_opening_on_a_comma_is_a_place_with_no_name(line, place):
    posting = parse_posting("Payroll Administrator\n" + line + BODY)
    assert posting.location == place
    assert posting.company != place


@pytest.mark.parametrize("line", [", and more", ",", ", we are hiring now."])
def test_a_comma_before_lower_case_words_is_no_place(line):
    assert byline(Block(line, "p")) == {}


def test_a_byline_with_employer_and_place_outranks_the_title_bar_part():
    posting = parse_posting("Early Childhood Teacher | Preston\nLittle Acorns Learning - Prestons, Liverpool Area" + BODY)
    assert posting.title == "Early Childhood Teacher"
    assert posting.company == "Little Acorns Learning"
    assert posting.location == "Prestons, Liverpool Area"


def test_a_title_bar_part_stays_the_employer_without_such_a_line():
    # the control: no line naming employer and place under it, so the bar's part is still read as the employer
    posting = parse_posting("Early Childhood Teacher | Little Acorns Learning" + BODY)
    assert posting.company == "Little Acorns Learning"
