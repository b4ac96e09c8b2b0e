"""Credentials that fit the role: occupation and seniority inferred from a posting, off-domain
credentials kept out, either-or certifications as one slot, ladders and renewals (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from credstack.credentials.alternatives import either_or
from credstack.credentials.fit import infer_fit, primary_product, title_groups
from credstack.credentials.held import resolve_held
from credstack.credentials.recommend import recommend_stack, uncovered_summary
from credstack.profile.model import Certification, CertStatus
from credstack.skills.model import Requirement, SkillMention

R, P = Requirement.REQUIRED, Requirement.PREFERRED
TODAY = date(2026, 11, 29)


def skills(catalog, *names, req=R):
    out = []
    for name in names:
        skill = catalog.vocabulary.resolve(name)
        assert skill is not None, name
        out.append(SkillMention(skill.name, skill.kind, skill.category, requirement=req, mentions=[name]))
    return out


def picks(catalog, title, asked, **kwargs):
    fit = infer_fit(title, asked, catalog, catalog.vocabulary)
    named = {s.name for s in asked if s.kind == "certification"}
    plan = recommend_stack({s.name: 3.0 for s in asked}, catalog, named=named, fit=fit, **kwargs)
    return [r.credential.id for r in plan.recommendations], plan, fit


@pytest.mark.parametrize("title, words, group", [
    ("Journeyman Electrician", ["Electrical Wiring", "Troubleshooting", "National Electrical Code"], "skilled_trades"),
    ("Registered Nurse - Med/Surg", ["Patient Care", "Medication Administration"], "nursing"),
    ("HR Generalist", ["Employee Relations", "Onboarding", "Compliance"], "human_resources"),
    ("Tier 1 Help Desk Technician", ["Troubleshooting", "Active Directory", "DNS"], "it_support"),
    ("Senior Ruby Backend Engineer", ["Ruby on Rails", "PostgreSQL", "Redis"], "software_development"),
])
def test_the_occupation_comes_from_title_and_skills(catalog, title, words, group):
    fit = infer_fit(title, skills(catalog, *words), catalog, catalog.vocabulary)
    assert next(iter(fit.groups)) == group


def test_skills_alone_decide_when_the_title_says_nothing(catalog):
    fit = infer_fit("Team Member", skills(catalog, "Welding", "Blueprint Reading"), catalog, catalog.vocabulary)
    assert next(iter(fit.groups)) == "skilled_trades"
    assert title_groups("Team Member") == {}


def test_seniority_from_title_and_years(catalog):
    assert infer_fit("Senior Project Manager", [], catalog).seniority == "senior"
    assert infer_fit("Junior Data Analyst", [], catalog).seniority == "entry"
    assert infer_fit("Data Analyst", [], catalog).seniority == "mid"
    # "Staff" is a rank above senior only in tech; a staff nurse or staff accountant is the usual job
    assert infer_fit("Staff Software Engineer", [], catalog).seniority == "senior"
    assert infer_fit("Staff Nurse", [], catalog).seniority == "mid"
    assert infer_fit("Staff Accountant", [], catalog).seniority == "mid"


@pytest.mark.parametrize("title, words, never", [
    ("Journeyman Electrician", ["Troubleshooting", "Electrical Wiring"], "comptia-server-plus"),
    ("Welder", ["Welding", "Blueprint Reading", "Technical Drawings"], "autodesk-autocad-professional"),
    ("Tier 1 Help Desk Technician", ["DNS", "Troubleshooting", "Active Directory"], "aws-ans"),
    ("HR Generalist", ["Compliance", "Employee Relations", "HR Compliance"], "microsoft-sc-900"),
    ("Senior Ruby Backend Engineer", ["Ruby on Rails", "Process Improvement", "Data Visualization", "Compliance"],
     "iassc-icgb"),
    ("Senior Ruby Backend Engineer", ["Ruby on Rails", "Process Improvement", "Data Visualization", "Compliance"],
     "microsoft-sc-900"),
    ("Senior Ruby Backend Engineer", ["Ruby on Rails", "Process Improvement", "Data Visualization", "Compliance"],
     "tableau-desktop-specialist"),
])
def test_a_generic_word_never_pulls_in_another_fields_credential(catalog, title, words, never):
    asked = skills(catalog, *words)
    unfitted = recommend_stack({s.name: 3.0 for s in asked}, catalog).recommendations
    assert never in [r.credential.id for r in unfitted]  # the trap is real: without the fit it is picked
    ids, _plan, _fit = picks(catalog, title, asked)
    assert never not in ids


def test_a_vendor_credential_needs_its_product_asked(catalog):
    autocad = catalog.get("autodesk-autocad-professional")
    assert primary_product(autocad, catalog.vocabulary) == "AutoCAD"
    ids, plan, _fit = picks(catalog, "Drafter", skills(catalog, "AutoCAD", "Technical Drawings"))
    assert "autodesk-autocad-professional" in ids
    assert "AutoCAD" in plan.recommendations[ids.index("autodesk-autocad-professional")].why


def test_a_named_credential_is_taken_even_from_another_field(catalog):
    ids, plan, _fit = picks(catalog, "Journeyman Electrician", skills(catalog, "Electrical Wiring", "CompTIA A+"))
    assert "comptia-a-plus" in ids
    assert "by name" in plan.recommendations[ids.index("comptia-a-plus")].why


def test_either_or_is_one_slot_with_the_alternative_said(catalog):
    asked = skills(catalog, "SHRM-CP", "PHR", "Employee Relations", req=P)
    slots = either_or("SHRM-CP or PHR certification preferred.", asked)
    assert slots == [frozenset({"SHRM-CP", "PHR"})]
    ids, plan, _fit = picks(catalog, "HR Generalist", asked, slots=slots)
    assert len({"shrm-cp", "hrci-phr"} & set(ids)) == 1
    pick = next(r for r in plan.recommendations if r.credential.id in ("shrm-cp", "hrci-phr"))
    assert pick.instead and "instead" in pick.why


def test_a_list_with_and_asks_for_all(catalog):
    asked = skills(catalog, "PMP", "ITIL 4 Foundation")
    assert either_or("PMP and ITIL 4 Foundation required", asked) == []
    assert either_or("PMP, ITIL 4 Foundation or equivalent", asked) == [frozenset({"PMP", "ITIL 4 Foundation"})]


def test_a_pmp_holder_is_never_sent_down_the_ladder(catalog):
    held = resolve_held([Certification("Project Management Professional (PMP)")], catalog, catalog.vocabulary, TODAY)
    asked = skills(catalog, "CAPM", "Project Management", "Risk Management")
    fit = infer_fit("Project Manager", asked, catalog, catalog.vocabulary)
    plan = recommend_stack({"Risk Management": 3.0, "CAPM": 3.0}, catalog, named={"CAPM"}, fit=fit,
                           have_credentials=held.blocked_ids())
    assert "pmi-capm" not in [r.credential.id for r in plan.recommendations]
    assert "google-project-management" not in [r.credential.id for r in plan.recommendations]


def test_a_lower_rung_is_never_stacked_beside_a_higher_one(catalog):
    asked = skills(catalog, "PHR", "Recruiting", "Employee Relations", "Human Resources")
    ids, _plan, _fit = picks(catalog, "HR Generalist", asked)
    assert "hrci-phr" in ids and "hrci-aphr" not in ids


def test_a_lapsed_certification_the_posting_asks_for_is_a_renewal_step(catalog):
    held = resolve_held([Certification("BLS - American Heart Association", expires="2024-06"),
                         Certification("CCRN", status=CertStatus.IN_PROGRESS, expected="2027-04")],
                        catalog, catalog.vocabulary, TODAY)
    asked = skills(catalog, "Basic Life Support", "Critical Care")
    fit = infer_fit("Registered Nurse - ICU", asked, catalog, catalog.vocabulary)
    plan = recommend_stack({"Basic Life Support": 3.0, "Critical Care": 2.0}, catalog, named={"Basic Life Support"},
                           fit=fit, steps=held.actions({"aha-bls"}))
    actions = {r.credential.id: (r.action, r.why) for r in plan.recommendations}
    assert actions["aha-bls"][0] == "renew" and "Renew" in actions["aha-bls"][1]
    assert actions["aacn-ccrn-adult"][0] == "finish"


def test_uncovered_is_summarised():
    summary = uncovered_summary([f"Skill {i}" for i in range(25)])
    assert summary["top"] == [f"Skill {i}" for i in range(10)] and summary["more"] == 15
    assert summary["text"].endswith("and 15 more")


def test_the_catalog_finds_credentials_the_vocabulary_does_not_know(catalog):
    from credstack.credentials.named import named_credentials
    from credstack.skills.model import TextKind, TextSection

    sections = [TextSection(TextKind.PREFERRED, "- AIRS Certified Internet Recruiter (CIR) or LinkedIn Certified "
                                                "Professional – Recruiter\n- CMSRN (Certified Medical-Surgical Nurse)"),
                TextSection(TextKind.RESPONSIBILITIES, "- Install conduit (EMT, rigid, PVC) and pull wire")]
    found = named_credentials(sections, catalog)
    assert {"airs-cir", "linkedin-recruiter-certification", "msncb-cmsrn"} <= set(found)
    assert found["airs-cir"].requirement == Requirement.PREFERRED
    assert "nremt-emt" not in found  # short letters need a clause about credentials: EMT here is conduit


def test_a_name_with_its_letters_in_parentheses_is_one_name_in_an_either_or(catalog):
    asked = skills(catalog, "Certified ScrumMaster", "Professional Scrum Master I")
    asked[0].mentions, asked[1].mentions = ["Certified ScrumMaster", "CSM"], ["Professional Scrum Master", "PSM I"]
    text = "Certified ScrumMaster (CSM) or Professional Scrum Master (PSM I)"
    assert either_or(text, asked) == [frozenset({"Certified ScrumMaster", "Professional Scrum Master I"})]


def test_a_vendor_credential_off_the_field_needs_its_product_required(catalog):
    asked = skills(catalog, "SIEM", "Incident Response", "Threat Hunting") + skills(catalog, "AWS", "DNS", req=P)
    fit = infer_fit("SOC Analyst", asked, catalog, catalog.vocabulary)
    ans = catalog.get("aws-ans")
    assert fit.reason(ans, {"AWS": None, "DNS": None}, catalog.vocabulary) is None


def test_a_senior_role_skips_the_fundamentals_exam(catalog):
    asked = skills(catalog, "AWS", "Cloud Computing", "Kubernetes")
    senior, _plan, _fit = picks(catalog, "Senior Platform Engineer", asked)
    junior, _plan, _fit = picks(catalog, "Junior Platform Engineer", asked)
    assert "aws-ccp" not in senior and "aws-ccp" in junior


def test_a_lower_rung_the_posting_wants_more_stays_beside_the_higher(catalog):
    asked = skills(catalog, "Microsoft Certified: Azure Administrator Associate") + \
        skills(catalog, "Microsoft Certified: Azure Solutions Architect Expert", req=P)
    fit = infer_fit("Cloud Engineer (Azure)", asked, catalog, catalog.vocabulary)
    weights = {s.name: (3.0 if s.requirement == R else 1.0) for s in asked}
    plan = recommend_stack(weights, catalog, named=set(weights), fit=fit)
    assert {"microsoft-az-104", "microsoft-az-305"} <= {r.credential.id for r in plan.recommendations}
    weights = dict.fromkeys(weights, 1.0)  # asked as strongly: the higher one answers both
    plan = recommend_stack(weights, catalog, named=set(weights), fit=fit)
    ids = [r.credential.id for r in plan.recommendations]
    assert len({"microsoft-az-104", "microsoft-az-305"} & set(ids)) == 1


def test_credentials_of_different_fields_are_no_either_or(catalog):
    from credstack.analysis import substitutes

    assert substitutes(frozenset({"SHRM-CP", "PHR"}), catalog, {})
    assert not substitutes(frozenset({"PMP", "OSHA 30"}), catalog, {})


def test_a_held_certification_matches_however_the_posting_words_it(catalog):
    held = resolve_held([Certification("QuickBooks Online ProAdvisor", status=CertStatus.IN_PROGRESS)], catalog,
                        catalog.vocabulary, TODAY)
    assert held.lookup("QuickBooks Certified ProAdvisor") is held.items[0]


@pytest.mark.parametrize("title, words, never", [
    # Same field, another specialty: a front-end posting's APIs are no case for network automation
    # or a back-end certificate; one shared word does not make a welder's test a site manager's.
    ("Front-End Engineer", ["React", "TypeScript", "REST APIs", "APIs", "Git", "Node.js"], "cisco-devnet-associate"),
    ("Front-End Engineer", ["React", "TypeScript", "REST APIs", "APIs", "Git", "Node.js"], "meta-back-end-developer"),
    ("Construction Project Manager", ["Construction Management", "Procore", "Blueprint Reading"],
     "aws-weld-certified-welder"),
])
def test_a_credential_of_another_specialty_in_the_field_is_not_picked(catalog, title, words, never):
    asked = skills(catalog, *words)
    fit = infer_fit(title, asked, catalog, catalog.vocabulary)
    credential = catalog.get(never)
    assert set(credential.occupations) & set(fit.groups)  # the trap: same field, and it covers a gap
    assert {s.name for s in asked} & set(credential.skills)
    assert fit.reason(credential, dict.fromkeys(credential.skills), catalog.vocabulary) is None
    ids, _plan, _fit = picks(catalog, title, asked)
    assert never not in ids


def test_a_credential_whose_focus_is_asked_is_picked(catalog):
    ids, _plan, _fit = picks(catalog, "Back-End Developer", skills(catalog, "Back-End Development", "Django", "MySQL"))
    assert "meta-back-end-developer" in ids


def test_the_rung_below_comes_first(catalog):
    """An exam that requires another catalog credential is offered only once that one is held."""
    asked = skills(catalog, "Snowflake", "Data Engineering", "ETL", "SQL")
    ids, _plan, _fit = picks(catalog, "Data Engineer", asked)
    assert "snowflake-snowpro-de" not in ids and "snowflake-snowpro-core" in ids
    ids, _plan, _fit = picks(catalog, "Data Engineer", asked, have_credentials={"snowflake-snowpro-core"})
    assert "snowflake-snowpro-de" in ids


def test_an_occupation_outside_the_taxonomy_gets_no_credentials_by_field(catalog):
    """Nothing in the title and scattered skills: no field is assumed, so "security" and "budget"
    in a corrections posting pull in no security or finance credential; named ones still count."""
    asked = skills(catalog, "Law Enforcement", "Cybersecurity", "Budgeting", "Mental Health")
    fit = infer_fit("Lead Correctional Officer", asked, catalog, catalog.vocabulary)
    assert not fit.known and fit.role() is None
    ids, _plan, _fit = picks(catalog, "Lead Correctional Officer", asked)
    assert ids == []
    ids, _plan, _fit = picks(catalog, "Lead Correctional Officer", [*asked, *skills(catalog, "CompTIA Security+")])
    assert ids == ["comptia-security-plus"]
    assert infer_fit("Registered Nurse", asked, catalog, catalog.vocabulary).known


def test_letters_the_posting_defines_or_owns_name_no_credential(catalog):
    """"Packaging Corporation of America (PCA)" then "PCA certified forklift license": the letters
    are the employer here, not the cloud architect exam; "PCA's philosophy" owns something, so it is
    an organisation too. Spelled out as the credential, the letters still name it."""
    from credstack.credentials.named import named_credentials
    from credstack.skills.abbreviations import defined_abbreviations
    from credstack.skills.model import TextKind, TextSection

    about = "At Packaging Corporation of America (PCA), we think of ourselves as more than a box maker."
    asks = "- Ability to obtain and maintain PCA certified forklift license\n- Support PCA's philosophy of service"
    sections = [TextSection(TextKind.REQUIREMENTS, asks)]
    baseline = named_credentials(sections, catalog)
    assert any(c.forms == ["PCA"] for c in baseline.values())  # without the definition the letters match
    found = named_credentials(sections, catalog, defined=defined_abbreviations(about + "\n" + asks))
    assert not any("PCA" in c.forms for c in found.values())
    owned = named_credentials([TextSection(TextKind.REQUIREMENTS, "- Strengthen PCA's certified service promise")],
                              catalog)
    assert not any("PCA" in c.forms for c in owned.values())
    spelled = "Google Cloud Professional Cloud Architect (PCA) certification required"
    kept = named_credentials([TextSection(TextKind.REQUIREMENTS, spelled)], catalog,
                             defined=defined_abbreviations(spelled))
    assert any(c.label == "Google Cloud Professional Cloud Architect" for c in kept.values())


def test_defined_abbreviations_need_their_initials():
    from credstack.skills.abbreviations import defined_abbreviations

    text = ("Packaging Corporation of America (PCA) hires a Patient Care Assistant (PCA II) and a "
            "Certified Nursing Assistant (CNA). Our values (OKR) and safety (PPE) matter.")
    assert defined_abbreviations(text) == {"PCA": "Packaging Corporation of America", "CNA": "Certified Nursing Assistant"}


def test_another_fields_letters_need_their_own_credential_word(catalog):
    """"Certified Nursing Assistant PCA PCU": on a nursing job the letters are the patient care
    assistant, not Google's cloud architect exam, though "Certified" stands in the same clause. With
    a credential word against them, or the issuer beside them, they still name it."""
    from credstack.credentials.named import named_credentials
    from credstack.skills.model import TextKind, TextSection

    def forms(text, groups):
        found = named_credentials([TextSection(TextKind.REQUIREMENTS, text)], catalog, groups)
        return {f for c in found.values() for f in c.forms}

    nursing = {"nursing", "allied_health"}
    assert "PCA" not in forms("- Certified Nursing Assistant PCA PCU Surgical", nursing)
    assert "PCA" in forms("- Certified Nursing Assistant PCA PCU Surgical", set())  # field unknown: as before
    assert "PCA" in forms("- PCA certification preferred", nursing)
    assert "PCA" in forms("- Google Cloud PCA, or willing to earn it", nursing)
    assert "CCRN" in forms("- CCRN required within 12 months", nursing)  # the posting's own field needs no cue


@pytest.mark.parametrize("title, group", [
    ("Bus Drivers - Region 3", "logistics_supply_chain"),
    ("Primary Teachers", "education"),
    ("Dental Nurse", "allied_health"),
    ("Remote Call Centre Operator", "customer_service"),
    ("People & Culture Business Partner", "human_resources"),
])
def test_title_words_are_read_in_the_plural_and_in_british_spelling(title, group):
    assert max(title_groups(title).items(), key=lambda kv: kv[1])[0] == group


def test_short_title_letters_are_not_read_in_the_plural():
    assert "human_resources" not in title_groups("Warehouse Operative 40 hrs")


def test_a_doctors_title_makes_the_occupation_unknown_and_a_nurses_course_no_advice(catalog):
    asked = skills(catalog, "Pediatrics", "Patient Care")
    ids, _plan, fit = picks(catalog, "Consultant Paediatrician", asked)
    assert not fit.known
    assert "aha-pals" not in ids
    ids, _plan, fit = picks(catalog, "Pediatric Nurse", asked)  # the same skills for a nurse
    assert fit.known and "nursing" in fit.groups


def test_a_field_the_title_does_not_name_needs_more_evidence_than_one_it_names(catalog):
    asked = skills(catalog, "Human Resources", "Interviewing", "Records Management", "Data Analysis", "Statistics",
                   "Mathematics", "Spreadsheets", "Microsoft Excel")
    ids, _plan, fit = picks(catalog, "Human Resources Technician", asked)
    assert list(fit.groups) == ["human_resources"]
    assert not [cid for cid in ids if "data_analytics" in catalog.get(cid).occupations
                and catalog.get(cid).skills[0] != "Microsoft Excel"]
    # without the title, the same skills are a data job as much as an HR one
    assert "data_analytics" in infer_fit("Technician", asked, catalog, catalog.vocabulary).groups


def test_another_fields_credential_for_a_tool_must_be_about_that_tool(catalog):
    from credstack.credentials.fit import RoleFit

    fit = RoleFit(groups={"human_resources": 1.0}, asked=frozenset({"Microsoft Excel", "Statistics"}),
                  named=frozenset({"Microsoft Excel", "Statistics"}))
    course = catalog.get("edx-mitx-sds")  # statistics first; Excel is not what it is about
    assert fit.reason(course, {"Statistics": None, "Microsoft Excel": None}, catalog.vocabulary) is None


def test_a_few_desirable_skills_do_not_outweigh_a_title_naming_the_field(catalog):
    # a midwife's post: "experience with social media and report writing is desirable"
    asked = skills(catalog, "Social Media Marketing", "Business Writing", req=P)
    fit = infer_fit("Birth Reflections Midwife - Band 6", asked, catalog, catalog.vocabulary)
    assert set(fit.groups) == {"nursing"}
    ids, _, _ = picks(catalog, "Birth Reflections Midwife - Band 6", asked)
    assert not any("hubspot" in i for i in ids)


def test_skills_enough_to_weigh_still_add_a_field_beside_the_title(catalog):
    # the same skills, required and more of them, say the post is half marketing
    asked = skills(catalog, "Social Media Marketing", "Content Marketing", "Search Engine Optimization")
    fit = infer_fit("Midwife", asked, catalog, catalog.vocabulary)
    assert "nursing" in fit.groups and "marketing" in fit.groups


def test_without_a_title_naming_a_field_a_few_skills_still_decide(catalog):
    fit = infer_fit("Team Member", skills(catalog, "Social Media Marketing", "Business Writing", req=P),
                    catalog, catalog.vocabulary)
    assert next(iter(fit.groups)) == "marketing"


@pytest.mark.parametrize("title", ["Food Pub Manager or Management Couple Royal Charter, Hull", "Bar Manager",
                                   "Catering Assistant", "Cafe Manager", "Food and Beverage Supervisor", "Sommelier"])
def test_pubs_bars_cafes_and_catering_are_hospitality_jobs(title):
    assert title_groups(title) == {"food_hospitality": 1.0}


@pytest.mark.parametrize("title", ["Publishing Assistant", "Public Health Nurse", "Bar Exam Tutor"])
def test_words_that_only_hold_those_letters_name_no_hospitality_job(title):
    assert "food_hospitality" not in title_groups(title)
