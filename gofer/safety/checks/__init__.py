"""gofer's built-in guard checks and the default order they run in."""

from __future__ import annotations

from typing import Any

from gofer.safety.checks.dataflow import DataFlowCheck
from gofer.safety.checks.domains import DomainPolicy, DomainPolicyCheck, domain_policy
from gofer.safety.checks.injection import InputScanCheck, ObservationScanCheck, SecretMaskCheck
from gofer.safety.checks.output import OutputFilterCheck
from gofer.safety.checks.risk import CONTROL_TOOLS, ConfirmationPolicyCheck, effective_risk
from gofer.safety.guard_options import guard_options
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
    opts = guard_options(settings, options)
    secrets = settings_secrets(settings)
    connectors = [server.name for server in getattr(settings, "mcp_servers", None) or ()]
    return [
        InputScanCheck(),
        SecretMaskCheck(secrets),
        ObservationScanCheck(scan_trusted=bool(options.get("scan_trusted_observations", False))),
        DomainPolicyCheck(domain_policy(settings, options)),
        DataFlowCheck(secrets, trusted_destinations=opts.trusted, connectors=connectors),
        ConfirmationPolicyCheck(opts.policy, opts.taint_steps, connectors),
        OutputFilterCheck(secrets, pii=opts.pii),
    ]
