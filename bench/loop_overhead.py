"""Per-step overhead of gofer's loop, side by side with smolagents on the same scripted workload.

Both agents get a model that answers instantly with one call of a no-op tool per step, then a final answer,
so what is measured is the loop itself: building the prompt, parsing calls, running the tool, recording the
step. gofer also persists every event to SQLite (WAL) and passes every action through its guard; smolagents
keeps its memory in process. Both run in this process, one after the other, and the ratio is printed.

gofer's log on disk trails its loop by at most ``STAGE_DELAY`` (25 ms): a read-only step's events are written
together with the next durable event or when the delay ends, so quick steps share transactions; the bench
prints how many it took. ``--stage-delay 0`` writes every step's events before the next step (about two
transactions per step here); the start of a side effect is always on disk before the effect.

    .venv/bin/pip install smolagents    # only for this bench
    .venv/bin/python bench/loop_overhead.py [--steps 200] [--repeat 3] [--stage-delay SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from gofer.agent import runner as runner_module
from gofer.agent.runner import Runner
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.events import RunStarted, RunStatus
from gofer.safety.pipeline import build_guard
from gofer.store.sql import open_store
from gofer.testing import ScriptedModel
from gofer.tools.base import Toolset, tool
from gofer.tools.control import TOOLS as CONTROL


@tool
async def noop(n: int) -> str:
    """Do nothing and say so.

    Args:
        n: the step number.
    """
    return f"noop {n}"


def _turns(steps: int) -> list[dict[str, Any]]:
    turns: list[dict[str, Any]] = [
        {"text": f"step {i}", "tool_calls": [{"name": "noop", "arguments": {"n": i}}]} for i in range(steps)
    ]
    turns.append({"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]})
    return turns


async def gofer_steps_per_second(
    steps: int, folder: Path, *, in_memory: bool = False, transactions: list[int] | None = None
) -> float:
    """Steps per second of gofer's loop, events persisted to a SQLite file (or kept in an in-memory database);
    ``transactions`` gets the number of events of each write."""
    settings = Settings(home=folder, max_steps=steps + 10, loop_repeat_limit=steps + 10, no_progress_steps=steps + 10)
    store = await open_store("sqlite://" if in_memory else f"sqlite:///{folder / 'bench.db'}")
    workspace = Workspace(folder / "ws")
    session = await store.create_session(str(workspace.root))
    run = await store.create_run(session_id=session.id, task="bench", model="scripted")
    await store.append(
        run.id, [RunStarted(run_id=run.id, task="bench", model="scripted", session_id=session.id, workspace="")], 0
    )
    runner = Runner(
        store=store,
        model=ScriptedModel(_turns(steps)),
        tools=Toolset([*CONTROL, noop]),
        guard=build_guard(settings, {}),
        settings=settings,
        workspace=workspace,
        observers=[lambda written: transactions.append(len(written))] if transactions is not None else [],
    )
    started = time.perf_counter()
    status = await runner.run(run.id)
    elapsed = time.perf_counter() - started
    await store.close()
    assert status == RunStatus.FINISHED, status
    return (steps + 1) / elapsed


def smolagents_steps_per_second(steps: int) -> float | str:
    """Steps per second of smolagents' ToolCallingAgent on the same workload, or why it could not run."""
    try:
        from smolagents import ToolCallingAgent
        from smolagents import tool as smol_tool
        from smolagents.models import ChatMessage, ChatMessageToolCall, ChatMessageToolCallFunction, Model
        from smolagents.monitoring import LogLevel
    except ImportError as exc:
        return f"smolagents is not installed ({exc}); pip install smolagents"

    @smol_tool
    def noop(n: int) -> str:
        """Do nothing and say so.

        Args:
            n: the step number.
        """
        return f"noop {n}"

    class Scripted(Model):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(model_id="scripted")
            self.i = 0

        def generate(self, messages: Any, stop_sequences: Any = None, **kwargs: Any) -> Any:
            i = self.i
            self.i += 1
            if i < steps:
                name, args = "noop", {"n": i}
            else:
                name, args = "final_answer", {"answer": "done"}
            call = ChatMessageToolCall(
                id=f"c{i}", type="function", function=ChatMessageToolCallFunction(name=name, arguments=args)
            )
            return ChatMessage(role="assistant", content=f"step {i}", tool_calls=[call])

    agent = ToolCallingAgent(tools=[noop], model=Scripted(), max_steps=steps + 5, verbosity_level=LogLevel.OFF)
    started = time.perf_counter()
    agent.run("bench")
    return (steps + 1) / (time.perf_counter() - started)


def main() -> None:
    """Run both loops ``--repeat`` times each (interleaved) and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stage-delay", type=float, default=runner_module.STAGE_DELAY,
                        help="seconds a staged event may wait before it is written (gofer's default: %(default)s)")
    args = parser.parse_args()
    runner_module.STAGE_DELAY = args.stage_delay
    writes: list[int] = []
    ours: list[float] = []
    memory: list[float] = []
    theirs: list[float] = []
    why = ""
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            writes.clear()
            ours.append(asyncio.run(gofer_steps_per_second(args.steps, Path(tmp), transactions=writes)))
            memory.append(asyncio.run(gofer_steps_per_second(args.steps, Path(tmp), in_memory=True)))
        result = smolagents_steps_per_second(args.steps)
        if isinstance(result, str):
            why = result
        else:
            theirs.append(result)
    g = statistics.median(ours)
    m = statistics.median(memory)
    print(f"gofer      : {g:8.1f} steps/s  ({1000 / g:.2f} ms per step; events in a SQLite file, guard on)")
    print(f"             {sum(writes)} events in {len(writes)} transactions (stage delay {args.stage_delay:g} s)")
    print(f"gofer (mem): {m:8.1f} steps/s  ({1000 / m:.2f} ms per step; in-memory SQLite: the loop without disk)")
    if not theirs:
        print(f"smolagents : not measured: {why}")
        return
    s = statistics.median(theirs)
    print(f"smolagents : {s:8.1f} steps/s  ({1000 / s:.2f} ms per step; memory only)")
    print(f"per-step overhead, gofer / smolagents: {s / g:.2f} (goal: at most 0.33)")


if __name__ == "__main__":
    main()
