"""Two traits of a job board that prints its facts around the ad rather than in labelled rows (GitHub
Jobs, batch p16): a short line over the title joins the employment type and the place ("Full Time /
Brummen"), and a box after the description names the employer twice, as its logo's alt text and as
the box's heading, over the employer's address. Neither the place nor the employer was read.
Synthetic fixture; the controls keep a department beside the type, and a logo whose box is headed
by something else, out of the fields."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><head><title>Service Technician</title></head><body>
<header><a href="/"><img src="/board.png" alt="Jobsy"></a> <a href="/jobs">All jobs</a></header>
<main>
<p>{line}</p>
<h1>Service Technician</h1>
<div><p>We install and service heat pumps for homes and small businesses across the region.</p>
<p><strong>What you will do</strong></p>
<ul><li>Install heat pumps and boilers at customers' homes</li><li>Find and fix faults on service calls</li></ul>
<p><strong>What you bring</strong></p>
<ul><li>A technician's qualification in heating or plumbing</li><li>A driving licence</li></ul></div>
<div><div><img src="/logos/77.png" alt="Northwind Heating"><h2>{box}</h2>
<p><a href="http://northwind.example">http://northwind.example</a></p></div>
<div><h3>How to apply</h3><p>Send your CV to jobs@northwind.example</p></div></div>
</main></body></html>"""


def test_the_line_over_the_title_gives_type_and_place():
    posting = parse_posting(PAGE.format(line="Full Time / Brummen", box="Northwind Heating"))
    assert (posting.employment_type, posting.location) == ("Full-time", "Brummen")


def test_the_place_may_come_first():
    assert parse_posting(PAGE.format(line="Zwolle | Part Time", box="Northwind Heating")).location == "Zwolle"


def test_a_department_beside_the_type_is_no_place():
    assert parse_posting(PAGE.format(line="Full Time / Engineering", box="Northwind Heating")).location is None


def test_the_box_headed_by_the_logos_name_names_the_employer():
    assert parse_posting(PAGE.format(line="Full Time / Brummen", box="Northwind Heating")).company == \
        "Northwind Heating"


def test_a_logo_in_a_box_headed_otherwise_names_no_employer():
    assert parse_posting(PAGE.format(line="Full Time / Brummen", box="Similar jobs")).company != "Northwind Heating"
