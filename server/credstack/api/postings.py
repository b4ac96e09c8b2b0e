"""Saved listings: list, read (gaps and credentials worked out for today's profile), delete."""

from __future__ import annotations

from apiflask import APIBlueprint
from apiflask.schemas import EmptySchema

from credstack.analysis import analysis_to_dict, judge, match_score
from credstack.api.auth import auth
from credstack.api.common import owned_listing, resources, transaction, user_id, user_profile
from credstack.api.schemas import PostingFull, PostingSummary
from credstack.db import get_session
from credstack.listings import listing_rows, stored_analysis, summary

bp = APIBlueprint("postings", __name__, url_prefix="/api/v1/postings", tag="Saved listings")


@bp.get("")
@bp.auth_required(auth)
@bp.output(PostingSummary(many=True))
def list_postings():
    """Your saved listings, newest first, each with its match score for your profile as it is now."""
    profile = user_profile()
    return [summary(r, match_score(stored_analysis(r), profile, resources()))
            for r in listing_rows(get_session(), user_id())]


@bp.get("/<int(max=2147483647):posting_id>")
@bp.auth_required(auth)
@bp.output(PostingFull)
def get_posting(posting_id: int):
    """A saved listing: its posting and skills, with gaps and credentials for your profile as it is now."""
    row = owned_listing(get_session(), posting_id)
    result = judge(stored_analysis(row), resources(), profile=user_profile())
    return {**summary(row, result.gaps.score if result.gaps else None), **analysis_to_dict(result)}


@bp.delete("/<int(max=2147483647):posting_id>")
@bp.auth_required(auth)
@bp.output(EmptySchema, status_code=204)
def delete_posting(posting_id: int):
    with transaction() as session:
        session.delete(owned_listing(session, posting_id))
    return ""
