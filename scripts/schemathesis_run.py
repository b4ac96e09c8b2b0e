"""Schemathesis with every check against the real server, on SQLite and on a throwaway PostgreSQL.

Starts ``credstack serve`` on loopback (rate limit off, a fresh instance folder), makes a token,
runs ``schemathesis run --checks all`` with a bounded number of examples per operation (the
project's ``schemathesis.toml`` applies), stops the server; then the same against a PostgreSQL
cluster made for the run (``initdb``/``pg_ctl`` from PATH, /usr/local/bin or
/usr/lib/postgresql/*/bin) and removed after it. Exit status: 0 when every run passed.

    python scripts/schemathesis_run.py                       # both databases, 20 examples each
    python scripts/schemathesis_run.py --db sqlite -n 50     # one database, more examples
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    for _ in range(50):
        port = random.randint(20000, 29999)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 20000-29999")


def tool(name: str) -> str | None:
    """A PostgreSQL program: on PATH, in /usr/local/bin, or the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which(name) or shutil.which(name, path="/usr/local/bin")
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: [int(x) for x in
                                                                                    Path(p).parts[-3].split(".")
                                                                                    if x.isdigit()])
    return versions[-1] if versions else None


def as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def throwaway_postgres():
    """A PostgreSQL cluster on 127.0.0.1 for this run; yields its URL, removes it after."""
    initdb, pg_ctl = tool("initdb"), tool("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL's initdb/pg_ctl not found (scripts/system-deps.sh installs them)")
    data = Path(tempfile.mkdtemp(prefix="credstack-st-pg."))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port()
    subprocess.run(as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "credstack"]), check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(as_postgres([pg_ctl, "-D", str(data), "-l", str(data / "log"), "-w", "-o",
                                f"-c listen_addresses=127.0.0.1 -p {port} -k {data}", "start"]),
                   check=True, stdout=subprocess.DEVNULL)
    try:
        yield f"postgresql://credstack@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_postgres([pg_ctl, "-D", str(data), "-m", "fast", "stop"]), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(data, ignore_errors=True)


@contextlib.contextmanager
def server(database_url: str | None):
    """``credstack serve`` with the rate limit off; yields (base URL, environment)."""
    instance = Path(tempfile.mkdtemp(prefix="credstack-st."))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDSTACK_")}
    # The analysis budget (503 too_slow) is for hostile pages; a loaded CI machine must not trip it
    # on the small bodies schemathesis sends, so it is generous here.
    env.update(CREDSTACK_INSTANCE=str(instance), CREDSTACK_RATE_LIMIT_PER_MINUTE="0", CREDSTACK_ANALYZE_SECONDS="300",
               CREDSTACK_PRELOAD_MODEL="true", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               TOKENIZERS_PARALLELISM="false")
    if os.environ.get("CREDSTACK_CACHE_DIR"):
        env["CREDSTACK_CACHE_DIR"] = os.environ["CREDSTACK_CACHE_DIR"]
    if database_url:
        env["CREDSTACK_DATABASE_URL"] = database_url
    port = free_port()
    log = open(instance / "server.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([str(BIN / "credstack"), "serve", "--port", str(port)], env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 300  # the model loads before the first answer
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with {proc.returncode}; see {instance / 'server.log'}")
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise TimeoutError("the server did not answer /health") from None
                time.sleep(0.3)
        yield base, env
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(instance, ignore_errors=True)


def run_schemathesis(base: str, env: dict, examples: int, seed: int, extra: list[str]) -> int:
    token = subprocess.run([str(BIN / "credstack"), "token", "--user", "schemathesis"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip().splitlines()[-1]
    command = [str(BIN / "schemathesis"), "--config-file", str(ROOT / "schemathesis.toml"), "run",
               f"{base}/openapi.json", "--checks", "all",
               "-H", f"Authorization: Bearer {token}", "--max-examples", str(examples), "--seed", str(seed),
               "--workers", "1", "--request-timeout", "120", "--generation-database", "none", "--no-color", *extra]
    print("$ " + " ".join(c if not c.startswith("Authorization") else "Authorization: Bearer ***" for c in command),
          flush=True)
    with tempfile.TemporaryDirectory(prefix="credstack-st-run.") as scratch:  # its caches and reports go there
        return subprocess.run(command, cwd=scratch, env={**os.environ, **{"NO_COLOR": "1"}}).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("-n", "--max-examples", type=int, default=20, help="test cases per operation")
    parser.add_argument("--seed", type=int, default=13, help="the same seed runs the same cases")
    parser.add_argument("extra", nargs="*", help="more schemathesis options (after --)")
    args = parser.parse_args()
    results = {}
    for db in (["sqlite", "postgres"] if args.db == "both" else [args.db]):
        print(f"== schemathesis --checks all on {db}", flush=True)
        with contextlib.ExitStack() as stack:
            url = stack.enter_context(throwaway_postgres()) if db == "postgres" else None
            base, env = stack.enter_context(server(url))
            results[db] = run_schemathesis(base, env, args.max_examples, args.seed, args.extra)
    print("schemathesis --checks all: " + ", ".join(f"{db} {'passed' if code == 0 else f'FAILED ({code})'}"
                                                     for db, code in results.items()))
    return 0 if all(code == 0 for code in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
