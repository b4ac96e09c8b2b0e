"""What batch 57's real postings (bench/nontech_real.py --split held-occ47: a systems transformation programme
manager, a treatment coordinator, a new home sales director, a stewardship coordinator, an IAPT navigator lead and
eleven more) showed: areas a lead-in asks expertise in, an advert's reference code, a hazardous work environment,
perks, values and colleagues read as skills, the employer's social media. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found
from tests.skills.conftest import tagged_names as _names

from credstack.skills import TextKind


def test_areas_a_lead_in_asks_expertise_in_stand_in_unheaded_text():
    asked = ("As a subject matter expert in one of the following areas, your contribution to SCW will be "
             "instrumental in helping us to transform health care services:\n- Primary Care\n- Mental Health\n")
    assert {"Primary Care", "Mental Health"} <= _names(asked, {}, TextKind.OTHER)
    # control: a list of the employer's services, under a lead-in that asks nothing, is still checked
    services = "Our services across the county include:\n- Primary Care\n- Mental Health\n"
    assert not {"Primary Care", "Mental Health"} & _names(services, {}, TextKind.OTHER)


def test_an_advert_reference_code_on_its_own_line_is_no_skill():
    text = "Closing Date 16th November 2020\n\nBX72JC\n\nExperience with KX72AB9 systems is required.\n"
    got = _names(text, {"BX72JC": "knowledge", "KX72AB9 systems": "knowledge"})
    assert "BX72JC" not in got and "KX72AB9 systems" in got  # control: the same shape asked in a sentence


def test_a_hazardous_work_environment_lists_no_skills():
    text = ("This position requires exposure to a hazardous work environment including but not limited to exposure "
            "to fire, smoke, herbicides, natural elements, inclement weather, hazardous plants and animals.")
    assert not _names(text, {"herbicides": "knowledge", "inclement weather": "knowledge",
                             "natural elements": "knowledge"})
    assert _names("Apply herbicides safely under a pesticide licence.", {"herbicides": "knowledge"})


def test_the_opportunities_an_employer_offers_are_no_asks(resources):
    text = "Practitioner\n\nRequirements\n- Assessment skills\n- We offer excellent CPD opportunities\n"
    assert "Continuing Professional Development" not in found(text, resources)
    kept = "Practitioner\n\nRequirements\n- You must keep your CPD up to date\n"
    assert "Continuing Professional Development" in found(kept, resources)


def test_a_bulleted_list_of_company_values_asks_nothing(resources):
    text = ("Navigator Lead\n\nRequirements\n- Line management experience\n\n"
            "In order to achieve this, we strongly believe in our company values:\n- Leadership\n- Customer Focus\n")
    assert "Leadership" not in found(text, resources)
    assert "Leadership" in found("Navigator Lead\n\nRequirements:\n- Leadership\n- Customer Focus\n", resources)


def test_disciplines_said_to_be_represented_in_the_teams_are_colleagues():
    text = "Clinical Psychology, Nursing and Family Therapy are well represented throughout the teams."
    assert "Systemic Family Therapy" not in _names(text, {"Family Therapy": "knowledge"})
    assert "Systemic Family Therapy" in _names("You will deliver Family Therapy.", {"Family Therapy": "knowledge"})


def test_where_to_find_the_employer_on_social_media_asks_nothing(resources):
    text = ("Sales Director\n\nRequirements\n- 5 years of new home sales management\n- Check out our social media "
            "profiles! You can find New Home Star on LinkedIn, Facebook, Instagram, and even Youtube.\n")
    assert not {"LinkedIn", "Facebook", "Instagram", "YouTube"} & found(text, resources)
    recruiter = "Recruiter\n\nRequirements\n- Post jobs on LinkedIn and run social media campaigns on Facebook\n"
    assert {"LinkedIn", "Facebook"} <= found(recruiter, resources)


def test_orthodontics_is_read(resources):
    text = "Treatment Coordinator\n\nRequirements\n- Explain orthodontic treatment and orthodontic procedures\n"
    assert "Orthodontics" in found(text, resources)


def test_the_settings_a_candidate_works_in_stay_asked():
    text = "Comfortable working in varied work environments, such as clinical settings and MAT centers."
    assert _names(text, {"MAT centers": "knowledge"})
