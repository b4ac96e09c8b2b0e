"""Token management: named tokens with last use and an optional expiry, listed and revoked from
the API (this device, a lost laptop) and the command line."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from credstack.accounts import issue_token
from credstack.models import ApiToken, utcnow

from .test_cli_tokens import run


def test_list_shows_named_tokens_and_which_one_is_current(app, client, auth):
    with app.extensions["credstack.db"].transaction() as session:
        issue_token(session, "alice", name="laptop", expires_in=timedelta(days=90))
    body = client.get("/api/v1/me/tokens", headers=auth).get_json()
    assert [(t["name"], t["current"]) for t in body["tokens"]] == [("", True), ("laptop", False)]
    first, laptop = body["tokens"]
    assert set(first) == {"id", "name", "created_at", "last_used_at", "expires_at", "current"}
    assert first["last_used_at"] is not None and first["expires_at"] is None
    assert laptop["expires_at"] > laptop["created_at"] and laptop["last_used_at"] is None


def test_revoking_a_token_signs_it_out_and_others_tokens_are_not_found(client, auth, other_auth):
    mine = client.get("/api/v1/me/tokens", headers=auth).get_json()["tokens"][0]["id"]
    theirs = client.get("/api/v1/me/tokens", headers=other_auth).get_json()["tokens"][0]["id"]
    assert client.delete(f"/api/v1/me/tokens/{theirs}", headers=auth).status_code == 404
    assert client.get("/api/v1/profile", headers=other_auth).status_code == 200
    assert client.delete(f"/api/v1/me/tokens/{mine}", headers=auth).status_code == 204
    assert client.get("/api/v1/profile", headers=auth).status_code == 401


def test_an_expired_token_no_longer_works(app, client, auth):
    assert client.get("/api/v1/profile", headers=auth).status_code == 200
    with app.extensions["credstack.db"].engine.begin() as connection:
        connection.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert client.get("/api/v1/profile", headers=auth).status_code == 401


def test_cli_names_lists_expires_and_revokes(tmp_path, app):
    made = run(["token", "--user", "a", "--name", "laptop", "--expires", "90d"], tmp_path)
    assert made.returncode == 0, made.stderr
    listed = run(["token", "--user", "a", "--list"], tmp_path)
    assert listed.returncode == 0 and "laptop" in listed.stdout and "never" not in listed.stdout
    token_id = int(listed.stdout.splitlines()[1].split()[0])
    assert run(["token", "--revoke", str(token_id)], tmp_path).returncode == 0
    assert "laptop" not in run(["token", "--user", "a", "--list"], tmp_path).stdout
    assert run(["token", "--revoke", str(token_id)], tmp_path).returncode == 1
    assert run(["token", "--expires", "soon"], tmp_path).returncode == 2
