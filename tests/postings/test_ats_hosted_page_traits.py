"""Traits of applicant-tracking systems' hosted job pages (batch p17: Greenhouse's job board, Workday's
career sites, a TalentBrew site). Synthetic fixtures, each with a control:

- the employer printed alone under the title as "at Acme", the place on the next line ("Dublin"), a
  town no place list knows;
- a tracker's sign-in note pasted into each job ("If you are a first time user, please create your
  candidate login account before you apply") is the site's, not the job's;
- an equal-opportunity notice under a heading naming no kind ("Our Commitment") that also offers
  reasonable accommodation and cites EEO guidelines is the legal notice;
- a warning about fraudulent job offers is a legal notice, not the benefits its "offers" might suggest;
- "An ideal candidate has:" set after "Minimum requirements for this role:" is what the job would like.
"""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify

BODY = """<div><h2>What you will do</h2>
<p>Lead a team of analysts who investigate fraud and keep our users safe every day.</p>
<h2>Who you are</h2><ul><li>5+ years of experience in fraud or risk</li><li>Strong SQL skills</li></ul></div>"""


def page(under_title: str, body: str = BODY) -> str:
    return ("<html><head><title>Fraud Operations Manager</title></head><body><main>"
            f"<h1>Fraud Operations Manager</h1>{under_title}{body}</main></body></html>")


def test_at_employer_line_names_the_company_and_the_next_line_the_place():
    posting = parse_posting(page("<p>at Fernhill Payments</p><p>Dublin</p>"))
    assert posting.company == "Fernhill Payments"
    assert posting.location == "Dublin"
    posting = parse_posting(page("<div>at Tallow AI</div><div>Palo Alto / San Francisco Bay Area</div>"))
    assert (posting.company, posting.location) == ("Tallow AI", "Palo Alto / San Francisco Bay Area")


def test_a_line_that_is_no_employer_gives_no_place_after_it():
    # the control: "at our Dublin office" names no employer, so the line after it is not read as the place
    posting = parse_posting(page("<p>at our Dublin office</p><p>Fernhill Payments</p>"))
    assert posting.company != "our Dublin office"
    assert posting.location != "Fernhill Payments"


def test_tracker_sign_in_note_is_left_out_of_the_description():
    note = ("<p><b>Please Note:</b></p>"
            "<p><b>1. If you are a first time user, please create your candidate login account before you apply "
            "for a job. (Click Sign In &gt; Create Account)</b></p>"
            "<p><b>2. If you already have a Candidate Account, please Sign-In before you apply.</b></p>")
    description = parse_posting(page("<p>Dublin</p>", note + BODY)).description
    assert "candidate login account" not in description
    assert "Sign-In before you apply" not in description
    # the control: a duty about signing in stays
    duty = "<p>If you are a new user of the case system, sign in with your badge before each shift.</p>"
    description = parse_posting(page("<p>Dublin</p>", duty + BODY)).description
    assert "sign in with your badge before each shift" in description


# a career site whose headings are all bold paragraphs, as the page's own are
BOLD_BODY = """<p><b>Your Impact</b></p>
<ul><li>Build the tools our engineers use to ship every day</li><li>Own the build pipeline</li></ul>
<p><b>Your Experience</b></p><ul><li>5+ years of Python</li><li>Experience with Kubernetes</li></ul>"""

NOTICE = """<p><b>Our Commitment</b></p>
<p>We are problem solvers who challenge the status quo, and we cannot do it without diverse teams.</p>
<p>We are committed to providing reasonable accommodations for all qualified individuals with a disability.
If you require an accommodation due to a disability, please contact our recruiting team.</p>
<p>Fernhill Payments is an equal opportunity employer, and all qualified applicants will receive consideration
without regard to age, colour, disability, race, religion, sex or any other protected characteristic.</p>
<p>All your information will be kept confidential according to EEO guidelines.</p>"""


def kinds(markup: str) -> dict[str, SectionKind]:
    return {s.heading: s.kind for s in parse_posting(markup).sections}


def test_equal_opportunity_notice_with_accommodations_is_legal():
    assert kinds(page("<p>Dublin</p>", BOLD_BODY + NOTICE))["Our Commitment"] == SectionKind.LEGAL
    # the control: the same heading over the company's promise to its customers is no notice
    promise = ("<p><b>Our Commitment</b></p><p>We answer every customer within a day and publish our uptime "
               "every month, so merchants always know where they stand with us.</p>")
    assert kinds(page("<p>Dublin</p>", BOLD_BODY + promise)).get("Our Commitment") != SectionKind.LEGAL


def test_fraudulent_offers_warning_is_legal_not_benefits():
    assert classify("Fraudulent Employment Offers") == SectionKind.LEGAL
    assert classify("Beware of recruitment fraud") == SectionKind.LEGAL
    # the control: an employer's offer is still its benefits
    assert classify("What Fernhill offers") == SectionKind.BENEFITS


def test_ideal_candidate_after_the_minimum_is_preferred():
    text = ("Account Executive\n\nMinimum requirements for this role:\n- 2+ years in a closing sales role\n"
            "- Based in the EST or CST time zone\n\nAn ideal candidate has:\n- A record of quota achievement\n"
            "- Experience with high-volume cold calling\n")
    assert kinds(text)["An ideal candidate has"] == SectionKind.PREFERRED
    # the control: an ideal candidate with no minimum set before it is what the job asks for
    text = ("Account Executive\n\nWhat you will do\n- Sell our platform to mid-sized companies\n\n"
            "The ideal candidate has:\n- A record of quota achievement\n- Experience with cold calling\n")
    assert kinds(text)["The ideal candidate has"] == SectionKind.REQUIREMENTS
