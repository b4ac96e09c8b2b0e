"""The spec is the contract: what it allows the server accepts, and the other way round."""

from __future__ import annotations

import re

import pytest


def spec(client) -> dict:
    return client.get("/api/v1/openapi.json").get_json()


def test_analyze_takes_exactly_one_of_html_and_text(client):
    body = spec(client)["components"]["schemas"]["AnalyzeIn"]
    assert {tuple(option["required"]) for option in body["oneOf"]} == {("html",), ("text",)}


@pytest.mark.parametrize("link", ["https://jane.example/\n", "https://jane\u0085.example/", "https://jane\ufeff.example/",
                                  "https://jane\x1c.example/", "https://jane.example/ok"])
def test_the_server_accepts_a_link_exactly_when_the_spec_pattern_does(client, auth, link):
    pattern = spec(client)["components"]["schemas"]["ProfileSchema"]["properties"]["links"]["items"]["pattern"]
    # JSON-schema semantics: a search, and ``$`` only at the very end (Python's also before a final newline)
    spec_accepts = re.search(pattern.replace("$", r"\Z"), link) is not None
    response = client.put("/api/v1/profile", headers=auth, json={"links": [link]})
    assert (response.status_code == 200) == spec_accepts, response.get_json()


def test_a_required_name_of_control_characters_only_is_refused_as_the_spec_says(client, auth):
    pattern = spec(client)["components"]["schemas"]["SkillSchema"]["properties"]["name"]["pattern"]
    assert re.search(pattern, "\x01\x85") is None
    assert client.put("/api/v1/profile", headers=auth, json={"skills": [{"name": "\x01\x85"}]}).status_code == 422


def test_a_month_in_other_digits_is_refused_as_the_spec_says(client, auth):
    cert = {"name": "Scrum Master", "issued": "20\u0662\u0664-01"}
    assert client.put("/api/v1/profile", headers=auth, json={"certifications": [cert]}).status_code == 422


def test_the_date_order_rule_is_documented(client):
    expires = spec(client)["components"]["schemas"]["CertificationSchema"]["properties"]["expires"]
    assert "issued" in expires["description"]
