"""Schemathesis against the app's own OpenAPI spec, with a valid token: no 5xx, every response
(status, content type, body, headers) matches the spec, bad data is refused and good data
accepted, under the project's ``schemathesis.toml`` (the few rules no JSON schema can state).
A bounded number of examples per route; ``scripts/schemathesis_run.py`` runs the full CLI
(``--checks all``) against a real server on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

pytestmark = [pytest.mark.slow, pytest.mark.db]

CONFIG = schemathesis.Config.from_path(Path(__file__).resolve().parents[2] / "schemathesis.toml")


@pytest.fixture
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=CONFIG)


schema = schemathesis.pytest.from_fixture("api_schema")


CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.response_headers_conformance,
    schemathesis.checks.negative_data_rejection,
    schemathesis.checks.positive_data_acceptance,
]


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_matches_its_spec(case, token):
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)


def test_the_tolerated_refusals_apply_to_their_routes_only(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=CONFIG)

    def accepted(path: str, method: str) -> set[str]:
        config = schema.config.operations.get_for_operation(schema[path][method])
        return set(config.checks.positive_data_acceptance.expected_statuses or [])

    assert "422" in accepted("/api/v1/analyze", "POST") and "415" in accepted("/api/v1/tailor", "POST")
    for path, method in [("/api/v1/tracker", "POST"), ("/api/v1/profile/skills", "POST"),
                         ("/api/v1/postings/{posting_id}/tracking", "PATCH"), ("/api/v1/me/tokens", "GET")]:
        assert not {"415", "422"} & accepted(path, method), (path, method)
