"""The catalog's schema, its links to the vocabulary, and name look-ups."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from credstack.credentials.catalog import credential_to_dict, load_catalog, validate
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
        assert entry["source"].startswith("https://") and entry["checked"]
        if entry["cost_min"] is None:
            assert entry["cost_max"] is None


def broken(**changes):
    entry = dict(RAW[0], **changes)
    return validate([entry], load_vocabulary())


@pytest.mark.parametrize("changes, fragment", [
    ({"skills": ["Basket Weaving"]}, "not in the vocabulary"),
    ({"grants": "Python"}, "not a vocabulary certification"),
    ({"pricing": "sometimes"}, "pricing"),
    ({"cost_min": 500, "cost_max": 100}, "cost_min"),
    ({"source": "http://insecure.example"}, "https URL"),
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
    ("DEA-C01", None), ("CPT", None), ("Udacity Nanodegree", None),  # several credentials answer to these
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
    assert catalog.for_vocabulary_name("Udacity Nanodegree") is None  # eight programmes award it
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
