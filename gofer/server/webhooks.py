"""Per-user webhooks: signed POSTs when a run asks for a confirmation, asks a question, or ends.

A delivery's body is JSON ``{"kind", "run_id", "seq", "type", "ts"}`` (the envelope) plus, to an https://
receiver, ``"event"``: the whole event. Over plain http the event's fields (a page's text, a confirmation's exact
arguments) would cross the network readable and alterable by anyone on the path, so an http:// receiver gets the
envelope only (and reads the event over the API, ``GET /v1/runs/{run_id}/events?after={seq - 1}&limit=1``), unless
GOFER_WEBHOOK_FULL_EVENTS_OVER_HTTP says otherwise. ``X-Gofer-Timestamp`` is the Unix time and
``X-Gofer-Signature`` is ``sha256=`` + the hex HMAC-SHA256, keyed by the webhook's secret (shown once, when the
webhook is registered), of ``"{timestamp}.{body}"``. Registrations live in HOME/webhooks/USER_ID.json.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from gofer.events import TERMINAL_TYPES, Event, dump_event, now
from gofer.ids import new_id
from gofer.safety.urls import public_address
from gofer.server.errors import ApiError
from gofer.server.schemas import WebhookOut
from gofer.store.base import EventStore, NotFoundError

if TYPE_CHECKING:
    import httpx

__all__ = ["MAX_WEBHOOKS", "Webhooks", "delivery_body", "sign", "verify_signature"]

log = logging.getLogger(__name__)

_KIND_OF = {"ConfirmationRequested": "confirmation", "QuestionAsked": "question"}

MAX_WEBHOOKS = 20
"""A user's webhooks at most: every notification is posted to each of them in turn."""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value for a delivery."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify_signature(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """Whether a delivery's signature is genuine (for receivers)."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def delivery_body(url: str, kind: str, event: Event, *, full_over_http: bool) -> bytes:
    """A delivery's JSON body for the receiver at ``url``: the envelope, plus the whole event when the receiver
    is https:// (or plain http is allowed to carry it)."""
    body: dict[str, object] = {"kind": kind, "run_id": event.run_id, "seq": event.seq, "type": event.type,
                               "ts": event.ts.isoformat()}
    if full_over_http or urlsplit(url).scheme == "https":
        body["event"] = dump_event(event)
    return json.dumps(body).encode()


def _address(host: str, *, allow_private: bool) -> str | None:
    """The one address a delivery to ``host`` connects to: None when the name does not resolve or, unless
    private addresses are allowed, when any of its addresses is not a public one."""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return None
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    if not addresses:
        return None
    if not allow_private and not all(public_address(addr) for addr in addresses):
        return None
    return str(addresses[0])


def pinned_request(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL to POST to with its host replaced by the address already checked, plus the Host header and the
    TLS server name that keep it the same request: a name cannot resolve to a public address for the check and
    to a private one for the connection (DNS rebinding)."""
    parts = urlsplit(url)
    ip = f"[{address}]" if ":" in address else address
    netloc = ip if parts.port is None else f"{ip}:{parts.port}"
    host_header = parts.netloc.rpartition("@")[2]
    extensions = {"sni_hostname": parts.hostname or ""} if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": host_header}, extensions


class Webhooks:
    """Registrations and deliveries. ``watch(run)`` follows a run and posts to its owner's webhooks."""

    def __init__(self, store: EventStore, home: Path, *, allow_private: bool, metrics: object | None = None,
                 timeout: float = 10.0, full_over_http: bool = False) -> None:
        self.store = store
        self.dir = home / "webhooks"
        self.allow_private = allow_private
        self.full_over_http = full_over_http
        self.metrics = metrics
        self.timeout = timeout
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._client: httpx.AsyncClient | None = None

    def _file(self, user_id: str) -> Path:
        return self.dir / f"{user_id}.json"

    def hooks(self, user_id: str) -> list[WebhookOut]:
        """The user's webhooks."""
        path = self._file(user_id)
        if not path.exists():
            return []
        return [WebhookOut.model_validate(item) for item in json.loads(path.read_text())]

    def _save(self, user_id: str, hooks: list[WebhookOut]) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self._file(user_id).with_suffix(".tmp")
        tmp.write_text(json.dumps([h.model_dump(mode="json") for h in hooks]))
        tmp.replace(self._file(user_id))

    async def _check_url(self, url: str) -> None:
        try:
            host = urlsplit(url).hostname
        except ValueError as exc:
            raise ApiError(422, "invalid_request", f"url: {exc}", [{"field": "url", "message": str(exc)}]) from None
        if not host:
            raise ApiError(422, "invalid_request", "url: no host", [{"field": "url", "message": "no host"}])
        # Resolving may take seconds (a slow or unreachable name server): in a thread, never on the event loop.
        if not self.allow_private and await asyncio.to_thread(_address, host, allow_private=False) is None:
            raise ApiError(422, "invalid_request", "url: only public addresses are allowed (not private, loopback, "
                           "link-local or shared ones)", [{"field": "url", "message": "address not allowed"}])

    async def add(self, user_id: str, url: str, events: list[str]) -> WebhookOut:
        """Register a webhook; its secret is in the answer, and only there (409 when the user has MAX_WEBHOOKS
        already)."""
        await self._check_url(url)
        hooks = self.hooks(user_id)
        if len(hooks) >= MAX_WEBHOOKS:
            raise ApiError(409, "conflict", f"a user has at most {MAX_WEBHOOKS} webhooks; delete one first",
                           {"limit": MAX_WEBHOOKS})
        hook = WebhookOut(id=new_id("whk"), url=url, events=list(dict.fromkeys(events)),
                          secret=secrets.token_urlsafe(32), created_at=now())
        self._save(user_id, [*hooks, hook])
        return hook

    def remove(self, user_id: str, hook_id: str) -> None:
        """Delete one of the user's webhooks (NotFoundError if it is not theirs)."""
        hooks = self.hooks(user_id)
        kept = [h for h in hooks if h.id != hook_id]
        if len(kept) == len(hooks):
            raise NotFoundError(f"no webhook {hook_id}")
        self._save(user_id, kept)

    def watch(self, run_id: str, user_id: str) -> None:
        """Follow a run in the background and deliver its notifications (no-op without webhooks)."""
        if not self.hooks(user_id) or run_id in self._tasks:
            return
        task = asyncio.create_task(self._follow(run_id, user_id))
        self._tasks[run_id] = task
        task.add_done_callback(lambda _t: self._tasks.pop(run_id, None))

    async def _follow(self, run_id: str, user_id: str) -> None:
        try:
            after = -1
            while True:
                async for event in self.store.subscribe(run_id, after):
                    after = event.seq
                    await self._notify(user_id, event)
                    if event.type in TERMINAL_TYPES:
                        return
                run = await self.store.get_run(run_id)
                if run.status.terminal:
                    return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook watcher for %s stopped", run_id)

    async def _notify(self, user_id: str, event: Event) -> None:
        kind = "end" if event.type in TERMINAL_TYPES else _KIND_OF.get(event.type)
        if kind is None:
            return
        for hook in self.hooks(user_id):
            if kind in hook.events:
                await self.deliver(hook, kind, event)

    async def deliver(self, hook: WebhookOut, kind: str, event: Event) -> bool:
        """POST one signed notification, retrying twice; True when the receiver answered 2xx."""
        body = delivery_body(hook.url, kind, event, full_over_http=self.full_over_http)
        host = urlsplit(hook.url).hostname or ""
        address = await asyncio.to_thread(_address, host, allow_private=self.allow_private)
        if address is None:
            self._count("refused")
            return False
        url, pinned_headers, extensions = pinned_request(hook.url, address)
        import httpx  # `gofer serve` imports it in its warm-up, after the socket opens

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        for attempt in range(3):
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/json", "X-Gofer-Timestamp": ts,
                       "X-Gofer-Signature": sign(hook.secret, ts, body), "X-Gofer-Event": kind, **pinned_headers}
            try:
                # Only the status line counts: the receiver's body is never read, so a receiver cannot make
                # the server hold gigabytes or keep reading.
                request = self._client.build_request("POST", url, content=body, headers=headers,
                                                     extensions=extensions)
                response = await self._client.send(request, stream=True)
                await response.aclose()
                if response.is_success:
                    self._count("ok")
                    return True
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5 * 2**attempt)
        self._count("failed")
        return False

    def _count(self, outcome: str) -> None:
        counter = getattr(self.metrics, "webhooks", None)
        if counter is not None:
            counter.labels(outcome).inc()

    async def aclose(self) -> None:
        """Stop watchers and close the HTTP client."""
        for task in list(self._tasks.values()):
            task.cancel()
        for task in list(self._tasks.values()):
            with contextlib.suppress(BaseException):
                await task
        if self._client is not None:
            await self._client.aclose()
