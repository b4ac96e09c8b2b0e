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
