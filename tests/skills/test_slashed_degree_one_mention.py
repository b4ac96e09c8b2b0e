""""BS/BA degree": one degree's initials slashed before its name, written as one; its mention is the page's words whole, not
"BS" and "BA degree" (which named neither what the page wrote nor anything else). Slashed names of
two degrees stay two mentions ("HNC/HND"), and a degree's words read inside a longer mention of it
are not a second mention."""

import pytest

from credstack.analysis import analyze
from credstack.postings import parse_posting


def _degrees(resources, body: str) -> dict[str, list[str]]:
    text = f"Technician\n\nRequirements:\n\n{body}\n- Python\n"
    result = analyze(parse_posting(text.encode()), resources, recommend=False)
    return {s.name: s.mentions for s in result.skills if s.kind.value == "degree"}


@pytest.mark.parametrize(("body", "mentions"), [
    ("- BS/BA degree", ["BS/BA degree"]),
    ("- BSc/BA degree in a related subject", ["BSc/BA degree"]),
])
def test_two_names_of_one_degree_are_one_mention(resources, body, mentions):
    assert list(_degrees(resources, body).values()) == [mentions]


def test_two_degrees_slashed_stay_two(resources):
    assert _degrees(resources, "- HNC/HND") == {"Higher National Diploma": ["HND"], "Higher National Certificate": ["HNC"]}
    assert _degrees(resources, "- High school diploma/GED") == {"High School Diploma": ["High school diploma", "GED"]}
    assert _degrees(resources, "- GED/HS Diploma") == {"High School Diploma": ["GED", "HS Diploma"]}


def test_the_same_degree_written_again_elsewhere_is_a_mention_too(resources):
    assert _degrees(resources, "- BS/BA degree\n- BA degree preferred") == {"Bachelor's Degree": ["BS/BA degree", "BA degree"]}
