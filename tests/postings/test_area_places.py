"""LinkedIn names a job's place as the area around a city: "San Diego Metropolitan Area", "Greater
Phoenix Area", "Dallas-Fort Worth Metroplex" (batch h33p: an export record's line under the title,
"CMD Electric - San Diego Metropolitan Area", was read whole as the company). After "Name - " such an
area is a place; a name that only starts with "Greater" or ends with "Area" in another sense is not.
Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

TEXT = """Science Teacher
{line}

Teach science to grades 6-8 in a small charter school.
Requirements: a state teaching license; two years of classroom experience.
Responsibilities: plan lessons, grade work and meet with families.
"""


@pytest.mark.parametrize("line, company, place", [
    ("Harbor Line Electric - San Diego Metropolitan Area", "Harbor Line Electric", "San Diego Metropolitan Area"),
    ("Bennett Academy - Greater Phoenix Area", "Bennett Academy", "Greater Phoenix Area"),
    ("Lone Star Prep - Dallas-Fort Worth Metroplex", "Lone Star Prep", "Dallas-Fort Worth Metroplex"),
    ("Bayview Middle School - San Francisco Bay Area", "Bayview Middle School", "San Francisco Bay Area"),
])
def test_an_area_around_a_city_is_the_place(line, company, place):
    posting = parse_posting(TEXT.format(line=line))
    assert (posting.company, posting.location) == (company, place)


@pytest.mark.parametrize("line", ["Acme - Greater Good Foundation", "Acme Corp - Sales Area"])
def test_other_greaters_and_areas_are_no_place(line):
    assert parse_posting(TEXT.format(line=line)).location is None
