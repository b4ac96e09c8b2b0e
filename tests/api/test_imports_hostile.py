"""Imports that cannot stall the server: a linear merge in one short transaction, the caps a PUT
enforces, fields cut to their columns; storage that is busy answers 503 busy, never 500."""

from __future__ import annotations

import io
import sqlite3
import zipfile

import pytest
from sqlalchemy import event

from ..conftest import PG_URL


def linkedin_zip(skills: list[str], certs: list[dict] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Skills.csv", "Name\n" + "\n".join(skills) + "\n")
        if certs:
            header = "Name,Url,Authority,Started On,Finished On,License Number"
            rows = [",".join(c.get(k, "") for k in ("Name", "Url", "Authority", "Started On", "Finished On",
                                                     "License Number")) for c in certs]
            archive.writestr("Certifications.csv", header + "\n" + "\n".join(rows) + "\n")
    return buffer.getvalue()


def import_linkedin(client, auth, data: bytes, apply: bool = True):
    return client.post(f"/api/v1/profile/import/linkedin?apply={'true' if apply else 'false'}", headers=auth,
                       data={"file": (io.BytesIO(data), "export.zip")}, content_type="multipart/form-data")


def test_an_import_past_the_skill_cap_is_refused_whole(client, auth):
    client.put("/api/v1/profile", headers=auth, json={"skills": [{"name": "Python"}]})
    r = import_linkedin(client, auth, linkedin_zip([f"Skill number {i}" for i in range(3000)]))
    assert r.status_code == 422 and r.get_json()["error"]["type"] == "profile_full"
    assert "500" in r.get_json()["error"]["message"]
    assert [s["name"] for s in client.get("/api/v1/profile", headers=auth).get_json()["skills"]] == ["Python"]


def test_an_export_of_hundreds_of_course_completions_is_refused_with_what_to_do(client, auth):
    # a real export held 402 rows, most of them courses: applied at once it passes the cap
    r = import_linkedin(client, auth, linkedin_zip([], certs=[{"Name": f"Course {i}", "Authority": "Coursera"}
                                                             for i in range(402)]))
    error = r.get_json()["error"]
    assert r.status_code == 422 and error["type"] == "profile_full"
    assert "402" in error["message"] and "without applying" in error["message"]
    listed = import_linkedin(client, auth, linkedin_zip([], certs=[{"Name": f"Course {i}", "Authority": "Coursera"}
                                                                   for i in range(402)]), apply=False)
    assert listed.status_code == 200 and len(listed.get_json()["suggestions"]["certifications"]) == 402


def test_an_import_merges_in_a_constant_number_of_statements(client, app, auth):
    """The old merge re-read every skill row for each skill added: quadratic, one long transaction."""
    statements = []
    engine = app.extensions["credstack.db"].engine

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        r = import_linkedin(client, auth, linkedin_zip([f"Skill number {i}" for i in range(400)]))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["added"]["skills"] == 400
    assert len(statements) < 40, (len(statements), sorted(set(statements))[:5])
    assert len(client.get("/api/v1/profile", headers=auth).get_json()["skills"]) == 400


def test_names_the_vocabulary_treats_as_one_skill_are_added_once(client, auth):
    r = import_linkedin(client, auth, linkedin_zip(["JavaScript", "JS", "Python"]))
    assert r.status_code == 200, r.get_json()
    names = [s["name"] for s in client.get("/api/v1/profile", headers=auth).get_json()["skills"]]
    assert sorted(names) == ["JavaScript", "Python"]


def test_imported_fields_fit_their_columns_and_the_profile_stays_putable(client, auth):
    cert = {"Name": "AWS Certified Cloud Practitioner", "Authority": "A" * 5000, "License Number": "L" * 5000,
            "Url": "https://example.org/" + "x" * 5000}
    r = import_linkedin(client, auth, linkedin_zip(["Python"], [cert]))
    assert r.status_code == 200, r.get_json()
    profile = client.get("/api/v1/profile", headers=auth).get_json()
    stored = profile["certifications"][0]
    assert len(stored["issuer"]) <= 300 and len(stored["credential_id"]) <= 200 and stored["url"] is None
    assert client.put("/api/v1/profile", headers=auth, json=profile).status_code == 200


@pytest.mark.skipif(bool(PG_URL), reason="SQLite's write lock; PostgreSQL locks rows, not the file")
def test_a_locked_database_answers_503_busy_with_retry_after(make_app, auth_for):
    app = make_app(SQLITE_BUSY_SECONDS=0.2)
    client, headers = app.test_client(), auth_for(app)
    path = app.extensions["credstack.db"].engine.url.database
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = client.put("/api/v1/profile", headers=headers, json={"skills": [{"name": "Python"}]})
    finally:
        holder.rollback()
        holder.close()
    assert r.status_code == 503, r.get_json()
    assert r.get_json()["error"]["type"] == "busy" and int(r.headers["Retry-After"]) > 0
    assert client.put("/api/v1/profile", headers=headers, json={"skills": [{"name": "Python"}]}).status_code == 200


@pytest.fixture
def auth_for():
    from credstack.accounts import issue_token

    def make(app):
        with app.extensions["credstack.db"].transaction() as session:
            return {"Authorization": f"Bearer {issue_token(session, 'carol')[1]}"}
    return make
