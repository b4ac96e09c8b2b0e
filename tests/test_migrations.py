"""Migrations bring an older database forward without losing what it holds."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import command

from credstack.db import Database, alembic_config


def test_saved_analyses_become_facts(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with db.engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
        connection.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES (1, 'old', '2026-01-01')"))
        old = {"skills": [{"name": "SQL", "kind": "hard", "requirement": "required"}], "other_keywords": [],
               "gaps": {"score": 40}, "recommendations": {"recommendations": []}, "expiry": []}
        connection.execute(sa.text(
            "INSERT INTO postings (user_id, url_key, url, site, posting, analysis, created_at, updated_at) "
            "VALUES (1, 'k', 'https://x.example/1', 'generic', :posting, :analysis, '2026-01-01', '2026-01-01')"),
            {"posting": json.dumps({"title": "Analyst", "description": "SQL"}), "analysis": json.dumps(old)})
    db.upgrade()
    with db.engine.connect() as connection:
        stored = json.loads(connection.execute(sa.text("SELECT analysis FROM postings")).scalar_one())
    assert stored == {"version": 2, "skills": old["skills"], "other_keywords": []}
    db.dispose()


def test_profiles_stored_before_education_get_an_empty_list(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with db.engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0002_tokens")
        connection.execute(sa.text("INSERT INTO users (id, name, created_at) VALUES (1, 'old', '2026-01-01')"))
        connection.execute(sa.text(
            "INSERT INTO profiles (user_id, name, links, headline, target_roles, updated_at) "
            "VALUES (1, 'Ana', '[]', 'Nurse', '[\"Staff Nurse\"]', '2026-01-01')"))
    db.upgrade()
    with db.engine.connect() as connection:
        row = connection.execute(sa.text("SELECT name, target_roles, education FROM profiles")).one()
    assert (row[0], json.loads(row[1]), json.loads(row[2])) == ("Ana", ["Staff Nurse"], [])
    db.dispose()
