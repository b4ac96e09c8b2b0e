"""Advice for the occupations of the real non-tech postings' seventh batch (bench/nontech_real.py
--split held-occ3): a group fitness instructor's title read as a teacher's ("instructor") beside
the fitness group, and with "providing fitness instruction" read as teaching, the plan opened with
the Praxis Core exam for school teachers; a pilot's posting, whose skills are teamwork,
communication and an equal-opportunity paragraph, was taken for a recruiter's and sent to a
diversity-recruiter certificate. A pilot is certificated by the aviation authority: no group of
the taxonomy is theirs."""

from __future__ import annotations

import pytest
from tests.credentials.test_fit import picks as fit_picks
from tests.credentials.test_fit import skills

from credstack.credentials.fit import outside_title, title_groups


@pytest.mark.parametrize("title", ["Group Fitness Instructor", "Fitness Instructor", "Yoga Instructor",
                                   "P/T Personal Trainer/Fitness Instructor"])
def test_a_fitness_instructor_is_in_the_fitness_group_alone(title):
    assert set(title_groups(title)) == {"fitness_wellness"}


def test_a_driving_instructor_or_teacher_is_still_education():
    assert "education" in title_groups("Instructor")
    assert "education" in title_groups("Science Teacher")


def test_a_group_fitness_instructor_gets_no_teachers_exam(catalog):
    asked = skills(catalog, "Fitness Training", "Teaching", "Customer Service", "Communication")
    ids, _plan, fit = fit_picks(catalog, "Group Fitness Instructor", asked)
    assert "ets-praxis-core" not in ids
    assert set(fit.groups) == {"fitness_wellness"}


@pytest.mark.parametrize("title", ["Pilot in Command Phenom 300", "First Officer - CRJ900", "Airline Pilot",
                                   "Flight Attendant"])
def test_a_pilot_or_cabin_crew_is_outside_the_taxonomy(title):
    assert outside_title(title)
    assert not title_groups(title)


def test_a_pilots_posting_gets_no_recruiters_certificate(catalog):
    asked = skills(catalog, "Recruiting", "Culture Building", "Teamwork", "Communication")
    ids, _plan, _fit = fit_picks(catalog, "Pilot in Command Phenom 300", asked)
    assert not [i for i in ids if i.startswith("airs-")]


VET = """Veterinarian

Qualifications:
Doctor of Veterinary Medicine (DVM) degree or equivalent
Licensure to practice veterinary medicine in Minnesota
Strong communication skills and the ability to build rapport with pet owners
"""
VET_TECH = """Veterinary Technician

Qualifications:
Two years in a veterinary hospital assisting with veterinary medicine, surgery and anesthesia
Strong communication skills
"""


def _ids(res, text):
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), res, rank=False)
    return [r.credential.id for r in result.recommendations.recommendations]


def test_a_veterinarians_posting_that_asks_for_the_licence_gets_the_licensing_exam(res):
    assert "aavsb-navle" in _ids(res, VET)


def test_a_veterinary_technicians_posting_gets_no_veterinarians_licensing_exam(res):
    assert "aavsb-navle" not in _ids(res, VET_TECH)
