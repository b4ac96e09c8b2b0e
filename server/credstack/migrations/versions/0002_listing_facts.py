"""saved listings keep facts (posting, skills, keywords), not the analysis answer

Revision ID: 0002_listing_facts
Revises: 0001
Create Date: 2026-11-29

Gaps, scores and recommendations used to be stored with each listing and went stale when the
profile or the catalog changed; they are now worked out when a listing is read.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0002_listing_facts'
down_revision = '0001'
branch_labels = None
depends_on = None

FACTS_VERSION = 2


def _rows(connection):
    postings = sa.table("postings", sa.column("id", sa.Integer), sa.column("analysis", sa.JSON))
    return postings, connection.execute(sa.select(postings.c.id, postings.c.analysis)).all()


def _loaded(value):
    return json.loads(value) if isinstance(value, str) else (value or {})


def upgrade() -> None:
    connection = op.get_bind()
    postings, rows = _rows(connection)
    for row_id, analysis in rows:
        old = _loaded(analysis)
        if old.get("version") == FACTS_VERSION:
            continue
        facts = {"version": FACTS_VERSION, "skills": old.get("skills", []),
                 "other_keywords": old.get("other_keywords", [])}
        connection.execute(postings.update().where(postings.c.id == row_id).values(analysis=facts))


def downgrade() -> None:
    # Older code reads gaps/recommendations when present and copes without them.
    connection = op.get_bind()
    postings, rows = _rows(connection)
    for row_id, analysis in rows:
        old = _loaded(analysis)
        old.pop("version", None)
        connection.execute(postings.update().where(postings.c.id == row_id).values(analysis=old))
