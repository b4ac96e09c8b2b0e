"""What batches 116 and 117's real adverts (bench/nontech_real.py --split held-occ106, held-occ107: NHS adverts and UK
health and social care adverts of 2013) and the misses they led back to showed. Synthetic adverts, with controls."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting
from credstack.resources import Resources


def _names(posting: str) -> set[str]:
    result = analyze(parse_posting(posting.encode()), Resources.load(), recommend=False)
    return {s.name for s in [*result.skills, *result.context]}


def test_an_agency_named_by_its_trade_is_the_employer():
    """Three nursing adverts came from 'Eclypse Recruitment', which 'is searching for confident Nurses' or 'are
    currently looking to recruit for Staff Nurses': its trade read as Recruiting asked of a nurse."""
    advert = ("Staff Nurse\n\n£15 per hour on Days Eclypse Recruitment is searching for confident Nurses (RGN or RMN) "
              "for a lovely nursing home. You must have dementia experience.\n")
    assert "Recruiting" not in _names(advert)
    asked = "HR Officer\n\nRequirements:\n- Graduate Recruitment experience is essential\n- Employee relations\n"
    assert "Recruiting" in _names(asked)
