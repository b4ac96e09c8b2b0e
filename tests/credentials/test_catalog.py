"""The catalog's schema, its links to the vocabulary, and name look-ups."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources

import pytest

from credstack.credentials.catalog import credential_to_dict, load_catalog, validate
from credstack.credentials.recommend import recommend_stack
from credstack.skills.vocabulary import load_vocabulary

RAW = json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))


def test_catalog_is_valid_and_linked_to_the_vocabulary():
    assert validate(RAW, load_vocabulary()) == []
    assert len(load_catalog()) >= 150


def test_catalog_spans_the_kinds_and_providers_people_meet():
    kinds = Counter(e["kind"] for e in RAW)
    assert set(kinds) == {"professional_certificate", "digital_badge", "nanodegree", "micromasters",
                          "industry_certification"}
    providers = {e["provider"] for e in RAW}
    for provider in ("Google", "IBM", "Meta", "Microsoft", "Salesforce", "HubSpot", "Udacity", "CompTIA",
                     "Project Management Institute", "Amazon Web Services", "SHRM", "HRCI", "The Linux Foundation"):
        assert provider in providers, provider


def test_every_figure_has_a_source_and_unknowns_stay_null():
    for entry in RAW:
        assert entry["source_url"].startswith(("https://", "http://")) and entry["basis"]
        if entry["cost_min"] is None:
            assert entry["cost_max"] is None and entry["price_note"]


def broken(**changes):
    entry = dict(RAW[0], **changes)
    return validate([entry], load_vocabulary())


@pytest.mark.parametrize("changes, fragment", [
    ({"skills": ["Basket Weaving"]}, "not in the vocabulary"),
    ({"grants": "Python"}, "not a vocabulary certification"),
    ({"pricing": "sometimes"}, "pricing"),
    ({"cost_min": 500, "cost_max": 100}, "cost_min"),
    ({"source_url": "ftp://files.example/x"}, "http(s) URL"),
    ({"validity_years": -1}, "positive"),
    ({"pricing": "free"}, "free credential costs 0"),
])
def test_validator_catches_each_problem(changes, fragment):
    assert any(fragment in p for p in broken(**changes))


def test_duplicate_ids_are_caught():
    assert any("duplicate" in p for p in validate([RAW[0], RAW[0]]))


@pytest.mark.parametrize("written, expected", [
    ("PMP", "pmi-pmp"), ("Project Management Professional", "pmi-pmp"), ("SAA-C03", "aws-saa"),
    ("AWS Certified Solutions Architect Associate", "aws-saa"), ("AZ-104", "microsoft-az-104"),
    ("CompTIA Security+ ce", "comptia-security-plus"), ("Security+", "comptia-security-plus"),
    ("CompTIA Sec+", "comptia-security-plus"), ("Google Data Analytics Professional Certificate", "google-data-analytics"),
    ("CKA", "lf-cka"), ("Certified ScrumMaster", "scrumalliance-csm"), ("ITIL 4", "peoplecert-itil4-foundation"),
    ("Cloud Practitioner", "aws-ccp"),  # the official name without its provider
    ("IASSC Green Belt", "iassc-icgb"), ("AWS DEA-C01", "aws-dea"), ("Snowflake DEA-C01", "snowflake-snowpro-de"),
    ("ServSafe Food Handler", "servsafe-food-handler"),  # its own name beats a vocabulary alias of a sibling
    ("DEA-C01", "aws-dea"),  # AWS's current code; Snowflake's exam moved on to DEA-C02
        ("DEA-C02", "snowflake-snowpro-de"), ("BLS", "aha-bls"), ("OSHA 30", "osha-30-construction"),
        ("AWS SysOps Administrator", "aws-soa"),  # a retired credential a holder still writes
        ("CPT", None), ("Udacity Nanodegree", None),  # several credentials answer to these
    ("Data Analytics", None), ("Project Management", None),  # skills, not credentials
    ("Basket weaving certificate", None), ("", None),
])
def test_find_by_what_people_write(written, expected):
    found = load_catalog().find(written)
    assert (found.id if found else None) == expected


def test_every_credential_is_found_by_its_own_name_and_id():
    catalog = load_catalog()
    for credential in catalog:
        assert catalog.find(credential.name) is credential, credential.name
        assert catalog.find(credential.id) is credential, credential.id


def test_vocabulary_certification_lookup_and_siblings():
    catalog = load_catalog()
    assert catalog.for_vocabulary_name("PMP").id == "pmi-pmp"
    assert catalog.for_vocabulary_name("Udacity Nanodegree") is None  # several programmes award it
    assert len(catalog.granting("Udacity Nanodegree")) == sum(1 for e in RAW if e["grants"] == "Udacity Nanodegree")
    assert catalog.for_vocabulary_name("Basket Weaving") is None


def test_coverage_adds_what_taught_skills_imply():
    vocabulary = load_vocabulary()
    catalog = load_catalog()
    for credential in catalog:
        coverage = catalog.coverage(credential)
        for skill in credential.skills:
            assert coverage[skill] is None
            for implied in vocabulary.implied(skill) - set(credential.skills) - {credential.grants}:
                assert coverage[implied] is not None and implied in vocabulary.implied(coverage[implied])


def test_search_filters():
    catalog = load_catalog()
    k8s = catalog.search(skill="Kubernetes", max_cost=300)
    assert k8s and all("Kubernetes" in c.skills and c.total_cost <= 300 for c in k8s)
    assert {c.id for c in catalog.search(skill="Kubernetes")} > {c.id for c in k8s}  # the $395 CKA drops out
    badges = catalog.search(kind="digital_badge", q="google ads")
    assert badges and all(c.kind == "digital_badge" for c in badges)
    assert catalog.search(q="basket weaving") == []


def test_search_by_a_skill_alias_finds_what_the_canonical_name_finds():
    vocabulary = load_vocabulary()
    skill = vocabulary.get("Kubernetes")
    assert skill.aliases
    catalog = load_catalog()
    assert catalog.search(skill=skill.aliases[0]) == catalog.search(skill="Kubernetes")


def test_summary_counts_every_credential_once_per_facet():
    summary = load_catalog().summary()
    for facet in ("kind", "provider", "platform"):
        assert sum(summary[facet].values()) == len(RAW)
    assert summary["kind"] == dict(Counter(e["kind"] for e in RAW).most_common())


def test_credential_to_dict_is_json_with_estimates():
    pmp = credential_to_dict(load_catalog().get("pmi-pmp"))
    assert json.loads(json.dumps(pmp))["total_cost_estimate"] == 405
    google = credential_to_dict(load_catalog().get("google-data-analytics"))
    assert google["kind"] == "professional_certificate" and google["total_hours_estimate"] == 240
    assert google["total_cost_estimate"] == 6 * 49  # 24 weeks at $49 a month: six started months


# The catalog check of issue 15: every field typed, links resolving, no name claimed twice.

OCCUPATIONS = json.loads((resources.files("credstack") / "data" / "occupations.json").read_text("utf-8"))


def test_occupation_taxonomy_is_small_documented_and_every_group_is_served():
    groups = {g["id"]: g for g in OCCUPATIONS["groups"]}
    assert 15 <= len(groups) <= 30
    assert set(OCCUPATIONS["levels"]) == {"entry", "associate", "professional", "expert"}
    for group in groups.values():
        assert group["name"] and group["soc_major"] and group["soc"]
    served = Counter(o for e in RAW for o in e["occupations"])
    assert {g for g in groups if served[g] < 5} == set()


def test_every_entry_says_whether_and_how_it_was_checked():
    for entry in RAW:
        assert entry["checked"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["checked"]), entry["id"]
        assert len(entry["basis"]) >= 10, entry["id"]
        if entry["study_time"] == "provider":
            assert (entry["hours"] or 0) > 0 or (entry["weeks"] or 0) > 0, entry["id"]
        assert entry["hours"] != 0 and entry["weeks"] != 0, entry["id"]


def test_retired_entries_name_a_live_successor_and_are_never_recommended():
    catalog = load_catalog()
    retired = [c for c in catalog if c.retired]
    assert retired
    for credential in retired:
        successor = catalog.get(credential.successor)
        assert successor is not None and not successor.retired
        missing = {skill: 1.0 for skill in credential.skills}
        if credential.grants:
            missing[credential.grants] = 3.0
        plan = recommend_stack(missing, catalog, named={credential.grants} if credential.grants else set())
        assert credential.id not in {r.credential.id for r in plan.recommendations}


@pytest.mark.parametrize("changes, fragment", [
    ({"checked": "last week"}, "checked"),
    ({"basis": ""}, "basis"),
    ({"cost_min": "free", "cost_max": "free"}, "numbers or null"),
    ({"cost_min": None, "cost_max": None, "price_note": None}, "unknown price needs a price_note"),
    ({"cost_min": 100, "cost_max": 200, "price_note": None}, "what each end means"),
    ({"study_time": "provider", "hours": None, "weeks": None}, "needs hours or weeks"),
    ({"hours": 0}, "positive"),
    ({"assessment": "videos"}, "assessment"),
    ({"accreditation": "famous"}, "accreditation"),
    ({"level": "beginner"}, "level"),
    ({"free_audit": "maybe"}, "free_audit"),
    ({"retired": "no"}, "retired"),
    ({"successor": "no-such-entry", "retired": True}, "successor"),
    ({"occupations": ["astronaut"]}, "occupations.json"),
    ({"occupations": []}, "at least one group"),
    ({"prerequisites": [{"type": "credential", "required": True, "credential": "no-such-entry", "years": None,
                         "text": None}]}, "not another catalog id"),
    ({"prerequisites": [{"type": "experience", "required": True, "credential": None, "years": None, "text": "some"}]},
     "positive years"),
    ({"prerequisites": "35 hours of training"}, "must be a list"),
    ({"recognition": {"postings": -1, "of": 10, "method": "x"}}, "recognition"),
    ({"url": "javascript:alert(1)"}, "http(s) URL"),
])
def test_catalog_check_catches_each_schema_problem(changes, fragment):
    assert any(fragment in p for p in broken(**changes)), broken(**changes)


def test_two_entries_may_not_claim_the_same_name_or_alias():
    other = dict(RAW[1], aliases=[*RAW[1]["aliases"], "PMP"])
    problems = validate([RAW[0], other], load_vocabulary())
    assert any("claimed by" in p and "pmp" in p for p in problems)
    assert not any("claimed by" in p for p in validate(RAW, load_vocabulary()))


def test_a_countrys_card_may_not_claim_a_certifications_generic_name_other_countries_cards_grant():
    osha = next(e for e in RAW if e["id"] == "osha-forklift-operator")
    uk = next(e for e in RAW if e["id"] == "uk-forklift-certificate")
    claiming = dict(osha, aliases=[*osha["aliases"], "Forklift license"])
    problems = validate([claiming, uk], load_vocabulary())
    assert any("osha-forklift-operator" in p and "generic name" in p for p in problems), problems
    assert not any("generic name" in p for p in validate([claiming], load_vocabulary()))  # the only card


def test_covering_names_exactly_the_credentials_whose_coverage_holds_a_skill():
    catalog = load_catalog()
    for skills in (["Python"], ["Nursing", "Basic Life Support"], ["Project Management", "Scrum", "Excel"], []):
        expected = {c.id for c in catalog if set(catalog.coverage(c)) & set(skills)}
        assert catalog.covering(skills) == expected
    assert catalog.covering(["Python"])  # the catalog teaches it: the index is not empty


def test_a_credential_named_after_a_product_is_built_on_it():
    """A credential whose name names a product it covers ("Dynamics 365 Customer Service Functional
    Consultant", "Oracle Database SQL") lists that product first: it is advice only where the
    posting asks for the product (a call-centre agent's "customer service" is no case for a
    Dynamics 365 consultant exam). A first skill that is the named product's own work ("Microsoft
    365 Administration" for "Microsoft 365 Certified: Fundamentals") is about it too: that exam is
    no advice for an office worker who uses Microsoft 365's apps."""
    catalog = load_catalog()
    vocabulary = catalog.vocabulary
    wrong = []
    for credential in catalog:
        named = [s for s in credential.skills if (skill := vocabulary.get(s)) is not None and skill.kind == "tool"
                 and any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", credential.name, re.I)
                         for f in (skill.name, *skill.aliases) if len(f) > 2)]
        first = credential.skills[0]
        about_its_first = re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", credential.name, re.I) or any(
            re.match(re.escape(f) + r"\s", first, re.I) for s in named
            for f in (s, *vocabulary.get(s).aliases) if len(f) > 2)  # "Microsoft 365 Administration"
        if named and vocabulary.get(first).kind != "tool" and not about_its_first:  # "Oracle Database SQL"
            wrong.append(credential.id)
    assert not wrong
