"""The names a run's options may have. A run's options reach the guard as a plain dict (``RunStarted.options``),
so a misspelt name (``confirmaton: never``) would be read by nobody: every way in (the API, the SDK through it,
the CLI) is checked against this list when the run is created."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

__all__ = ["RUN_OPTIONS", "check_option_names"]

RUN_OPTIONS: dict[str, str] = {
    "confirmation": "always, risky or never: which actions ask a person first",
    "taint_steps": "model steps a possible injection raises the risk for (default: the rest of the run)",
    "checks_disabled": "names of guard checks to switch off",
    "allow_domains": "hosts the run may reach (narrows GOFER_ALLOW_DOMAINS)",
    "deny_domains": "hosts the run may not reach (adds to GOFER_DENY_DOMAINS)",
    "watch": "false: no watch mode for this run",
    "watch_categories": "categories of sensitive sites that need a person watching",
    "watch_domains": "more hosts that need a person watching",
    "output_pii": "redact or allow: personal data in the answer",
    "trusted_destinations": "destinations (hosts, mcp:SERVER) the data-flow rule lets data go to",
    "scan_trusted_observations": "true: scan observations of trusted tools for injections too",
    "demo": "the demo a run of `gofer demo` plays (a label; changes nothing)",
}
"""Every run option gofer reads, with what it does."""


def check_option_names(options: Mapping[str, object]) -> None:
    """Raise ValueError naming each option gofer does not know, with the nearest known name and the list."""
    unknown = [name for name in options if name not in RUN_OPTIONS]
    if not unknown:
        return
    named = []
    for name in unknown:
        near = difflib.get_close_matches(str(name), RUN_OPTIONS, n=1)
        named.append(f"{name!r} (did you mean {near[0]!r}?)" if near else repr(name))
    noun = "option" if len(unknown) == 1 else "options"
    raise ValueError(f"unknown run {noun} {', '.join(named)}; known: {', '.join(sorted(RUN_OPTIONS))}")
