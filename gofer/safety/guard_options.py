"""A run's guard options read and checked without loading the checks: ``build_guard`` and ``default_checks`` read
them here, and the run service checks a request here before its first event (the checks load as the run starts)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_CHECK_NAMES", "POLICIES", "GuardOptions", "disabled_checks", "domain_list", "guard_options",
           "run_allow_list", "run_domain_lists"]

POLICIES = ("always", "risky", "never")
"""The confirmation policies: which actions ask a person first."""

DEFAULT_CHECK_NAMES = ("input_scan", "secrets", "injection", "domains", "dataflow", "confirmation", "output_filter")
"""The names of ``gofer.safety.checks.default_checks``, in their order (a test holds the two together)."""


@dataclass(frozen=True)
class GuardOptions:
    """The values the default checks are made with, from the deployment's settings and the run's options."""

    policy: str
    taint_steps: int | None
    pii: str
    trusted: list[str]
    run_allow: list[str]


def domain_list(value: Any) -> list[str]:
    """A list of domain patterns from an option: a list, or one string of patterns separated by commas or
    spaces (a lone string is never read character by character)."""
    if value is None:
        return []
    items = re.split(r"[,\s]+", value) if isinstance(value, str) else [str(v) for v in value]
    return [i.strip() for i in items if i.strip()]


def run_domain_lists(options: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """A run's own (allow, deny) lists from its options."""
    opts = options or {}
    return domain_list(opts.get("allow_domains")), domain_list(opts.get("deny_domains"))


def run_allow_list(options: dict[str, Any] | None) -> list[str]:
    """The run's own allow list; one naming a public suffix itself (``*.com``) is a ValueError."""
    run_allow = run_domain_lists(options)[0]
    if not run_allow:
        return run_allow
    from gofer.safety.urls import allow_entry_problem  # the public suffix list, only for a run that narrows

    problems = [problem for entry in run_allow if (problem := allow_entry_problem(entry))]
    if problems:
        raise ValueError(f"allow_domains: {'; '.join(problems)}")
    return run_allow


def guard_options(settings: Any, options: dict[str, Any]) -> GuardOptions:
    """The run's guard options, checked: a ValueError says which one is wrong and why."""
    taint_steps = options.get("taint_steps")
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
    run_allow = run_allow_list(options)
    policy = options.get("confirmation") or getattr(settings, "confirmation", "risky") or "risky"
    if policy not in POLICIES:
        raise ValueError(f"confirmation policy must be one of {', '.join(POLICIES)}, not {policy!r}")
    return GuardOptions(policy, taint_steps, pii, list(trusted), run_allow)


def disabled_checks(settings: Any, options: dict[str, Any], known: Iterable[str]) -> set[str]:
    """The check names the deployment (``GOFER_GUARD_CHECKS_DISABLED``) and the run (``checks_disabled``) switch
    off; a name not in ``known`` is a ValueError listing them."""
    known = list(known)
    disabled: set[str] = set()
    for where, names in (("GOFER_GUARD_CHECKS_DISABLED", getattr(settings, "guard_checks_disabled", None)),
                         ("checks_disabled", options.get("checks_disabled"))):
        names = names or ()
        if not isinstance(names, list | tuple | set) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"{where} must be a list of check names, not {names!r}")
        unknown = set(names) - set(known)
        if unknown:
            raise ValueError(f"unknown checks in {where}: {', '.join(sorted(unknown))}; known: {', '.join(known)}")
        disabled |= set(names)
    return disabled
