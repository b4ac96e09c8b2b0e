"""Social workers and counsellors (SOC 21-1000) are a group of their own: a US social worker's
posting is advised the ASWB licensing exam of the level it hires at (the Bachelors exam for a BSW
post, the Masters exam for an MSW or LMSW one, the Clinical exam for an LCSW), a social worker in
England is not (Social Work England registers them), and 'counselor' or 'case manager' alone names
no job of the group. Before, a social worker's title named no group and the posting's skills made
the job a nurse's; a US clinical supervisor's 'licensed as an LMFT, LCSW ...' named a licence no
catalog credential led to."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.alternatives import either_or
from credstack.credentials.fit import title_groups
from credstack.places import load_places
from credstack.postings import parse_posting
from credstack.profile.model import Profile
from credstack.skills.model import Requirement, SkillKind, SkillMention


@pytest.mark.parametrize("title", [
    "Social Worker", "Senior Social Worker - Adults", "Medical Social Worker", "Therapist - LCSW",
    "Mental Health Counselor", "Substance Abuse Counselor", "Marriage and Family Therapist", "Youth Worker",
    "Family Support Worker", "Probation Officer", "School Counselor", "Caseworker",
])
def test_a_social_or_counselling_title_is_the_groups(title):
    assert set(title_groups(title)) == {"social_services"}


@pytest.mark.parametrize("title", [
    "Admissions Counselor", "Financial Counselor", "Nurse Case Manager", "Case Manager", "Social Media Manager",
    "Support Worker", "Physical Therapist",
])
def test_other_counselors_case_managers_and_support_workers_are_not(title):
    assert "social_services" not in title_groups(title)


US_BSW = """Social Worker I
Columbus, OH 43215
Requirements
- Bachelor's degree in Social Work (BSW) from a CSWE-accredited program
- Knowledge of child welfare practice and trauma-informed care
"""

US_MSW = """Medical Social Worker
Phoenix, AZ 85004
Requirements
- Master of Social Work (MSW) from an accredited school required
- LMSW or LCSW preferred
- Discharge planning experience in a hospital setting
"""

US_LCSW = """Clinical Social Worker (LCSW)
Austin, TX 78701
Qualifications
- Master's degree in Social Work (MSW)
- Current LCSW license required
- 2+ years of experience providing individual and group therapy
"""

UK_SOCIAL_WORKER = """Social Worker - Adult Community Team
We are looking for a qualified Social Worker to join our adult community team.
Requirements
- Social Work degree and registration with Social Work England
- Knowledge of the Care Act 2014 and the Mental Capacity Act
"""


def picks(res, posting: str, profile: Profile | None = None) -> list[str]:
    result = analyze(parse_posting(posting), res, profile=profile)
    return [r.credential.id for r in result.recommendations.recommendations]


def test_a_bsw_post_gets_the_bachelors_exam_not_one_a_masters_degree_away(res):
    result = analyze(parse_posting(US_BSW), res)
    assert set(result.fit.groups) == {"social_services"}
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert "aswb-bachelors" in ids
    assert not {"aswb-masters", "aswb-clinical", "aswb-advanced-generalist"} & set(ids)


def test_an_msw_post_asking_lmsw_or_lcsw_gets_the_masters_exam_alone(res):
    ids = picks(res, US_MSW)
    assert "aswb-masters" in ids
    assert not {"aswb-clinical", "aswb-bachelors"} & set(ids)


def test_an_lcsw_post_gets_the_clinical_exam_with_its_prerequisites_said(res):
    result = analyze(parse_posting(US_LCSW), res)
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert "aswb-clinical" in recs and "aswb-masters" not in recs
    said = " ".join(recs["aswb-clinical"].reasons)
    assert "Master of Social Work" in said and "supervised clinical" in said


def test_an_lcsw_holder_is_offered_no_aswb_exam(res):
    profile = Profile.from_dict({"name": "Clinician", "skills": [{"name": "Social Work"}],
                                 "certifications": [{"name": "Licensed Clinical Social Worker",
                                                     "issuer": "Texas State Board of Social Worker Examiners",
                                                     "issued": "2019-03"}]})
    assert not [i for i in picks(res, US_MSW, profile) if i.startswith("aswb-")]


def test_a_social_worker_in_england_is_not_sent_to_a_us_licensing_exam(res):
    result = analyze(parse_posting(UK_SOCIAL_WORKER), res)
    assert result.fit.countries == {"GB"}  # read from the registration the posting asks
    assert not [r.credential.id for r in result.recommendations.recommendations if r.credential.id.startswith("aswb-")]


def test_english_social_work_registrations_and_laws_name_the_country():
    places = load_places()
    assert places.country_of_certifications(["Social Work England Registration"]) == "GB"
    assert places.country_in_text("Knowledge of the Care Act 2014 is essential.") == "GB"
    # one of these words alone may be another country's; two of them are a British posting's
    assert places.country_in_text("A full driving licence is essential.") is None
    assert places.country_in_text("Two years in a local authority team; a full driving licence.") == "GB"


def _certs(*names):
    return [SkillMention(name=n, kind=SkillKind.CERTIFICATION, category="certification",
                         requirement=Requirement.PREFERRED, mentions=[n]) for n in names]


def test_a_list_of_licences_ending_or_a_degree_in_letters_is_one_slot():
    found = _certs("Licensed Master Social Worker", "Licensed Clinical Social Worker")
    found[0].mentions, found[1].mentions = ["LMSW"], ["LCSW"]
    assert either_or("LMSW, LCSW or MSW preferred", found) == [
        frozenset({"Licensed Master Social Worker", "Licensed Clinical Social Worker"})]
    # "or" and a lower-case clause after the list offers no choice among its names
    assert either_or("LMSW, LCSW or be willing to obtain them", found) == []
