"""What batches 318 to 321's real postings (bench/nontech_real.py --split held-occ308 to held-occ311: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

_GIVEN = {"Cognitive Behavioral Therapy", "Dialectical Behavior Therapy", "Trauma-Informed Care"}
_THERAPIES = "• Trauma informed care\n\n• Cognitive Behavioural Therapy, Dialectical Behaviour Therapy and EMDR\n\n"


def test_what_the_employer_provides_under_its_lead_in_is_not_asked(resources):
    """'We value our colleagues and provide a comprehensive range of ... professional development activities
    including:' over a list of therapies (a clinical team leader advert): the employer gives them; they are not asked
    of the candidate. So with '... as an employer we provide staff with:' and '... we will give you:'."""
    for lead in ("We value our colleagues and provide a comprehensive range of wellbeing and professional "
                 "development activities including:",
                 "To make people better we invest in our team, and as an employer we provide staff with:",
                 "In return for your hard work and your commitment to our patients, we will give you:"):
        text = (f"Clinical Team Leader\n\nWe are looking to recruit Registered Mental Health Nurses (RMN).\n\n"
                f"{lead}\n\n{_THERAPIES}Ready to make a positive change? Apply now.\n")
        got = found(text, resources)
        assert not _GIVEN & got, (lead, got)


def test_a_lead_in_that_asks_keeps_its_list(resources):
    """Controls: the same list under a lead-in that asks ('we are looking for a Deputy Charge Nurse ... that can
    offer us:', 'we offer a full range of therapies ... The candidates should possess experience of:') or one whose
    hire gives ('placement opportunities for a therapist ... to provide the following:') is asked."""
    for lead in ("In return, we are looking for a Deputy Charge Nurse with two years of experience that can offer us:",
                 "We offer a full range of therapies across the service. The candidates should possess experience of:",
                 "We have full time placement opportunities for a therapist at the Trust to provide the following:"):
        text = f"Clinical Team Leader\n\n{lead}\n\n{_THERAPIES}Ready to make a positive change? Apply now.\n"
        got = found(text, resources)
        assert _GIVEN <= got, (lead, got)
