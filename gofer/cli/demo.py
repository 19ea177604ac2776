"""``gofer demo``: list the demo scenarios, or run one end to end with a scripted model driving."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from gofer.cli import app
from gofer.cli._common import EXIT_USAGE, err, fail, is_interactive, load_settings, open_env
from gofer.cli.follow import Decider, follow_run
from gofer.cli.render import JsonRenderer, TraceRenderer
from gofer.cli.run import JsonOpt, on_confirm_choice
from gofer.demos import DEMOS, StagedDemo, get_demo, stage_demo

__all__ = ["demo"]

BANNER = (
    "Demo {name}: a script, not a language model, makes every decision in this run. The browser, kernel, "
    "shell, files and guard are real."
)


def _list() -> None:
    typer.echo("Demos (run one with: gofer demo NAME):")
    width = max(len(n) for n in DEMOS)
    for d in DEMOS.values():
        typer.echo(f"  {d.name:<{width}}  {d.summary}")


def _report(staged: StagedDemo, out: Console) -> None:
    outcome = staged.outcome()
    if "orders" in outcome:
        n = outcome["orders"]
        out.print(f"shop server: {n} order request{'s' if n != 1 else ''} received", markup=False)
    if "exfiltration_requests" in outcome:
        n = outcome["exfiltration_requests"]
        out.print(f"attacker's server: {n} request{'s' if n != 1 else ''} received", markup=False)
    if outcome:
        out.print(f"demo outcome: {json.dumps(outcome)}", markup=False)
    out.print(f"workspace: {staged.workspace}", markup=False)


@app.command()
def demo(
    name: Annotated[str | None, typer.Argument(help="The demo to run; leave out to list them.")] = None,
    on_confirm: Annotated[
        str | None,
        typer.Option("--on-confirm", help="Who approves consequential actions: ask, approve or deny "
                     "(default: ask; the injection demo: deny)."),
    ] = None,
    as_json: JsonOpt = False,
    workspace: Annotated[
        Path | None, typer.Option("--workspace", "-w", help="Run in this folder (default: a new one).")
    ] = None,
) -> None:
    """Run a demo scenario with the real browser, kernel, files and guard, and a script instead of a model."""
    if name is None:
        _list()
        return
    try:
        chosen = get_demo(name)
    except KeyError as exc:
        fail(str(exc.args[0]), EXIT_USAGE)
    settings = load_settings()
    decider = Decider(on_confirm=on_confirm_choice(on_confirm or chosen.on_confirm), interactive=is_interactive())
    render = JsonRenderer() if as_json else TraceRenderer()

    async def go(staged: StagedDemo) -> int:
        async with open_env(settings) as env:
            record = await env.service.create_run(
                staged.task,
                staged.model_spec,
                workspace=staged.workspace,
                options={"confirmation": settings.confirmation, "demo": chosen.name},
                start=False,
            )
            return await follow_run(env, record.id, render, decider)

    err.print(BANNER.format(name=chosen.name), markup=False)
    if on_confirm is None and chosen.on_confirm == "deny":
        err.print("Approvals are declined for you in this demo (--on-confirm ask lets you decide).", markup=False)
    with stage_demo(chosen, settings, workspace) as staged:
        err.print(f"workspace: {staged.workspace}", markup=False)
        code = asyncio.run(go(staged))
        _report(staged, err)
    raise typer.Exit(code)
