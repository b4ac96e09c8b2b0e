"""UK, Australian and Canadian postings get their own countries' credentials (NEBOSH's National
certificates, the CIPD's, AHRI's, CPHR Canada's), and a job elsewhere gets none of them unless it names one."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.postings import parse_posting

SAFETY_NAMED = """Health and Safety Advisor
Location: {where}

Requirements:
- IOSH Managing Safely or NEBOSH National General Certificate
- Carry out risk assessments and accident investigations
- Knowledge of health and safety legislation
"""

SAFETY = """Health and Safety Coordinator
Location: {where}

Requirements:
- Carry out risk assessments and accident investigations
- Promote occupational health and safety on site
- Construction site safety inspections
"""

HR = """HR Advisor
Location: {where}

Requirements:
- Advise managers on employment law, employee relations and performance management
- Support recruitment and onboarding
"""


def _plan(text, res):
    result = analyze(parse_posting(text), res, rank=False)
    return [r.credential for r in result.recommendations.recommendations], result


def test_a_uk_posting_naming_iosh_or_nebosh_gets_one_of_them(res):
    picks, result = _plan(SAFETY_NAMED.format(where="Manchester, UK"), res)
    assert result.fit.countries == {"GB"}
    ids = {c.id for c in picks}
    assert len(ids & {"iosh-managing-safely", "nebosh-ngc"}) == 1, ids  # either of them: one slot


@pytest.mark.parametrize("where, country", [("Houston, TX", "US"), ("Sydney NSW", "AU"),
                                            ("Toronto, ON, Canada", "CA")])
def test_a_job_elsewhere_gets_no_uk_only_safety_course(res, where, country):
    uk, _ = _plan(SAFETY.format(where="Manchester, UK"), res)
    assert any(c.countries and "GB" in c.countries for c in uk), [c.id for c in uk]
    picks, result = _plan(SAFETY.format(where=where), res)
    assert result.fit.countries == {country}
    assert picks, "a safety job still gets a safety credential"
    assert all(not c.countries or country in c.countries for c in picks), [c.id for c in picks]


def test_a_posting_that_names_a_uk_certificate_keeps_it_anywhere(res):
    picks, _ = _plan(SAFETY_NAMED.format(where="Houston, TX"), res)
    assert "nebosh-ngc" in {c.id for c in picks}


@pytest.mark.parametrize("where, mine, not_mine", [
    ("Manchester, UK", ("cipd-level-3", "cipd-level-5"), ("ahri-apc",)),
    ("Sydney NSW", ("ahri-apc",), ("cipd-level-3", "cipd-level-5")),
    ("Vancouver, BC", ("cphr-canada",), ("ahri-apc", "cipd-level-3", "cipd-level-5")),
    ("Houston, TX", (), ("ahri-apc", "cipd-level-3", "cipd-level-5", "cphr-canada")),
])
def test_hr_advice_follows_the_jobs_country(res, where, mine, not_mine):
    picks, _ = _plan(HR.format(where=where), res)
    ids = {c.id for c in picks}
    assert not ids & set(not_mine), ids
    if mine:
        assert ids & set(mine), ids


def test_national_hr_certifications_leave_hr_skills_siblings():
    # A skill's family is the parents few skills imply; every certification that implies "Human
    # Resources" counts towards that limit, so adding the UK, Australian and Canadian ones must
    # leave HR Business Partnering and Employee Relations siblings (a coach calls one close to the other).
    from credstack.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert "Human Resources" in vocabulary.family("HR Business Partnering") & vocabulary.family("Employee Relations")
