"""The guard pipeline: ordered checks per stage, and ``build_guard`` with gofer's default checks.

A check is a small class with a ``name`` and a method for each stage it cares about:
``on_input(text, ctx)``, ``on_observation(tool, text, untrusted, ctx)``, ``on_action(action, ctx)`` and
``on_output(answer, ctx)``. Each returns a :class:`Decision` or None (nothing to say); it may be sync or
async. Text stages thread the text through: a check sees the replacement an earlier check made. The first
``block`` ends a stage (later checks do not run). A check that raises is recorded as a decision of its own
(``details.check_error``): on actions it asks a person (``confirm``), on answers it withholds the answer
(``block``), on inputs and observations it lets the text go on.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from gofer.safety.base import ActionRequest, Decision, GuardContext, Stage, Verdict
from gofer.safety.guard_options import DEFAULT_CHECK_NAMES, disabled_checks, guard_options

__all__ = ["Check", "GuardPipeline", "build_guard", "check_guard_options", "final_text", "load_check",
           "overall_verdict"]


class Check:
    """Base class for a guard check. Subclasses set ``name`` and define the stage methods they need."""

    name: str = "check"


class GuardPipeline:
    """An ordered list of checks implementing the Guard protocol."""

    def __init__(self, checks: Iterable[Check]) -> None:
        self.checks: list[Check] = list(checks)
        names = [c.name for c in self.checks]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate check names: {names}")

    @property
    def names(self) -> list[str]:
        """Names of the checks, in order."""
        return [c.name for c in self.checks]

    def without(self, names: Iterable[str]) -> GuardPipeline:
        """The same pipeline minus the named checks."""
        drop = set(names)
        return GuardPipeline(c for c in self.checks if c.name not in drop)

    async def _text_stage(
        self, method: str, text: str, args: Callable[[str], tuple[Any, ...]], on_error: Verdict = "allow"
    ) -> list[Decision]:
        decisions: list[Decision] = []
        current = text
        for check in self.checks:
            fn = getattr(check, method, None)
            if fn is None:
                continue
            result = await _decide(check, on_error, fn, *args(current))
            if result is None:
                continue
            decisions.append(result)
            if result.replacement is not None:
                current = result.replacement
            if result.verdict == "block" and result.replacement is None:
                break
        return decisions

    async def check_input(self, text: str, ctx: GuardContext) -> list[Decision]:
        """Decisions on a user input (the task or a follow-up message)."""
        return await self._text_stage("on_input", text, lambda cur: (cur, ctx))

    async def check_observation(self, tool: str, text: str, untrusted: bool, ctx: GuardContext) -> list[Decision]:
        """Decisions on a tool's observation; a decision with ``replacement`` changes what the model sees."""
        return await self._text_stage("on_observation", text, lambda cur: (tool, cur, untrusted, ctx))

    async def check_action(self, action: ActionRequest, ctx: GuardContext) -> list[Decision]:
        """Decisions on a proposed action: allow, block (reason shown to the model) or confirm."""
        decisions: list[Decision] = []
        for check in self.checks:
            fn = getattr(check, "on_action", None)
            if fn is None:
                continue
            result = await _decide(check, "confirm", fn, action, ctx)
            if result is None:
                continue
            decisions.append(result)
            if result.verdict == "block":
                break
        return decisions

    async def check_output(self, answer: str, ctx: GuardContext) -> list[Decision]:
        """Decisions on the final answer (or a message to the user); ``replacement`` is the redacted text."""
        return await self._text_stage("on_output", answer, lambda cur: (cur, ctx), on_error="block")


async def _decide(check: Check, on_error: Verdict, fn: Callable[..., Any], *args: Any) -> Decision | None:
    """One check's decision. A check that raises (or returns something else than a Decision) does not stop the
    run: its failure is itself a decision with the verdict ``on_error``."""
    try:
        result = fn(*args)
        if inspect.isawaitable(result):
            result = await result
        if result is None or isinstance(result, Decision):
            return result
        problem = f"returned {type(result).__name__}, not a Decision"
    except Exception as exc:
        problem = f"failed: {type(exc).__name__}: {exc}"
    return Decision(check=check.name, verdict=on_error, reason=f"the check {check.name} {problem}",
                    details={"check_error": problem})


def overall_verdict(decisions: Sequence[Decision]) -> str:
    """The verdict of a stage: ``block`` if any check blocked, else ``confirm`` if any asked, else ``allow``."""
    verdicts = {d.verdict for d in decisions}
    if "block" in verdicts:
        return "block"
    if "confirm" in verdicts:
        return "confirm"
    return "allow"


def final_text(decisions: Sequence[Decision], text: str, stage: Stage = "observation") -> str:
    """The text to use after a text stage: the last replacement, or for a block without one a notice that
    names the check and its reason, else the original."""
    for d in reversed(decisions):  # a stage ends at a block without a replacement: it is the last decision
        if d.replacement is not None:
            return d.replacement
        if d.verdict == "block":
            return f"[{stage} withheld by the guard ({d.check}): {d.reason}]"
    return text


def build_guard(settings: Any, options: dict[str, Any] | None = None, *, extra: Iterable[Check] = ()) -> GuardPipeline:
    """The default pipeline for one run, configured by the deployment's settings and the run's options.

    Settings: ``guard_checks`` (custom checks, ``module:Class``, appended in order after gofer's) and
    ``guard_checks_disabled``. Options (all optional): ``confirmation`` (always|risky|never), ``allow_domains``,
    ``deny_domains``, ``checks_disabled`` (check names), ``taint_steps`` (model steps a taint mark lasts;
    default: the rest of the run), ``output_pii`` ("redact" or "allow"). ``extra`` checks are appended last.
    """
    from gofer.safety.checks import default_checks

    opts = dict(options or {})
    custom = [load_check(path) for path in getattr(settings, "guard_checks", None) or ()]
    checks = [*default_checks(settings, opts), *custom, *extra]
    disabled = disabled_checks(settings, opts, [c.name for c in checks])
    return GuardPipeline(c for c in checks if c.name not in disabled)


def check_guard_options(settings: Any, options: dict[str, Any] | None = None) -> None:
    """Raise the ValueError :func:`build_guard` would for these settings and options, without loading gofer's
    checks (a deployment with custom checks builds its guard: their names may be disabled, their modules fail)."""
    if getattr(settings, "guard_checks", None):
        build_guard(settings, options)
        return
    opts = dict(options or {})
    guard_options(settings, opts)
    disabled_checks(settings, opts, DEFAULT_CHECK_NAMES)


def load_check(path: str) -> Check:
    """A custom check from ``module:Class`` (a class made with no arguments, or an instance)."""
    module_name, _, attr = path.partition(":")
    try:
        target = getattr(importlib.import_module(module_name), attr) if attr else None
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"GOFER_GUARD_CHECKS: cannot load {path!r}: {exc}") from None
    check = target() if isinstance(target, type) else target
    stages = ("on_input", "on_observation", "on_action", "on_output")
    if not isinstance(getattr(check, "name", None), str) or not any(hasattr(check, s) for s in stages):
        raise ValueError(f"GOFER_GUARD_CHECKS: {path!r} is not a check (module:Class with a name and on_* methods)")
    return cast(Check, check)
