"""Schooling the profile cannot list: a licence that needs a degree first (a registered nurse's,
a CPA's) shows the schooling under it, so a posting's high school diploma is no gap for its holder;
a degree the profile does not name is missing with a note saying to add it, since the profile has
no education list. A Canadian posting's "Secondary school graduation" is the high school diploma."""

from __future__ import annotations

from datetime import date

from credstack.analysis import analyze, judge
from credstack.gaps import DEGREE_NOTE, GapStatus
from credstack.postings import parse_posting
from credstack.profile.model import Certification, Profile, ProfileSkill

POSTING = """Clinic Nurse
Harbourview Clinic - Victoria, BC

Qualifications
- Secondary school graduation
- Current registration as a Registered Nurse
- Experience with wound care
"""

def _gaps(profile, res):
    result = judge(analyze(parse_posting(POSTING), res, rank=False), res, profile=profile, today=date(2026, 11, 30))
    return {g.skill.name: g for g in result.gaps.items}


def test_secondary_school_graduation_is_the_diploma(resources):
    assert "High School Diploma" in _gaps(Profile(), resources)


def test_a_licence_needing_a_nursing_programme_shows_school_finished(resources):
    profile = Profile(location="Victoria, BC, Canada", skills=[ProfileSkill("Wound Care")],
                      certifications=[Certification("Registered Nurse", issuer="BCCNM", issued="2019-06")])
    assert _gaps(profile, resources)["High School Diploma"].status == GapStatus.IMPLIED


def test_without_one_the_diploma_is_missing_with_a_note(resources):
    gap = _gaps(Profile(skills=[ProfileSkill("Wound Care")]), resources)["High School Diploma"]
    assert gap.status == GapStatus.MISSING and gap.note == DEGREE_NOTE


def _entry(text, resources):
    from dataclasses import replace

    base = resources.catalog.get("ima-cma")
    prerequisite = replace(base.prerequisite_list[0], text=text)
    return replace(base, prerequisites=(prerequisite,))


def test_the_schooling_a_prerequisite_shows(resources):
    from credstack.gaps import schooling_shown

    assert schooling_shown(_entry("Bachelor's degree", resources)) == "Bachelor's Degree"
    assert schooling_shown(_entry("150 semester hours of education", resources)) == "Bachelor's Degree"
    assert schooling_shown(_entry("Must have completed an approved nursing education program", resources)) == "High School Diploma"
    assert schooling_shown(_entry("Bachelor's degree OR 4,000 hours of professional work experience", resources)) is None
    assert schooling_shown(_entry("High school diploma or GED", resources)) is None
