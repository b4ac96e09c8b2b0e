"""Saved listings: a posting and its analysis, one row per user and URL."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from credstack.models import PostingRow

# Query parameters that track the click rather than name the job (Indeed's ?jk= names the job).
TRACKING_PARAMS = {"trk", "trkinfo", "trackingid", "refid", "ref", "src", "source", "from", "gclid",
                   "fbclid", "mc_cid", "mc_eid", "lipi", "origin", "currentjobid", "eid", "_ga"}


def normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), ""))


def listing_key(url: str | None, text: str) -> str:
    """Same URL (tracking parameters aside) -> same key; without a URL, the same text."""
    basis = "url:" + normalise_url(url) if url else "text:" + " ".join(text.split())
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def save_listing(session: Session, user_id: int, url: str | None, analysis: dict) -> tuple[PostingRow, bool]:
    """Insert or update; returns the row and whether it was new."""
    posting = analysis["posting"]
    key = listing_key(url, posting.get("description") or "")
    row = session.scalar(select(PostingRow).where(PostingRow.user_id == user_id, PostingRow.url_key == key))
    created = row is None
    if created:
        row = PostingRow(user_id=user_id, url_key=key)
        session.add(row)
    row.url = url
    row.title = (posting.get("title") or "")[:500] or None
    row.company = (posting.get("company") or "")[:300] or None
    row.site = posting.get("site") or "generic"
    row.posting = posting
    row.analysis = {k: v for k, v in analysis.items() if k != "posting"}
    session.flush()
    return row, created


def listing_rows(session: Session, user_id: int, last: int | None = None) -> list[PostingRow]:
    query = (select(PostingRow).where(PostingRow.user_id == user_id)
             .order_by(PostingRow.updated_at.desc(), PostingRow.id.desc()))
    if last:
        query = query.limit(last)
    return list(session.scalars(query))


def get_listing(session: Session, user_id: int, posting_id: int) -> PostingRow | None:
    row = session.get(PostingRow, posting_id)
    return row if row is not None and row.user_id == user_id else None


def summary(row: PostingRow) -> dict:
    gaps = row.analysis.get("gaps") or {}
    return {
        "id": row.id, "url": row.url, "title": row.title, "company": row.company, "site": row.site,
        "location": row.posting.get("location"), "skills": len(row.analysis.get("skills", [])),
        "score": gaps.get("score"), "saved_at": row.updated_at.isoformat() + "Z",
    }


def full(row: PostingRow) -> dict:
    return {**summary(row), "posting": row.posting, **{k: v for k, v in row.analysis.items()}}
