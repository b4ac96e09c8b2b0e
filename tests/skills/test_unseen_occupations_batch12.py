"""Synthetic fixtures for what the twelfth batch of real postings (bench/nontech_real.py --split
held-occ6: psychologists, police officers and records staff, fundraisers, sport coaches,
audiologists, phlebotomists, fire safety advisers, facilities and estates officers) showed beyond
the kinds another branch took on: names a whole occupation uses that the vocabulary lacked (the
UK criminal-record check under its pre-2012 name, the Health Professions Council, HIPAA misspelt,
a G.E.D.; a psychologist's therapies, some named by ambiguous initials; the sports a coach coaches
and their governing bodies' awards; UK degree wording; fire safety and estates names), a slashed
group of therapies written after "e.g." read as one mention, and slashed qualifications ("HNC/HND")
read as one. The controls keep each word out where it names no skill."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills.requirements import is_boilerplate_clause


def _mentions(text: str, resources) -> set[str]:
    """Every mention the posting's skills and context were read from, as the page wrote it."""
    from credstack.analysis import analyze
    from credstack.postings import parse_posting

    result = analyze(parse_posting(text), resources, recommend=False, rank=False)
    return {m for s in [*result.skills, *result.context] for m in (s.mentions or [s.name])}


def _posting(title: str, *lines: str) -> str:
    return f"{title}\n\nRequirements:\n" + "\n".join(f"- {line}" for line in lines) + "\n"


def _asked(resources, title: str, line: str) -> set[str]:
    skills, context = read(_posting(title, line), resources)
    return skills | context


# Old names and misspellings of names the vocabulary has.

@pytest.mark.parametrize(("title", "line", "skill"), [
    ("Sports Coach", "An Enhanced Criminal Record Bureau (CRB) Disclosure is required for this post",
     "Background Checks"),
    ("Trampoline Coach", "The post is conditional upon a satisfactory disclosure from the Criminal Records Bureau",
     "Background Checks"),
    ("Clinical Psychologist", "Approval and registration with the Health Professions Council (HPC)",
     "HCPC Registration"),
    ("Psychologist", "Use a HIPPA compliant platform to document notes", "HIPAA"),
    ("Police Officer", "Graduation from high school, or possession of a G.E.D.", "High School Diploma"),
])
def test_old_names_and_common_misspellings_are_read(resources, title, line, skill):
    assert skill in _asked(resources, title, line)


@pytest.mark.parametrize(("clause", "boilerplate"), [
    ("The post is conditional upon a satisfactory disclosure from the Criminal Records Bureau", False),
    ("Appointment is subject to a satisfactory enhanced DBS check", False),
    ("We will request a disclosure from the Criminal Records Bureau for all staff", True),
    ("Safer recruitment: all posts require a disclosure and barring check", True),
])
def test_a_criminal_record_check_the_candidate_must_pass_is_asked(clause, boilerplate):
    assert is_boilerplate_clause(clause) is boilerplate
