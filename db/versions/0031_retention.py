"""Retention (bewaartermijn): when a household was anonymised, and a teamleider's hold
that keeps a closed dossier longer, with its reason.

Revision ID: 0031
Revises: 0030
Create Date: 2026-11-22 21:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0031'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('retention_hold_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('retention_hold_reason', sa.Text(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('retention_hold_reason')
        batch_op.drop_column('retention_hold_until')
        batch_op.drop_column('anonymised_at')
