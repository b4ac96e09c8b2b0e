"""GET /api/v1/shopping-list: what your saved listings keep asking for, and what covers it."""

from __future__ import annotations

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Float, Integer, List, Nested, String
from apiflask.validators import Range

from credstack.api.auth import auth
from credstack.api.common import limits_from, resources, user_id, user_profile
from credstack.api.schemas import PostingSummary, RoleOut, StackPlanOut
from credstack.db import get_session
from credstack.listings import count_listings, saved_analyses
from credstack.shopping import shopping_list

bp = APIBlueprint("shopping_list", __name__, url_prefix="/api/v1", tag="Shopping list")


class ShoppingQuery(Schema):
    last = Integer(load_default=15, validate=Range(min=1, max=100),
                   metadata={"description": "How many of the most recent saved listings to count."})
    max_budget = Float(load_default=None, validate=Range(min=0))
    max_hours_per_week = Float(load_default=None, validate=Range(min=0, max=168))
    free_only = Boolean(load_default=False)


class DemandOut(Schema):
    """One skill's demand across your listings."""

    name = String()
    kind = String()
    category = String()
    listings = Integer(metadata={"description": "How many of the listings ask for it."})
    share = Float(metadata={"description": "That count over all the listings counted, 0-1."})
    required = Integer()
    preferred = Integer()
    unspecified = Integer()
    demand = Float(metadata={"description": "Weighted count: required 3, unspecified 2, preferred 1."})
    posting_ids = List(Integer())
    status = String(allow_none=True, metadata={"description": "have, implied, transferable or missing; null "
                                                              "without a profile."})
    via = String(allow_none=True)
    have = Boolean(allow_none=True)


class ShoppingOut(Schema):
    listings = Integer(metadata={"description": "How many listings were counted (repeats left out)."})
    saved = Integer(metadata={"description": "How many listings you have saved in all."})
    repeats = List(Integer(), metadata={"description": "Ids of listings left out as repeats of another "
                                                       "(same URL or same posting text)."})
    window = String(metadata={"description": "The window counted, in words: 'the last 15 of 16 saved listings'."})
    skills = List(Nested(DemandOut))
    missing = List(Nested(DemandOut), metadata={"description": "Hard skills, tools and certifications you lack, "
                                                              "most asked first (soft skills are in soft_skills)."})
    soft_skills = List(Nested(DemandOut))
    role = Nested(RoleOut, allow_none=True)
    recommendations = Nested(StackPlanOut, allow_none=True)
    postings = List(Nested(PostingSummary))


@bp.get("/shopping-list")
@bp.auth_required(auth)
@bp.input(ShoppingQuery, location="query", arg_name="query")
@bp.output(ShoppingOut)
def get_shopping_list(query: dict):
    """Across your last N saved listings: each skill, how many ask for it (required / preferred),
    whether you have it, the missing ones ranked by demand, and the credential stack that covers them."""
    session, profile, found = get_session(), user_profile(), resources()
    listings = saved_analyses(session, user_id(), profile, found, last=query["last"])
    return shopping_list(listings, profile, found, limits=limits_from(query),
                         saved=count_listings(session, user_id()))
