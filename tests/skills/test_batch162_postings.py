"""What batches 160 to 165's real postings (bench/nontech_real.py --split held-occ150 to held-occ155: LinkedIn
postings of 2023-24, NHS adverts and the UK Adzuna dump of 2013) and the misses they led back to showed. Synthetic
postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind


def test_payable_of_pay_and_fees_is_no_accounts_payable(resources):
    """A band 7 mental health pharmacist's agency advert ended its pay line '... with excellent rates payable': the
    vocabulary's 'payable' made Accounts Payable a gap of a pharmacist; so did a DBS check 'the cost of which is
    payable by the successful candidate'. Payable beside rates, fees or costs, or payable by someone, is no skill."""
    pharmacist = ("Mental Health Pharmacist\n\nThe successful candidate must have Mental Health Experience and will be "
                  "screening prescriptions. This is a long term assignment with excellent rates payable. All "
                  "applicants should have excellent communication skills. An enhanced DBS check is required, the "
                  "cost of which is payable by the successful candidate.\n")
    assert "Accounts Payable" not in found(pharmacist, resources)


def test_payable_of_a_ledger_stays_accounts_payable(resources):
    accountant = ("Assistant Accountant\n\nRequirements:\n- Experience of accounts receivable and payable\n- Sage 50\n"
                  "- Bank reconciliations\n")
    assert {"Accounts Payable", "Accounts Receivable"} <= found(accountant, resources)


def test_a_benefits_lead_in_naming_the_agency_after_a_comma_heads_the_perks():
    """The same advert, one paragraph: 'All applicants should be flexible ... In return, PULSE can offer: Excellent
    rates of pay ... Reimbursed Criminal Record Bureau Disclosures ...'. The lead-in with a comma and the agency's
    name was no heading, so the perks were requirements (a criminal record check asked)."""
    text = ("Mental Health Pharmacist\n\nPulse Staffing has an opportunity available in Cheshire for a Band 7 Mental "
            "Health Pharmacist. This is a great chance for an experienced Pharmacist to join an exceptional busy team and "
            "work in a highly competitive area of Cheshire. As a GPHC registered Pharmacist you will be providing an "
            "efficient and competent clinical service to patients. All "
            "applicants should be flexible, have excellent communication skills and recent UK Hospital experience. "
            "In return, PULSE can offer: Excellent rates of pay Free Mandatory Training Reimbursed Criminal Record "
            "Bureau Disclosures Recommend a Friend bonus scheme. To join PULSE for this and other opportunities, "
            "please apply now.")
    sections = parse_posting(text).sections
    assert any("Reimbursed Criminal Record" in s.text for s in sections if s.kind == SectionKind.BENEFITS), sections


def test_a_comma_after_a_cue_that_goes_on_to_no_heading_stays_text():
    """Control: 'In return, the post holder will support ...' reaches no colon: no heading."""
    text = ("Support Worker\n\nYou will support residents with daily living and keep accurate records of their care "
            "in the home, working with families and the wider team across the service every day of the week. You "
            "will help residents plan their days, go shopping, cook their meals and take part in the activities of "
            "the community around them, and you will record what they achieve in their support plans. You will "
            "attend team meetings and supervision, and take part in training on safeguarding and medication. The "
            "home is a friendly place with a garden and a minibus for trips out. "
            "In return, the post holder will support the manager with audits and rotas.")
    sections = parse_posting(text).sections
    assert not any(s.kind == SectionKind.BENEFITS for s in sections), sections


def test_training_the_post_offers_including_named_courses_is_offered(resources):
    """A band 7 psychologist's NHS-style advert: 'The post offers excellent professional development opportunities
    including DBT training, access to specialist DBT supervision; Positive Behaviour Support training and
    participation in other relevant training, such as forensic risk assessment (e.g. HCR20; RSVP).' Those were read
    as asked; what the post offers to train in is offered, over the semicolons of its list. What the candidate
    must have stays asked."""
    posting = ("Clinical Psychologist\n\nThe post offers excellent professional development opportunities including "
               "DBT training, access to specialist DBT supervision; Positive Behaviour Support training and "
               "participation in other relevant training, such as forensic risk assessment.\n\nYou will have:\n\n"
               "- A Doctorate in Clinical Psychology along with HCPC Registration.\n"
               "- Experience of risk assessment in a mental health setting.\n")
    got = found(posting, resources)
    assert "Positive Behaviour Support" not in got
    assert {"HCPC Registration", "Risk Assessment"} <= got


def test_initials_of_any_hard_skill_written_with_dots(resources):
    """A cardiographer's NHS advert: 'Perform routine E.C.G. recordings.' Initials written with dots were read for
    credentials and degrees only ("C.P.I.M.", "M.B.A."); a procedure's or a regulation's are the same name. In
    capitals only: an Italian firm's 'S.p.A.' is no single-page application."""
    posting = ("Cardiographer\n\nDuties:\n- Perform routine E.C.G. recordings.\n- Work to C.O.S.H.H. regulations\n"
               "- Previous experience at Rossi S.p.A. or a similar firm\n")
    got = found(posting, resources)
    assert {"Cardiology", "COSHH"} <= got
    assert "Single Page Applications" not in got and "Single-Page Applications" not in got


def test_a_span_over_a_blanked_name_is_cut_beside_the_vocabularys_matches():
    """A downtown association's internship posting: its name, blanked as the employer's own, left a run of spaces
    inside a tagger span ('Develop story ideas and content for the <spaces> ’s website, association newsletters
    and social media'), and cutting the span's edges beside the vocabulary's match ('social media') took minutes:
    the edge pattern matched runs of punctuation by runs in turn, backtracking exponentially over the spaces. It
    reads one character or one word a turn; the cut is the same."""
    from credstack.skills import _beside_matches
    from credstack.skills.matcher import Match
    from credstack.skills.tagger import Span

    text = "Develop story ideas and content for the" + " " * 40 + "’s website, association newsletters and social media."
    at = text.index("social media")
    pieces = _beside_matches(Span(0, len(text) - 1, "skill", 0.9),
                             [Match("Social Media Marketing", at, at + len("social media"), "social media", None)], text)
    assert [text[p.start:p.end] for p in pieces] == [text[:text.index(" and social")]]
