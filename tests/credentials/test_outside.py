"""A credential meant for practitioners outside some countries (the catalog's ``outside``) is no
advice for a job in them: HRCI's PHRi and SPHRi are for HR people based outside the US, where the
PHR and SPHR are the national ones; a job elsewhere, or of unknown country, may get them."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from tests.credentials.test_states import HR

from credstack.analysis import analyze
from credstack.credentials.catalog import validate
from credstack.credentials.fit import RoleFit
from credstack.postings import parse_posting


def test_an_international_credential_is_not_for_jobs_in_the_country_it_is_outside_of(catalog):
    for cid in ("hrci-phri", "hrci-sphri"):
        c = catalog.get(cid)
        assert c.outside == ("US",) and c.countries_basis
        assert not RoleFit(countries=frozenset({"US"})).local(c)
        assert not RoleFit(countries=frozenset({"US"}), states=frozenset({"US-CA"})).local(c)
        assert RoleFit(countries=frozenset({"SG"})).local(c)
        assert RoleFit().local(c)  # country not given
        assert RoleFit(countries=frozenset({"US", "GB"})).local(c)  # listings in the US and the UK
        assert not RoleFit(countries=frozenset({"US"})).in_country(c)
        assert RoleFit(countries=frozenset({"GB"})).in_country(c) and RoleFit().in_country(c)
    assert RoleFit(countries=frozenset({"US"})).local(catalog.get("hrci-phr"))  # control: the national one


def test_the_catalog_checks_outside(catalog):
    entries = json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))
    entry = next(e for e in entries if e["id"] == "hrci-phri")
    assert validate([entry], catalog.vocabulary) == []
    for bad in (["USA"], [], "US"):
        assert any("outside" in p for p in validate([dict(entry, outside=bad)], catalog.vocabulary)), bad
    assert any("countries_basis" in p for p in validate([dict(entry, countries_basis=None)], catalog.vocabulary))
    nclex = next(e for e in entries if e["id"] == "ncsbn-nclex-rn")
    assert any("outside" in p for p in validate([dict(nclex, outside=["US"])], catalog.vocabulary))


@pytest.mark.parametrize("where", ["Los Angeles, CA", "Houston, TX", "Chicago, Illinois"])
def test_a_us_hr_job_gets_no_international_hr_credential(res, where):
    result = analyze(parse_posting(HR.format(where=where)), res, rank=False)
    ids = [r.credential.id for r in result.recommendations.recommendations]
    assert ids and not {"hrci-phri", "hrci-sphri"} & set(ids), ids
