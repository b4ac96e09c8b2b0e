"""the profile's education: qualifications, one line each

Revision ID: 0003_education
Revises: 0002_tokens
Create Date: 2026-12-02

A posting's degree or schooling ("Bachelor's degree in Nursing", "High school diploma") used to be
answered only from a degree written among the skills or certifications; the profile now keeps the
user's qualifications. Profiles stored before get an empty list.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0003_education'
down_revision = '0002_tokens'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'education', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
            nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.drop_column('education')
