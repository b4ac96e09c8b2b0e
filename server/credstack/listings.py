"""Saved listings: the facts of a posting (the posting and the skills read from it), one row per
user and URL. Gaps and recommendations are never stored: they are worked out again against the
current profile and catalog whenever a listing is read, so they never go stale.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from credstack.analysis import Analysis
from credstack.models import PostingRow
from credstack.postings.model import Posting
from credstack.skills.model import Keyword, SkillMention

# The shape of ``PostingRow.analysis``; migration 0002_listing_facts brought older rows to it.
FACTS_VERSION = 2
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


def facts(result: Analysis) -> dict:
    """What a saved listing keeps of an analysis: the skills and keywords read from the posting."""
    return {"version": FACTS_VERSION, "skills": [s.to_dict() for s in result.skills],
            "other_keywords": [k.to_dict() for k in result.other_keywords]}


def save_listing(session: Session, user_id: int, url: str | None, result: Analysis) -> tuple[PostingRow, bool]:
    """Insert or update; returns the row and whether it was new."""
    posting = result.posting
    key = listing_key(url, posting.description)
    row = session.scalar(select(PostingRow).where(PostingRow.user_id == user_id, PostingRow.url_key == key))
    created = row is None
    if created:
        row = PostingRow(user_id=user_id, url_key=key)
        session.add(row)
    row.url = url
    row.title = (posting.title or "")[:500] or None
    row.company = (posting.company or "")[:300] or None
    row.site = (posting.site or "generic")[:50]
    row.posting = posting.to_dict()
    row.analysis = facts(result)
    session.flush()
    return row, created


def stored_analysis(row: PostingRow) -> Analysis:
    """A saved listing's posting and skills, as the analysis that read them (no gaps yet)."""
    data = row.analysis
    skills = [SkillMention.from_dict(s) for s in data.get("skills", [])]
    keywords = [Keyword.from_dict(k) for k in data.get("other_keywords", [])]
    return Analysis(posting=Posting.from_dict(row.posting), skills=skills, other_keywords=keywords)


def listing_rows(session: Session, user_id: int, last: int | None = None) -> list[PostingRow]:
    query = (select(PostingRow).where(PostingRow.user_id == user_id)
             .order_by(PostingRow.updated_at.desc(), PostingRow.id.desc()))
    if last:
        query = query.limit(last)
    return list(session.scalars(query))


def saved_analyses(session: Session, user_id: int, profile, resources, last: int | None = None) -> list[tuple]:
    """The user's last ``last`` saved listings as ``(id, summary, analysis)``, each analysis judged
    against ``profile`` by the one pipeline (``analysis.judge``), newest first: the shopping list's input."""
    from credstack.analysis import judge

    out = []
    for row in listing_rows(session, user_id, last=last):
        result = judge(stored_analysis(row), resources, profile=profile, recommend=False)
        out.append((row.id, summary(row, result.gaps.score if result.gaps is not None else None), result))
    return out


def count_listings(session: Session, user_id: int) -> int:
    return session.scalar(select(func.count()).select_from(PostingRow).where(PostingRow.user_id == user_id)) or 0


def get_listing(session: Session, user_id: int, posting_id: int) -> PostingRow | None:
    row = session.get(PostingRow, posting_id)
    return row if row is not None and row.user_id == user_id else None


def summary(row: PostingRow, score: int | None = None) -> dict:
    """One line of the saved-listings list; ``score`` is the match worked out for the current profile."""
    return {
        "id": row.id, "url": row.url, "title": row.title, "company": row.company, "site": row.site,
        "location": row.posting.get("location"), "skills": len(row.analysis.get("skills", [])),
        "score": score, "saved_at": row.updated_at.isoformat() + "Z",
    }
