"""gofer's built-in guard checks and the default order they run in."""

from __future__ import annotations

from typing import Any

from gofer.safety.checks.dataflow import DataFlowCheck
from gofer.safety.checks.domains import DomainPolicy, DomainPolicyCheck, domain_policy
from gofer.safety.checks.injection import InputScanCheck, ObservationScanCheck, SecretMaskCheck
from gofer.safety.checks.output import OutputFilterCheck
from gofer.safety.checks.risk import CONTROL_TOOLS, ConfirmationPolicyCheck, effective_risk
from gofer.safety.pii import settings_secrets
from gofer.safety.pipeline import Check

__all__ = [
    "CONTROL_TOOLS",
    "ConfirmationPolicyCheck",
    "DataFlowCheck",
    "DomainPolicy",
    "DomainPolicyCheck",
    "InputScanCheck",
    "ObservationScanCheck",
    "OutputFilterCheck",
    "SecretMaskCheck",
    "default_checks",
    "domain_policy",
    "effective_risk",
]


def default_checks(settings: Any, options: dict[str, Any]) -> list[Check]:
    """The default checks, in order: input scan; secret masking and injection scan on observations; domain
    policy, data flow and confirmation on actions; the output filter on answers."""
    secrets = settings_secrets(settings)
    policy = options.get("confirmation") or getattr(settings, "confirmation", "risky") or "risky"
    taint_steps = options.get("taint_steps")
    connectors = [server.name for server in getattr(settings, "mcp_servers", None) or ()]
    if taint_steps is not None:
        try:
            taint_steps = int(taint_steps)
        except (TypeError, ValueError):
            raise ValueError(f"taint_steps must be a whole number of model steps, not {taint_steps!r}") from None
    pii = options.get("output_pii") or getattr(settings, "output_pii", "redact") or "redact"
    if pii not in ("redact", "allow"):
        raise ValueError(f"output_pii must be redact or allow, not {pii!r}")
    trusted = options.get("trusted_destinations")
    if trusted is None:
        trusted = getattr(settings, "trusted_destinations", None) or ()
    if not isinstance(trusted, list | tuple | set) or not all(isinstance(t, str) for t in trusted):
        raise ValueError(f"trusted_destinations must be a list of destinations, not {trusted!r}")
    return [
        InputScanCheck(),
        SecretMaskCheck(secrets),
        ObservationScanCheck(scan_trusted=bool(options.get("scan_trusted_observations", False))),
        DomainPolicyCheck(domain_policy(settings, options)),
        DataFlowCheck(secrets, trusted_destinations=trusted, connectors=connectors),
        ConfirmationPolicyCheck(policy, taint_steps, connectors),
        OutputFilterCheck(secrets, pii=pii),
    ]
