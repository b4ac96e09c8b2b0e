"""Traits of civil-service postings (federal job boards): their conditions of employment, crediting
rules and agency notices name forms, programmes, degrees and places, none of which is a skill asked
of the candidate. Synthetic lines written after the traits seen on real public-sector pages."""

from __future__ import annotations

import pytest

from credstack.skills import extract_skills
from credstack.skills.model import TextKind, TextSection
from credstack.skills.vocabulary import load_vocabulary


def names(text: str, kind: TextKind = TextKind.REQUIREMENTS) -> set[str]:
    return {s.name for s in extract_skills([TextSection(kind, text)], load_vocabulary()).skills}


@pytest.mark.parametrize(("line", "not_a_skill"), [
    ("- Selected applicants will be required to complete an online onboarding process", "Onboarding"),
    ("Relocation/Recruitment Incentives: Not authorized", "Recruiting"),
    ("Please visit the agency site for career development services and coaching for veterans.", "Coaching"),
    ("GS-11: a Ph.D. or 3 full years of progressively higher level graduate education leading to such a degree "
     "or LL.M., if related", "Master of Laws"),
    ("- Subject to a background/security investigation", "Cybersecurity"),
    ("- Provide security of the vehicles and the motor pool.", "Cybersecurity"),
])
def test_civil_service_conditions_and_notices_ask_for_no_skill(line, not_a_skill):
    assert not_a_skill not in names(line)


def test_a_region_named_like_an_erp_product_is_no_product():
    summary = "The position is in the Great Plains Area office and repairs medical equipment with a multimeter."
    assert "Microsoft Dynamics GP" not in names(summary, TextKind.RESPONSIBILITIES)
    assert "Microsoft Dynamics GP" in names("Experience with Great Plains and QuickBooks for the general ledger.")


def test_the_same_words_still_ask_where_the_job_asks_them():
    assert "Onboarding" in names("- Coordinate onboarding of new hires and track I-9 completion")
    assert "Cybersecurity" in names("- Knowledge of security best practices for cloud applications and APIs")


@pytest.mark.parametrize(("line", "not_a_skill", "control", "skill"), [
    ("Work with project sponsors, budget holders and business managers on annual budgets.", "Meta Business Suite",
     "Run paid social campaigns in Facebook Business Manager and Ads Manager.", "Meta Business Suite"),
])
def test_an_everyday_form_of_a_product_name_needs_its_context(line, not_a_skill, control, skill):
    assert not_a_skill not in names(line)
    assert skill in names(control)


def test_a_company_describing_itself_in_another_language_asks_for_nothing():
    """A German or French posting's own words for 'we'/'our' open the employer's blurb, as in English."""
    blurb = "Unser Partner unterstützt seine Kunden mit spannenden Marketing-Lösungen."
    assert "Marketing" not in names(blurb)
    assert "Marketing" not in names("Nous sommes une agence de Marketing digital.")
    assert "Java" in names("- Sehr gute Kenntnisse in Java und Marketing-Automation")


def test_a_website_disclaimer_in_a_requirements_list_asks_for_nothing():
    from tests.skills.test_tagger import FakeTagger

    line = ("- If you are a resident, by proceeding to access our website you are representing and warranting "
            "that you are an institutional investor under the Securities and Futures Act 2001 and MiFID.\n"
            "- Experience with Pentaho reporting.\n")
    tagger = FakeTagger({"Act 2001": "knowledge", "MiFID": "knowledge", "Pentaho": "knowledge"})
    found = {s.name for s in extract_skills([TextSection(TextKind.REQUIREMENTS, line)], load_vocabulary(),
                                            tagger=tagger).skills}
    assert "Pentaho" in found and not found & {"Act 2001", "MiFID"}
