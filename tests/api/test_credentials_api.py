"""The catalog over HTTP: every quality field of issue 15 reaches the client, unknowns as null."""

from __future__ import annotations

import json
from importlib import resources


def load_catalog_data() -> list[dict]:
    return json.loads((resources.files("credstack") / "data" / "credentials.json").read_text("utf-8"))


def test_an_entry_carries_its_quality_signals(client, auth):
    pmp = client.get("/api/v1/credentials/pmi-pmp", headers=auth).get_json()
    assert pmp["level"] == "professional" and pmp["occupations"] == ["project_management"]
    assert pmp["assessment"] == "proctored_exam" and pmp["accreditation"] == "ansi_iso_17024"
    assert pmp["cost_min"] < pmp["cost_max"] and "member" in pmp["price_note"]
    assert {p["type"] for p in pmp["prerequisites"]} == {"experience", "training"}
    assert "years of experience" in pmp["prerequisites_text"]
    assert pmp["source_url"].startswith("https://") and pmp["basis"]
    assert pmp["recognition"]["method"] and pmp["retired"] is False


def test_an_unchecked_or_retired_entry_says_so(client, auth):
    soa = client.get("/api/v1/credentials/aws-soa", headers=auth).get_json()
    assert soa["retired"] is True and soa["successor"] == "aws-cloudops"
    assert soa["basis"]
    unknown = next(e["id"] for e in load_catalog_data()
                   if e["cost_min"] is None and e["study_time"] == "unknown" and e["checked"] is None)
    entry = client.get(f"/api/v1/credentials/{unknown}", headers=auth).get_json()
    assert entry["cost_min"] is None and entry["price_note"] and entry["study_time"] == "unknown"
    assert entry["checked"] is None and entry["basis"] and entry["total_hours_estimate"] is None


def test_search_reaches_the_new_verticals(client, auth):
    found = client.get("/api/v1/credentials?q=osha", headers=auth).get_json()["credentials"]
    assert {"osha-10-construction", "osha-30-construction"} <= {c["id"] for c in found}
    assert client.get("/api/v1/credentials/no-such-entry", headers=auth).status_code == 404


def test_recognition_counts_not_counted_yet_are_null_in_the_spec(client):
    """The catalog allows an entry whose recognition has not been counted (null counts); the API's
    schema says so, so such an entry's answer matches its documented shape."""
    from credstack.api.credentials import RecognitionOut

    assert RecognitionOut().validate({"postings": None, "of": None, "method": "not counted yet"}) == {}
    spec = client.get("/api/v1/openapi.json").get_json()
    schema = next(s for name, s in spec["components"]["schemas"].items() if name.startswith("Recognition"))
    for field in ("postings", "of"):
        prop = schema["properties"][field]
        assert prop.get("nullable") or "null" in (prop.get("type") if isinstance(prop.get("type"), list) else [])
