"""A job board's warning against scams under every ad ("To stay safe in your job search ...") is the
site's, not the job's text (batch h30p)."""

from __future__ import annotations

from credstack.postings import parse_posting

AD = """<html><body><main><h1>Payroll Specialist</h1>
<h2>Your tasks</h2><ul><li>Plan and run the monthly payroll for 400 employees across three sites</li>
<li>Reconcile payroll accounts with the finance team every month</li></ul>
<h2>Your profile</h2><ul><li>Three years of payroll experience in a company of 200 people or more</li></ul>
<p>Reference: 49341027</p>
<p>To stay safe in your job search and flexible work, we recommend that you visit a non-profit
organisation working to combat labour market abuse, for free, expert advice for safer work.</p>
</main></body></html>"""


def test_a_boards_safety_warning_is_not_in_the_description():
    posting = parse_posting(AD)
    assert "monthly payroll" in posting.description
    assert "stay safe" not in posting.description


def test_a_duty_about_safety_stays():
    duty = AD.replace("<li>Reconcile", "<li>Stay safe in the warehouse and wear the gloves provided</li><li>Reconcile")
    assert "Stay safe in the warehouse" in parse_posting(duty).description
