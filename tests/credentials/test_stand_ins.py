"""A certification asked by its generic name ("CPR certified") whose catalog card counts only in
other countries is shown, where the job is, by the national credential teaching what it certifies:
the Emergency First Aid at Work certificate for a care assistant in London, not nothing."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.credentials.catalog import load_catalog
from credstack.credentials.fit import RoleFit
from credstack.credentials.recommend import recommend_stack, stand_ins
from credstack.postings import parse_posting

CARE_ASSISTANT_LONDON = """Care Assistant
Homecare Partners - Camden, London, UK

We are hiring a care assistant on a permanent basis. Pay: £11 per hour.

Responsibilities:
- Help clients dress, bathe and eat
- Make sure clients take their medication on time

Requirements:
- Proven experience as a care assistant
- CPR certified
- A valid driving licence
"""


def test_a_national_first_aid_certificate_stands_in_for_a_us_only_cpr_card():
    catalog = load_catalog()
    fit = RoleFit(groups={"nursing": 1.0}, countries=frozenset({"GB"}))
    found = stand_ins({"CPR Certification": 3.0}, catalog, fit)
    assert found.get("uk-emergency-first-aid-at-work") == ("CPR Certification",)
    assert "au-provide-first-aid" not in found  # another country's stands in nowhere but there
    # in the US the Red Cross card itself counts: nothing stands in for it
    assert stand_ins({"CPR Certification": 3.0}, catalog, RoleFit(countries=frozenset({"US"}))) == {}
    # nor where the job's country is not known
    assert stand_ins({"CPR Certification": 3.0}, catalog, RoleFit()) == {}


def test_a_certification_some_credential_counting_anywhere_awards_has_no_stand_in():
    catalog = load_catalog()
    fit = RoleFit(groups={"nursing": 1.0}, countries=frozenset({"GB"}))
    assert stand_ins({"Basic Life Support": 3.0}, catalog, fit) == {}  # the AHA BLS counts anywhere


def test_a_london_care_assistant_asked_to_be_cpr_certified_gets_the_uk_first_aid_certificate():
    catalog = load_catalog()
    plan = recommend_stack({"CPR Certification": 3.0}, catalog,
                           fit=RoleFit(groups={"nursing": 1.0}, countries=frozenset({"GB"}), title="Care Assistant"),
                           named={"CPR Certification"})
    assert [r.credential.id for r in plan.recommendations] == ["uk-emergency-first-aid-at-work"]
    assert "CPR Certification" in plan.recommendations[0].why
    assert "where the job is" in plan.recommendations[0].why


def test_the_whole_analysis_of_a_london_care_posting(res):
    result = analyze(parse_posting(CARE_ASSISTANT_LONDON), res, rank=False)
    picks = [r.credential.id for r in result.recommendations.recommendations]
    assert "uk-emergency-first-aid-at-work" in picks
    assert "redcross-cpr-first-aid" not in picks


CPR_POSTING = """Care Assistant
Homecare Partners - {place}

Requirements
- CPR certified
- Proven experience as a care assistant
"""


def _judged(res, place: str, expires: str):
    from datetime import date

    from credstack.analysis import judge
    from credstack.profile.model import Certification, Profile

    result = analyze(parse_posting(CPR_POSTING.format(place=place)), res, rank=False)
    profile = Profile(certifications=[Certification("EFAW", issued="2020-05", expires=expires)])
    return judge(result, res, profile=profile, today=date(2026, 11, 30))


def test_a_lapsed_uk_first_aid_certificate_is_renewed_for_a_london_cpr_posting(res):
    result = _judged(res, "London, UK", "2023-05")
    picks = [(r.credential.id, r.action) for r in result.recommendations.recommendations]
    assert picks == [("uk-emergency-first-aid-at-work", "renew")]
    check = result.gaps.certifications[0]
    assert (check.name, check.status, check.held_as) == ("CPR Certification", "expired", "EFAW")


def test_a_current_uk_first_aid_certificate_answers_a_london_cpr_posting(res):
    result = _judged(res, "London, UK", "2028-05")
    assert result.recommendations.recommendations == []
    check = result.gaps.certifications[0]
    assert (check.status, check.held_as) == ("held", "EFAW")
    assert "missing" not in result.gaps.summary


def test_in_texas_the_uk_certificate_answers_nothing(res):
    result = _judged(res, "Austin, TX", "2028-05")
    assert result.gaps.certifications[0].status == "missing"
    assert "redcross-cpr-first-aid" in [r.credential.id for r in result.recommendations.recommendations]
