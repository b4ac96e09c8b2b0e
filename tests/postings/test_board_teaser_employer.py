"""A job board that shows a teaser and points to the employer's own ad (batch h28p review of old
pages): the name in "See the complete text at Acme A/S" is the employer's, where the page's <title>
names only the board ("View job | Jobboard"). Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>View job | Nordjobs</title></head><body>
<nav><a href="/">Nordjobs</a> <a href="/search">Find a job</a> <a href="/login">Log in</a></nav>
<main><h1>Spare Parts Sales Assistant</h1>
<p>You want to learn sales and work for a fast growing wind energy company.</p>
<p>In our service division we are looking for a student to join the spare parts sales team, quoting
parts to customers and following up on orders.</p>
<h2>Your profile</h2><ul><li>You study engineering or business</li><li>You speak English</li></ul>
<p>{pointer}</p>
<h3>Work area:</h3><p>Ikast</p>
</main><footer>Nordjobs is run by the public employment service.</footer></body></html>"""


@pytest.mark.parametrize("pointer, company", [
    ("See the complete text at Vindkraft Service A/S", "Vindkraft Service A/S"),
    ("Read the full job ad on Vindkraft Service's website", "Vindkraft Service"),
])
def test_the_employer_named_by_the_pointer_to_the_full_ad(pointer, company):
    assert parse_posting(PAGE.format(pointer=pointer)).company == company


def test_a_pointer_to_a_link_names_no_employer():
    posting = parse_posting(PAGE.format(pointer="See the full description at the link below."))
    assert posting.company != "the link below"
