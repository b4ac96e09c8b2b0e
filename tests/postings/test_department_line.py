"""An employer's own careers site prints the job's department under its title ("Data" under "Data
Scientist", then "Remote (United States)", "Full Time"); the department repeats the field the title
opens with and is no employer: the employer is the one the <title> names ("Data Scientist – Acme").
Found on pages batch p32-check. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting

PAGE = """<html><head><title>{title} – Nimbus</title></head><body>
<nav><a href="/">Nimbus</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
<main><a href="/careers">← Back to Careers</a>
<h1>{title}</h1><div>{department}</div><div>Remote (United States)</div><div>Full Time</div>
<h2>About the Role:</h2><p>You will design metrics, run experiments and build forecasts with the
finance and product teams, and explain what the numbers mean to the people who decide.</p>
<h2>About You:</h2><ul><li>Three years of SQL and Python</li><li>Experience with A/B testing</li></ul>
</main><footer>Copyright © 2022 Nimbus Inc.</footer></body></html>"""


@pytest.mark.parametrize("title, department", [
    ("Data Scientist", "Data"),
    ("Customer Success Manager, Europe", "Customer Success"),
])
def test_the_department_line_is_not_the_employer(title, department):
    posting = parse_posting(PAGE.format(title=title, department=department))
    assert posting.title == title
    assert posting.company == "Nimbus"


def test_a_name_under_the_title_that_is_not_its_field_is_still_the_employer():
    assert parse_posting(PAGE.format(title="Data Scientist", department="Orbital Labs")).company == "Orbital Labs"
