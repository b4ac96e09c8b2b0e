"""A public LinkedIn job page read as an unknown site: the byline under the title ("Deloitte" /
"Berlin, Berlin, Germany") is followed by dozens of sign-in prompts before the description, so the
header read back from the description (to the last line naming the title, "Join to apply for the ...
role") holds only prompts (batch first). The byline right under the title places the job; a link
there (a tab, "Apply") or the posting's first section places nothing. Synthetic blocks."""

from __future__ import annotations

from credstack.postings.page import _place_under_title
from credstack.postings.text import Block

TITLE = "Machine Learning Ops Engineer"


def test_the_place_in_the_byline_under_the_title():
    page = [Block("Jobs", "p"), Block(TITLE, "h", level=1), Block("Northwind\n \n Berlin, Berlin, Germany", "h"),
            Block("2 days ago", "h"), *(Block(f"Sign in to see step {i}", "p") for i in range(50))]
    assert _place_under_title(page, TITLE) == "Berlin, Berlin, Germany"


def test_a_link_or_the_first_section_under_the_title_places_nothing():
    page = [Block(TITLE, "h", level=1), Block("Berlin, Berlin, Germany", "p", link=True),
            Block("Requirements", "h"), Block("Lyon, France", "p")]
    assert _place_under_title(page, TITLE) is None
