"""The job tracker: a stage, dates and notes per saved listing; the list, sorted and filtered; CSV.

Also ``POST /api/v1/tracker``: save an analysis the client already holds, without re-running it.
"""

from __future__ import annotations

from apiflask import APIBlueprint, Schema
from apiflask.fields import Boolean, Date, Integer, List, Nested, String
from apiflask.validators import OneOf
from flask import Response

from credstack.analysis import match_score
from credstack.api.auth import auth
from credstack.api.common import owned_listing, resources, transaction, user_id, user_profile
from credstack.api.schemas import AnalysisIn
from credstack.db import get_session
from credstack.listings import stored_analysis
from credstack.tracker import SORTS, STAGES, save_analysed, tracker_csv, tracker_entries, tracking_of, update_tracking

bp = APIBlueprint("tracker", __name__, url_prefix="/api/v1", tag="Tracker")



def score_for_today():
    """Each listing's match to the profile as it is now (never stored: the profile changes)."""
    profile = user_profile()
    if profile is None:
        return None
    return lambda row: match_score(stored_analysis(row), profile, resources())


SORT_CHOICES = [*SORTS, *(f"-{name}" for name in SORTS)]


class TrackingOut(Schema):
    id = Integer()
    title = String(allow_none=True)
    company = String(allow_none=True)
    location = String(allow_none=True)
    url = String(allow_none=True)
    score = Integer(allow_none=True)
    stage = String()
    saved_on = String()
    applied_on = String(allow_none=True)
    updated_at = String()
    notes = String()


class TrackingPatch(Schema):
    stage = String(validate=OneOf(STAGES))
    applied_on = Date(allow_none=True)
    notes = String(allow_none=True)


class TrackerQuery(Schema):
    stage = String(load_default=None, validate=OneOf(STAGES))
    sort = String(load_default="updated", validate=OneOf(SORT_CHOICES))


class TrackerOut(Schema):
    listings = List(Nested(TrackingOut))
    stages = List(String())


class SaveIn(Schema):
    url = String(load_default=None, allow_none=True)
    analysis = Nested(AnalysisIn, required=True, metadata={"description": "The answer /analyze gave, as it came."})


class SaveOut(Schema):
    posting_id = Integer()
    created = Boolean()
    tracking = Nested(TrackingOut)


@bp.get("/postings/<int(max=2147483647):posting_id>/tracking")
@bp.auth_required(auth)
@bp.output(TrackingOut)
def get_tracking(posting_id: int):
    """Where this saved listing stands: stage, dates, notes."""
    session = get_session()
    return tracking_of(session, owned_listing(session, posting_id), score_for_today()).to_dict()


@bp.patch("/postings/<int(max=2147483647):posting_id>/tracking")
@bp.auth_required(auth)
@bp.input(TrackingPatch, arg_name="body")
@bp.output(TrackingOut)
def patch_tracking(posting_id: int, body: dict):
    """Change the stage, the application date or the notes (any of them)."""
    changes = {k: (v.isoformat() if k == "applied_on" and v else v) for k, v in body.items()}
    with transaction() as session:
        entry = update_tracking(session, owned_listing(session, posting_id), changes, score_of=score_for_today())
    return entry.to_dict()


@bp.get("/tracker")
@bp.auth_required(auth)
@bp.input(TrackerQuery, location="query", arg_name="query")
@bp.output(TrackerOut)
def list_tracker(query: dict):
    """Your saved listings with their stage, dates and notes; `?stage=` filters, `?sort=` orders."""
    entries = tracker_entries(get_session(), user_id(), query["stage"], query["sort"], score_for_today())
    return {"listings": [e.to_dict() for e in entries], "stages": list(STAGES)}


@bp.get("/tracker.csv")
@bp.auth_required(auth)
@bp.input(TrackerQuery, location="query", arg_name="query")
@bp.doc(responses={200: {"description": "The tracker as CSV", "content": {"text/csv": {}}}})
def tracker_as_csv(query: dict):
    """The tracker as a spreadsheet (CSV, UTF-8)."""
    entries = tracker_entries(get_session(), user_id(), query["stage"], query["sort"], score_for_today())
    return Response(tracker_csv(entries), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="credstack-tracker.csv"'})


@bp.post("/tracker")
@bp.auth_required(auth)
@bp.input(SaveIn, arg_name="body")
@bp.output(SaveOut, status_code=201)
def save_to_tracker(body: dict):
    """Save a listing from the analysis `/analyze` returned (no second analysis); stage "saved"."""
    with transaction() as session:
        row, created = save_analysed(session, user_id(), body.get("url"), body["analysis"])
        return {"posting_id": row.id, "created": created, "tracking": tracking_of(session, row).to_dict()}
