"""Cost per step as a run gets long: the loop and the guard on the thousandth step against the first.

A scripted model drives a run through a cycle of four actions that an errand or a coding task makes: read a web page
(untrusted text of about 4 kB, a link to the next page in it), read a workspace file (4 kB of tool output, untrusted
too), look something up on a site the user did not name (a query with a short, harmless value) and open the link
the page gave. Every action passes through gofer's default guard (the data-flow rule judges the last two, the
detector scans every observation) and every event is written to SQLite. The bench prints the mean time per step in
each block of steps; a loop whose checks read the whole log at each step shows a time per step that grows with the
block's position (quadratic in the run's length), one that folds the log as it grows shows a flat line.

    .venv/bin/python bench/long_run.py [--steps 800] [--block 100] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from gofer.agent.runner import Runner
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.events import ActionStarted, RunStarted, RunStatus
from gofer.safety.pipeline import build_guard
from gofer.store.sql import open_store
from gofer.testing import ScriptedModel
from gofer.tools.base import ToolResult, Toolset, tool
from gofer.tools.control import TOOLS as CONTROL

TASK = "Compare the prices of garden chairs on shop.example and write a summary to chairs.md"
_WORDS = [
    "chair", "garden", "price", "delivery", "stock", "colour", "oak", "teak", "weatherproof", "cushion", "folding",
    "stackable", "review", "rating", "basket", "order", "days", "week", "brand", "height", "width", "seat", "back",
    "arm", "table", "set", "outdoor",
]


def _prose(rng: random.Random, words: int) -> str:
    lines = []
    for _ in range(words // 12):
        sentence = " ".join(rng.choice(_WORDS) for _ in range(12))
        lines.append(sentence.capitalize() + ".")
    return "\n".join(lines)


def _tools(seed: int) -> Toolset:
    rng = random.Random(seed)

    @tool
    async def fetch_page(url: str) -> ToolResult:
        """Read a web page.

        Args:
            url: the page.
        """
        n = int(url.rsplit("/", 1)[-1])
        body = _prose(rng, 600)
        return ToolResult(text=f"{body}\nNext: https://shop.example/chairs/{n + 1}", untrusted=True)

    @tool
    async def read_notes(path: str) -> ToolResult:
        """Read a file of notes.

        Args:
            path: the file.
        """
        return ToolResult(text=_prose(rng, 600), untrusted=True)

    @tool
    async def lookup(url: str) -> str:
        """Look a word up on a site.

        Args:
            url: the lookup's URL.
        """
        return "no entry"

    return Toolset([*CONTROL, fetch_page, read_notes, lookup])


def _turns(steps: int) -> list[dict[str, Any]]:
    turns: list[dict[str, Any]] = []
    for i in range(steps):
        page = i // 4
        call = [
            {"name": "fetch_page", "arguments": {"url": f"https://shop.example/chairs/{page}"}},
            {"name": "read_notes", "arguments": {"path": f"notes/{page}.txt"}},
            {"name": "lookup", "arguments": {"url": f"https://dictionary.example/define?word=teak{page}"}},
            {"name": "fetch_page", "arguments": {"url": f"https://shop.example/chairs/{page + 1}"}},
        ][i % 4]
        turns.append({"text": f"step {i}", "tool_calls": [call]})
    turns.append({"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]})
    return turns


async def step_times(steps: int, seed: int, folder: Path) -> list[float]:
    """Seconds between consecutive actions' starts, from the run's own log (ActionStarted timestamps)."""
    settings = Settings(home=folder, max_steps=steps + 10, loop_repeat_limit=steps + 10, no_progress_steps=steps + 10)
    store = await open_store(f"sqlite:///{folder / 'bench.db'}")
    workspace = Workspace(folder / "ws")
    session = await store.create_session(str(workspace.root))
    run = await store.create_run(session_id=session.id, task=TASK, model="scripted")
    await store.append(
        run.id, [RunStarted(run_id=run.id, task=TASK, model="scripted", session_id=session.id, workspace="")], 0
    )
    starts: list[float] = []
    runner = Runner(
        store=store,
        model=ScriptedModel(_turns(steps)),
        tools=_tools(seed),
        guard=build_guard(settings, {}),
        settings=settings,
        workspace=workspace,
        observers=[lambda written: starts.extend(time.perf_counter() for e in written if isinstance(e, ActionStarted))],
    )
    status = await runner.run(run.id)
    events = await store.read(run.id)
    await store.close()
    if status != RunStatus.FINISHED:
        last = [e for e in events if getattr(e, "reason", None)][-3:]
        raise SystemExit(f"the run did not finish ({status}): {last}")
    return [b - a for a, b in itertools.pairwise(starts)]


def main() -> None:
    """Run once and print the mean milliseconds per step of each block."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=800)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gaps = asyncio.run(step_times(args.steps, args.seed, Path(tmp)))
    print(f"{args.steps} steps, 4 kB untrusted text every step but one in four; ms per step by block:")
    means = []
    for start in range(0, len(gaps), args.block):
        block = gaps[start:start + args.block]
        means.append(1000 * sum(block) / len(block))
        print(f"  steps {start + 1:5d}-{start + len(block):5d}: {means[-1]:8.1f}")
    print(f"last block / first block: {means[-1] / means[0]:.1f}x (flat is 1x)")


if __name__ == "__main__":
    main()
