"""``http_request``: plain HTTP for APIs and files, under the same URL policy as the browser.

GET and HEAD are read-only; any other method changes something somewhere and is consequential, so the guard
asks, as does a GET or HEAD that carries a body (it sends data like a POST). Redirects are followed one hop
at a time, each hop checked by the policy (so a public URL cannot bounce the request to a private address in
``gofer serve``); a hop to another host, or from https to plain http, drops the caller's headers and never carries
the body on (the guard judged where they were going, not where a server sends them next). Watch mode holds each hop
to a sensitive site (a bank's API, webmail) until a person watches, as it holds the browser. The response body is
untrusted data for the model.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any, Literal
from urllib.parse import urljoin

import httpx

from gofer.computer.browser.policy import WORKSPACE_HOST, UrlPolicy
from gofer.computer.workspace import Workspace
from gofer.events import Risk
from gofer.safety._others_words import OTHERS_KEY
from gofer.safety.urls import host_key
from gofer.safety.watch import WATCH_GATE, unwatched_refusal
from gofer.tools.base import RiskJudgement, Tool, ToolContext, ToolError, ToolResult, tool
from gofer.tools.browser_others import others_in_html, others_in_json, route_echo
from gofer.tools.files import confined, judge_write

__all__ = ["MAX_BODY_BYTES", "TOOLS", "http_request"]

MAX_BODY_BYTES = 2_000_000
"""Bytes of a response kept; a longer body is cut (or saved whole with ``save_to``, up to SAVE_LIMIT)."""

SAVE_LIMIT = 100_000_000
MAX_REDIRECTS = 5
_SHOWN_HEADERS = ("content-type", "content-length", "location", "last-modified", "etag", "retry-after")

Method = Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]


def _judge(arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement | None:
    """Sending (a method other than GET/HEAD, or a body) is consequential; so is saving the response where
    ``write_file`` would ask (over a file of the person's, or somewhere that runs later)."""
    method = str(arguments.get("method", "GET")).upper()
    save_to = arguments.get("save_to")
    saving = judge_write({"path": str(save_to)}, ctx) if save_to else None
    kept = saving.reasons if saving is not None else []
    if method in ("GET", "HEAD"):
        if arguments.get("body") not in (None, "", {}, []):
            return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"an HTTP {method} with a body sends data", *kept])
        if saving is not None:
            return saving
        if save_to:
            return RiskJudgement(risk=Risk.REVERSIBLE, reasons=["saves the response into the workspace"])
        return None
    return RiskJudgement(risk=Risk.CONSEQUENTIAL,
                         reasons=[f"an HTTP {method} changes or sends data elsewhere", *kept])


@tool(risk=Risk.READ_ONLY, judge=_judge)
async def http_request(
    ctx: ToolContext,
    url: str,
    method: Method = "GET",
    headers: dict[str, str] | None = None,
    body: str | dict[str, Any] | list[Any] | None = None,
    save_to: str | None = None,
    timeout: float = 30.0,
) -> ToolResult:
    """Make an HTTP request (an API call, a file download) and get the status, headers and body.

    Args:
        url: http or https URL.
        method: GET, HEAD, POST, PUT, PATCH or DELETE; anything but GET/HEAD asks the person first.
        headers: extra request headers.
        body: the request body: a JSON object/array (sent as JSON) or text.
        save_to: a workspace path to save the response body to (for downloads) instead of showing it.
        timeout: seconds before giving up on the whole request, body included (at most 120).
    """
    if not 0 < timeout <= 120:
        raise ToolError("timeout must be between 0 and 120 seconds")
    workspace = Workspace(ctx.workspace)
    policy = UrlPolicy.from_settings(ctx.settings, workspace)
    policy.for_run(ctx.extras.get("allow_domains") or (), ctx.extras.get("deny_domains") or ())
    content: bytes | None = None
    send_headers = dict(headers or {})
    _check_host_header(url, send_headers)
    if isinstance(body, dict | list):
        content = json.dumps(body).encode()
        send_headers.setdefault("Content-Type", "application/json")
    elif body is not None:
        content = body.encode()
    gate = ctx.extras.get(WATCH_GATE)
    current = url
    # httpx's timeout bounds each read, not the whole exchange: a server that trickles a byte at a time would
    # hold the run for days, so one deadline covers every hop and the body.
    deadline = asyncio.get_running_loop().time() + timeout
    async with httpx.AsyncClient(follow_redirects=False, timeout=timeout) as client:
        for _ in range(MAX_REDIRECTS + 1):
            verdict = await policy.check(current, "read")
            if not verdict.allowed:
                if current == url:
                    raise ToolError(f"refused {current}: {verdict.reason}")
                # the address a server redirected to is the server's text: data, not words of gofer's
                raise ToolError(f"refused the address {url} redirected to (shown below): {verdict.reason}",
                                output=current)
            if (verdict.url and WORKSPACE_HOST in verdict.url) or current.startswith("file:"):
                raise ToolError("http_request fetches http(s) URLs; read workspace files with read_file")
            unwatched = gate(current) if gate is not None else None
            if unwatched:
                raise ToolError(unwatched_refusal(unwatched, "Then make the request again if the task still needs it"),
                                data={"url": current})
            try:
                request = client.build_request(method, current, headers=send_headers, content=content)
                async with asyncio.timeout_at(deadline):
                    response = await client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise _failed(f"{method} {url} failed", url, current, exc) from None
            except TimeoutError:
                raise ToolError(f"{method} {url} got no complete response headers within {timeout:g} s"
                                + (" (from the address it was redirected to, shown below)" if current != url else ""),
                                output=current if current != url else None) from None
            if response.is_redirect and "location" in response.headers:
                await response.aclose()
                target = urljoin(current, response.headers["location"])
                if response.status_code in (301, 302, 303):
                    method, content = "GET", None
                # from https to plain http is as good as another host: whoever is on the way reads it
                downgrade = current.lower().startswith("https:") and not target.lower().startswith("https:")
                if host_key(target) != host_key(current) or downgrade:
                    if content is not None:
                        raise ToolError(
                            f"{method} {url} was redirected ({response.status_code}) to another host or to plain "
                            "http (shown below); the request's body is not sent on to another host or over plain "
                            "http. To send it there, make the request to that address.", output=target)
                    send_headers = {}
                current = target
                continue
            return await _result(response, method, url, current, workspace, save_to, deadline, policy, ctx.run_id)
    raise ToolError(f"more than {MAX_REDIRECTS} redirects from {url}")


def _check_host_header(url: str, headers: dict[str, str]) -> None:
    """Refuse a Host header naming another host than the URL: the policy, watch mode and the data-flow rules
    judge the URL's host, while a server hosting many sites (a CDN) answers as, and forwards to, the Host's."""
    for name, value in headers.items():
        if name.strip().lower() != "host":
            continue
        scheme = url.split(":", 1)[0].lower()
        plain = re.fullmatch(r"[A-Za-z0-9._\-\[\]:]+", value.strip()) is not None  # no user@, path or space
        if not plain or host_key(f"{scheme}://{value.strip()}/") != host_key(url):
            raise ToolError(f"the Host header names {value!r}, not the URL's host; to reach that host, put it in "
                            "the URL")


def _failed(what: str, url: str, current: str, exc: Exception) -> ToolError:
    """An error for a request that failed: the exception's message may quote what the server sent (a malformed
    header), and ``current`` may be an address a server redirected to, so both follow as data."""
    moved = f"redirected to: {current}\n" if current != url else ""
    return ToolError(f"{what}: {type(exc).__name__}; its message follows as data", output=moved + (str(exc) or "-"))


async def _result(
    response: httpx.Response, method: str, asked: str, url: str, workspace: Workspace, save_to: str | None,
    deadline: float, policy: UrlPolicy, run: str,
) -> ToolResult:
    """The response as a result (``asked``: the URL the model gave; ``url``: the one that answered). Everything
    in it, the saved file's head included, is the server's text: data."""
    encoding = response.headers.get("content-encoding", "")
    if len([c for c in encoding.split(",") if c.strip().lower() not in ("", "identity")]) > 1:
        # httpx decodes the outer layer a read at a time but each inner one whole: kB became GB in gofer's memory
        await response.aclose()
        raise ToolError(f"{method} {asked}: the response is compressed more than once (its Content-Encoding "
                        "follows as data); gofer does not expand it", output=encoding)
    limit = SAVE_LIMIT if save_to else MAX_BODY_BYTES
    chunks: list[bytes] = []
    size = 0
    cut = late = False
    try:
        async with asyncio.timeout_at(deadline):
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    chunks.append(chunk[: len(chunk) - (size - limit)])
                    cut = True
                    break
                chunks.append(chunk)
    except TimeoutError:
        late = True
    except httpx.HTTPError as exc:
        raise _failed(f"{method} {asked}: reading the response failed", asked, url, exc) from None
    finally:
        await response.aclose()
    data = b"".join(chunks)
    shown = {k: v for k, v in response.headers.items() if k.lower() in _SHOWN_HEADERS}
    head = f"{method} {url} -> {response.status_code} {response.reason_phrase}\n" + "\n".join(
        f"{k}: {v}" for k, v in shown.items()
    )
    meta = {"status": response.status_code, "url": url, "headers": shown, "bytes": len(data)}
    if save_to:
        if cut:
            raise ToolError(f"the response is larger than {SAVE_LIMIT} bytes; not saved")
        if late:
            raise ToolError(f"the response did not finish within the timeout ({len(data):,} bytes came); not saved")
        with confined(save_to):
            rel = workspace.write_bytes(save_to, data)
            art = workspace.artifact(str(rel))
        return ToolResult(text=f"{head}\nsaved {len(data)} bytes to {rel}", artifacts=[art], data=meta, untrusted=True)
    text = data.decode(response.encoding or "utf-8", errors="replace") if method != "HEAD" else ""
    if cut:
        text += f"\n[response longer than {MAX_BODY_BYTES} bytes; the rest was not read]"
    if late:
        text += f"\n[the response did not finish within the timeout; only the first {len(data):,} bytes were read]"
        meta["incomplete"] = True
    # in a thread: a page of a few MB takes the readers seconds, which the event loop must not wait through
    kind = response.headers.get("content-type", "").lower()
    others = await asyncio.to_thread(_others, text, kind, url, response.status_code)
    if "html" in kind and method == "GET" and not cut and not late:  # a catch-all route's echo of the link's slug
        others = [*others, *await route_echo(url, text, response.status_code, policy, run)][:8]
    if others:
        meta[OTHERS_KEY] = others  # a page of the site with other people's words, as browser_read shows it
    return ToolResult(text=f"{head}\n\n{text}".rstrip(), data=meta, untrusted=True)


def _others(text: str, content_type: str, url: str, status: int) -> list[dict[str, Any]]:
    """Other people's words in a response body that tell the reader what to do: in an HTML page by its markers, in
    a JSON body (by its type, or by its look when the type says neither) by its keys (reviews, comments); a 404
    page's echo of its address too (``status``)."""
    if not text:
        return []
    if "html" in content_type:
        return others_in_html(text, url, status)
    if "json" in content_type or text.lstrip().startswith(("{", "[")):
        return others_in_json(text, url, status)
    return []


TOOLS: list[Tool] = [http_request]
