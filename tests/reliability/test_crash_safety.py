"""SIGKILL the real server in the middle of profile writes; every acknowledged write survives and
the database stays consistent (SQLite WAL + one transaction per write; the same on PostgreSQL)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from ..conftest import PG_URL
from .server import Server, call

pytestmark = [pytest.mark.slow, pytest.mark.db]


def writer(base, token, prefix, acked, stop):
    i = 0
    while not stop.is_set():
        name = f"{prefix}-{i}"
        try:
            status, _ = call(base, "POST", "/profile/skills", token, {"name": name, "years": i % 40},
                             timeout=10)
        except OSError:
            return  # the server is gone
        if status == 201:
            acked.append(name)
        i += 1


def putter(base, token, acked, stop):
    version = 0
    while not stop.is_set():
        body = {"name": f"v{version}", "skills": [{"name": f"p{version}-{k}"} for k in range(6)],
                "certifications": [{"name": f"cert-v{version}", "issued": "2024-01"}]}
        try:
            status, _ = call(base, "PUT", "/profile", token, body, timeout=10)
        except OSError:
            return
        if status == 200:
            acked.append(version)
        version += 1


def test_acknowledged_writes_survive_sigkill(app, tmp_path):
    instance = tmp_path / "instance"
    server = Server(instance)
    server.start()
    try:
        adder, replacer = server.token("adder"), server.token("replacer")
        added: list[str] = []
        versions: list[int] = []
        stop = threading.Event()
        threads = [threading.Thread(target=writer, args=(server.base, adder, f"w{n}", added, stop))
                   for n in range(3)]
        threads.append(threading.Thread(target=putter, args=(server.base, replacer, versions, stop)))
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while (len(added) < 60 or len(versions) < 10) and time.monotonic() < deadline:
            time.sleep(0.05)
        server.kill()  # SIGKILL while the writers are still sending
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        server.stop()
    assert len(added) >= 60 and len(versions) >= 10, "the server acknowledged too few writes to test"

    if not PG_URL:
        with sqlite3.connect(instance / "credstack.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    again = Server(instance)
    again.start()
    try:
        status, skills = call(again.base, "GET", "/profile/skills", adder)
        assert status == 200
        stored = {s["name"] for s in skills}
        lost = [name for name in added if name not in stored]
        assert not lost, f"{len(lost)} acknowledged writes lost: {lost[:5]}"
        assert len(stored) == len(skills)  # no duplicates

        status, profile = call(again.base, "GET", "/profile", replacer)
        version = int(profile["name"][1:])
        # whole-profile writes are atomic: name, skills and certifications come from one PUT,
        # and it is the last acknowledged one or a later one that committed before the kill
        assert version >= versions[-1]
        assert [s["name"] for s in profile["skills"]] == [f"p{version}-{k}" for k in range(6)]
        assert [c["name"] for c in profile["certifications"]] == [f"cert-v{version}"]
    finally:
        again.stop()
