"""A course named after a certification is not that certification.

Real LinkedIn exports (``bench/linkedin_import.py``) list hundreds of course completions beside a
few certifications: exam-preparation courses, learning paths, modules of a certification's study
path, other bodies' badges of the same name. Each of these traits, written here, resolved to the
credential before: the user was told they held Security+, AZ-900, the CEH or a Black Belt."""

from __future__ import annotations

import pytest

from credstack.credentials.held import resolve_certification
from credstack.profile.model import Certification


def resolved(catalog, name: str, issuer: str | None):
    return resolve_certification(Certification(name, issuer=issuer), catalog, catalog.vocabulary)


@pytest.mark.parametrize("name, issuer", [
    ("Prepare for the CompTIA Security+ (SY0-601) Certification Exam", "LinkedIn"),  # exam preparation
    ("Prepare for the Microsoft Azure Fundamentals (AZ-900) Exam", "LinkedIn"),
    ("PMP Exam Prep", "Udemy"),
    ("AWS Certified Cloud Practitioner Practice Exams", "Udemy"),
    ("CISSP Cert Prep: 1 Security and Risk Management", None),
    ("AWS Cloud Practitioner Essentials", "Amazon Web Services (AWS)"),  # the body's own course
    ("MD-102 Explore endpoint management", "Microsoft"),  # a module of the exam's study path
    ("Microsoft Security, Compliance, and Identity Fundamentals: Describe the concepts of security", "Microsoft"),
    ("IBM Data Analyst Capstone Project", "Coursera"),  # one course of a certificate
    ("Become a Six Sigma Black Belt", "LinkedIn"),  # a learning path
    ("Six Sigma: Black Belt", "LinkedIn"),  # a course platform's course under the credential's name
    ("AWS Solutions Architect Associate", "Udemy"),
    ("Ethical Hacker", "Cisco"),  # another certifying body's badge of the same words
    ("Microsoft Security Essentials Professional Certificate", "Microsoft"),  # not GIAC Security Essentials
    ("Career Essentials in Software Development by Microsoft and LinkedIn", "Microsoft"),  # a sibling's name
    ("Diploma for the project", "Acme Motors"),  # shares only "diploma for the" with a credential
])
def test_a_course_stands_for_no_credential(catalog, name, issuer):
    entry, vocabulary_name = resolved(catalog, name, issuer)
    assert (entry, vocabulary_name) == (None, None)


@pytest.mark.parametrize("name, issuer, expected", [
    ("CompTIA Security+", "CompTIA", "comptia-security-plus"),
    ("Security+", "Credly", "comptia-security-plus"),  # a badge platform names no body
    ("MD-102", "Microsoft", "microsoft-md-102"),
    ("Certified Ethical Hacker", "EC-Council", "eccouncil-ceh"),
    ("IBM Data Analyst Professional Certificate", "Coursera", "ibm-data-analyst"),  # the platform hosts it
    ("Career Essentials in Generative AI by Microsoft and LinkedIn", "Microsoft", "linkedin-learning-genai-essentials"),
    ("Certified Welding Inspector", "AWS", "aws-weld-cwi"),  # the body's initials
    ("AWS Certified Solutions Architect – Associate", "Amazon Web Services (AWS)", "aws-saa"),
    ("Google Data Analytics Professional Certificate", "Coursera", "google-data-analytics"),
    ("OSHA Forklift Certification", "Acme Warehousing", "osha-forklift-operator"),  # an employer says nothing
])
def test_the_credential_itself_is_still_recognised(catalog, name, issuer, expected):
    entry, _name = resolved(catalog, name, issuer)
    assert entry is not None and entry.id == expected


def test_a_generic_name_two_countries_cards_grant_is_the_certification_but_no_one_card(catalog):
    """"Forklift certification" is OSHA's card in Texas and an accredited certificate in Leeds."""
    entry, name = resolved(catalog, "Forklift certification", "Acme Warehousing")
    assert entry is None and name == "Forklift Certification"


def test_another_bodys_card_is_the_certification_but_not_the_entry(catalog):
    entry, name = resolved(catalog, "BLS", "American Red Cross")
    assert entry is None  # not the American Heart Association's course
    assert name == resolved(catalog, "BLS", "American Heart Association")[1] is not None  # still BLS for a posting


@pytest.mark.parametrize("name", ["Associate Exam", "Foundations", "Allergens", "Microsoft Security Essentials"])
def test_a_catalog_name_cut_to_one_plain_word_or_another_providers_rest_finds_nothing(catalog, name):
    assert catalog.find(name) is None


@pytest.mark.parametrize("name, expected", [
    ("GIAC Security Essentials", "giac-gsec"), ("CompTIA Sec+", "comptia-security-plus"), ("Security+", "comptia-security-plus"),
    ("SecurityX", "comptia-securityx"), ("ServSafe Allergens", "servsafe-allergens"), ("GitHub Foundations", "github-foundations"),
])
def test_full_names_and_symbol_names_are_still_found(catalog, name, expected):
    found = catalog.find(name)
    assert found is not None and found.id == expected


def test_a_certificate_on_a_course_platform_is_that_platforms_course(catalog):
    # a real export's "Azure AI Fundamentals", whose link is a Coursera course's certificate
    course = Certification("Azure AI Fundamentals", issuer="Microsoft",
                           url="https://www.coursera.org/account/accomplishments/verify/5ZECW8NY48GV")
    assert resolve_certification(course, catalog, catalog.vocabulary)[0] is None
    exam = Certification("Azure AI Fundamentals", issuer="Microsoft",
                         url="https://learn.microsoft.com/en-us/users/someone/credentials/abc")
    assert resolve_certification(exam, catalog, catalog.vocabulary)[0].id == "microsoft-ai-900"
    hosted = Certification("Google Data Analytics Professional Certificate", issuer="Google",
                           url="https://www.coursera.org/account/accomplishments/professional-cert/YAPHFVD16KGH")
    assert resolve_certification(hosted, catalog, catalog.vocabulary)[0].id == "google-data-analytics"
    learning = Certification("Six Sigma Black Belt", url="https://www.linkedin.com/learning/certificates/8b86")
    assert resolve_certification(learning, catalog, catalog.vocabulary) == (None, None)
