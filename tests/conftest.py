"""Shared fixtures: a fresh app per test (temporary instance folder; or the PostgreSQL database
named by CREDSTACK_TEST_DATABASE_URL, emptied before each test), its client and tokens."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from credstack import create_app
from credstack.accounts import issue_token
from credstack.models import Base

PG_URL = os.environ.get("CREDSTACK_TEST_DATABASE_URL")


def _empty_postgres(app) -> None:
    engine = app.extensions["credstack.db"].engine
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory):
    """One embedding cache for the whole run (building it takes seconds)."""
    return os.environ.get("CREDSTACK_CACHE_DIR") or str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def app_config(tmp_path, embedding_cache):
    config = {
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "PRELOAD_MODEL": False,
        "RATE_LIMIT_PER_MINUTE": 0,
        "CACHE_DIR": embedding_cache,
    }
    if PG_URL:
        config["DATABASE_URL"] = PG_URL
    return config


@pytest.fixture
def make_app(app_config):
    """Build an app with extra config; the same storage as the ``app`` fixture."""
    apps = []

    def build(**extra):
        app = create_app({**app_config, **extra})
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.extensions["credstack.db"].dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    if PG_URL:
        _empty_postgres(app)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def _token(app, user: str) -> str:
    with app.extensions["credstack.db"].transaction() as session:
        return issue_token(session, user)[1]


@pytest.fixture
def token(app):
    return _token(app, "alice")


@pytest.fixture
def other_token(app):
    return _token(app, "bob")


@pytest.fixture
def auth(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def other_auth(other_token):
    return {"Authorization": f"Bearer {other_token}"}


def pytest_collection_modifyitems(items):
    """Mark every test that touches storage, so the PostgreSQL run can select them (-m db)."""
    for item in items:
        if {"app", "make_app", "client"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)


@pytest.fixture(scope="module")
def resources():
    """The real vocabulary and catalog, without the span tagger (loaded once a module)."""
    from credstack.resources import Resources

    return Resources.load(tagger=False)


def pytest_make_parametrize_id(config, val, argname):
    """Bytes parameters (documents built at collection, with the time in their zip headers) are
    named by their size, so every pytest-xdist worker collects the same test ids."""
    if isinstance(val, (bytes, bytearray)) and len(val) > 32:
        return f"{argname}-{len(val)}-bytes"
    return None
