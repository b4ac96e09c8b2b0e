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
