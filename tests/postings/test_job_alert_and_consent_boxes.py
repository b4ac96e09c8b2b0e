"""Boxes an applicant tracker or career site draws below the job, read into the description when
the page's class names are gone (batch p15, unknown-site view): Greenhouse's job-alert box ("Create a
Job Alert" / "Interested in building your career at Acme? Get future opportunities sent straight to
your email.") and a consent banner ("We care about your privacy" / 'By clicking "Accept All," you
agree to the storing of cookies ...'). The job's own sentences about alerts, privacy or cookies stay.
Synthetic fixture with its controls."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Field Service Technician</title></head>
<body><div><div>
<h1>Field Service Technician</h1>
<p>Brightwater Pumps - Leeds</p>
<p>We install and service water pumps for farms and factories across the north of England.</p>
<h2>What you will do</h2>
<ul><li>Install and commission pumps at customer sites</li><li>Diagnose faults and replace worn parts</li></ul>
<p>{duty}</p>
<h2>What you bring</h2>
<ul><li>An NVQ Level 3 in mechanical or electrical engineering</li><li>A full UK driving licence</li></ul>
<p>{privacy}</p>
</div>
<div><h3>Create a Job Alert</h3>
<p>Interested in building your career at Brightwater Pumps? Get future opportunities sent straight to your email.</p>
<p>First Name*</p><p>Email*</p><p>Create alert</p></div>
<div><p>We care about your privacy</p>
<p>By clicking "Accept All," you agree to the storing of cookies on your device to give you the most optimal
experience using our website.</p></div>
</div></body></html>"""

DUTY = "You will also create a job alert schedule for the service desk so that urgent call-outs reach you."
PRIVACY = "We value your privacy and our customers' too: you will handle their site records with care."


def _description() -> str:
    return parse_posting(PAGE.format(duty=DUTY, privacy=PRIVACY).encode()).description


def test_job_alert_box_is_not_the_job():
    description = _description()
    assert "Create a Job Alert" not in description
    assert "Get future opportunities sent straight to your email" not in description


def test_consent_banner_is_not_the_job():
    description = _description()
    assert "We care about your privacy" not in description
    assert "storing of cookies" not in description


def test_the_job_s_own_sentences_stay():
    # controls: a duty about job alerts and a sentence about privacy are the job's text
    description = _description()
    assert DUTY in description
    assert PRIVACY in description
    assert "Diagnose faults and replace worn parts" in description
