"""Bearer-token authentication for every route under /api/v1 but health and the spec."""

from __future__ import annotations

from datetime import timedelta

from apiflask import HTTPTokenAuth
from flask import g

from credstack.accounts import user_for_token
from credstack.db import get_session, request_transaction
from credstack.models import User, utcnow
from credstack.policies import check_media_type


class TokenAuth(HTTPTokenAuth):
    """Bearer tokens. Once the caller is known, the request policies that wait for a known caller
    run (the media type check), before the route reads its input."""

    def authenticate(self, auth_header, stored_password):
        user = super().authenticate(auth_header, stored_password)
        if user:
            check_media_type()
        return user


auth = TokenAuth(scheme="Bearer", description="An API token from `credstack token`.")


@auth.verify_token
def verify_token(token: str) -> User | None:
    """Who sent the request, and nothing else: rate limits and media types are request policies
    (credstack.policies) applied before this runs. The token's last use is kept to the hour, in the
    request's own session."""
    found = user_for_token(get_session(), token)
    if found is None:
        return None
    user, row = found
    g.token_id = row.id
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(hours=1):
        with request_transaction():
            row.last_used_at = now
    return user


def current_user_id() -> int:
    return auth.current_user.id


def current_token_id() -> int | None:
    """The id of the token this request authenticated with."""
    return g.get("token_id")
