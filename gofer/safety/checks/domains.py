"""Domain policy: allow and deny lists with wildcards, per deployment (settings) and per run (options)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.guard_options import domain_list, run_allow_list, run_domain_lists
from gofer.safety.pipeline import Check
from gofer.safety.urls import URL_KEYS, allow_matches, domain_matches, host_of, navigation_url

__all__ = ["DomainPolicy", "DomainPolicyCheck", "domain_list", "domain_policy", "run_domain_lists"]


class DomainPolicy:
    """Which hosts the agent may reach. Deny wins; every non-empty allow list must match."""

    def __init__(self, allow: Iterable[Iterable[str]] = (), deny: Iterable[str] = ()) -> None:
        self.allow_lists = [list(a) for a in allow if a]
        self.deny = list(deny)

    def check(self, url: str) -> tuple[bool, str]:
        """(allowed, reason) for a URL; URLs without a web host (file:, data:, about:) are not judged here."""
        host = host_of(url)
        if host is None:
            return True, "no web host"
        for pattern in self.deny:
            if domain_matches(host, pattern):
                return False, f"{host} is on the deny list ({pattern})"
        for allow in self.allow_lists:
            if not any(allow_matches(host, p) for p in allow):
                return False, f"{host} is not on the allow list ({', '.join(allow)})"
        return True, "allowed"


def domain_policy(settings: Any, options: dict[str, Any] | None = None) -> DomainPolicy:
    """The policy for one run: the deployment's lists plus the run's (a run may narrow, never widen). A run's
    allow list naming a public suffix itself (``*.com``) is a ValueError: the run service refuses the run."""
    run_allow, run_deny = run_allow_list(options), run_domain_lists(options)[1]
    allow = [domain_list(getattr(settings, "allow_domains", None)), run_allow]
    deny = [*domain_list(getattr(settings, "deny_domains", None)), *run_deny]
    return DomainPolicy(allow, deny)


class DomainPolicyCheck(Check):
    """Blocks navigation (browser_open, browser_read, any ``url`` argument) and ``http_request`` to hosts the
    policy refuses; the block's reason becomes the observation the model sees."""

    name = "domains"

    def __init__(self, policy: DomainPolicy) -> None:
        self.policy = policy

    def on_action(self, action: ActionRequest, ctx: GuardContext) -> Decision | None:
        """Block when a URL argument leaves the policy; nothing to say for actions without URLs."""
        for key in URL_KEYS:
            url = action.arguments.get(key)
            if not isinstance(url, str):
                continue
            ok, why = self.policy.check(navigation_url(url))
            if not ok:
                return Decision(check=self.name, verdict="block",
                                reason=f"blocked by the domain policy: {why}", details={"url": url})
        return None
