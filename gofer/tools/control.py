"""Control tools: the model plans, asks the person and finishes through them. The loop acts on each."""

from __future__ import annotations

from pydantic import BaseModel, Field

from gofer.events import PlanStep
from gofer.tools.base import Tool, ToolContext, ToolResult, tool

__all__ = ["TOOLS", "PlanItem", "ask_user", "finish", "update_plan"]


class PlanItem(BaseModel):
    """A plan step with its status."""

    title: str = Field(description="What this step does, in a few words.")
    status: str = Field(default="pending", description="pending, in_progress, done or skipped.")


def plan_steps(steps: list[str | PlanItem]) -> list[PlanStep]:
    """Normalise the model's plan (plain strings or items) into PlanSteps."""
    out: list[PlanStep] = []
    for s in steps:
        if isinstance(s, str):
            out.append(PlanStep(title=s))
        else:
            status = s.status if s.status in ("pending", "in_progress", "done", "skipped") else "pending"
            out.append(PlanStep(title=s.title, status=status))  # type: ignore[arg-type]
    return out


@tool(control=True)
async def update_plan(steps: list[str | PlanItem]) -> ToolResult:
    """Write or revise your plan: the steps to the goal, each with a status. Call it first, then as you go.

    Args:
        steps: the steps in order; plain strings or {title, status} with status pending/in_progress/done/skipped.
    """
    parsed = plan_steps(steps)
    marks = {"pending": " ", "in_progress": ">", "done": "x", "skipped": "-"}
    lines = [f"[{marks[s.status]}] {i}. {s.title}" for i, s in enumerate(parsed, 1)]
    return ToolResult(text="plan updated:\n" + "\n".join(lines))


@tool(control=True)
async def ask_user(ctx: ToolContext, question: str) -> ToolResult:
    """Ask the person a question and wait for the answer. Use it when you cannot go on without them.

    Args:
        question: the question, self-contained.
    """
    answer = ctx.extras.get("answer")
    return ToolResult(text=f"the user answered: {answer}" if answer is not None else "no answer was given")


@tool(control=True)
async def finish(answer: str, files: list[str] | None = None, sources: list[str] | None = None) -> ToolResult:
    """Finish the task: give the final answer and list the files you made for the person.

    Args:
        answer: the final answer or summary for the person.
        files: workspace paths of the files that are the result of the task.
        sources: the URLs or files the answer rests on.
    """
    listed = ", ".join(files or []) or "no files"
    return ToolResult(text=f"finished with {listed}")


TOOLS: list[Tool] = [update_plan, ask_user, finish]
