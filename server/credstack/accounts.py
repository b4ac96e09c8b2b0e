"""Users and API tokens. A token is shown once; only its SHA-256 is stored."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from credstack.hygiene import clean_text
from credstack.models import ApiToken, User, utcnow

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


def issue_token(session: Session, user_name: str = LOCAL_USER, *, name: str = "",
                expires_in: timedelta | None = None) -> tuple[User, str]:
    """Create the user if needed and a fresh token for them, named for the device it is for and
    valid until ``expires_in`` from now (forever without); earlier tokens keep working until
    revoked or expired."""
    user = get_or_create_user(session, user_name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:10],
                         name=clean_text(name).strip()[:100],
                         expires_at=utcnow() + expires_in if expires_in else None))
    session.flush()
    return user, token


def user_for_token(session: Session, token: str) -> tuple[User, ApiToken] | None:
    """The user and token row of a token that exists and has not expired."""
    if not token or len(token) > 200:
        return None
    # the user in the same query: every authenticated request reads both
    row = session.scalar(select(ApiToken).options(joinedload(ApiToken.user))
                         .where(ApiToken.token_hash == hash_token(token)))
    if row is None or (row.expires_at is not None and row.expires_at <= utcnow()):
        return None
    return row.user, row


def list_tokens(session: Session, user_id: int) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)))


def revoke_token(session: Session, user_id: int | None, token_id: int) -> bool:
    """Delete token ``token_id`` of ``user_id`` (of anyone when None, for the CLI); False when there
    is no such token."""
    row = session.get(ApiToken, token_id)
    if row is None or (user_id is not None and row.user_id != user_id):
        return False
    session.delete(row)
    session.flush()
    return True


def parse_duration(text: str) -> timedelta:
    """'90d', '12h', '4w' -> a timedelta; ValueError for anything else."""
    match = re.fullmatch(r"\s*(\d{1,5})\s*([hdw])\s*", text or "")
    if not match:
        raise ValueError(f"{text!r} is not a duration like 90d, 12h or 4w")
    amount, unit = int(match.group(1)), match.group(2)
    if amount <= 0:
        raise ValueError("a token must live at least an hour")
    return {"h": timedelta(hours=amount), "d": timedelta(days=amount), "w": timedelta(weeks=amount)}[unit]
