"""Small pieces every resource module shares: the request session, ownership lookups."""

from __future__ import annotations

from flask import current_app

from credstack.api.auth import current_user_id
from credstack.db import get_db, get_session
from credstack.errors import ApiError
from credstack.profile import store
from credstack.profile.model import Profile
from credstack.resources import Resources


def transaction():
    """One transaction for a write: committed when the view returns, rolled back on any error."""
    return get_db().transaction()


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, f"No {what} {ident} in your account.")


def user_id() -> int:
    return current_user_id()


def resources() -> Resources:
    """The app's vocabulary, catalog and model, built once in ``create_app``."""
    return current_app.extensions["credstack.resources"]


def user_profile() -> Profile | None:
    """The current user's profile, or None when they have not saved one."""
    session = get_session()
    if not store.has_profile(session, user_id()):
        return None
    return store.get_profile(session, user_id())

