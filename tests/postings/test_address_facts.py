"""An employer named and placed only by a postal address (batches h27p, h28a review): a public job
bank's line under the title "Acme Cafe - 2404 Main StreetVancouver, BCV5T 3E2" (its line breaks lost,
the street glued to the town, the province to the postcode), and a job board's fact box "Employer" /
name / street / "DK 6091 Bjert". The name before the address is the company, the town is the place;
a postcode and town with no employer's or address label over them (a footer's, a prose line's) place
nothing. Synthetic fixtures."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.facts import address_byline

JOB_BANK = """<html><head><title>{title}</title></head><body><main><h1>{title}</h1>
<p>{address}</p>
<h3>Overview</h3><h4>Languages</h4><p>English</p><h4>Education</h4><ul><li>Secondary school</li></ul>
<h3>Responsibilities</h3><h4>Tasks</h4><ul><li>Supervise and co-ordinate the staff who prepare food</li>
<li>Train staff in job duties, sanitation and safety procedures</li><li>Estimate and order supplies</li>
<li>Maintain records of stock, repairs, sales and wastage</li></ul></main></body></html>"""


@pytest.mark.parametrize("address, company, location", [
    ("Maple Leaf Cafe - 2404 Main StreetVancouver, BCV5T 3E2", "Maple Leaf Cafe", "Vancouver, BC"),
    ("Prairie Foam - 12222 - 44 Street SECalgary, ABT2Z 4A2", "Prairie Foam", "Calgary, AB"),
    ("Northern Health Authority - 1 North AveFlin Flon, MBR8A 1V9", "Northern Health Authority", "Flin Flon, MB"),
])
def test_a_name_and_a_glued_address_under_the_title(address, company, location):
    posting = parse_posting(JOB_BANK.format(title="food service supervisor", address=address))
    assert (posting.company, posting.location) == (company, location)


def test_a_line_with_no_street_is_no_address():
    assert address_byline("Maple Leaf Cafe - Vancouver, BC") == {}


BOARD = """<html><head><title>View job | Nordjobs</title></head><body>
<nav><a href="/">Nordjobs</a> <a href="/login">Log in</a></nav>
<main><h1>Warehouse Team Lead</h1><h2>Garnhuset A/S</h2>
<p>We are looking for a warehouse team lead to plan the daily work of twelve colleagues, keep our
stock right and make sure every order leaves the warehouse on time.</p>
<h3>Who are you:</h3><ul><li>Experience leading a team</li><li>You speak Danish or English</li></ul></main>
<aside><h3>Type of employment</h3><p>Full time</p>
<h3>{label}</h3><p>Garnhuset A/S<br>Kildebrovej 42<br>DK 2670 Greve<br>Denmark</p></aside>
<footer><p>Nordjobs<br>Havnegade 7<br>DK 1058 København</p></footer></body></html>"""


def test_the_town_of_the_employers_address():
    assert parse_posting(BOARD.format(label="Employer")).location == "Greve"


def test_an_address_under_no_employer_label_places_nothing():
    assert parse_posting(BOARD.format(label="Contact us")).location is None
