"""The installed ``credstack`` command, run as a user would from a fresh shell."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from credstack import create_app

from ..conftest import PG_URL

CREDSTACK = str(Path(sys.executable).with_name("credstack"))


def run(args, instance):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDSTACK_")}
    env["CREDSTACK_INSTANCE"] = str(instance)
    if PG_URL:
        env["CREDSTACK_DATABASE_URL"] = PG_URL
    return subprocess.run([CREDSTACK, *args], capture_output=True, text=True, env=env, timeout=120)


def test_token_twice_gives_two_working_tokens_for_one_user(tmp_path, app):
    tokens = []
    for _ in range(2):
        proc = run(["token", "--user", "a"], tmp_path)
        assert proc.returncode == 0, proc.stderr
        tokens.append(proc.stdout.strip().splitlines()[-1])
    assert tokens[0] != tokens[1] and all(t.startswith("cs_") for t in tokens)
    config = {"INSTANCE_PATH": str(tmp_path), "PRELOAD_MODEL": False}
    if PG_URL:
        config["DATABASE_URL"] = PG_URL
    client = create_app(config).test_client()
    for token in tokens:
        response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.get_json() == {"user": "a"}


def test_every_command_has_help_with_an_example(tmp_path):
    for command in ("serve", "token", "db", "analyze"):
        proc = run([command, "--help"], tmp_path)
        assert proc.returncode == 0
        assert "example:" in proc.stdout and f"credstack {command}" in proc.stdout


def test_db_upgrade(tmp_path):
    proc = run(["db", "upgrade"], tmp_path)
    assert proc.returncode == 0 and "newest schema" in proc.stdout
