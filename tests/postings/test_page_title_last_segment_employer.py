"""A page title whose first segment is the job with a qualifier after a dash, and whose last
bar-separated segment is who is hiring ("Registered Nurse - ICU | Mercy Health", Eightfold's
"Engineer (L4) - Ads | USA - Remote | Netflix"; batch p15's unknown-site view read "Ads" as the
company): the qualifier is the job's unit or team, the last segment the employer. A board's name, a place
or a work mode in the last segment names no one, and the qualifier stays the company then. Synthetic
fixture with its controls."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body><div>
<p>Our intensive care unit has twenty beds and a team of forty nurses on rotating twelve-hour shifts.</p>
<p><strong>Responsibilities</strong></p>
<ul><li>Assess and monitor critically ill patients</li><li>Titrate vasoactive infusions to protocol</li></ul>
<p><strong>Requirements</strong></p>
<ul><li>An active RN licence</li><li>Two years of critical care experience</li></ul>
</div></body></html>"""


def _posting(page_title: str):
    return parse_posting(PAGE.format(page_title=page_title).encode())


@pytest.mark.parametrize("page_title", ["Registered Nurse - ICU | Mercy Health",
                                        "Registered Nurse - ICU | USA - Remote | Mercy Health"])
def test_the_last_segment_is_the_employer(page_title):
    assert _posting(page_title).company == "Mercy Health"


@pytest.mark.parametrize("page_title", ["Registered Nurse - Mercy Health | Indeed",
                                        "Registered Nurse - Mercy Health | Reno, NV"])
def test_a_board_or_place_last_leaves_the_dash_part_the_employer(page_title):
    # controls: the last segment is a job board's name or a place
    assert _posting(page_title).company == "Mercy Health"
