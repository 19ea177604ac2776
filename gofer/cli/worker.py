"""``gofer worker``: drive runs queued on Redis by ``gofer serve`` with ``GOFER_RUNTIME=redis``."""

from __future__ import annotations

import asyncio
import os

import typer

from gofer.cli import app
from gofer.cli._common import shared_network_problem
from gofer.config import Settings

__all__ = ["worker"]


@app.command()
def worker(
    concurrency: int | None = typer.Option(
        None, "--concurrency", "-c", min=1, help="Runs driven at a time (default 4, GOFER_WORKER_CONCURRENCY)."
    ),
    name: str | None = typer.Option(None, help="This worker's name in the queue (default HOST-PID-RANDOM)."),
) -> None:
    """Take runs from the Redis queue and drive them; SIGTERM pauses them and hands them to other workers.

    Needs the API's store and Redis: GOFER_DATABASE_URL (PostgreSQL) and GOFER_REDIS_URL.
    """
    from gofer.observability import configure_logging

    try:
        from gofer.runtime.redis_worker import run_worker
    except ModuleNotFoundError as exc:
        if exc.name not in ("redis", "asyncpg"):
            raise
        typer.echo(f"error: gofer worker needs the scale extra ({exc.name} is missing): "
                   "pip install 'gofer[scale]'", err=True)
        raise typer.Exit(1) from None

    settings = Settings()
    if concurrency is not None:
        settings.worker_concurrency = concurrency
    if "GOFER_ALLOW_PRIVATE_NETWORK" not in os.environ:  # the same policy as gofer serve: runs come from users
        settings.allow_private_network = False
    problem = shared_network_problem(settings)
    if problem:
        typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(1)
    configure_logging(settings.log_level, settings.log_format)
    asyncio.run(run_worker(settings, name=name))
