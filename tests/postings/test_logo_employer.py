"""A job board names the employer beside the job's title twice: its logo (alt "Kvarta Soft") and a
link among the facts under the title ("Kvarta Soft", after the salary), while the <title> ends with
the board's name ("... — Jobsy"). Batch p32-check (a Ukrainian board's page). The line that repeats
the logo's name is the employer; the board's own logo, in its menu, is never under the title.
Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><head><title>Vacancy: Java Developer, company Kvarta Soft — Jobsy</title></head><body>
<nav><a href="/"><img src="/logo.svg" alt="Jobsy"></a> <a href="/jobs">Find jobs</a> <a href="/cv">Post a CV</a></nav>
<main><h1>Java Developer</h1>
<a href="/company/77"><img src="/c/77.png" alt="{alt}"></a>
<ul><li>Salary depends on experience</li>
<li><a href="/company/77">{line}</a><br><span>IT; 50–250 employees</span></li>
<li>Full-time. Experience from 1 year.</li></ul>
<h2>Requirements</h2><ul><li>Strong Java with a record of shipped projects</li><li>English, intermediate</li></ul>
<h2>Responsibilities</h2><ul><li>Write clean, efficient, maintainable code</li><li>Take part in code reviews</li></ul>
</main><footer>Jobsy — job search service</footer></body></html>"""


def test_the_name_the_logo_and_a_line_under_the_title_share():
    assert parse_posting(PAGE.format(alt="Kvarta Soft", line="Kvarta Soft")).company == "Kvarta Soft"


def test_a_logo_no_line_repeats_names_no_employer_by_itself():
    assert parse_posting(PAGE.format(alt="Kvarta Soft", line="About the company")).company != "Kvarta Soft"
