"""Advice on the later batches of real non-tech postings (bench/nontech_real.py held-occ3 to held-occ8,
held-occ11, held-occ14 to held-occ17, labelled in bench/advice/nontech_real.json before the first run),
each trait reproduced in a posting written here.

An underwriter's posting opening "Our client, a P&C Insurance leader, ..." had its letters read as the
P&C producer licence exam, named by the posting: "P&C Insurance" is the employer's line of business
(the vocabulary's insurance industry), the licence is "P&C license" or "P&C Insurance license".

A volunteer co-ordinator's posting whose one skill beside the soft ones is "Recruiting" (of volunteers)
was read as a recruiter's job, known from that one word, and sent to an AIRS recruiter certificate.
A title naming no group needs two skills speaking for the field.

Titles read into the wrong group, or into one though the taxonomy has none of theirs (data
occupation_cues.json): "apprentice" made a library assistant a tradesperson; a chaplain's,
psychologist's, recovery worker's or hairdresser's skills made them nurses or tradespeople; the
NHS's "health records", the UK's "technical author", a "film editor", a sports "coach" named no group
or another one. A master planner's posting (inventory, procurement, bills of materials) named no
group and its skills were spread over three: no advice, though the planning and inventory
certificate (CPIM) is the one a coach gives. A claims technician's posting (CPT, HCPCS, ICD-10,
"Medicare" among the insurers to check) got the risk-adjustment coder's certificate beside two coding
ones, for that one word: a coder's specialty (role_credentials), no claims processor's. A Swahili
instructor's "teaching" and "lesson planning" got CELTA: teaching English to speakers of other
languages is an English teacher's certificate (role_credentials), as the coach panel's mathematics
teacher case says too."""

from __future__ import annotations

import pytest
from tests.credentials.test_fit import picks as fit_picks
from tests.credentials.test_fit import skills

from credstack.analysis import analyze
from credstack.credentials.fit import outside_title, title_groups
from credstack.postings import parse_posting


def _ids(res, text):
    result = analyze(parse_posting(text), res, rank=False)
    return [r.credential.id for r in result.recommendations.recommendations]


UNDERWRITER = """Senior Underwriter

Our client, a P&C Insurance leader, is expanding its commercial division.

Requirements:
Five years of commercial underwriting experience
Strong analytical skills and pricing judgement
"""


def test_letters_that_begin_an_industry_name_no_licence(res):
    assert "insurance-property-casualty" not in _ids(res, UNDERWRITER)


def test_the_same_letters_before_a_licence_word_still_name_it(res):
    agent = UNDERWRITER.replace("Senior Underwriter", "Insurance Agent").replace(
        "Strong analytical", "You must hold your P&C Insurance license\nStrong analytical")
    assert "insurance-property-casualty" in _ids(res, agent)


def test_one_skill_is_no_occupation_without_a_title(catalog):
    asked = skills(catalog, "Recruiting", "Active Listening", "Time Management", "Communication")
    ids, _plan, fit = fit_picks(catalog, "Volunteer Co-ordinator", asked)
    assert not fit.known
    assert not [i for i in ids if i.startswith("airs-")]


def test_two_skills_of_a_field_still_make_it_known(catalog):
    asked = skills(catalog, "Recruiting", "Candidate Sourcing", "Active Listening", "Communication")
    ids, _plan, fit = fit_picks(catalog, "Volunteer Co-ordinator", asked)
    assert fit.known and next(iter(fit.groups)) == "recruiting"
    assert [i for i in ids if i.startswith("airs-")]


def test_a_title_naming_the_field_needs_no_second_skill(catalog):
    ids, _plan, fit = fit_picks(catalog, "Recruitment Officer", skills(catalog, "Recruiting", "Communication"))
    assert fit.known and "recruiting" in fit.groups
    assert [i for i in ids if i.startswith("airs-")]


@pytest.mark.parametrize("title", ["Apprentice Library Assistant", "Apprentice HR Administrator"])
def test_an_apprentice_of_another_job_is_no_tradesperson(title):
    assert "skilled_trades" not in title_groups(title)


@pytest.mark.parametrize("title", ["Apprentice Electrician", "Apprentice Painter & Decorator", "Carpenter"])
def test_an_apprentice_of_a_trade_is_still_one(title):
    assert set(title_groups(title)) == {"skilled_trades"}


@pytest.mark.parametrize("title, group", [
    ("Health Records Assistant", "allied_health"), ("Technical Author/Trainer", "seo_content"),
    ("Motion Graphic Designer and Film Editor", "design_ux"), ("Trampoline Coach", "fitness_wellness"),
    ("Self Employed Sport Coaches", "fitness_wellness"),
])
def test_titles_of_a_groups_occupation(title, group):
    assert next(iter(title_groups(title))) == group


def test_a_coach_inside_another_groups_title_is_that_ones():
    assert set(title_groups("Agile Coach")) == {"project_management"}


@pytest.mark.parametrize("title", ["Chaplain", "Clinical Psychologist, Private Hospital", "Bank Hairdresser",
                                   "Barber"])
def test_occupations_outside_the_taxonomy(catalog, title):
    assert outside_title(title) and not title_groups(title)
    asked = skills(catalog, "Patient Care", "Care Planning", "Risk Assessment", "Communication")
    ids, _plan, fit = fit_picks(catalog, title, asked)
    assert not fit.known and ids == []


def test_a_recovery_worker_is_the_social_work_groups_and_gets_no_nursing_credential(catalog):
    # substance-misuse recovery workers (SOC 21-1011) are counselling's; none of its credentials
    # teaches care planning or risk assessment, so the nurse's skills they share bring no advice
    assert set(title_groups("Recovery Worker")) == {"social_services"}
    asked = skills(catalog, "Patient Care", "Care Planning", "Risk Assessment", "Communication")
    ids, _plan, fit = fit_picks(catalog, "Recovery Worker", asked)
    assert "nursing" not in fit.groups and ids == []


def test_the_same_skills_with_a_nurses_title_are_nursing(catalog):
    asked = skills(catalog, "Patient Care", "Care Planning", "Risk Assessment", "Communication")
    _ids, _plan, fit = fit_picks(catalog, "Staff Nurse", asked)
    assert fit.known and "nursing" in fit.groups


@pytest.mark.parametrize("title", ["Master Planner", "Production Planner", "Materials Planner", "Master Scheduler"])
def test_a_plants_planner_is_in_supply_chain(catalog, title):
    asked = skills(catalog, "Inventory Management", "Procurement", "Bill of Materials", "Customer Service",
                   "Structural Engineering", "Reporting")
    ids, _plan, fit = fit_picks(catalog, title, asked)
    assert fit.known and next(iter(fit.groups)) == "logistics_supply_chain"
    assert "ascm-cpim" in ids


@pytest.mark.parametrize("title", ["Event Planner", "Senior Transportation Planner", "Financial Planner"])
def test_other_planners_are_not(title):
    assert "logistics_supply_chain" not in title_groups(title)


CLAIMS = ["Claims Processing", "Medical Coding", "CPT Coding", "HCPCS", "ICD-10", "Medicare", "Medicaid",
          "Medical Terminology"]


def test_a_claims_technician_gets_no_risk_adjustment_coders_certificate(catalog):
    ids, _plan, _fit = fit_picks(catalog, "Claims Technician", skills(catalog, *CLAIMS))
    assert "aapc-crc" not in ids
    assert "nha-cbcs" in ids


@pytest.mark.parametrize("title", ["Medical Coder", "Risk Adjustment Coding Specialist", "HCC Coder"])
def test_a_coder_still_may(catalog, title):
    ids, _plan, _fit = fit_picks(catalog, title, skills(catalog, "Medical Coding", "ICD-10", "Medicare"))
    assert "aapc-crc" in ids


TEACHING = ["Teaching", "Lesson Planning", "Communication"]


@pytest.mark.parametrize("title", ["Swahili Instructor", "Spanish Teacher"])
def test_a_teacher_of_another_language_gets_no_english_teaching_certificate(catalog, title):
    ids, _plan, _fit = fit_picks(catalog, title, skills(catalog, *TEACHING))
    assert not {"cambridge-celta", "tefl-120"} & set(ids)


@pytest.mark.parametrize("title", ["ESL Teacher", "English Language Tutor", "TEFL Teacher"])
def test_an_english_teacher_still_does(catalog, title):
    ids, _plan, _fit = fit_picks(catalog, title, skills(catalog, *TEACHING, "ESL Instruction"))
    assert {"cambridge-celta", "tefl-120"} & set(ids)
