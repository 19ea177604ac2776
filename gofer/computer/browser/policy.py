"""The URL policy every browser navigation and request passes: schemes, workspace files, domains, addresses.

:class:`UrlPolicy` is a chain of checks. The built-in ones refuse schemes other than http(s) and workspace
``file://`` URLs, apply the allow/deny domain lists, and refuse loopback, private and link-local addresses
unless ``allow_private_network`` is on or the host is allow-listed. More checks (the safety layer's) are
added with :meth:`UrlPolicy.add` or by putting callables in ``computer.services["url_checks"]``; a check
takes ``(url, kind)`` and returns a :class:`UrlVerdict` (or ``None`` for "no opinion"), sync or async.

A run may also give the policy a :data:`RequestCheck` (see :meth:`UrlPolicy.for_run`): it judges each request
by its URL, method and body and the page that makes it (the data-flow rule for what a page's own scripts send).

Workspace files are never opened by Chromium itself: ``file:///workspace/x.html`` (or the workspace's host
path) is rewritten to ``http://workspace.gofer.invalid/x.html``, which the session serves from the
:class:`~gofer.computer.workspace.Workspace` (no symlink followed). Any other ``file://`` URL is refused before
anything reads it.
"""

from __future__ import annotations

import asyncio
import inspect
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol
from urllib.parse import unquote, urlsplit

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.safety.urls import allow_matches, canonical_host, domain_matches, public_address

__all__ = [
    "WORKSPACE_ORIGIN",
    "RequestCheck",
    "UrlCheck",
    "UrlKind",
    "UrlPolicy",
    "UrlVerdict",
    "display_url",
    "domain_matches",
]

WORKSPACE_HOST = "workspace.gofer.invalid"
WORKSPACE_ORIGIN = f"http://{WORKSPACE_HOST}"
"""The pseudo-origin under which workspace files are shown in the browser (never resolved by DNS)."""

UrlKind = Literal["navigation", "subresource", "read"]
"""What a URL is for: a page load (top or frame), a resource a page requests, or a browser_read fetch."""


@dataclass(frozen=True)
class UrlVerdict:
    """A check's answer: allowed or not, why, and the URL to use instead (workspace files)."""

    allowed: bool
    reason: str = ""
    url: str | None = None


UrlCheck = Callable[[str, UrlKind], "UrlVerdict | Awaitable[UrlVerdict | None] | None"]
"""An extra policy check: ``(url, kind) -> UrlVerdict | None``, may be async."""


class RequestCheck(Protocol):
    """A run's check of the requests pages make: ``(url, method, body, page_url, navigation) -> (destination,
    reason)`` to refuse the request, None to let it go. ``size``: the body's full length in bytes when ``body``
    holds only its head (a body longer than the router reads)."""

    def __call__(self, url: str, method: str, body: str, page: str, navigation: bool, *, size: int | None = None
                 ) -> tuple[str, str] | None: ...

    def pieces(self, url: str, before: list[tuple[str, str]], new: list[tuple[str, str]], page: str
               ) -> tuple[str, str] | None:
        """The same for the pieces ``new`` (``(field, text)``) a request or message to ``url`` adds to what the
        page sent the site before (``before``): a value sent a few characters at a time."""
        ...


def display_url(url: str) -> str:
    """The URL as the model should see it (workspace pages as ``file:///workspace/...``)."""
    if url.startswith(WORKSPACE_ORIGIN + "/"):
        return "file:///workspace/" + url[len(WORKSPACE_ORIGIN) + 1 :]
    return url


def _bad_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives there)"
    if ip.is_private:
        return "a private-network address"
    if ip.is_unspecified or ip.is_reserved or ip.is_multicast:
        return "a reserved address"
    if not public_address(ip):
        return ("an address not on the public internet (shared 100.64.0.0/10, documentation and benchmark ranges, "
                "or a private IPv4 address inside an IPv6 one)")
    return None


class UrlPolicy:
    """The chain of URL checks for one session's browser."""

    def __init__(
        self,
        workspace: Workspace | None,
        *,
        allow_domains: Iterable[str] = (),
        deny_domains: Iterable[str] = (),
        allow_private_network: bool = True,
        checks: Iterable[UrlCheck] = (),
    ) -> None:
        self.workspace = workspace
        self.allow_domains = [d for d in allow_domains if d.strip()]
        self.deny_domains = [d for d in deny_domains if d.strip()]
        self.allow_private_network = allow_private_network
        self.checks: list[UrlCheck] = list(checks)
        self.run_allow: list[str] = []
        """The current run's own allow list (see :meth:`for_run`)."""
        self.run_deny: list[str] = []
        """The current run's own deny list."""
        self.run_requests: RequestCheck | None = None
        """The current run's check of the requests pages make (see :meth:`for_run`)."""

    @classmethod
    def from_settings(
        cls, settings: Any, workspace: Workspace | None, checks: Iterable[UrlCheck] = ()
    ) -> UrlPolicy:
        """The policy a session gets from Settings (domain lists, private-network switch) plus extra checks."""
        return cls(
            workspace,
            allow_domains=getattr(settings, "allow_domains", []) or [],
            deny_domains=getattr(settings, "deny_domains", []) or [],
            allow_private_network=bool(getattr(settings, "allow_private_network", True)),
            checks=checks,
        )

    @property
    def restrictive(self) -> bool:
        """True when more than schemes is checked (then every request's redirects are followed and checked)."""
        return bool(self.allow_domains or self.deny_domains or self.run_allow or self.run_deny or self.checks
                    or not self.allow_private_network)

    def for_run(self, allow: Iterable[str] = (), deny: Iterable[str] = (), requests: RequestCheck | None = None
                ) -> None:
        """Apply the lists of the run now using this policy (they replace the previous run's). They only
        narrow: a host must pass the deployment's lists and the run's, and the run's allow list never opens
        private addresses. ``requests``: the run's check of what pages send (as of its current action)."""
        self.run_allow = [d for d in allow if d.strip()]
        self.run_deny = [d for d in deny if d.strip()]
        self.run_requests = requests

    def add(self, check: UrlCheck) -> None:
        """Append a check; it runs after the built-in ones, on URLs they allowed."""
        self.checks.append(check)

    def workspace_url(self, url: str) -> UrlVerdict:
        """Map a ``file://`` URL to the workspace's pseudo-origin, or refuse it (nothing is read here)."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return UrlVerdict(False, f"file URLs on other hosts ({parts.netloc}) are not allowed")
        if self.workspace is None:
            return UrlVerdict(False, "file:// URLs are refused: this session has no workspace")
        path = unquote(parts.path)
        try:
            rel = self.workspace.relative(path)
        except WorkspaceError:
            return UrlVerdict(
                False, "file:// URLs may only point inside the workspace (file:///workspace/...); "
                f"{path!r} is outside it"
            )
        if str(rel) == ".":
            return UrlVerdict(False, "the workspace root is a folder; open a file inside it")
        return UrlVerdict(True, url=f"{WORKSPACE_ORIGIN}/{rel.as_posix()}")

    async def check(self, url: str, kind: UrlKind = "navigation") -> UrlVerdict:
        """Run every check; the first refusal wins. An allowed verdict may carry a rewritten URL."""
        verdict = await self._builtin(url, kind)
        if not verdict.allowed:
            return verdict
        target = verdict.url or url
        for extra in self.checks:
            result = extra(target, kind)
            if inspect.isawaitable(result):
                result = await result
            if isinstance(result, UrlVerdict) and not result.allowed:
                return result
        return verdict

    async def _builtin(self, url: str, kind: UrlKind) -> UrlVerdict:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme == "file":
            return self.workspace_url(url)
        if scheme not in ("http", "https"):
            if kind == "subresource" and scheme in ("data", "blob"):
                return UrlVerdict(True)
            return UrlVerdict(False, f"the {scheme or 'empty'}: scheme is not allowed (only http, https and "
                              "file:// inside the workspace)")
        if "\\" in parts.netloc:
            return UrlVerdict(False, f"{url!r} is ambiguous: a backslash in its host part (browsers read it as a "
                              "slash, so the host would not be the one it seems)")
        host = canonical_host(parts.hostname or "")
        if not host:
            return UrlVerdict(False, f"{url!r} has no host")
        if host == WORKSPACE_HOST:
            return UrlVerdict(True)
        for pattern in [*self.deny_domains, *self.run_deny]:
            if domain_matches(host, pattern):
                return UrlVerdict(False, f"{host} is on the deny list ({pattern})")
        for allow in (self.allow_domains, self.run_allow):
            if allow and not any(allow_matches(host, p) for p in allow):
                return UrlVerdict(False, f"{host} is not on the allow list ({', '.join(allow)})")
        allow_listed = any(allow_matches(host, p) for p in self.allow_domains)
        if self.allow_private_network or allow_listed:
            return UrlVerdict(True)
        reason = await self._private_reason(host)
        if reason:
            return UrlVerdict(False, f"{host} is {reason}, which this server does not let the browser reach "
                              "(allow-list it to permit)")
        return UrlVerdict(True)

    async def _private_reason(self, host: str) -> str | None:
        if host == "localhost" or host.endswith(".localhost"):
            return "a loopback address"
        try:
            return _bad_address(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            pass
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError:
            return None
        for info in infos:
            try:
                reason = _bad_address(ipaddress.ip_address(info[4][0]))
            except ValueError:
                continue
            if reason:
                return f"resolving to {reason}"
        return None
