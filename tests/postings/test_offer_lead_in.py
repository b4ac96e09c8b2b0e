"""A paragraph whose last sentence leads the employer's offer into a list ("Currently we offer the following
development opportunities for staff:"): the list is what the employer gives, and the paragraph after it is the
posting again (NHS Jobs adverts of batch 56)."""

from __future__ import annotations

from credstack.postings import parse_posting


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(str(s.kind), s.heading, s.text) for s in parse_posting(text.encode()).sections]


def test_an_offer_lead_in_makes_its_list_the_benefits():
    text = ("Fitter\n\nYou must be able to work alone or as part of a maintenance team.\n\n"
            "Livewell Southwest values its staff. Currently we offer the following development opportunities "
            "for staff:\n\n• Leadership programmes\n\n• Coaching and mentoring\n\n• Medicines Management and "
            "Assessment Training\n\nRewards and benefits\n\n• NHS Pension Scheme\n")
    sections = _sections(text)
    offer = [s for s in sections if s[1].startswith("Currently we offer")]
    assert offer and offer[0][0] == "benefits" and "Coaching and mentoring" in offer[0][2]
    assert any(s[0] == "other" and "maintenance team" in s[2] for s in sections)  # the ask before stays


def test_the_paragraph_after_the_offer_list_is_the_posting_again():
    text = ("Practitioner\n\nWe currently provide the following CAMHS services across Dorset:\n- 6 Community teams\n"
            "- Discovery college\n\nYou will be responsible for managing crisis cases and providing duty cover.\n")
    sections = _sections(text)
    offer = next(s for s in sections if s[1].startswith("We currently provide"))
    assert offer[0] == "benefits" and "Discovery college" in offer[2] and "crisis cases" not in offer[2]
    assert any(s[0] != "benefits" and "crisis cases" in s[2] for s in sections)


def test_a_contact_line_or_a_short_lead_in_is_no_offer():
    text = ("Nurse\n\nIf you would like to know more about the service we provide please contact:\n"
            "Jane Smith, Ward Manager\n\nRequirements\n- Registered nurse\n")
    assert not any(s[0] == "benefits" for s in _sections(text))


def test_a_pay_structure_and_benefits_heading_under_the_description_is_the_benefits():
    text = ("Sales Director\n\nDescription\nDirect the sales team of new home communities.\n\nPay Structure & Benefits\n"
            "Salary-based compensation, plus bonuses. Life Insurance. An Employee Assistance Program for childcare.\n\n"
            "Requirements\n5+ years of new home sales management is required.\n")
    kinds = {s.heading: str(s.kind) for s in parse_posting(text.encode()).sections}
    assert kinds.get("Pay Structure & Benefits") == "benefits" and kinds.get("Requirements") == "requirements"


def test_a_lead_in_naming_the_company_values_heads_no_requirements():
    text = ("Navigator Lead\n\nRequirements\n- Line management experience\n\n"
            "In order to achieve this, we strongly believe in our company values:\n- Leadership\n- Customer Focus\n")
    kinds = {s.heading: str(s.kind) for s in parse_posting(text.encode()).sections}
    assert kinds["In order to achieve this, we strongly believe in our company values"] == "about_company"
    assert kinds["Requirements"] == "requirements"
