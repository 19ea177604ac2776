"""``gofer run``, ``gofer resume``, ``gofer replay`` and ``gofer chat``."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.prompt import Prompt

from gofer.cli import app
from gofer.cli._common import EXIT_USAGE, NO_MODEL_HELP, Env, err, fail, is_interactive, load_settings, open_env
from gofer.cli.follow import Decider, OnConfirm, follow_run
from gofer.cli.render import JsonRenderer, TraceRenderer, visible
from gofer.cli.replay_diff import diff_logs
from gofer.events import ConfirmationRequested, ConfirmationResolved, QuestionAnswered, RunStarted
from gofer.store.base import NotFoundError

__all__ = ["chat", "replay", "resume", "run"]

ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Model spec (default: GOFER_MODEL).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON event per line instead of the trace.")]
OnConfirmOpt = Annotated[
    str, typer.Option("--on-confirm", help="Who approves consequential actions: ask, approve or deny.")
]


def _renderer(as_json: bool) -> Any:
    return JsonRenderer() if as_json else TraceRenderer()


def on_confirm_choice(value: str) -> OnConfirm:
    """``--on-confirm``'s value, checked (a usage error names the choices)."""
    if value not in ("ask", "approve", "deny"):
        fail(f"--on-confirm must be ask, approve or deny, not {value!r}", EXIT_USAGE)
    return value  # type: ignore[return-value]


def _budgets(
    max_steps: int | None, max_tokens: int | None, max_cost: float | None, max_time: float | None
) -> dict[str, float | None]:
    return {
        "max_steps": max_steps,
        "max_tokens": max_tokens,
        "max_cost": max_cost,
        "max_wall_time": max_time,
    }


@app.command()
def run(
    task: Annotated[str, typer.Argument(help="The task, in plain words.")],
    model: ModelOpt = None,
    workspace: Annotated[
        Path | None, typer.Option("--workspace", "-w", help="Work in this folder (default: a new one).")
    ] = None,
    session: Annotated[str | None, typer.Option("--session", help="Continue this session (same workspace).")] = None,
    tools: Annotated[str | None, typer.Option("--tools", help="Only these tools, comma-separated.")] = None,
    max_steps: Annotated[int | None, typer.Option("--max-steps", help="Stop after this many model turns.")] = None,
    max_tokens: Annotated[int | None, typer.Option("--max-tokens", help="Stop after this many tokens.")] = None,
    max_cost: Annotated[float | None, typer.Option("--max-cost", help="Stop after this many USD.")] = None,
    max_time: Annotated[float | None, typer.Option("--max-time", help="Stop after this many seconds.")] = None,
    on_confirm: OnConfirmOpt = "ask",
    as_json: JsonOpt = False,
    server: Annotated[str | None, typer.Option("--server", help="Run it on this gofer server (URL).")] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="GOFER_API_KEY", help="The server's API key.", show_envvar=True)
    ] = None,
) -> None:
    """Run one task to its end, with a live trace; questions and approvals are asked at the prompt."""
    if server:
        from gofer.cli.remote import run_remote

        raise typer.Exit(run_remote(server, api_key, task, model=model, session=session, workspace=workspace,
                                    tools=tools, budgets=_budgets(max_steps, max_tokens, max_cost, max_time),
                                    on_confirm=on_confirm_choice(on_confirm), as_json=as_json))
    settings = load_settings()
    spec = model or settings.model
    if not spec:
        err.print(NO_MODEL_HELP, markup=False)
        raise typer.Exit(EXIT_USAGE)
    decider = Decider(on_confirm=on_confirm_choice(on_confirm), interactive=is_interactive())
    tool_list = [t.strip() for t in tools.split(",") if t.strip()] if tools else None
    budgets = _budgets(max_steps, max_tokens, max_cost, max_time)

    async def go() -> int:
        from gofer.runtime.service import InvalidRunError, SessionBusyError

        async with open_env(settings) as env:
            try:
                record = await env.service.create_run(
                    task,
                    spec,
                    session_id=session,
                    workspace=workspace,
                    tools=tool_list,
                    budgets=budgets,
                    options={"confirmation": settings.confirmation},
                    start=False,
                )
            except (InvalidRunError, SessionBusyError, NotFoundError) as exc:
                fail(str(exc), EXIT_USAGE)
            if as_json and workspace is None and session is None:
                started = (await env.store.read(record.id, limit=1))[0]
                assert isinstance(started, RunStarted)
                err.print(f"workspace: {started.workspace}", markup=False)
            return await follow_run(env, record.id, _renderer(as_json), decider)

    raise typer.Exit(asyncio.run(go()))


@app.command()
def resume(
    run_id: Annotated[str, typer.Argument(help="The run to carry on.")],
    answer: Annotated[str | None, typer.Option("--answer", help="Answer the question the run waits on.")] = None,
    approve: Annotated[
        bool | None, typer.Option("--approve/--deny", help="Decide the approval the run waits on.")
    ] = None,
    note: Annotated[str, typer.Option("--note", help="A note with --approve/--deny.")] = "",
    on_confirm: OnConfirmOpt = "ask",
    as_json: JsonOpt = False,
) -> None:
    """Carry on a paused, waiting or interrupted run from its log."""

    async def go() -> int:
        from gofer.runtime.service import pending_requests

        async with open_env() as env:
            try:
                record = await env.store.get_run(run_id)
            except NotFoundError:
                fail(f"no run {run_id}", EXIT_USAGE)
            if record.status.terminal:
                fail(f"run {run_id} has ended ({record.status.value})", EXIT_USAGE)
            events = await env.store.read(run_id)
            for request in pending_requests(events):
                if request.type == "QuestionAsked" and answer is not None:
                    cmd: Any = {"question_id": request.question_id, "answer": answer}
                    await env.store.send_command(run_id, "answer", cmd)
                elif request.type == "ConfirmationRequested" and approve is not None:
                    cmd = {"action_id": request.action_id, "approved": approve, "note": note}
                    await env.store.send_command(run_id, "confirm", {**cmd, "decided_by": "user"})
            decider = Decider(on_confirm=on_confirm_choice(on_confirm), interactive=is_interactive())
            render = _renderer(as_json)
            if isinstance(render, TraceRenderer) and isinstance(events[0], RunStarted):
                render.begin(events[0])
            return await follow_run(env, run_id, render, decider, after_seq=events[-1].seq, resumed=True)

    raise typer.Exit(asyncio.run(go()))


@app.command()
def replay(
    run_id: Annotated[str, typer.Argument(help="The recorded run to replay.")],
    workspace: Annotated[
        Path | None, typer.Option("--workspace", "-w", help="Replay in this folder (default: a new one).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Re-run a task with its recorded model turns (tools really run again) and show where the logs differ."""

    async def go() -> int:
        async with open_env() as env:
            try:
                original = await env.store.read(run_id)
            except NotFoundError:
                fail(f"no run {run_id}", EXIT_USAGE)
            if not original or not isinstance(original[0], RunStarted):
                fail(f"no run {run_id}", EXIT_USAGE)
            first = original[0]
            record = await env.service.create_run(
                first.task,
                f"replay:{run_id}",
                workspace=workspace,
                tools=first.tools,
                budgets=dict(first.budgets),
                options=dict(first.options),
                start=False,
            )
            decider = Decider(
                on_confirm="deny",
                scripted_confirmations=[e for e in original if isinstance(e, ConfirmationResolved)],
                scripted_requests=[e for e in original if isinstance(e, ConfirmationRequested)],
                scripted_answers=[e.answer for e in original if isinstance(e, QuestionAnswered)],
            )
            render = _renderer(as_json) if as_json else (lambda _e: None)
            await follow_run(env, record.id, render, decider)
            replayed = await env.store.read(record.id)
            differences = diff_logs(original, replayed)
            out = err if as_json else None
            _report(differences, run_id, record.id, len(original), len(replayed), out)
            return 0 if not differences else 1

    raise typer.Exit(asyncio.run(go()))


def _report(differences: list[str], original: str, new: str, n_old: int, n_new: int, console: Any) -> None:
    from rich.console import Console

    c = console or Console(highlight=False)
    if not differences:
        c.print(f"replay {new} matches {original}: {n_new} events, identical but for ids, times and durations")
        return
    c.print(f"replay {new} differs from {original} ({n_old} vs {n_new} events):", markup=False)
    for line in differences:  # they quote the runs' events: untrusted text
        c.print(f"  {visible(line)}", markup=False)


@app.command()
def chat(
    model: ModelOpt = None,
    workspace: Annotated[Path | None, typer.Option("--workspace", "-w", help="Work in this folder.")] = None,
    session: Annotated[str | None, typer.Option("--session", help="Continue this session.")] = None,
    on_confirm: OnConfirmOpt = "ask",
) -> None:
    """An interactive session: one task after another on the same computer, until you type exit."""
    settings = load_settings()
    spec = model or settings.model
    if not spec:
        err.print(NO_MODEL_HELP, markup=False)
        raise typer.Exit(EXIT_USAGE)

    async def go() -> int:
        async with open_env(settings) as env:
            session_id = session
            if session_id is None:
                session_id = (await env.service.create_session(workspace=workspace, title="chat")).id
            err.print(f"session {session_id} · type exit to leave", markup=False)
            code = 0
            while True:
                text = await asyncio.to_thread(Prompt.ask, "[bold]you[/]")
                if text.strip().lower() in ("exit", "quit", ":q"):
                    return code
                if not text.strip():
                    continue
                code = await _chat_turn(env, session_id, spec, text, on_confirm)

    raise typer.Exit(asyncio.run(go()))


async def _chat_turn(env: Env, session_id: str, spec: str, text: str, on_confirm: str) -> int:
    from gofer.runtime.service import InvalidRunError, SessionBusyError

    try:
        record = await env.service.create_run(text, spec, session_id=session_id, start=False)
    except (InvalidRunError, SessionBusyError) as exc:
        err.print(f"gofer: {exc}", markup=False)
        return EXIT_USAGE
    decider = Decider(on_confirm=on_confirm_choice(on_confirm), interactive=True)
    return await follow_run(env, record.id, TraceRenderer(), decider)

