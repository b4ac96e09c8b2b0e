"""job tracker: a stage, dates and notes per saved listing

Revision ID: 0002_tracker
Revises: 0002_listing_facts
"""

import sqlalchemy as sa
from alembic import op

revision = '0002_tracker'
down_revision = '0002_listing_facts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('listing_tracking',
    sa.Column('posting_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['posting_id'], ['postings.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('posting_id')
    )
    with op.batch_alter_table('listing_tracking', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_listing_tracking_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('listing_tracking', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_listing_tracking_user_id'))
    op.drop_table('listing_tracking')
