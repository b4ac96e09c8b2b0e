"""Engine, sessions and migrations.

SQLite (the default) runs in WAL mode with foreign keys on and full fsync per commit, so an
acknowledged write survives the server being killed. PostgreSQL is used when configured.
Migrations (Alembic, ``credstack/migrations``) run when the app starts.
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from flask import current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from credstack.hygiene import clean_value


class Database:
    def __init__(self, url: str, busy_seconds: float = 30.0) -> None:
        self.url = url
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            # A writer waits up to ``busy_seconds`` for another to finish; past that the API
            # answers 503 busy with Retry-After (errors.py), never a 500.
            self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy_seconds})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self.sessions, "before_flush", _clean_pending_text)

    @contextmanager
    def transaction(self):
        """A session committed on success, rolled back on any error."""
        session = self.sessions()
        try:
            with committed(session):
                yield session
        finally:
            session.close()

    def upgrade(self) -> None:
        """Bring the schema to the newest migration."""
        with self.engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()


def storable_text(value):
    """``value`` with what no column should hold taken out (see :mod:`credstack.hygiene`): control
    characters, NUL (PostgreSQL rejects it) and lone surrogates (not encodable as UTF-8). Strings
    inside lists and dicts are cleaned too; other values come back as they are."""
    return clean_value(value)


def _clean_pending_text(session: Session, _context, _instances) -> None:
    """Every string (and JSON value) about to be written goes through :func:`storable_text`."""
    for obj in list(session.new) + list(session.dirty):
        for attr in obj.__mapper__.column_attrs:
            value = getattr(obj, attr.key, None)
            if isinstance(value, str | list | dict):
                cleaned = storable_text(value)
                if cleaned != value:
                    setattr(obj, attr.key, cleaned)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("credstack") / "migrations"))
    return cfg


def get_db() -> Database:
    return current_app.extensions["credstack.db"]


def get_session() -> Session:
    """The request's session, opened on first use and closed at the end of the request."""
    if "db_session" not in g:
        g.db_session = get_db().sessions()
    return g.db_session


@contextmanager
def request_transaction():
    """The request's one session (see :func:`get_session`), committed when the block ends and
    rolled back on any error; reads before and after it see the same session."""
    with committed(get_session()) as session:
        yield session


@contextmanager
def committed(session: Session):
    """``session`` committed when the block ends, rolled back on any error."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise


def close_session(_exc: BaseException | None = None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()

