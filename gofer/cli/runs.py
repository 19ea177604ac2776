"""``gofer runs list|show|cancel`` and ``gofer audit``."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gofer.cli import app
from gofer.cli._common import EXIT_USAGE, fail, open_env
from gofer.cli.render import JsonRenderer, TraceRenderer, json_line, safe, short_args, visible
from gofer.events import ConfirmationRequested, GuardDecision, RunStatus, dump_event
from gofer.safety.history import audit_trail
from gofer.store.base import NotFoundError

__all__ = ["audit", "runs_app"]

runs_app = typer.Typer(help="List, show and cancel runs.", no_args_is_help=True)
app.add_typer(runs_app, name="runs")


@runs_app.command("list")
def list_runs(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many, newest first.")] = 20,
    status: Annotated[str | None, typer.Option("--status", help="Only runs with this status.")] = None,
    session: Annotated[str | None, typer.Option("--session", help="Only runs of this session.")] = None,
) -> None:
    """The latest runs."""
    try:
        wanted = RunStatus(status) if status else None
    except ValueError:
        fail(f"unknown status {status!r}; one of: {', '.join(s.value for s in RunStatus)}", EXIT_USAGE)

    async def go() -> None:
        async with open_env() as env:
            runs = await env.store.list_runs(session_id=session, status=wanted, limit=limit)
        table = Table(show_edge=False)
        for col in ("run", "status", "created", "events", "tokens"):
            table.add_column(col, no_wrap=True)
        table.add_column("task", overflow="ellipsis", no_wrap=True)
        for r in runs:
            table.add_row(
                r.id,
                r.status.value,
                r.created_at.strftime("%Y-%m-%d %H:%M"),
                str(r.last_seq + 1),
                str(r.input_tokens + r.output_tokens),
                safe(r.task[:60]),
            )
        Console().print(table)

    asyncio.run(go())


@runs_app.command("show")
def show(
    run_id: Annotated[str, typer.Argument(help="The run.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON event per line.")] = False,
) -> None:
    """The whole trace of a run, from its log."""

    async def go() -> None:
        async with open_env() as env:
            try:
                await env.store.get_run(run_id)
            except NotFoundError:
                fail(f"no run {run_id}", EXIT_USAGE)
            events = await env.store.read(run_id)
        render = JsonRenderer() if as_json else TraceRenderer()
        for event in events:
            render(event)

    asyncio.run(go())


@runs_app.command("cancel")
def cancel(
    run_id: Annotated[str, typer.Argument(help="The run to end for good.")],
    reason: Annotated[str, typer.Option("--reason", help="Why.")] = "cancelled by the user",
) -> None:
    """End a run for good (RunCancelled). A run driven by another process is told through its inbox."""

    async def go() -> None:
        async with open_env() as env:
            try:
                record = await env.store.get_run(run_id)
            except NotFoundError:
                fail(f"no run {run_id}", EXIT_USAGE)
            if record.status.terminal:
                fail(f"run {run_id} has already ended ({record.status.value})", EXIT_USAGE)
            await env.store.send_command(run_id, "cancel", {"reason": reason})
            # A live runner elsewhere drains its inbox within a second; if none does, apply it here.
            for _ in range(30):
                await asyncio.sleep(0.1)
                if (await env.store.get_run(run_id)).status.terminal:
                    break
            else:
                await env.runtime.drive(run_id, until_wait=True)
            final = await env.store.get_run(run_id)
        Console().print(f"run {run_id}: {final.status.value}")

    asyncio.run(go())


@app.command()
def audit(
    run_id: Annotated[str, typer.Argument(help="The run.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Every guard decision and confirmation of a run, in order."""

    async def go() -> None:
        async with open_env() as env:
            try:
                await env.store.get_run(run_id)
            except NotFoundError:
                fail(f"no run {run_id}", EXIT_USAGE)
            events = await env.store.read(run_id)
        picked = audit_trail(events)
        if as_json:
            for e in picked:
                print(json_line(dump_event(e)))
            return
        table = Table(show_edge=False, title=f"audit of {run_id}")
        for col in ("seq", "time", "what", "verdict", "reason"):
            table.add_column(col)
        for e in picked:
            when = e.ts.strftime("%H:%M:%S")
            if isinstance(e, GuardDecision):
                table.add_row(str(e.seq), when, safe(f"{e.stage}/{e.check}"), e.verdict, safe(e.reason))
            elif isinstance(e, ConfirmationRequested):
                what = f"confirm {visible(e.tool)}({short_args(e.arguments, 60)})"
                table.add_row(str(e.seq), when, escape(what), "asked", safe(e.reason))
            else:
                verdict = "approved" if e.approved else "declined"
                table.add_row(str(e.seq), when, f"decision by {safe(e.decided_by)}", verdict, safe(e.note))
        Console().print(table)

    asyncio.run(go())
