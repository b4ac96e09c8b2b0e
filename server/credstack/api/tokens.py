"""The caller's API tokens: list them, revoke one (a lost laptop, this device)."""

from __future__ import annotations

from datetime import UTC, datetime

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, DateTime, Integer, List, Nested, String
from apiflask.schemas import EmptySchema

from credstack.accounts import list_tokens, revoke_token
from credstack.api.auth import auth, current_token_id
from credstack.api.common import not_found, transaction, user_id
from credstack.db import get_session

bp = APIBlueprint("tokens", __name__, url_prefix="/api/v1/me", tag="Tokens")


class TokenOut(Schema):
    id = Integer(required=True)
    name = String(required=True, metadata={"description": "The device it was made for ('' when unnamed)."})
    created_at = DateTime(required=True)
    last_used_at = DateTime(required=True, allow_none=True, metadata={"description": "To the hour."})
    expires_at = DateTime(required=True, allow_none=True)
    current = Boolean(required=True, metadata={"description": "Whether this request used it."})


class TokensOut(Schema):
    tokens = List(Nested(TokenOut), required=True)


@bp.get("/tokens")
@bp.auth_required(auth)
@bp.output(TokensOut)
def get_tokens():
    """Your API tokens (never the tokens themselves), oldest first."""
    current = current_token_id()
    return {"tokens": [{"id": t.id, "name": t.name or "", "created_at": _utc(t.created_at),
                        "last_used_at": _utc(t.last_used_at), "expires_at": _utc(t.expires_at),
                        "current": t.id == current}
                       for t in list_tokens(get_session(), user_id())]}


def _utc(moment: datetime | None) -> datetime | None:
    """Stored times are naive UTC; answered with their offset."""
    return moment.replace(tzinfo=UTC) if moment is not None else None


@bp.delete("/tokens/<int(max=2147483647):token_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_token(token_id: int):
    """Revoke one of your tokens; revoking the current one signs this device out."""
    with transaction() as session:
        if not revoke_token(session, user_id(), token_id):
            raise not_found("token", token_id)
    return ""
