"""Budgets: steps, tokens, cost and wall time, fixed at the run's start (RunStarted.budgets)."""

from __future__ import annotations

from gofer.agent.state import RunState

__all__ = ["BUDGET_NAMES", "exceeded_budget"]

BUDGET_NAMES = ("max_steps", "max_tokens", "max_cost", "max_wall_time")


def exceeded_budget(state: RunState) -> tuple[str, float, float] | None:
    """The first budget the run has used up, as (name, limit, used), or None."""
    budgets = state.started.budgets
    used = {
        "max_steps": float(state.steps),
        "max_tokens": float(state.usage.input_tokens + state.usage.output_tokens),
        "max_cost": state.cost or 0.0,
        "max_wall_time": state.active_seconds,
    }
    for name in BUDGET_NAMES:
        limit = budgets.get(name)
        if limit is not None and used[name] >= limit:
            return name.removeprefix("max_"), float(limit), used[name]
    return None
