"""Action risk and the confirmation policy: which proposed actions wait for a person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gofer.computer.code_risk import judge_python
from gofer.events import Risk
from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.checks._cells import (
    called_aside,
    defines_only,
    module_imports,
    names_net,
    uses_net,
    with_attributes,
    without_bodies,
)
from gofer.safety.checks._flow_log import flow_log
from gofer.safety.checks._payloads import PASSAGE, QUERY_RUN
from gofer.safety.guard_options import POLICIES
from gofer.safety.history import facts_of
from gofer.safety.pipeline import Check

__all__ = ["CONTROL_TOOLS", "ConfirmationPolicyCheck", "effective_risk", "kernel_risk"]

CONTROL_TOOLS = frozenset({"finish", "update_plan", "ask_user"})
"""Tools that only steer the run itself; no policy asks before them."""

_ORDER = [Risk.READ_ONLY, Risk.REVERSIBLE, Risk.CONSEQUENTIAL]


_SENDS = ("can send data out of the machine", "sends data with an HTTP request",
          "makes an HTTP request that is not a GET", "sends an HTTP DELETE")
"""How the Python tool's judge (:func:`~gofer.computer.code_risk.judge_python`) words what sends over the network."""


def _nowhere(path: str) -> str | None:
    return None


def _sends(code: str) -> list[str]:
    """The reasons code sends over the network, as the Python tool's judge words them (no file counted as the
    user's: only what sends is asked for)."""
    return [r for r in judge_python(code, _nowhere) if r.startswith(_SENDS)]


def kernel_risk(action: ActionRequest, ctx: GuardContext) -> tuple[Risk, list[str]]:
    """The action's risk and reasons as declared or judged per call; a Python cell's read with what the run's
    earlier cells left in the kernel, as the data-flow rule reads it (:class:`~._cells.KernelState`): a cell that
    only defines a function that sends (and imports no workspace module) sends nothing until it is called, and
    a cell calling a function an earlier cell defined sends what that function's code sends, and one calling a
    sending function an earlier cell kept aside (``builtins.p = requests.post``, ``ns.p``, ``Out[3]``) sends as
    that function does. A called ``getattr(x, 'post')`` is read as ``x.post``, and a name an earlier cell imported
    as what it imports (``post`` after ``from requests import post`` as ``requests.post``)."""
    risk, reasons = Risk(action.risk), list(action.risk_reasons)
    code = action.arguments.get("code")
    if action.tool != "python" or not isinstance(code, str):
        return risk, reasons
    kernel = flow_log(ctx, corpus_run=PASSAGE, workspace_run=QUERY_RUN).kernel
    net = kernel.net_for(code)
    if defines_only(code, net):
        stripped = without_bodies(code)
        if reasons and stripped is not None and not module_imports(code):
            later = set(_sends(code)) - set(_sends(stripped))
            reasons = [r for r in reasons if r not in later]
            if not reasons and risk == Risk.CONSEQUENTIAL:
                risk = Risk.REVERSIBLE
        return risk, reasons
    sources = kernel.sources(code)
    # ``getattr(requests, 'post')(...)`` sends as ``requests.post(...)`` does, and so does ``post(...)`` after an
    # earlier cell's ``from requests import post``: the cell is judged with the imports it relies on
    plain = with_attributes(code)
    prelude = kernel.prelude(code, sources)
    through = names_net(code, net) and uses_net(code, net, kernel.keeping(code))
    body = plain if plain is not None else code
    if through:  # ``{'p': requests.post}['p'](u)`` calls what it keeps aside
        body = called_aside(body, net)
    judged = "\n".join([*prelude, body]) if prelude or through or plain is not None else None
    sends = _sends(judged) if judged is not None else []
    if prelude:  # the cell's sends named as its imports name them: ``rq.post`` as ``requests.post``
        own = set(_sends(code))
        reasons = [r for r in reasons if r not in own or r in sends]
    named = [r for r in sends if r not in reasons]
    earlier = "\n".join([*prelude, *sources])
    if sources and through:  # ``p(u)`` after ``builtins.p = requests.post``
        earlier = called_aside(earlier, net)
    called = [f"runs code an earlier cell defined, which {r}" for r in _sends(earlier) if r not in named] \
        if sources else []
    if named or called:
        return Risk.CONSEQUENTIAL, [*reasons, *named, *called]
    return risk, reasons


def effective_risk(action: ActionRequest, ctx: GuardContext, taint_steps: int | None = None,
                   judged: tuple[Risk, list[str]] | None = None) -> tuple[Risk, list[str]]:
    """The action's risk (declared or judged per call; a Python cell's with the kernel's code, see
    :func:`kernel_risk`; ``judged``: that, when known), raised one level while the run is tainted."""
    risk, reasons = judged if judged is not None else kernel_risk(action, ctx)
    reasons = list(reasons)
    mark = facts_of(ctx).tainted(taint_steps)
    if mark is not None and action.tool not in CONTROL_TOOLS and risk != Risk.CONSEQUENTIAL:
        risk = _ORDER[_ORDER.index(risk) + 1]
        where = f" at event {mark.seq}" if mark.seq >= 0 else ""
        reasons.append(f"possible prompt injection seen{where} ({mark.check}): risk raised")
    return risk, reasons


class ConfirmationPolicyCheck(Check):
    """Asks a person before actions the policy names: ``always`` (every non-control action), ``risky``
    (consequential ones, the default) or ``never``. An approval marked ``remember`` covers later calls of
    the same kind (tool and per-call risk reasons) on the same domain in this run, until a taint mark: after an
    injection the person is asked again (an approval given after it is remembered as usual)."""

    name = "confirmation"

    def __init__(self, policy: str = "risky", taint_steps: int | None = None, connectors: Iterable[str] = ()) -> None:
        if policy not in POLICIES:
            raise ValueError(f"confirmation policy must be one of {', '.join(POLICIES)}, not {policy!r}")
        self.policy = policy
        self.taint_steps = taint_steps
        self.connectors = list(connectors)
        """The MCP servers' names: a remembered approval of a connector's tool covers its server and target."""

    def on_action(self, action: ActionRequest, ctx: GuardContext) -> Decision:
        """Allow, or confirm with the risk and its reasons."""
        judged = kernel_risk(action, ctx)
        risk, reasons = effective_risk(action, ctx, self.taint_steps, judged)
        scores = {"risk": float(_ORDER.index(risk))}
        details: dict[str, Any] = {"policy": self.policy, "risk": risk.value, "risk_reasons": reasons}
        if self.policy == "never" or action.tool in CONTROL_TOOLS:
            ask = False
        elif self.policy == "always":
            ask = True
        else:
            ask = risk == Risk.CONSEQUENTIAL
        if not ask:
            return Decision(check=self.name, verdict="allow", reason=f"{risk.value} under policy {self.policy}",
                            scores=scores, details=details)
        # what the kernel's code adds is part of the kind: an approval of a plain cell does not cover it
        key = facts_of(ctx).covering(action.tool, action.arguments, judged[1], self.connectors)
        if key is not None:
            details["remembered"] = key
            return Decision(check=self.name, verdict="allow", reason=f"approved earlier in this run for {key}",
                            scores=scores, details=details)
        aside = facts_of(ctx).set_aside_note(action.tool, action.arguments, self.connectors)
        if aside is not None:
            reasons = [*reasons, f"approvals remembered for this site were set aside: {aside}"]
            details["risk_reasons"] = reasons
        why = "; ".join(reasons) if reasons else f"{action.tool} is {risk.value}"
        return Decision(check=self.name, verdict="confirm", reason=f"{risk.value} action: {why}",
                        scores=scores, details=details)
