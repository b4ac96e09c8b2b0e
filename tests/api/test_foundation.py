"""App factory, config, tokens, the JSON error shape, health/spec/docs, CORS and headers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from credstack import create_app
from credstack.accounts import hash_token
from credstack.config import database_url
from credstack.models import ApiToken

from ..conftest import PG_URL

ERROR_KEYS = {"code", "type", "message", "details"}


def assert_error(response, code: int) -> dict:
    assert response.status_code == code, response.data[:300]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert b"Traceback" not in response.data and b"<html" not in response.data.lower()
    return body["error"]


def test_config_precedence_defaults_env_then_mapping(monkeypatch, tmp_path):
    monkeypatch.setenv("CREDSTACK_RATE_LIMIT_PER_MINUTE", "7")
    monkeypatch.setenv("CREDSTACK_MAX_CONTENT_LENGTH", "1234")
    app = create_app({"INSTANCE_PATH": str(tmp_path / "i"), "MAX_CONTENT_LENGTH": 999,
                      **({"DATABASE_URL": PG_URL} if PG_URL else {})})
    assert app.config["RATE_LIMIT_PER_MINUTE"] == 7  # environment over default
    assert app.config["MAX_CONTENT_LENGTH"] == 999  # test mapping over environment
    assert app.config["LOCAL_MODE"] is True  # default
    app.extensions["credstack.db"].dispose()


def test_instance_folder_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CREDSTACK_INSTANCE", str(tmp_path / "data"))
    monkeypatch.delenv("CREDSTACK_DATABASE_URL", raising=False)
    app = create_app({"PRELOAD_MODEL": False})
    assert Path(app.instance_path) == (tmp_path / "data").resolve()
    assert (tmp_path / "data" / "credstack.sqlite3").exists()
    app.extensions["credstack.db"].dispose()


def test_database_url_forms():
    assert database_url({}, "/x") == "sqlite:////x/credstack.sqlite3"
    assert database_url({"DATABASE_URL": "postgres://u@h/db"}, "/x") == "postgresql+psycopg://u@h/db"
    assert database_url({"DATABASE_URL": "postgresql://u@h/db"}, "/x") == "postgresql+psycopg://u@h/db"


@pytest.mark.skipif(bool(PG_URL), reason="SQLite pragmas are specific to the SQLite store")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(app):
    with app.extensions["credstack.db"].engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_health_needs_no_token(client):
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["version"]


def test_spec_and_docs_page(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/analyze" in spec["paths"] and "/api/v1/profile" in spec["paths"]
    assert "BearerAuth" in spec["components"]["securitySchemes"]
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and b"swagger-ui" in docs.data
    # The docs page works offline: its assets are served locally, not from a CDN.
    assert b"cdn." not in docs.data
    assert client.get("/api/v1/docs/static/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer ", "cs_x"])
def test_missing_or_wrong_token_is_401(client, header):
    headers = {"Authorization": header} if header else {}
    error = assert_error(client.get("/api/v1/profile", headers=headers), 401)
    assert "token" in error["message"]


def test_every_api_route_but_health_and_spec_needs_a_token(app, client):
    open_paths = {"/api/v1/health", "/api/v1/openapi.json", "/api/v1/docs"}
    checked = 0
    for rule in app.url_map.iter_rules():
        path = str(rule)
        if not path.startswith("/api/v1") or path in open_paths or path.startswith("/api/v1/docs"):
            continue
        url = path.replace("<int:", "<").replace("<path:", "<")
        url = __import__("re").sub(r"<[^>]+>", "1", url)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method, json={})
            assert response.status_code == 401, (method, url, response.status_code)
            checked += 1
    assert checked >= 10


def test_token_is_stored_hashed_and_works(app, client, token):
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).get_json() == {
        "user": "alice"}
    with app.extensions["credstack.db"].transaction() as session:
        hashes = list(session.scalars(select(ApiToken.token_hash)))
    assert hash_token(token) in hashes and token not in hashes


def test_404_405_shapes(client, auth):
    assert_error(client.get("/api/v1/nothing-here", headers=auth), 404)
    assert_error(client.get("/api/v1/postings/999", headers=auth), 404)
    error = assert_error(client.delete("/api/v1/health"), 405)
    assert "GET" in error["message"]


def test_413_before_parsing(make_app, token):
    client = make_app(MAX_CONTENT_LENGTH=1000).test_client()
    response = client.post("/api/v1/analyze", data=b"x" * 5000, content_type="application/json",
                           headers={"Authorization": f"Bearer {token}"})
    error = assert_error(response, 413)
    assert "too large" in error["message"]


def test_413_without_token_too(client):
    response = client.post("/api/v1/analyze", data=b"x" * (11 * 1024 * 1024), content_type="application/json")
    assert_error(response, 413)


def test_415_and_422_and_400(client, auth):
    assert_error(client.post("/api/v1/profile/skills", data="name=x", headers=auth,
                             content_type="application/x-www-form-urlencoded"), 415)
    error = assert_error(client.post("/api/v1/profile/skills", json={"level": "guru"}, headers=auth), 422)
    assert "name" in error["message"] and "level" in error["message"]
    assert_error(client.post("/api/v1/profile/skills", data="{oops", headers=auth,
                             content_type="application/json"), 400)


def test_500_is_json_without_internals(app, auth):
    @app.get("/api/v1/explode")
    def explode():
        raise RuntimeError("secret internal detail")

    response = app.test_client().get("/api/v1/explode")
    error = assert_error(response, 500)
    assert "secret" not in error["message"]


def test_429_with_retry_after(make_app, token):
    client = make_app(RATE_LIMIT_PER_MINUTE=3).test_client()
    headers = {"Authorization": f"Bearer {token}"}
    codes = [client.get("/api/v1/me", headers=headers).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    response = client.get("/api/v1/me", headers=headers)
    assert assert_error(response, 429)["type"] == "rate_limited"
    assert int(response.headers["Retry-After"]) >= 1


def test_rate_limit_runs_before_the_token_is_looked_up(make_app):
    """Guessing tokens is limited like any other traffic: the key is the presented token's hash."""
    client = make_app(RATE_LIMIT_PER_MINUTE=3).test_client()
    headers = {"Authorization": "Bearer not-a-real-token"}
    codes = [client.get("/api/v1/me", headers=headers).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]


def test_a_request_uses_one_session_even_when_it_records_the_tokens_use(app, client, token, monkeypatch):
    database = app.extensions["credstack.db"]
    opened = []
    real = database.sessions
    monkeypatch.setattr(database, "sessions", lambda: opened.append(1) or real())
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert len(opened) == 1
    with database.transaction() as session:
        row = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
        assert row.last_used_at is not None


@pytest.mark.parametrize(("body", "status", "error_type"), [
    ({"html": "<html><body><nav>Home</nav></body></html>", "url": "https://example.com/"}, 422, "no_posting"),
    ({"text": "x", "html": "<p>x</p>"}, 422, "invalid_input"),
])
def test_errors_carry_a_stable_type(client, auth, body, status, error_type):
    error = assert_error(client.post("/api/v1/analyze", json=body, headers=auth), status)
    assert error["type"] == error_type


EXTENSION = "chrome-extension://" + "a" * 32


def test_cors_admits_extension_origins_only(client, auth):
    ok = client.get("/api/v1/me", headers={**auth, "Origin": EXTENSION})
    assert ok.headers["Access-Control-Allow-Origin"] == EXTENSION
    assert "Access-Control-Allow-Credentials" not in ok.headers
    evil = client.get("/api/v1/me", headers={**auth, "Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in evil.headers
    pre = client.options("/api/v1/analyze", headers={"Origin": EXTENSION,
                                                      "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code == 200 and "Authorization" in pre.headers["Access-Control-Allow-Headers"]
    refused = client.options("/api/v1/analyze", headers={"Origin": "https://evil.example",
                                                          "Access-Control-Request-Method": "POST"})
    assert_error(refused, 403)


def test_cors_outside_local_mode_needs_the_configured_list(make_app, token):
    client = make_app(LOCAL_MODE=False, CORS_ORIGINS=["chrome-extension://" + "b" * 32]).test_client()
    headers = {"Authorization": f"Bearer {token}"}
    other = client.get("/api/v1/me", headers={**headers, "Origin": EXTENSION})
    assert "Access-Control-Allow-Origin" not in other.headers
    listed = client.get("/api/v1/me", headers={**headers, "Origin": "chrome-extension://" + "b" * 32})
    assert listed.headers["Access-Control-Allow-Origin"] == "chrome-extension://" + "b" * 32


def test_security_headers_on_every_response(client, auth):
    for response in (client.get("/api/v1/health"), client.get("/api/v1/nope", headers=auth),
                     client.get("/api/v1/profile")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "default-src" in response.headers["Content-Security-Policy"]


@pytest.mark.skipif(bool(PG_URL), reason="the SQLite file is the default store")
def test_sqlite_file_survives_restart(make_app, token):
    headers = {"Authorization": f"Bearer {token}"}
    first = make_app()
    body = {"name": "Ada", "skills": [{"name": "Haskell", "level": "expert", "years": 9}]}
    assert first.test_client().put("/api/v1/profile", json=body, headers=headers).status_code == 200
    db_file = Path(first.instance_path) / "credstack.sqlite3"
    first.extensions["credstack.db"].dispose()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    second = make_app()
    profile = second.test_client().get("/api/v1/profile", headers=headers).get_json()
    assert profile["name"] == "Ada" and profile["skills"][0]["years"] == 9


def test_restart_keeps_data_on_any_store(make_app, token):
    headers = {"Authorization": f"Bearer {token}"}
    first = make_app()
    first.test_client().post("/api/v1/profile/skills", json={"name": "Fortran"}, headers=headers)
    first.extensions["credstack.db"].dispose()
    names = [s["name"] for s in make_app().test_client().get("/api/v1/profile", headers=headers)
             .get_json()["skills"]]
    assert "Fortran" in names
