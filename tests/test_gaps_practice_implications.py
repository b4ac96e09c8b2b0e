"""What a qualification or a developer's language answers in practice, with the real vocabulary:
the AAT diplomas by their full names, the ACCA's IFRS-based exams, the NEC among building codes,
and a software engineering language for "Software Development" (a data analyst's Python, R or SQL
never)."""

from __future__ import annotations

import pytest

from credstack.gaps import GapStatus, compare
from credstack.profile.model import Certification, Profile, ProfileSkill
from credstack.skills.model import Requirement, SkillMention
from credstack.skills.vocabulary import load_vocabulary


def status(profile, name):
    v = load_vocabulary()
    skill = v.get(name)
    m = SkillMention(name=name, kind=skill.kind, category=skill.category, requirement=Requirement.REQUIRED,
                     years=None, mentions=[name])
    return compare([m], profile, v).items[0].status


@pytest.mark.parametrize("asked", ["Bookkeeping", "Accounts Payable", "Accounts Receivable", "General Ledger"])
def test_aat_diploma_by_its_full_name(asked):
    aat = Profile(certifications=[Certification("AAT Level 4 Diploma in Professional Accounting", issuer="AAT",
                                                issued="2021-09")])
    assert status(aat, asked) == GapStatus.IMPLIED
    other = Profile(certifications=[Certification("Level 4 Diploma in Leadership", issued="2021-09")])
    assert status(other, asked) == GapStatus.MISSING  # control


def test_acca_answers_ifrs():
    assert status(Profile(certifications=[Certification("ACCA", issued="2020-01")]), "IFRS") == GapStatus.IMPLIED
    assert status(Profile(certifications=[Certification("CPA", issued="2020-01")]), "IFRS") == GapStatus.MISSING


def test_nec_answers_building_codes():
    assert status(Profile(skills=[ProfileSkill("National Electrical Code (NEC)")]), "Building Codes") == GapStatus.IMPLIED
    assert status(Profile(skills=[ProfileSkill("Electrical Wiring")]), "Building Codes") == GapStatus.MISSING


@pytest.mark.parametrize("language", ["C#", "Java", "C++", "Go", "Kotlin", "PHP", ".NET"])
def test_software_language_answers_software_development(language):
    assert status(Profile(skills=[ProfileSkill(language)]), "Software Development") == GapStatus.IMPLIED


@pytest.mark.parametrize("analyst", ["Python", "R", "SQL", "Excel", "Programming"])
def test_control_analysts_tools_do_not(analyst):
    assert status(Profile(skills=[ProfileSkill(analyst)]), "Software Development") == GapStatus.MISSING
