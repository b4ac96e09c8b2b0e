"""Engineers (SOC 17-2000) are a group of their own: a US engineer's posting is advised the NCEES
licensure exams (the FE exam, then the PE exam after it), an engineer elsewhere is not, and
'engineer' in a software, maintenance or field service title names no engineer of the group."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import title_groups
from credstack.postings import parse_posting
from credstack.profile.model import Profile


@pytest.mark.parametrize("title", [
    "Senior Mechanical Engineer", "Civil Engineer II", "Project Engineer - Water", "Structural Engineers",
    "Process Engineer (Chemicals)", "Electrical Engineer, Power Distribution", "Manufacturing Engineer",
])
def test_a_disciplines_engineer_is_the_engineering_groups(title):
    assert set(title_groups(title)) == {"engineering"}


@pytest.mark.parametrize("title", [
    "Software Engineer", "Maintenance Engineer", "Field Service Engineer", "Electrical Maintenance Engineer",
    "Network Engineer", "Quality Engineer", "Software Engineering Manager", "Gas Engineer",
])
def test_engineer_in_other_titles_names_no_engineer(title):
    assert "engineering" not in title_groups(title)


US_CIVIL = """Civil Engineer
Denver, CO
Requirements
- Bachelor's degree in Civil Engineering
- Professional Engineer (PE) license required
- Experience with AutoCAD Civil 3D and stormwater design
"""

US_GRADUATE = """Mechanical Engineer I
Houston, TX
What you need
- Bachelor's degree in Mechanical Engineering
- Engineer in Training (EIT) certification preferred
- SolidWorks and GD&T
"""

UK_CIVIL = """Civil Engineer
Leeds, West Yorkshire
Requirements
- Degree in Civil Engineering; working towards Chartered Engineer (CEng) status
- Professional Engineer (PE) license or equivalent
- Experience with AutoCAD and drainage design
"""

MILLWRIGHT = """Maintenance Millwright
Dayton, OH
Requirements
- 5 years of industrial maintenance; mechanical engineering coursework a plus
- Hydraulics, pneumatics, welding and rigging
"""


def picks(res, posting: str, profile: Profile | None = None) -> list[str]:
    result = analyze(parse_posting(posting), res, profile=profile)
    return [r.credential.id for r in result.recommendations.recommendations]


def test_a_us_posting_asking_for_the_pe_licence_is_advised_the_pe_exam_and_told_the_fe_comes_first(res):
    result = analyze(parse_posting(US_CIVIL), res)
    assert "engineering" in result.fit.groups
    recs = {r.credential.id: r for r in result.recommendations.recommendations}
    assert "ncees-pe" in recs
    assert any("FE" in reason for reason in recs["ncees-pe"].reasons)  # its prerequisite is said


def test_a_graduate_engineers_posting_asking_for_the_eit_is_advised_the_fe_exam(res):
    assert "ncees-fe" in picks(res, US_GRADUATE)


def test_a_pe_holder_is_offered_neither_exam(res):
    profile = Profile.from_dict({"name": "Engineer", "skills": [{"name": "Civil Engineering"}],
                                 "certifications": [{"name": "Professional Engineer License",
                                                     "issuer": "Colorado State Board of Licensure", "issued": "2018-05"}]})
    assert not {"ncees-fe", "ncees-pe"} & set(picks(res, US_CIVIL, profile))


def test_a_uk_engineer_is_not_sent_to_a_us_licensing_exam(res):
    assert not {"ncees-fe", "ncees-pe"} & set(picks(res, UK_CIVIL))


def test_a_tradespersons_posting_naming_engineering_coursework_gets_no_engineers_exam(res):
    result = analyze(parse_posting(MILLWRIGHT), res)
    assert "engineering" not in result.fit.groups
    assert not {"ncees-fe", "ncees-pe"} & set(r.credential.id for r in result.recommendations.recommendations)


def test_a_renewal_note_that_only_restates_the_validity_is_not_said_twice(res):
    result = analyze(parse_posting(US_CIVIL), res)
    autocad = next(r for r in result.recommendations.recommendations if r.credential.id == "autodesk-autocad-professional")
    assert autocad.credential.renewal == "Valid 3 years." and "valid 3 years" in autocad.reasons
    assert not any("Valid 3 years" in reason for reason in autocad.reasons)
