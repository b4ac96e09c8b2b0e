"""The catalog's schema, its links to the vocabulary, and name look-ups."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from credstack.credentials.catalog import load_catalog, validate
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
    ("CompTIA Security+ ce", None), ("Security+", "comptia-security-plus"),
    ("Google Data Analytics Professional Certificate", "google-data-analytics"), ("CKA", "lf-cka"),
    ("Certified ScrumMaster", "scrumalliance-csm"), ("Basket weaving certificate", None),
])
def test_find_by_what_people_write(written, expected):
    found = load_catalog().find(written)
    assert (found.id if found else None) == expected


def test_search_filters():
    catalog = load_catalog()
    k8s = catalog.search(skill="Kubernetes", max_cost=300)
    assert k8s and all("Kubernetes" in c.skills and c.total_cost <= 300 for c in k8s)
    badges = catalog.search(kind="digital_badge", q="google ads")
    assert badges and all(c.kind == "digital_badge" for c in badges)
