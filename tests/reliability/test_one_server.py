"""The rate limit lives in one server's memory: a second ``credstack serve`` on the same instance
refuses to start while the limit is on (and may when it is off)."""

from __future__ import annotations

import subprocess

import pytest

from .server import CREDSTACK, Server, call, free_port

pytestmark = pytest.mark.slow


def _limited(instance) -> Server:
    server = Server(instance)
    server.env["CREDSTACK_RATE_LIMIT_PER_MINUTE"] = "60"
    return server


def _second_server(first: Server) -> subprocess.CompletedProcess:
    return subprocess.run([CREDSTACK, "serve", "--port", str(free_port())], env=first.env, capture_output=True,
                          text=True, timeout=180)


def test_a_second_server_on_the_same_instance_does_not_start_while_the_rate_limit_is_on(tmp_path):
    first = _limited(tmp_path / "instance")
    first.start(timeout=180)
    try:
        second = _second_server(first)
        assert second.returncode != 0 and "another server already runs" in second.stderr
        assert call(first.base, "GET", "/health")[0] == 200  # the first one serves on
    finally:
        first.stop()


def test_the_instance_is_free_again_once_its_server_stops(tmp_path):
    first = _limited(tmp_path / "instance")
    first.start(timeout=180)
    first.stop()
    again = _limited(tmp_path / "instance")
    again.start(timeout=180)
    again.stop()
