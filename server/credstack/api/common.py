"""Small pieces every resource module shares: the request session, ownership lookups."""

from __future__ import annotations

from flask import current_app

from credstack.api.auth import current_user_id
from credstack.credentials.recommend import Limits
from credstack.db import get_session, request_transaction
from credstack.errors import ApiError
from credstack.listings import get_listing
from credstack.models import PostingRow
from credstack.profile import store
from credstack.profile.model import Profile
from credstack.resources import Resources


def transaction():
    """The request's session as one transaction: committed when the block ends, rolled back on any error."""
    return request_transaction()


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, f"No {what} {ident} in your account.")


def owned_listing(session, posting_id: int) -> PostingRow:
    """The current user's saved listing ``posting_id``; 404 for anyone else's or none."""
    row = get_listing(session, user_id(), posting_id)
    if row is None:
        raise not_found("saved listing", posting_id)
    return row


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


def limits_from(body: dict | None):
    if not body or not any(body.get(k) for k in ("max_budget", "max_hours_per_week", "free_only")):
        return None
    return Limits(max_budget=body.get("max_budget"), max_hours_per_week=body.get("max_hours_per_week"),
                  free_only=bool(body.get("free_only")))
