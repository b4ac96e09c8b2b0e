"""Bearer-token authentication for every route under /api/v1 but health and the spec."""

from __future__ import annotations

from datetime import timedelta

from apiflask import HTTPTokenAuth
from flask import g

from credstack.accounts import user_for_token
from credstack.db import get_db, get_session
from credstack.models import User, utcnow
from credstack.policies import check_media_type, enforce_rate_limit

auth = HTTPTokenAuth(scheme="Bearer", description="An API token from `credstack token`.")


@auth.verify_token
def verify_token(token: str) -> User | None:
    found = user_for_token(get_session(), token)
    if found is None:
        return None
    user, row = found
    g.token_id = row.id
    enforce_rate_limit(row.token_hash)
    check_media_type()
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(hours=1):
        with get_db().transaction() as session:
            session.get(type(row), row.id).last_used_at = now
    return user


def current_user_id() -> int:
    return auth.current_user.id


def current_token_id() -> int | None:
    """The id of the token this request authenticated with."""
    return g.get("token_id")
