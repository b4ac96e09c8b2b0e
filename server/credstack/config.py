"""Configuration: defaults, then ``CREDSTACK_*`` environment variables, then a test mapping.

Every key here can be set from the environment with the ``CREDSTACK_`` prefix; values are parsed
as JSON when they look like JSON (``CREDSTACK_RATE_LIMIT_PER_MINUTE=60``,
``CREDSTACK_CORS_ORIGINS='["chrome-extension://abc..."]'``).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

MIB = 1024 * 1024

DEFAULTS: dict[str, object] = {
    # SQLite file in the instance folder unless a PostgreSQL URL is given.
    "DATABASE_URL": None,
    # Largest request body accepted anywhere; routes may set lower caps (ROUTE_BODY_LIMITS).
    "MAX_CONTENT_LENGTH": 10 * MIB,
    # Per-route caps, by endpoint name, in bytes.
    "ROUTE_BODY_LIMITS": {
        "profile.upload_resume": 5 * MIB,
        "profile.import_linkedin": 10 * MIB,
        "profile.import_badge": 2 * MIB,
        "resumes.tailor_upload": 5 * MIB,
    },
    # Origins allowed by CORS besides extensions (exact strings, e.g. "chrome-extension://<id>").
    "CORS_ORIGINS": [],
    # Local mode: any chrome-extension:// or moz-extension:// origin may call the API.
    "LOCAL_MODE": True,
    # Requests per minute per token (0 turns rate limiting off).
    "RATE_LIMIT_PER_MINUTE": 600,
    # Where model embeddings of the vocabulary are cached.
    "CACHE_DIR": None,
    # Load the embedding model at start so the first answer is fast.
    "PRELOAD_MODEL": True,
    # Read skills with the learned span tagger beside the vocabulary (more skills found in every
    # occupation: SkillSpan dev F1 0.745 -> 0.786, non-tech postings 0.60 -> 0.83). Its new skills
    # become chips only when they name something a career coach would keep (``skills._no_name``);
    # the coach panel's figures are those without it. ``CREDSTACK_SKILL_TAGGER=0`` turns it off.
    # Safe under the threaded server: its load is outside the analysis's time budget and its runs
    # check that budget (tests/skills/test_tagger_server.py).
    "SKILL_TAGGER": True,
    # Largest uncompressed size, entry count and ratio accepted in an uploaded archive.
    "ARCHIVE_MAX_UNCOMPRESSED": 50 * MIB,
    "ARCHIVE_MAX_ENTRIES": 2000,
    "ARCHIVE_MAX_RATIO": 100.0,
    # Seconds one analysis may take before it is stopped (503 too_slow); 0 turns the limit off.
    "ANALYZE_SECONDS": 30,
    # Seconds a SQLite write waits for another writer before the API answers 503 busy.
    "SQLITE_BUSY_SECONDS": 30,
    "LOG_LEVEL": "INFO",
}


def default_instance_path() -> str:
    """``CREDSTACK_INSTANCE`` or the per-user data directory."""
    return os.environ.get("CREDSTACK_INSTANCE") or user_data_dir("credstack", appauthor=False)


def database_url(config: dict, instance_path: str) -> str:
    url = config.get("DATABASE_URL")
    if url:
        url = str(url)
        # "postgresql://..." means psycopg 3, the driver we ship.
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
    return "sqlite:///" + str(Path(instance_path) / "credstack.sqlite3")


def cache_dir(config: dict) -> str:
    return str(config.get("CACHE_DIR") or os.environ.get("CREDSTACK_CACHE_DIR")
               or user_cache_dir("credstack", appauthor=False))
