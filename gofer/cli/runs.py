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
from gofer.events import ConfirmationRequested, ConfirmationResolved, GuardDecision, RunStatus, dump_event
from gofer.safety.history import audit_trail
from gofer.store.base import AUDIT_TYPES, NotFoundError

__all__ = ["audit", "runs_app"]

Trail = GuardDecision | ConfirmationRequested | ConfirmationResolved
"""An event of a run's audit trail."""

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


AUDIT_PAGE = 1_000
"""Trail events ``gofer audit`` reads from the local store at a time."""


@app.command()
def audit(
    run_id: Annotated[str, typer.Argument(help="The run.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    server: Annotated[str | None, typer.Option("--server", help="A run on this gofer server (URL).")] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="GOFER_API_KEY", help="The server's API key.", show_envvar=True)
    ] = None,
) -> None:
    """Every guard decision and confirmation of a run, in order (from the local store, or with --server from a
    gofer server, page after page)."""
    picked = _remote_trail(server, api_key, run_id) if server else asyncio.run(_local_trail(run_id))
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


async def _local_trail(run_id: str) -> list[Trail]:
    """The run's trail from the local store, read a page of trail events at a time (not the whole log)."""
    async with open_env() as env:
        try:
            await env.store.get_run(run_id)
        except NotFoundError:
            fail(f"no run {run_id}", EXIT_USAGE)
        out: list[Trail] = []
        after = -1
        while page := await env.store.read(run_id, after, AUDIT_PAGE, types=AUDIT_TYPES):
            out.extend(audit_trail(page))
            after = page[-1].seq
        return out


def _remote_trail(server: str, api_key: str | None, run_id: str) -> list[Trail]:
    """The run's trail from the server at ``server`` through the SDK (which follows the route's pages)."""
    import httpx

    from gofer.sdk import Client
    from gofer.sdk._errors import AuthenticationError, GoferError
    from gofer.sdk._errors import NotFoundError as RemoteNotFound

    if not api_key:
        fail("--server needs an API key: --api-key KEY or GOFER_API_KEY", EXIT_USAGE)
    try:
        with Client(server, api_key, timeout=60.0) as client:
            return audit_trail(client.audit(run_id))
    except AuthenticationError as exc:
        fail(f"the server refused the key: {exc}", EXIT_USAGE)
    except RemoteNotFound:
        fail(f"no run {run_id} on {server}", EXIT_USAGE)
    except GoferError as exc:
        fail(f"the server refused: {exc}")
    except (OSError, httpx.TransportError) as exc:
        fail(f"cannot reach {server}: {exc}")
