"""What batch 114's real adverts (bench/nontech_real.py --split held-occ104: NHS Jobs adverts) and the misses they
led back to showed. Synthetic phrases, with controls."""

from __future__ import annotations

from tests.skills.conftest import posting_skills


def test_the_nhs_structures_a_manager_works_across_are_knowledge():
    """A director for health inequalities was to 'support the development of local systems (integrated care
    systems/sustainability and transformation partnerships and Primary Care Networks)' and act 'as set out in the
    Long Term Plan': none was in the vocabulary, and 'systems/sustainability' came out as a chip."""
    posting = ("Director for Health Inequalities\n\nResponsibilities:\n- Strengthen the role of integrated care "
               "systems/sustainability and transformation partnerships and Primary Care Networks\n- Deliver the "
               "actions on health inequalities set out in the Long Term Plan for patients\n")
    assert {"Integrated Care Systems", "Sustainability and Transformation Partnerships", "Primary Care Networks",
            "NHS Long Term Plan"} <= posting_skills(posting)
    assert "Sustainability" not in posting_skills(posting)
    plan = "Sales Manager\n\nResponsibilities:\n- Write a Long Term Plan for the sales team\n"
    assert "NHS Long Term Plan" not in posting_skills(plan)


def test_read_codes_with_their_capital_beside_a_clinical_system():
    """A GP practice administrator was to be 'Read coding the information into the practice clinical system'."""
    posting = "Practice Administrator\n\nDuties:\n- Read coding the information into the practice clinical system\n"
    assert "Read Codes" in posting_skills(posting)
    assert "Read Codes" not in posting_skills("Store Assistant\n\nDuties:\n- Read coding guides to the new till\n")


def test_the_nhs_own_microsoft_365_is_the_office_suite():
    """A technical services officer was to 'support the successful roll out of our N365 project'."""
    assert "Microsoft Office" in posting_skills("Technical Services Officer\n\nDuties:\n- Support the roll out of N365\n")


def test_the_recruitment_process_a_candidate_goes_through_is_no_recruiting_skill():
    """A trainee high intensity therapist's advert said 'Candidates are unable to progress through the recruitment
    process if ...' and 'recruitment for this post is undertaken within a two stage process'; an academic dental
    fellowship's 'apply via our online recruitment system'. A recruiter's duty still asks for recruiting."""
    hiring = ("Trainee Therapist\n\nCandidate requirements:\n- A first degree in Psychology\n- Candidates are unable to "
              "progress through the recruitment process if they are registered on another programme\n\nPlease note "
              "recruitment for this post is undertaken within a two stage process. You must apply via our online "
              "recruitment system.\n")
    assert "Recruiting" not in posting_skills(hiring)
    duty = "HR Assistant\n\nDuties:\n- Coordinate recruitment and onboarding for new staff\n"
    assert "Recruiting" in posting_skills(duty)


def test_a_policy_the_page_points_at_is_no_skill():
    pointed = ("Therapist\n\nRequirements:\n- A first degree in Psychology\n- Safeguarding Policies for the Trust can be "
               "accessed via the document links.\n")
    assert "Safeguarding" not in posting_skills(pointed)
    assert "Safeguarding" in posting_skills("Therapist\n\nRequirements:\n- Knowledge of safeguarding policies\n")
