"""What batch 187's real postings (bench/nontech_real.py --split held-occ177: UK Adzuna 2013 adverts outside
health) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found


def test_the_menu_a_kitchen_serves_is_the_employer(resources):
    """A second chef's 'The menu that the 2nd chef will be cooking from contains items such as beouf
    bourguignonne, guinea fowl and fishcakes': the pub's dishes, not skills asked."""
    got = found("2nd Chef\n\nThe kitchen serves fresh home cooked meals. The menu that the 2nd chef will be cooking "
                "from contains items such as sushi, paella and fishcakes. Experience in food hygiene is essential.\n",
                resources)
    assert not {"Sushi", "Paella", "Cooking"} & got, got
    assert "Food Hygiene" in got or "Food Safety" in got, got


def test_private_health_care_in_the_rewards_is_no_industry(resources):
    """'•Private health care Pensions' among an assistant manager's rewards read as the healthcare industry: the
    form that keeps 'private healthcare' a benefit never read the two-word spelling."""
    got = found("Assistant Manager\n\nAssistant Manager Essential Skills Experience required for an Assistant Manager "
                "•We're looking for people with restaurant management experience •Attention to detail Rewards – "
                "Assistant Manager •Great Salary up to 30k Bonus •Over time, great discounts and personal development "
                "plans •Private health care Pensions •Chance to join a great company\n", resources)
    assert "Healthcare Industry" not in got, got


def test_health_care_asked_stays_an_industry(resources):
    """Controls: the two-word and hyphenated spellings where they name the field the candidate worked in."""
    for text in ("Dietitian\n\nRequired\n\n- Experience in a health-care, preferably hospital, environment\n",
                 "Practice Manager\n\nRequirements\n\n- Three years in health care administration\n",
                 "Nurse Practitioner\n\nThe Nurse Practitioner provides comprehensive health care to patients.\n"):
        assert "Healthcare Industry" in found(text, resources), text
