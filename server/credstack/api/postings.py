"""Saved listings: list, read, delete."""

from __future__ import annotations

from apiflask import APIBlueprint
from apiflask.schemas import EmptySchema

from credstack.api.auth import auth
from credstack.api.common import not_found, transaction, user_id
from credstack.api.schemas import PostingFull, PostingSummary
from credstack.db import get_session
from credstack.listings import full, get_listing, listing_rows, summary

bp = APIBlueprint("postings", __name__, url_prefix="/api/v1/postings", tag="Saved listings")


def owned(session, posting_id: int):
    row = get_listing(session, user_id(), posting_id)
    if row is None:
        raise not_found("saved listing", posting_id)
    return row


@bp.get("")
@bp.auth_required(auth)
@bp.output(PostingSummary(many=True))
def list_postings():
    """Your saved listings, newest first."""
    return [summary(r) for r in listing_rows(get_session(), user_id())]


@bp.get("/<int(max=2147483647):posting_id>")
@bp.auth_required(auth)
@bp.output(PostingFull)
def get_posting(posting_id: int):
    return full(owned(get_session(), posting_id))


@bp.delete("/<int(max=2147483647):posting_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_posting(posting_id: int):
    with transaction() as session:
        session.delete(owned(session, posting_id))
    return ""
