"""An index on runs (user_id, created_at): a user's quota counts and run listings read only the runs they need.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the index."""
    op.create_index("ix_runs_user_id_created_at", "runs", ["user_id", "created_at"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_runs_user_id_created_at", table_name="runs")
