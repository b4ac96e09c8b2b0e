"""Run the real ``credstack serve`` in a subprocess for tests: start, wait, token, kill."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

CREDSTACK = str(Path(sys.executable).with_name("credstack"))
PG_URL = os.environ.get("CREDSTACK_TEST_DATABASE_URL")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(instance: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDSTACK_")}
    env.update(CREDSTACK_INSTANCE=str(instance), CREDSTACK_RATE_LIMIT_PER_MINUTE="0", **extra)
    if os.environ.get("CREDSTACK_CACHE_DIR"):
        env["CREDSTACK_CACHE_DIR"] = os.environ["CREDSTACK_CACHE_DIR"]
    if PG_URL:
        env["CREDSTACK_DATABASE_URL"] = PG_URL
    return env


class Server:
    def __init__(self, instance: Path, preload: bool = False, **extra: str) -> None:
        self.instance = instance
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/api/v1"
        self.env = environment(instance, CREDSTACK_PRELOAD_MODEL="true" if preload else "false", **extra)
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> float:
        """Start and wait until /health answers; returns the seconds it took."""
        started = time.perf_counter()
        self.log = open(self.instance.parent / f"server-{self.port}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen([CREDSTACK, "serve", "--port", str(self.port)], env=self.env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        while time.perf_counter() - started < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        raise TimeoutError("server did not answer /health")

    def token(self, user: str = "local") -> str:
        proc = subprocess.run([CREDSTACK, "token", "--user", user], env=self.env, capture_output=True,
                              text=True, check=True, timeout=120)
        return proc.stdout.strip().splitlines()[-1]

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if getattr(self, "log", None):
            self.log.close()


def call(base: str, method: str, path: str, token: str | None = None, body: object = None,
         timeout: float = 30) -> tuple[int, object]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None
