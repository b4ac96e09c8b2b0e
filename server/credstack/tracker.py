"""The job tracker: where each saved listing stands (stage, dates, notes), listed, sorted, exported.

A saved listing with no tracking row is at stage "saved"; the row is written on the first change,
so saving a listing costs nothing extra. Also here: saving an analysis the client already holds,
so "Save" never runs the analysis a second time.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from credstack.analysis import Analysis
from credstack.exceptions import CredstackError
from credstack.listings import save_listing
from credstack.models import ListingTracking, PostingRow
from credstack.postings.model import Posting
from credstack.skills.model import Keyword, SkillMention

ScoreOf = Callable[[PostingRow], "int | None"]

STAGES = ("saved", "applied", "interview", "offer", "rejected")
SORTS = {  # key -> newest/highest first by default; "-key" reverses
    "saved": True, "updated": True, "applied": True, "score": True, "stage": False, "company": False,
    "title": False,
}
NOTES_MAX = 5000
CSV_COLUMNS = ("id", "title", "company", "location", "stage", "saved_on", "applied_on", "updated_at",
               "score", "url", "notes")


class TrackerError(CredstackError):
    status = 422
    error_type = "invalid_tracking"


@dataclass
class Entry:
    """One saved listing as the tracker shows it."""

    id: int
    title: str | None
    company: str | None
    location: str | None
    url: str | None
    score: int | None
    stage: str
    saved_on: date
    applied_on: date | None
    updated_at: datetime
    notes: str

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "company": self.company, "location": self.location,
            "url": self.url, "score": self.score, "stage": self.stage, "saved_on": self.saved_on.isoformat(),
            "applied_on": self.applied_on.isoformat() if self.applied_on else None,
            "updated_at": self.updated_at.replace(microsecond=0).isoformat() + "Z", "notes": self.notes,
        }


def _entry(row: PostingRow, tracking: ListingTracking | None, score: int | None = None) -> Entry:
    updated = max(row.updated_at, tracking.updated_at) if tracking else row.updated_at
    return Entry(
        id=row.id, title=row.title, company=row.company, location=(row.posting or {}).get("location"),
        url=row.url, score=score, stage=tracking.stage if tracking else "saved",
        saved_on=row.created_at.date(), applied_on=tracking.applied_on if tracking else None,
        updated_at=updated, notes=tracking.notes if tracking else "",
    )


def tracking_of(session: Session, row: PostingRow, score_of: ScoreOf | None = None) -> Entry:
    return _entry(row, session.get(ListingTracking, row.id), score_of(row) if score_of else None)


def _parse_date(value: object, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise TrackerError(f"{field} must be a date like 2026-03-14.", details={"json": {field: ["not a date"]}})


def update_tracking(session: Session, row: PostingRow, changes: dict, today: date | None = None,
                    score_of: ScoreOf | None = None) -> Entry:
    """Apply ``changes`` (any of stage, applied_on, notes). Moving to "applied" or beyond with no
    application date records today, since that is when most people press it."""
    unknown = set(changes) - {"stage", "applied_on", "notes"}
    if unknown:
        raise TrackerError(f"Only stage, applied_on and notes can be changed, not {', '.join(sorted(unknown))}.",
                           details={"json": {name: ["unknown field"] for name in sorted(unknown)}})
    tracking = session.get(ListingTracking, row.id)
    if tracking is None:
        tracking = ListingTracking(posting_id=row.id, user_id=row.user_id, stage="saved", notes="")
        session.add(tracking)
    if "stage" in changes:
        stage = changes["stage"]
        if stage not in STAGES:
            raise TrackerError(f"The stage must be one of {', '.join(STAGES)}.",
                               details={"json": {"stage": ["unknown stage"]}})
        tracking.stage = stage
    if "applied_on" in changes:
        tracking.applied_on = _parse_date(changes["applied_on"], "applied_on")
    elif tracking.stage != "saved" and tracking.applied_on is None:
        tracking.applied_on = today or datetime.now(UTC).date()
    if "notes" in changes:
        notes = changes["notes"] if changes["notes"] is not None else ""
        if not isinstance(notes, str):
            raise TrackerError("Notes must be text.", details={"json": {"notes": ["not text"]}})
        if len(notes) > NOTES_MAX:
            raise TrackerError(f"Notes are limited to {NOTES_MAX} characters; shorten them a little.",
                               details={"json": {"notes": ["too long"]}})
        tracking.notes = notes
    tracking.updated_at = datetime.now(UTC).replace(tzinfo=None)
    session.flush()
    return _entry(row, tracking, score_of(row) if score_of else None)


def _sort_key(name: str):
    if name == "stage":
        return lambda e: STAGES.index(e.stage)
    if name in ("company", "title"):
        return lambda e: (getattr(e, name) or "").casefold()
    if name == "score":
        return lambda e: -1 if e.score is None else e.score
    if name == "applied":
        return lambda e: e.applied_on or date.min
    if name == "saved":
        return lambda e: (e.saved_on, e.id)
    return lambda e: e.updated_at


def tracker_entries(session: Session, user_id: int, stage: str | None = None, sort: str = "updated",
                    score_of: ScoreOf | None = None) -> list[Entry]:
    """The user's saved listings with their tracking, filtered by ``stage`` and sorted by ``sort``
    (one of SORTS, "-" in front to reverse); ``score_of(row)`` gives each its match for today's profile."""
    if stage and stage not in STAGES:
        raise TrackerError(f"The stage must be one of {', '.join(STAGES)}.",
                           details={"query": {"stage": ["unknown stage"]}})
    name = (sort or "updated").lstrip("-")
    if name not in SORTS:
        raise TrackerError(f"Sort by one of {', '.join(SORTS)} (a leading '-' reverses it).",
                           details={"query": {"sort": ["unknown sort"]}})
    query = (select(PostingRow, ListingTracking)
             .outerjoin(ListingTracking, ListingTracking.posting_id == PostingRow.id)
             .where(PostingRow.user_id == user_id).order_by(PostingRow.id))
    entries = [_entry(row, tracking, score_of(row) if score_of else None) for row, tracking in session.execute(query)]
    if stage:
        entries = [e for e in entries if e.stage == stage]
    descending = SORTS[name] != sort.startswith("-")
    return sorted(entries, key=_sort_key(name), reverse=descending)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # a spreadsheet runs a cell starting with = + - @ as a formula: quote it
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def tracker_csv(entries: list[Entry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        data = entry.to_dict()
        writer.writerow([_cell(data[column]) for column in CSV_COLUMNS])
    return out.getvalue()


def analysis_from_answer(answer: object) -> Analysis:
    """The posting and skills of an /analyze answer the client sends back, checked field by field."""
    def refuse(why: str) -> TrackerError:
        return TrackerError("Send the analysis exactly as /analyze returned it.", details={"json": {"analysis": [why]}})

    if not isinstance(answer, dict) or not isinstance(answer.get("posting"), dict) \
            or not isinstance(answer.get("skills"), list):
        raise refuse("posting and skills are required")
    data = answer["posting"]
    if not all(isinstance(data.get(k) or "", str) for k in ("title", "company", "description", "location")):
        raise refuse("posting fields must be text")
    try:
        posting = Posting.from_dict(data)
        skills = [SkillMention.from_dict(s) for s in answer["skills"]]
        keywords = [Keyword.from_dict(k) for k in answer.get("other_keywords") or []]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise refuse(f"not an analysis ({type(error).__name__})") from None
    if not all(isinstance(s.name, str) and s.name for s in skills):
        raise refuse("each skill needs a name")
    return Analysis(posting=posting, skills=skills, other_keywords=keywords)


def save_analysed(session: Session, user_id: int, url: str | None, answer: dict) -> tuple[PostingRow, bool]:
    """Save an analysis the client already has (the answer of /analyze), without running it again."""
    return save_listing(session, user_id, url, analysis_from_answer(answer))
