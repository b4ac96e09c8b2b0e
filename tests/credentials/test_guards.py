"""A security guard's posting: guards are outside the taxonomy (their duties read like a safety
manager's, a SOC analyst's and a driver's), and the licences they need, which no credential in the
catalog leads to (a US state guard card, a handgun permit, a UK SIA licence), are said plainly as
such, apart from skills the catalog teaches only for other fields."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import infer_fit, outside_title, title_groups
from credstack.credentials.recommend import recommend_stack
from credstack.postings import parse_posting
from credstack.skills.model import Requirement, SkillMention


def asked(catalog, *names):
    out = []
    for name in names:
        skill = catalog.vocabulary.resolve(name)
        assert skill is not None, name
        out.append(SkillMention(skill.name, skill.kind, skill.category, requirement=Requirement.REQUIRED,
                                mentions=[name]))
    return out


@pytest.mark.parametrize("title", ["Armed Security Guard", "Security Officer", "Bank Security Operatives",
                                   "Door Supervisor"])
def test_a_guards_title_is_outside_the_taxonomy(title):
    assert outside_title(title) and not title_groups(title)


def test_an_information_security_officer_stays_in_cybersecurity():
    assert title_groups("Information Security Officer") == {"cybersecurity": 1.0}


def test_a_guards_duties_pull_in_no_other_fields_credential(catalog):
    skills = asked(catalog, "Incident Response", "Safety Planning", "Emergency Preparedness", "CCTV Monitoring",
                   "Security Guard License")
    fit = infer_fit("Armed Security Guard", skills, catalog, catalog.vocabulary, "US")
    assert not fit.known
    plan = recommend_stack({s.name: 3.0 for s in skills}, catalog, named={"Security Guard License"}, fit=fit)
    assert not plan.recommendations
    licence = [w for w in plan.warnings if w.startswith("the posting asks for Security Guard License")]
    assert licence and "no credential in the catalog leads to it" in licence[0]
    # Incident Response is taught, by cybersecurity credentials: the catalog has them, not for this job
    assert any("Incident Response" in w and "fits this job (they are for another field" in w for w in plan.warnings)
    assert not any(w.startswith("no credential in the catalog teaches") and "Incident Response" in w
                   for w in plan.warnings)


def test_the_control_a_soc_analyst_gets_the_incident_response_credential(catalog):
    skills = asked(catalog, "Incident Response", "SIEM", "Security Operations")
    fit = infer_fit("SOC Analyst", skills, catalog, catalog.vocabulary, "US")
    plan = recommend_stack({s.name: 3.0 for s in skills}, catalog, fit=fit)
    assert [r for r in plan.recommendations if "cybersecurity" in r.credential.occupations]


def test_a_uk_guard_posting_says_the_licence_plainly(res):
    text = ("Security Officer\nLeeds, UK\n\nThe successful candidate will patrol the site, monitor CCTV and "
            "write incident reports. A valid SIA licence is essential.")
    result = analyze(parse_posting(text), res)
    assert "Security Guard License" in {s.name for s in result.skills}
    assert not result.recommendations.recommendations
    assert any(w.startswith("the posting asks for Security Guard License") for w in result.recommendations.warnings)
