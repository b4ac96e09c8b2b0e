"""named tokens with an optional expiry

Revision ID: 0002_tokens
Revises: 0002_tracker
Create Date: 2026-11-29 20:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002_tokens'
down_revision = '0002_tracker'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('expires_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_column('expires_at')
        batch_op.drop_column('name')
