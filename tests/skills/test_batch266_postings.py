"""What batches 266 and 267's real postings (bench/nontech_real.py --split held-occ256, held-occ257: NHS Jobs
adverts) showed. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found

HEAD = "Clinical Psychologist\n\nRequirements\n- HCPC registration.\n\n"


def test_what_there_are_opportunities_for_is_offered(resources):
    """'There are excellent opportunities for peer support, to join a range of specialist supervision groups (e.g.
    focusing on therapeutic models, dissociation, EMDR, neuropsychology) and to participate in regular in-house
    CPD' (a clinical psychologist's advert): the team's offer; the same therapy asked stays."""
    got = found(HEAD + "There are excellent opportunities for peer support, to join a range of specialist "
                "supervision groups (e.g. focusing on EMDR, neuropsychology) and to participate in regular "
                "in-house CPD.\n", resources)
    assert not {"Eye Movement Desensitization and Reprocessing", "Continuing Professional Development"} & got, got
    got = found(HEAD + "- You must be trained in EMDR.\n", resources)
    assert "Eye Movement Desensitization and Reprocessing" in got, got


def test_a_duty_to_find_opportunities_for_something_stays_asked(resources):
    got = found("Analyst\n\nResponsibilities\n- Identify opportunities for process automation in Excel.\n", resources)
    assert "Microsoft Excel" in got, got


def test_the_fields_a_team_has_trained_members_in_are_the_colleagues(resources):
    """'Within our team we have Psychologists with further training and experience in a range of therapeutic models
    including ACT, CFT, family therapy, intensive short-term dynamic therapy, CAT and EMDR': the colleagues'."""
    got = found(HEAD + "Within our team we have Psychologists with further training and experience in a range of "
                "therapeutic models including ACT, CFT, family therapy, intensive short-term dynamic therapy, CAT and "
                "EMDR.\n", resources)
    assert not {"Eye Movement Desensitization and Reprocessing", "Acceptance and Commitment Therapy"} & got, got


def test_joining_colleagues_in_supervision_takes_part_in_it(resources):
    """'will join colleagues in regular team meetings, supervision and reflective practice sessions' (an ADHD
    nurse's advert): the post's own practice, not the colleagues' field."""
    got = found("ADHD Nurse\n\nThe team works alongside the CAMHS teams including psychiatry. You will hold a caseload "
                "and will join colleagues in regular team meetings, supervision and reflective practice sessions.\n",
                resources)
    assert "Self-Reflection" in got, got


def test_a_team_named_with_its_initials_makes_up_its_fields(resources):
    """'the Head of Business Multi-disciplinary Team (MDT) comprising quality, contracting, finance and business
    intelligence' (a continuing healthcare manager's advert): the team's functions."""
    got = found("CHC Manager\n\nRequirements\n- NMC registration.\n\nThis post will work closely with the Head of "
                "Business Multi-disciplinary Team (MDT) comprising quality, contracting, finance and business "
                "intelligence which supplies services to CCGs.\n", resources)
    assert "Business Intelligence" not in got, got


def test_the_skills_a_question_offers_to_develop_are_offered(resources):
    """'Do you want to develop your nursing skills in the specialist areas of eating disorders and perinatal mental
    health?' (an inpatient rotation advert that says experience there is not needed): offered."""
    got = found("Registered Nurse\n\nRequirements\n- NMC registration.\n\nDo you want to develop your nursing skills "
                "in the specialist areas of eating disorders and perinatal mental health?\n", resources)
    assert not {"Eating Disorders", "Perinatal Mental Health"} & got, got
    got = found("Registered Nurse\n\nRequirements\n- NMC registration.\n- Experience of eating disorders.\n",
                resources)
    assert "Eating Disorders" in got, got


def test_what_the_employer_helps_the_starter_complete_is_given(resources):
    """'... will help you to complete the nationally recognised Care Certificate over a six month period' (a health
    care assistant's advert): the employer's induction; holding it already asks for it."""
    got = found("Health Care Assistant\n\nRequirements\n- Good communication skills.\n\nThe support of colleagues "
                "from various departments will help you to complete the nationally recognised Care Certificate over a "
                "six month period.\n", resources)
    assert "Care Certificate" not in got, got
    got = found("Health Care Assistant\n\nRequirements\n- The Care Certificate is essential.\n", resources)
    assert "Care Certificate" in got, got
