"""An index on runs (user_id, status, created_at), so ``GET /v1/runs?status=`` reads only the user's runs in that
status; and the quotas a run was created under (``runs.quotas``), which its runner checks between model steps.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the index and the column (runs made before it carry no quotas)."""
    op.create_index("ix_runs_user_id_status_created_at", "runs", ["user_id", "status", "created_at"])
    op.add_column("runs", sa.Column("quotas", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Drop the column and the index."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("quotas")
    op.drop_index("ix_runs_user_id_status_created_at", table_name="runs")
