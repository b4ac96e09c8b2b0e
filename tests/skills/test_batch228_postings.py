"""What batches 228 and 229's real postings (bench/nontech_real.py --split held-occ218 and held-occ219: NHS Jobs
adverts, UK Adzuna health and social care adverts) and the outcomes the earlier batches' postings serve showed.
Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, mentions


def test_an_outcome_the_work_improves_is_not_a_skill_asked(resources):
    """'to support Trust services with quality improvement of patient care', 'ensure customer satisfaction',
    'enhance the overall customer experience': the goal the work serves, not a skill; 'You will provide patient
    care' asks it."""
    got = found("Clinical Audit Facilitator\n\nThe role\n\nYou will support Trust services to improve patient care "
                "through clinical audit.\n\nRequirements\n\n- Experience of clinical audit\n", resources)
    assert "Patient Care" not in got and "Clinical Governance" in got, got
    got = found("Demand Planner\n\nResponsibilities\n\n- Provide timely demand analysis to ensure customer "
                "satisfaction.\n- Streamline operations to enhance the overall customer experience.\n", resources)
    assert not {"Customer Satisfaction", "Customer Experience"} & got, got
    got = found("Staff Nurse\n\nDuties\n\n- You will provide patient care according to our procedures.\n", resources)
    assert "Patient Care" in got, got


def test_qualified_before_a_list_of_registrations_and_the_role_asks_each(resources):
    """'As a qualified RMN//RNLD/RGN nurse you will ...' (a doubled slash), 'a qualified RMN, RNLD or RGN nurse':
    each registration is asked, the last one before 'nurse' as much as the first."""
    for text in ("Bank Staff Nurse\n\nThe role\n\nAs a qualified RMN//RNLD/RGN nurse you will ensure young people "
                 "receive high-quality care.\n",
                 "Bank Staff Nurse\n\nThe role\n\nAs a qualified RMN, RNLD or RGN nurse you will ensure young people "
                 "receive high-quality care.\n"):
        said = mentions(text, resources).get("NMC Registration", [])
        assert {"RMN", "RNLD", "RGN"} <= set(said), said


def test_a_prefixed_word_is_read_hyphened_or_glued(resources):
    """'peri-operative care' is the perioperative care the vocabulary names glued; 'Pre-School' and 'post graduate
    experience' stay what they were: only a hard skill's own words take the other spelling."""
    got = found("Theatre Practitioner\n\nRequirements\n\n- Experience of evidence based peri-operative care\n",
                resources)
    assert "Surgical Assisting" in got, got
    got = found("Stress Engineer\n\nRequirements\n\n- Engineering graduates with significant post graduate "
                "experience\n", resources)
    assert not any("graduate" in name.casefold() or "master" in name.casefold() for name in got), got


def test_the_registered_managers_level_5_diploma_is_a_qualification(resources):
    """'Qualifications Level 5 Leadership in Management or equivalent' (a care home business manager) and 'the Level 5
    Diploma in Leadership for Health and Social Care': the registered manager's qualification, one skill."""
    said = mentions("Home Manager\n\nRequirements\n\n- Qualifications Level 5 Leadership in Management or equivalent.\n"
                    "- You will hold the Level 5 Diploma in Leadership for Health and Social Care.\n", resources)
    assert said.get("Level 5 Diploma in Leadership for Health and Social Care") == [
        "Level 5 Leadership in Management", "Level 5 Diploma in Leadership for Health and Social Care"], said


def test_an_agencys_pointer_to_its_other_jobs_asks_nothing(resources):
    """'Ideally a driver with access to own car To discuss this role or any other Registered General Nurse or home
    management jobs in the Yorkshire area please contact Emma' (a one-line advert): the jobs the agency recruits
    for are asked of nobody; the asks before the pointer stay."""
    got = found("Business Manager\n\nIdeally a driver with access to own car To "
                "discuss this role or any other Registered General Nurse or home management jobs in the Yorkshire area "
                "or in the Social Work field please contact Emma at The Synergy Group.\n", resources)
    assert not {"NMC Registration", "Registered Nurse", "Social Work"} & got, got
    assert "Own Vehicle" in got, got
    got = found("Home Manager\n\nRequirements\n\n- Registered General Nurse\n", resources)
    assert "NMC Registration" in got or "Registered Nurse" in got, got


def test_one_of_the_largest_providers_of_a_field_is_the_employer(resources):
    """'As one of the UK's largest provider of home and health care, we recognise ...': the employer's standing;
    'experience in health care' asks."""
    got = found("Care Worker\n\nWe are looking for Care Workers in Kendal. As one of the UK\u2019s largest provider of "
                "home and health care, we recognise that our success is based on our people. The successful Care "
                "Worker will have experience of personal care.\n", resources)
    assert "Healthcare Industry" not in got, got
    got = found("Care Worker\n\nRequirements\n\n- Experience in health care\n", resources)
    assert "Healthcare Industry" in got, got
