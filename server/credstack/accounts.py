"""Users and API tokens. A token is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from credstack.models import ApiToken, User

LOCAL_USER = "local"
TOKEN_PREFIX = "cs_"


def hash_token(token: str) -> str:
    """Tokens carry 256 random bits, so a plain SHA-256 is enough (no slow KDF needed)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def get_or_create_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name)
        session.add(user)
        session.flush()
    return user


def issue_token(session: Session, user_name: str = LOCAL_USER) -> tuple[User, str]:
    """Create the user if needed and a fresh token for them; earlier tokens keep working."""
    user = get_or_create_user(session, user_name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:10]))
    session.flush()
    return user, token


def user_for_token(session: Session, token: str) -> tuple[User, ApiToken] | None:
    if not token or len(token) > 200:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if row is None:
        return None
    return row.user, row
