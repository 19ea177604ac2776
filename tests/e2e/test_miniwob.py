"""MiniWoB++ tasks solved by a rule-based policy through gofer's browser tools only (no LLM)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("miniwob")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from miniwob_policy import POLICIES, run_tasks


@pytest.mark.slow
async def test_scripted_policy_solves_at_least_15_miniwob_tasks() -> None:
    rewards = await run_tasks(list(POLICIES), episodes=1)
    report = "\n".join(f"{task:24s} {reward:+.0f}" for task, reward in rewards.items())
    print(report)
    solved = [task for task, reward in rewards.items() if reward > 0]
    assert len(solved) >= 15, report
