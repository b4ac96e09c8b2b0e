"""Synthetic fixtures for tool names that are everyday words in other postings, which the real
non-tech training batch (catering, dialysis, customer success) showed: a catering assistant's
"react to situations" is no React, a support specialist's "the first checkpoint for issues" is no
Check Point firewall, and a dialysis unit's "CMS" is the Centers for Medicare & Medicaid Services,
not a content management system; a midwife's "service user experiences" are the patients', no
UX design. The controls keep each tool where a tech posting names it."""

from __future__ import annotations

import pytest
from tests.skills.conftest import read

from credstack.skills.matcher import matcher_for
from credstack.skills.vocabulary import load_vocabulary


def names(text: str) -> set[str]:
    return {m.skill for m in matcher_for(load_vocabulary()).find(text)}


@pytest.mark.parametrize(("text", "skill", "present"), [
    ("Customer focused, with an ability to react to situations as they occur", "React", False),
    ("Must react quickly to changing priorities", "React", False),
    ("Build interfaces with React and Redux", "React", True),
    ("Experience with react, redux and webpack", "React", True),
    ("Be the first checkpoint for the client's reported issues", "Check Point", False),
    ("Manage Check Point firewalls and Palo Alto appliances", "Check Point", True),
    ("Experience with CheckPoint and Fortinet", "Check Point", True),
    # a care service's "service user" is the person cared for: their experience is no UX design
    ("eager to promote best practice and service user experiences", "User Experience Design", False),
    ("improve patient user experience across the ward", "User Experience Design", False),
    ("Improve the user experiences of our mobile app with wireframes", "User Experience Design", True),
    ("5 years of User Experience design in Figma", "User Experience Design", True),
])
def test_everyday_words_are_no_tools(text, skill, present):
    assert (skill in names(text)) is present


def test_cms_on_a_dialysis_unit_is_medicare_and_on_a_web_team_a_content_system(resources):
    ward = ("Dialysis Technician\n\nResponsibilities\n- Monitor patients during hemodialysis and record vital signs\n"
            "- Comply with state and federal regulations for patient care (CMS, HIPAA, OSHA)\n")
    skills, _ = read(ward, resources)
    assert "Medicare" in skills and "Content Management Systems" not in skills
    web = ("Web Developer\n\nRequirements\n- Build pages in JavaScript, HTML and CSS\n"
           "- Experience with a CMS such as WordPress or Drupal\n")
    skills, _ = read(web, resources)
    assert "Content Management Systems" in skills and "Medicare" not in skills


@pytest.mark.parametrize(("text", "skill", "absent"), [
    # an emergency call handler's or a haulier's dispatching is dispatch work, not route planning
    ("Triage callers and dispatch an ambulance where needed", "Dispatch Operations", "Route Planning"),
    ("Freight dispatch and driver scheduling", "Dispatch Operations", "Route Planning"),
    ("Route optimization for a fleet of 40 vans", "Route Planning", "Dispatch Operations"),
    # a school's courses are the teacher's field, not a degree they hold
    ("Experience teaching Advanced Placement or International Baccalaureate courses", "Advanced Placement",
     "Bachelor's Degree"),
    ("Experience teaching Advanced Placement or International Baccalaureate courses", "International Baccalaureate",
     "Bachelor's Degree"),
])
def test_dispatch_work_and_school_programmes_are_named_as_such(text, skill, absent):
    found = names(text)
    assert skill in found and absent not in found
