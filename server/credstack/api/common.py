"""Small pieces every resource module shares: the request session, ownership lookups."""

from __future__ import annotations

from credstack.api.auth import current_user_id
from credstack.db import get_db
from credstack.errors import ApiError


def transaction():
    """One transaction for a write: committed when the view returns, rolled back on any error."""
    return get_db().transaction()


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, f"No {what} {ident} in your account.")


def user_id() -> int:
    return current_user_id()


def get_embedder():
    """The process's embedding model (tests may inject one as config EMBEDDER)."""
    from flask import current_app

    injected = current_app.config.get("EMBEDDER")
    if injected is not None:
        return injected
    from credstack.embedding import default_embedder

    return default_embedder()


def user_profile():
    """The current user's profile, or None when they have not saved one."""
    from credstack.db import get_session
    from credstack.profile import store

    session = get_session()
    if not store.has_profile(session, user_id()):
        return None
    return store.get_profile(session, user_id())


def cache_dir() -> str:
    from flask import current_app

    from credstack.config import cache_dir as configured

    return configured(current_app.config)
