"""The spec is the contract: what it allows the server accepts, and the other way round."""

from __future__ import annotations

import re

import pytest


def spec(client) -> dict:
    return client.get("/api/v1/openapi.json").get_json()


def test_analyze_takes_exactly_one_of_html_and_text(client):
    body = spec(client)["components"]["schemas"]["AnalyzeIn"]
    assert {tuple(option["required"]) for option in body["oneOf"]} == {("html",), ("text",)}


@pytest.mark.parametrize("link", ["https://jane.example/\n", "https://jane\u0085.example/", "https://jane\ufeff.example/"])
def test_a_link_the_spec_pattern_refuses_the_server_refuses(client, auth, link):
    pattern = spec(client)["components"]["schemas"]["ProfileSchema"]["properties"]["links"]["items"]["pattern"]
    assert re.fullmatch(pattern, link) is None  # what a JSON-schema validator (no trailing-newline $) says
    response = client.put("/api/v1/profile", headers=auth, json={"links": [link]})
    assert response.status_code == 422 or response.get_json()["links"] == [link.replace("\u0085", "")]


def test_a_month_in_other_digits_is_refused_as_the_spec_says(client, auth):
    cert = {"name": "Scrum Master", "issued": "20\u0662\u0664-01"}
    assert client.put("/api/v1/profile", headers=auth, json={"certifications": [cert]}).status_code == 422


def test_the_date_order_rule_is_documented(client):
    expires = spec(client)["components"]["schemas"]["CertificationSchema"]["properties"]["expires"]
    assert "issued" in expires["description"]
