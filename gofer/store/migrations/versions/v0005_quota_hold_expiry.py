"""When a run's quota hold lapses (``runs.held_until``, by the database's clock): a hold counts only until then, and
its holder renews it while it lives, so the hold of a process that died mid-step stops taking the user's room.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the column; holds taken before it have no end and count for nothing (none outlives an upgrade's
    restart: their runners were stopped)."""
    op.add_column("runs", sa.Column("held_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("held_until")
