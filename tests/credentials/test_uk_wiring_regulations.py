"""An electrician in Britain works to BS 7671, and the City & Guilds 2382 award ("the 18th
Edition") is the credential such postings ask: advised there, never to an electrician in Texas."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.catalog import load_catalog
from credstack.postings import parse_posting

ELECTRICIAN = """Electrician
Brightside Electrical - {place}

We are looking for an experienced electrician for commercial sites.

Responsibilities
- Install and repair electrical wiring, lighting and distribution boards
- Fault-find and test electrical systems

Requirements
- Proven experience as an electrician in commercial electrical systems
- Full driving licence
"""


def test_the_entry_counts_in_britain_and_awards_the_18th_edition():
    entry = load_catalog().get("cg-2382-wiring-regulations")
    assert entry.countries == ("GB",)
    assert entry.grants == "18th Edition Wiring Regulations"
    assert entry.hours == 40 and entry.source


@pytest.mark.parametrize("place, advised", [("Leeds, UK", True), ("Houston, TX", False)])
def test_an_electricians_posting_gets_it_only_in_britain(res, place, advised):
    result = analyze(parse_posting(ELECTRICIAN.format(place=place)), res, rank=False)
    picks = [r.credential.id for r in result.recommendations.recommendations]
    assert ("cg-2382-wiring-regulations" in picks) is advised


def test_a_posting_naming_the_18th_edition_names_it(res):
    text = ELECTRICIAN.format(place="Bristol, UK").replace("- Full driving licence",
                                                           "- 18th Edition wiring regulations\n- Full driving licence")
    result = analyze(parse_posting(text), res, rank=False)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert recs["cg-2382-wiring-regulations"].named
