"""Showcase honesty: nothing claims a credential the user has not earned, nor what it never involved."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from credstack.analysis import Analysis
from credstack.credentials.catalog import load_catalog
from credstack.credentials.model import CredentialKind
from credstack.postings.model import Posting
from credstack.profile.dates import month_label
from credstack.profile.model import Certification, CertStatus, Profile
from credstack.resume.showcase import letters_for, name_line, showcase
from credstack.skills.model import Requirement, SkillMention
from credstack.skills.vocabulary import load_vocabulary

TODAY = date(2026, 11, 29)


def analysis(*skills: tuple[str, Requirement]) -> Analysis:
    vocabulary = load_vocabulary()
    mentions = []
    for name, requirement in skills:
        skill = vocabulary.get(name)
        mentions.append(SkillMention(name, skill.kind, skill.category, requirement, mentions=[name]))
    return Analysis(posting=Posting(title="Project Manager", company="Acme"), skills=mentions)


PM_POSTING = (("PMP", Requirement.REQUIRED), ("Project Management", Requirement.REQUIRED),
              ("Risk Management", Requirement.UNSPECIFIED), ("Agile", Requirement.PREFERRED))


def blocks(*certs: Certification, posting=PM_POSTING) -> list[dict]:
    profile = Profile(name="Jane Doe", headline="Project lead", certifications=list(certs))
    return showcase(profile, analysis(*posting), catalog=load_catalog(), vocabulary=load_vocabulary(), today=TODAY)


def text_of(block: dict) -> str:
    return json.dumps(block, ensure_ascii=False)


def test_an_earned_exam_certification_is_shown_with_its_letters_and_without_a_course_project():
    [block] = blocks(Certification("Project Management Professional (PMP)", issuer="PMI", issued="2024-03",
                                   credential_id="123"))
    assert block["linkedin_add_url"].startswith("https://www.linkedin.com/profile/add?")
    assert "earned the Project Management Professional" in block["post"]
    assert block["name_line"] == "Jane Doe, PMP" and block["post_nominals"] == "PMP"
    points = " ".join(block["talking_points"])
    assert "course's" not in points and "project of your own" in points


@pytest.mark.parametrize("expected", [None, "2027-03"])
def test_an_in_progress_credential_gets_no_add_link_no_completed_post_and_no_covered_claim(expected):
    [block] = blocks(Certification("Project Management Professional (PMP)", status=CertStatus.IN_PROGRESS,
                                   expected=expected))
    assert block["linkedin_add_url"] is None and block["linkedin_fields"] is None
    assert block["post"].startswith("I'm working towards")
    for word in ("earned", "completed", "covered"):
        assert word not in block["post"].lower()
        assert not any(word in point.lower() for point in block["talking_points"])
    assert block["name_line"] == "Jane Doe" and block["post_nominals"] is None
    assert "(in progress" in block["email_signature"]
    if expected:
        assert f"expected {month_label(expected)}" in block["post"]


def test_internal_words_never_reach_the_user():
    for block in blocks(Certification("Project Management Professional (PMP)", issued="2024-03")):
        assert "unspecified" not in text_of(block)


def test_a_course_with_graded_projects_may_point_to_its_project():
    posting = (("Data Analysis", Requirement.REQUIRED), ("SQL", Requirement.REQUIRED))
    [block] = blocks(Certification("Google Data Analytics Professional Certificate", issued="2025-01"), posting=posting)
    assert any("course's graded project" in p for p in block["talking_points"])
    assert block["post_nominals"] is None and block["name_line"] == "Jane Doe"


def test_letters_only_for_a_formal_certification_that_grants_them():
    catalog = load_catalog()
    vocabulary = load_vocabulary()
    pmp = Certification("PMP", issued="2024-01")
    assert letters_for(pmp, TODAY, catalog, vocabulary) == "PMP"
    assert letters_for(replace(pmp, expires="2025-01"), TODAY, catalog, vocabulary) is None  # expired

    class CourseCatalog:
        """A prep course that names the PMP: it teaches towards it but grants no letters."""

        def get(self, _id):
            return None

        def find(self, _name):
            return replace(catalog.get("pmi-pmp"), kind=CredentialKind.PROFESSIONAL_CERTIFICATE)

    assert letters_for(Certification("PMP Exam Prep Specialization"), TODAY, CourseCatalog(), vocabulary) is None
    profile = Profile(name="Sam", certifications=[Certification("Google Data Analytics Professional Certificate"),
                                                  Certification("SHRM-CP", issued="2023-05")])
    assert name_line(profile, TODAY, catalog, vocabulary) == "Sam, SHRM-CP"
