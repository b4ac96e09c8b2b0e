"""Selling on a shop floor is not prospect-led B2B selling: a retail sales associate's posting that
asks for retail (B2C) sales experience and to "maximize sales" gets no HubSpot Inbound Sales course
(which teaches B2B Sales: finding and qualifying business buyers; the two specialties exclude each
other, occupation_cues.json exclusive_specialties), while a sales development representative's
posting asking for prospecting and consultative selling still does."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.postings import parse_posting
from credstack.profile.model import Profile, ProfileSkill

SHOP = """Retail Sales Associate - Self Serve
Lakeside Home Store - Tampa, FL

What you'll be doing
Delighting shoppers through knowledgeable and attentive customer service to continually increase sales.
- Building relationships with customers in-store and remotely
- Maximizing sales, while keeping margins, by steering customers towards top-selling products
- Adjusting sales space capacities by location to keep stock available

What you bring
- 2 years of experience in retail sales, preferably in home furnishings
- Sales-driven, with a passion for customer service
"""


SDR = """Sales Development Representative
Northwind Software - Austin, TX

Responsibilities
- Prospect new business accounts through cold calling and email outreach
- Qualify leads and book meetings for account executives

Requirements
- 1+ years of B2B sales experience
- Consultative selling skills
"""


def _picks(res, text):
    profile = Profile(location="Tampa, FL, United States",
                      skills=[ProfileSkill("Customer Service", years=3), ProfileSkill("Cash Handling")])
    result = judge(analyze(parse_posting(text), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return [r.credential.id for r in result.recommendations.recommendations]


def test_the_shop_floor_gets_no_b2b_sales_course(res):
    assert "hubspot-inbound-sales" not in _picks(res, SHOP)


def test_a_prospecting_role_still_does(res):
    assert "hubspot-inbound-sales" in _picks(res, SDR)


PUB = """Pub Manager
The Anchor Inn - Leeds, UK

About you
- Experience of running a successful pub with a track record of profit-driving sales ideas
- A Personal Licence
- Experience of managing and developing a team
- Good organisation and communication skills
"""


def test_a_pub_managers_sales_are_to_consumers_and_get_no_b2b_course(res):
    """The title names a hospitality job: its 'sales' are a B2C trade (exclusive_specialties
    by_title_group), though the posting names neither specialty."""
    picks = _picks(res, PUB)
    assert "hubspot-inbound-sales" not in picks and "uk-aplh-personal-licence" in picks


def test_the_personal_licence_is_one_chip_not_also_the_awards_long_name(res):
    """The APLH award grants the Personal Licence the posting names: one chip, the licence's."""
    result = analyze(parse_posting(PUB), res, rank=False)
    licences = [s.name for s in result.skills if "Licen" in s.name]
    assert licences == ["Personal Licence"], licences
