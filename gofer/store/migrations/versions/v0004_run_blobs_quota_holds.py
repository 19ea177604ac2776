"""The blobs each run's events name (``run_blobs``, filled from the events already stored), so the blob route is
one key lookup instead of a search of the run's log; and the quota a run's model step in flight holds
(``runs.held_tokens``, ``runs.held_cost``), so several runs of one user stepping at once each count the others'.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMING = ("Observation", "ConfirmationRequested", "ModelResponded")
"""The event types that name blobs (their fields as of this revision: images, screenshot, raw_blob)."""
_BATCH = 1_000


def _named(payload: str) -> Iterator[str]:
    event: dict[str, Any] = json.loads(payload)
    yield from (name for name in event.get("images") or () if isinstance(name, str))
    for field in ("screenshot", "raw_blob"):
        if isinstance(event.get(field), str):
            yield event[field]


def upgrade() -> None:
    """Create the table and fill it from the stored events, a batch at a time; add the hold columns."""
    run_blobs = op.create_table(
        "run_blobs",
        sa.Column("run_id", sa.String(64), sa.ForeignKey("runs.id", name="fk_run_blobs_run_id_runs",
                                                           ondelete="CASCADE"), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("run_id", "sha256", name="pk_run_blobs"),
    )
    assert run_blobs is not None
    events = sa.table("events", sa.column("run_id", sa.String()), sa.column("seq", sa.Integer()),
                      sa.column("type", sa.String()), sa.column("payload", sa.Text()))
    bind = op.get_bind()
    seen: set[tuple[str, str]] = set()
    after: tuple[str, int] = ("", -1)
    while True:  # keyset pages along the events' primary key: memory stays one page, however large the log
        page = bind.execute(
            sa.select(events.c.run_id, events.c.seq, events.c.payload)
            .where(events.c.type.in_(_NAMING),
                   sa.tuple_(events.c.run_id, events.c.seq) > sa.tuple_(sa.literal(after[0]), sa.literal(after[1])))
            .order_by(events.c.run_id, events.c.seq).limit(_BATCH)).all()
        if not page:
            break
        rows = []
        for row in page:
            if seen and next(iter(seen))[0] != row.run_id:
                seen.clear()  # ordered by run: a run's names are all behind once the next run's start
            for sha in _named(row.payload):
                if (row.run_id, sha) not in seen:
                    seen.add((row.run_id, sha))
                    rows.append({"run_id": row.run_id, "sha256": sha})
        if rows:
            op.bulk_insert(run_blobs, rows)
        after = (page[-1].run_id, page[-1].seq)
    op.add_column("runs", sa.Column("held_tokens", sa.BigInteger(), nullable=False, server_default="0"))
    op.add_column("runs", sa.Column("held_cost", sa.Float(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Drop the hold columns and the table."""
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("held_cost")
        batch.drop_column("held_tokens")
    op.drop_table("run_blobs")
