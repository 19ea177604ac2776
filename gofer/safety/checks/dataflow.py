"""Data-flow rules: once untrusted content is in the run, sending data to a destination the user did not
name needs a person's approval, whatever the detector said.

An action "sends" when it carries a payload to a host: a URL's path and query (navigation, reading,
``http_request``), an ``http_request`` body, text typed into a page, a shell ``curl``/``wget``/``nc``/``scp``
with data or files, code that posts over the network, a message to e-mail recipients. The payload counts as
sensitive when it holds a secret or personal data, shares a run of words or a distinctive token with the
workspace data or the conversation so far, references files, or is a bulk or encoded blob.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from gofer.events import ActionProposed, Event, ModelResponded, Observation
from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.history import current_page_url, facts_of, user_hosts, user_texts
from gofer.safety.pii import find_pii, find_secrets
from gofer.safety.pipeline import Check
from gofer.safety.urls import extract_urls, host_key, navigation_url, same_site

__all__ = ["DataFlowCheck", "Flow", "outbound_flows", "sensitive_reason"]

_URL_KEYS = ("url", "href", "link", "endpoint", "uri")
_BODY_KEYS = ("body", "data", "json", "content", "payload", "form", "params", "headers", "files", "text",
              "message", "subject", "attachments")
_RECIPIENT_KEYS = ("to", "cc", "bcc", "recipient", "recipients")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_NET_SHELL = re.compile(r"\b(?:curl|wget|nc|ncat|netcat|scp|rsync|sftp|ftp|http|https|xh|telnet|ssh|socat)\b")
_SHELL_SENDS = re.compile(
    r"(?:\s-(?:d|F|T)\b|--data\w*|--form\b|--upload-file|--post-(?:data|file)|--body-(?:data|file)|-X\s*(?:POST|PUT|PATCH)"
    r"|@[\w./~-]+|\$\(|`|<\s*[\w./~-]+|\|\s*(?:curl|nc|ncat|netcat|wget)|\bscp\b|\brsync\b|\bsftp\b)"
)
_CODE_SENDS = re.compile(
    r"\b(?:requests|httpx|aiohttp|session|client)\.(?:post|put|patch|request|send)\b|\burlopen\s*\(|\bRequest\s*\("
    r"|\bsocket\.|\bsmtplib\b|\bsendmail\b|\bfetch\s*\(|\bXMLHttpRequest\b"
)
_CODE_FETCHES = re.compile(
    r"\b(?:requests|httpx|aiohttp|session|client|urllib3|http)\.(?:get|head|delete|options|stream)\s*\("
    r"|\burlretrieve\s*\(|\bHTTPS?Connection\s*\(|\bPoolManager\s*\("
)
_CODE_READS = re.compile(  # opening a file to read (no mode, or "r"/"rb"), the environment, listings, commands
    r"""\bopen\s*\(\s*[^,()]+(?:,\s*(?:mode\s*=\s*)?['"]r[bt]?['"]\s*)?\)|\.read_(?:text|bytes)\s*\("""
    r"|\benviron\b|\bgetenv\s*\(|\blistdir\s*\(|\bglob\b|\bsubprocess\b"
)
UNKNOWN_DESTINATION = "an address the code builds"
"""The destination of code that sends data to a URL it does not spell out."""
_SCP_DEST = re.compile(r"\b[\w.-]+@([\w-]+(?:\.[\w-]+)+):")
_BLOB = re.compile(r"[A-Za-z0-9+/_-]{32,}={0,2}")
_CODED = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_WEB_PREFIXES = ("browser_", "web_", "http_", "search", "fetch", "mcp_")


@dataclass(frozen=True)
class Flow:
    """Data leaving the run: the destination (host or host:port), the payload and how it goes."""

    destination: str
    payload: str
    channel: str
    direct_file: bool = False


def _url_flow(url: str, channel: str) -> Flow | None:
    key = host_key(url)
    if key is None:
        return None
    try:
        parts = urlsplit(url.replace("\\", "/"))
    except ValueError:
        return None
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    # the values in order, then the names: data split over many parameters still reads as one text
    text = " ".join([unquote_plus(parts.path.strip("/")), *(v for _, v in pairs), unquote(parts.fragment)])
    payload = _unquote_all(text + "\n" + " ".join(k for k, _ in pairs)).strip()
    return Flow(key, payload, channel) if payload else None


def _unquote_all(text: str) -> str:
    """Percent-decoding repeated until nothing changes (data encoded twice or three times)."""
    for _ in range(3):
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


def outbound_flows(tool: str, arguments: dict[str, Any], events: Iterable[Event]) -> list[Flow]:
    """Every way this action would carry data to a host."""
    flows: list[Flow] = []
    for key in _URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str):
            url = navigation_url(url)
            flow = _url_flow(url, f"{tool} {key}")
            if flow:
                flows.append(flow)
            dest = host_key(url)
            body = {k: v for k, v in arguments.items() if k in _BODY_KEYS and v not in (None, "", {}, [])}
            if dest and body:
                flows.append(Flow(dest, json.dumps(body, default=str), f"{tool} body"))
    if tool.startswith("browser_") and tool in ("browser_type", "browser_fill", "browser_select"):
        text = arguments.get("text") or arguments.get("value") or arguments.get("option") or ""
        page = current_page_url(events)
        dest = host_key(page) if page else None
        if dest and isinstance(text, str) and text:
            flows.append(Flow(dest, text, "typed into a page"))
    recipients = [v for k in _RECIPIENT_KEYS for v in _as_list(arguments.get(k))]
    if recipients:
        message = json.dumps({k: v for k, v in arguments.items() if k not in _RECIPIENT_KEYS}, default=str)
        for r in recipients:
            m = _EMAIL.search(str(r))
            if m:
                flows.append(Flow(m.group(1).lower(), message, f"{tool} to {r}"))
    if tool in ("shell", "bash", "terminal", "python"):
        code = arguments.get("command") or arguments.get("code") or ""
        if isinstance(code, str):
            flows.extend(_code_flows(tool, code))
    return flows


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _code_flows(tool: str, code: str) -> list[Flow]:
    if tool == "python":
        return _python_flows(code)
    if not _NET_SHELL.search(code):
        return []
    sends_data = bool(_SHELL_SENDS.search(code))
    dests = [k for k in (host_key(u) for u in extract_urls(code)) if k]
    dests += [m.group(1).lower() for m in _SCP_DEST.finditer(code)]
    return [Flow(dest, code, f"{tool} command", direct_file=sends_data) for dest in dict.fromkeys(dests)]


def _python_flows(code: str) -> list[Flow]:
    """Code that posts, or that fetches after reading files or the environment, sends data; a plain fetch
    sends what its URLs carry. Sending code with no URL written out goes to an unknown destination."""
    posts = bool(_CODE_SENDS.search(code))
    fetches = bool(_CODE_FETCHES.search(code))
    if not posts and not fetches:
        return []
    urls = extract_urls(code)
    if posts or _CODE_READS.search(code):
        dests = [k for k in (host_key(u) for u in urls) if k] or [UNKNOWN_DESTINATION]
        return [Flow(dest, code, "python code", direct_file=True) for dest in dict.fromkeys(dests)]
    return [f for f in (_url_flow(u, "python code url") for u in urls) if f]


def _corpus(events: Iterable[Event], task: str) -> str:
    """Workspace data and conversation: user texts, the model's own texts and non-web observations."""
    parts = list(user_texts(events, task))
    for event in events:
        if isinstance(event, ModelResponded) and event.purpose == "step":
            parts.append(event.text)
        if isinstance(event, Observation) and not event.tool.startswith(_WEB_PREFIXES):
            parts.append(event.text)
    return "\n".join(parts).lower()


def _web_text(events: Iterable[Event]) -> str:
    return "\n".join(e.text for e in events if isinstance(e, Observation) and e.tool.startswith(_WEB_PREFIXES))


def _decode_blobs(text: str) -> str:
    """The text plus every base64 or hex run in it decoded (short ones too: a key or a name fits in 12)."""
    out = [text]
    for m in _CODED.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob.replace("-", "+").replace("_", "/") + "=" * (-len(blob) % 4))
            out.append(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
        try:
            out.append(bytes.fromhex(blob).decode("utf-8"))
        except ValueError:
            continue
    return " ".join(out)


def _shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def sensitive_reason(flow: Flow, corpus: str, secrets: list[str]) -> str | None:
    """Why a payload counts as sensitive, or None when it carries nothing worth asking about."""
    if flow.direct_file:
        return "the command sends files, command output or data over the network"
    payload = _decode_blobs(flow.payload)
    if find_secrets(payload, secrets):
        return "the payload contains a secret (key, token or password)"
    pii = find_pii(payload)
    if pii:
        return f"the payload contains personal data ({pii[0].kind})"
    lower = payload.lower()
    words = _WORD.findall(lower)
    if len(words) >= 5:
        corpus_words = _WORD.findall(corpus)
        if _shingles(words, 5) & _shingles(corpus_words, 5):
            return "the payload repeats workspace data or the conversation"
    for token in set(re.findall(r"[a-z0-9_-]{10,}", lower)):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and token in corpus:
            return "the payload repeats a distinctive value from the workspace or the conversation"
    if len(payload) >= 400:
        return "the payload carries bulk data"
    if _BLOB.search(flow.payload) and len(flow.payload) >= 48:
        return "the payload carries an encoded blob"
    return None


class DataFlowCheck(Check):
    """Asks before data leaves for a destination the user did not name, once untrusted content was read."""

    name = "dataflow"

    def __init__(self, secrets: list[str] | None = None, trusted_destinations: Iterable[str] = ()) -> None:
        self.secrets = list(secrets or [])
        self.trusted = set(trusted_destinations)

    def on_action(self, action: ActionRequest, ctx: GuardContext) -> Decision | None:
        """Confirm when a sensitive payload would reach an unnamed destination after untrusted content."""
        if not facts_of(ctx).untrusted_seen:
            return None
        flows = outbound_flows(action.tool, action.arguments, ctx.events)
        if not flows:
            return None
        named = user_hosts(ctx.events, ctx.task) | self.trusted
        unnamed = [f for f in flows if not same_site(f.destination, named)]
        if not unnamed:
            return None
        web = _web_text(ctx.events)
        written = _model_wrote(ctx.events)
        corpus: str | None = None
        for flow in unnamed:
            if flow.channel.endswith(tuple(_URL_KEYS)) and _link_on_page(action.arguments, web, written):
                continue
            if corpus is None:
                corpus = _corpus(ctx.events, ctx.task)
            why = sensitive_reason(flow, corpus, self.secrets)
            if why:
                return Decision(
                    check=self.name, verdict="confirm",
                    reason=f"untrusted content was read earlier in this run, and this action would send data to "
                    f"{flow.destination}, which the user did not name: {why} ({flow.channel})",
                    details={"destination": flow.destination, "channel": flow.channel},
                )
        return None


def _link_on_page(arguments: dict[str, Any], web: str, written: str) -> bool:
    """True when the exact URL was already on a page (following a link is not sending data) and the model did
    not write it into an earlier action (a search or a page that echoes its input does not make a link)."""
    for key in _URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str) and len(url) > 12 and url in web and url not in written:
            return True
    return False


def _model_wrote(events: Iterable[Event]) -> str:
    """Every string in the arguments of the actions proposed so far."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for event in events:
        if isinstance(event, ActionProposed):
            walk(event.arguments)
    return "\n".join(out)
