"""Action risk and the confirmation policy: which proposed actions wait for a person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gofer.events import Risk
from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.history import facts_of
from gofer.safety.pipeline import Check

__all__ = ["CONTROL_TOOLS", "ConfirmationPolicyCheck", "effective_risk"]

CONTROL_TOOLS = frozenset({"finish", "update_plan", "ask_user"})
"""Tools that only steer the run itself; no policy asks before them."""

_ORDER = [Risk.READ_ONLY, Risk.REVERSIBLE, Risk.CONSEQUENTIAL]
POLICIES = ("always", "risky", "never")


def effective_risk(action: ActionRequest, ctx: GuardContext, taint_steps: int | None = None) -> tuple[Risk, list[str]]:
    """The action's risk (declared or judged per call), raised one level while the run is tainted."""
    risk = Risk(action.risk)
    reasons = list(action.risk_reasons)
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
        risk, reasons = effective_risk(action, ctx, self.taint_steps)
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
        key = facts_of(ctx).covering(action.tool, action.arguments, action.risk_reasons, self.connectors)
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
