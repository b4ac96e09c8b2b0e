"""Every success response is typed in the spec, and the output schemas drop nothing the server
produces (apiflask dumps through them: a key they do not declare would vanish from the JSON)."""

from __future__ import annotations

import io
import json
from datetime import date

import marshmallow
import pytest

from ..resume import docs

PROFILE = {"name": "Jane Doe", "skills": [{"name": "SQL", "years": 2}, {"name": "Excel"}],
           "certifications": [
               {"name": "Google Data Analytics Professional Certificate", "issuer": "Google", "issued": "2023-04",
                "credential_id": "GDA-1", "url": "https://coursera.org/verify/GDA-1"},
               # expiring soon: an expiry flag in every analysis
               {"name": "CompTIA Security+", "issuer": "CompTIA", "issued": "2021-01",
                "expires": f"{date.today().year}-{date.today().month:02d}"}]}
POSTING = """Data Analyst at Acme, Reno, NV
Requirements
- 3+ years of SQL and Tableau dashboards
- Experience with Python, AWS and Kubernetes
- CompTIA Security+ required
- Strong stakeholder communication
Nice to have
- Google Data Analytics Certificate, Power BI
"""
BADGE = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://badges.example/a/1",
         "recipient": {"type": "email", "identity": "jane@example.com", "hashed": False},
         "issuedOn": "2024-02-01T00:00:00Z", "verification": {"type": "hosted"},
         "badge": {"type": "BadgeClass", "id": "https://badges.example/b/1", "name": "Kubernetes Fundamentals",
                   "description": "d", "image": "https://badges.example/i.png", "tags": ["Kubernetes", "Docker"],
                   "criteria": {"narrative": "Passed the exam."},
                   "issuer": {"type": "Profile", "id": "https://badges.example/i", "name": "Example Academy"}}}


def _untyped(schema: dict, spec: dict, path: str, seen: set[str]) -> list[str]:
    """Paths under ``schema`` where an object says nothing of what it holds."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return []
        return _untyped(spec["components"]["schemas"][name], spec, f"{path}>{name}", seen | {name})
    found = []
    for key in ("allOf", "anyOf", "oneOf"):
        for i, option in enumerate(schema.get(key, [])):
            found += _untyped(option, spec, f"{path}.{key}[{i}]", seen)
    if schema.get("type") == "array" or "items" in schema:
        found += _untyped(schema.get("items", {}), spec, f"{path}[]", seen)
    if schema.get("type") == "object" or "properties" in schema or "additionalProperties" in schema:
        values = schema.get("additionalProperties")
        if not schema.get("properties") and not (isinstance(values, dict) and values):
            found.append(path)
        for name, prop in schema.get("properties", {}).items():
            found += _untyped(prop, spec, f"{path}.{name}", seen)
        if isinstance(values, dict) and values:
            found += _untyped(values, spec, f"{path}{{}}", seen)
    return found


def test_every_success_response_body_is_typed(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    untyped, checked = [], 0
    for route, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, response in operation.get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                body = response.get("content", {}).get("application/json")
                if body is None:
                    continue  # no body (204) or a file (.docx, .pdf, .csv)
                checked += 1
                untyped += _untyped(body.get("schema", {}), spec, f"{method.upper()} {route} {status}", set())
    assert checked >= 25
    assert not untyped, "untyped objects in success responses:\n" + "\n".join(untyped)


def _dropped(raw, dumped, path: str = "") -> list[str]:
    """Keys ``raw`` holds that ``dumped`` lost, recursively."""
    if isinstance(raw, dict) and isinstance(dumped, dict):
        out = [f"{path}.{k}" for k in raw if k not in dumped]
        for key in raw.keys() & dumped.keys():
            out += _dropped(raw[key], dumped[key], f"{path}.{key}")
        return out
    if isinstance(raw, (list, tuple)) and isinstance(dumped, (list, tuple)):
        return [p for i, (a, b) in enumerate(zip(raw, dumped, strict=False)) for p in _dropped(a, b, f"{path}[{i}]")]
    return []


@pytest.fixture
def dumps(monkeypatch):
    """Every (what a view or a nested field gave, what its schema made of it) in the test."""
    seen: list[tuple[str, object, object]] = []
    original = marshmallow.Schema.dump

    def recording(self, obj, *, many=None):
        result = original(self, obj, many=many)
        seen.append((type(self).__name__, obj, result))
        return result

    monkeypatch.setattr(marshmallow.Schema, "dump", recording)
    return seen


@pytest.mark.model
def test_no_route_drops_a_key_the_server_produces(app, client, auth, dumps):
    app.config["ANALYZE_SECONDS"] = 0  # the first analysis loads the model: no deadline on a loaded machine

    def ok(response, status=200):
        assert response.status_code == status, response.get_json()
        return response.get_json()

    ok(client.put("/api/v1/profile", json=PROFILE, headers=auth))
    ok(client.post("/api/v1/profile/resume", data={"file": (io.BytesIO(docs.classic_with_certificates()),
                                                             "resume.docx")},
                   headers=auth, content_type="multipart/form-data"), 201)
    ok(client.post("/api/v1/profile/import/badge?apply=true", json=BADGE, headers=auth))
    analysis = ok(client.post("/api/v1/analyze", json={"text": POSTING, "url": "https://jobs.example/1", "save": True},
                              headers=auth))
    assert analysis["gaps"]["skills"] and analysis["recommendations"]["recommendations"] and analysis["expiry"]
    pid = analysis["posting_id"]
    saved = ok(client.post("/api/v1/tracker", json={"url": "https://jobs.example/2", "analysis": analysis},
                           headers=auth), 201)
    for url in ["/api/v1/health", "/api/v1/me", "/api/v1/profile", "/api/v1/profile/skills",
                "/api/v1/profile/certifications", "/api/v1/profile/certifications/expiry", "/api/v1/postings",
                f"/api/v1/postings/{pid}", f"/api/v1/postings/{pid}/showcase", f"/api/v1/postings/{pid}/tracking",
                f"/api/v1/postings/{saved['posting_id']}/tracking", "/api/v1/tracker", "/api/v1/shopping-list",
                "/api/v1/credentials?q=security", "/api/v1/me/tokens", f"/api/v1/postings/{pid}/resume/changes"]:
        ok(client.get(url, headers=auth))
    credential = analysis["recommendations"]["recommendations"][0]["credential"]["id"]
    ok(client.get(f"/api/v1/credentials/{credential}", headers=auth))

    # /analyze answers its dict as it is (no second dump): it must be what its schema makes of it
    from credstack.api.schemas import AnalysisOut

    assert AnalysisOut().dump(analysis) == analysis
    lost = []
    for schema, raw, dumped in dumps:
        # compare as JSON: dates and datetimes are what the schema turns into strings
        plain = json.loads(json.dumps(raw, default=str))
        lost += [f"{schema}: {p}" for p in _dropped(plain, dumped)]
    assert {name for name, _raw, _dumped in dumps} >= {"AnalysisOut", "PostingFull", "ShoppingOut", "TrackerOut",
                                                       "ImportOut", "UploadOut", "ShowcaseOut", "SaveOut"}
    assert not lost, "keys the output schemas dropped:\n" + "\n".join(sorted(set(lost)))
