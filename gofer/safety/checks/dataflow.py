"""Data-flow rules: once untrusted content is in the run, sending data to a destination the user did not
name needs a person's approval, whatever the detector said.

An action "sends" when it carries a payload to a host: a URL's path and query (navigation, reading,
``http_request``), an ``http_request`` body, text typed into a page, a shell ``curl``/``wget``/``nc``/``scp``
with data or files, code that posts over the network, a message to e-mail recipients, a file attached to a page
(``browser_upload``), text entered in a page's prompt dialog, and a call of an MCP tool (its string arguments
go to the connector, and to the channel, recipient or repository an argument names). The payload counts as
sensitive when it holds a secret or personal data, shares a run of words or a distinctive token with the
workspace data or the conversation so far, references files, or is a bulk or encoded blob.

A lookup (a ``web_search`` query to the deployment's provider, a read-only MCP tool's arguments) is judged more
narrowly, since searching for what the user or a page said is the point of it: it asks only when it carries a
secret, personal data or a long id or token that neither the user nor a page gave, or a passage of workspace
data of eight words or more.

The user names a host by writing it; a connector by writing its server's or tool's name (or a run trusting
``mcp:SERVER``), and a channel, recipient or repository that untrusted content mentioned by writing it too. A
person who approves a data-flow confirmation and asks to remember it names that tool's destination for the run.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from gofer.events import (
    Event,
    Risk,
    RunStarted,
)
from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.checks._flow_log import ID_TOKEN, WEB_PREFIXES, WORD, FlowLog, flow_log, id_like
from gofer.safety.checks._pieces import (
    Sent,
    is_ip,
    key_text,
    pieces_of,
    site_key,
    site_of,
    spliced_value,
)
from gofer.safety.history import (
    argument_strings,
    connector_destination,
    connector_of,
    connector_targets,
    current_page_url,
    facts_of,
)
from gofer.safety.pii import find_pii, find_secrets
from gofer.safety.pipeline import Check
from gofer.safety.urls import extract_urls, host_key, host_of, navigation_url, same_site

__all__ = ["SEARCH_PROVIDER", "DataFlowCheck", "Flow", "PageRequestRule", "outbound_flows", "page_request_reason",
           "pieces_reason", "query_reason", "sensitive_reason", "stream_reason"]

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
_BUILT_URL = re.compile(r"""https?://[^'"\s]*['"]\s*(?:\+|%|\.format\b)|\bf['"]https?://[^'"]*\{""")
"""A URL the code completes at run time (``'https://x/?d=' + data``, an f-string)."""
_LOOKUP = re.compile(  # a lookup command where a command starts (a shell line, a cell's ``!``, a subprocess list)
    r"""(?:^|[;&|(\n!`'"]|\$\()\s*(?:(?:sudo|nohup|command|exec|env|timeout\s+\S+)\s+)*"""
    r"(?:getent|nslookup|dig|drill|host|ping6?|traceroute6?|tracepath|whois|mtr|arping|resolvectl|kdig|delv)"
    r"""(?=[\s'"])(?!\s*=)""")
_HOST_WORD = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}|(?:\d{1,3}\.){3}\d{1,3}")
_DEV_TCP = re.compile(r"/dev/(?:tcp|udp)/([\w.-]+)/(\d+)")
UNKNOWN_DESTINATION = "an address the code builds"
"""The destination of code that sends data to a URL it does not spell out."""
_SCP_DEST = re.compile(r"\b[\w.-]+@([\w-]+(?:\.[\w-]+)+):")
_BLOB = re.compile(r"[A-Za-z0-9+/_-]{32,}={0,2}")
_CODED = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,6}")
_BASE32 = re.compile(r"[A-Za-z2-7]+")
_WORD = WORD
_WEB_PREFIXES = WEB_PREFIXES
_TYPED = {"browser_type": "text", "browser_fill": "text", "browser_select": "option", "browser_dialog": "text"}
"""Browser tools that hand text to the current page, and the argument that holds it."""
SEARCH_PROVIDER = "the web search provider"
"""The destination of a ``web_search`` query."""
_QUERY_RUN = 8
"""Words of workspace data in a row that make a lookup ask."""
_PASSAGE = 5
"""Words of workspace data or conversation in a row that make a payload sensitive."""
_QUERY_TOKEN = re.compile(r"[a-z0-9_-]{16,}")


@dataclass(frozen=True)
class Flow:
    """Data leaving the run: the destination (host or host:port, ``mcp:SERVER`` with any targets an argument
    names, or the search provider), the payload and how it goes. ``query``: a lookup, judged by
    :func:`query_reason`; ``connector``: the MCP server; ``targets``: the channels, recipients or repositories the
    call names."""

    destination: str
    payload: str
    channel: str
    direct_file: bool = False
    query: bool = False
    connector: str | None = None
    targets: tuple[str, ...] = ()


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
    labels = _host_labels(host_of(url) or "")  # a lookup of DATA.attacker.example carries DATA
    payload = f"{payload}\n{labels}".strip()
    return Flow(key, payload, channel) if payload else None


def _host_labels(host: str) -> str:
    """A host name's labels as words (dashes too), the top-level one left out: data a name lookup carries."""
    labels = [] if is_ip(host) else host.split(".")[:-1]
    joined = ["".join(labels)] if len(labels) > 1 else []  # data split over labels
    return " ".join([*labels, *(x for label in labels for x in label.split("-")), *joined]) if labels else ""


def _inner_url_flows(url: str, channel: str) -> list[Flow]:
    """A URL that carries other URLs (a redirect, a proxy, ``?next=``) sends their data on to their hosts."""
    try:
        parts = urlsplit(url.replace("\\", "/"))
    except ValueError:
        return []
    inner = _unquote_all(f"{parts.path} {unquote_plus(parts.query)} {parts.fragment}")
    return [f for f in (_url_flow(u, f"{channel} (a URL inside it)") for u in extract_urls(inner)) if f]


def _unquote_all(text: str) -> str:
    """Percent-decoding repeated until nothing changes (data encoded twice or three times)."""
    for _ in range(3):
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    return text


def outbound_flows(
    tool: str, arguments: dict[str, Any], events: Iterable[Event], connectors: Iterable[str] = (),
    risk: Risk | str = Risk.CONSEQUENTIAL, *, log: FlowLog | None = None, page: str | None = None,
) -> list[Flow]:
    """Every way this action would carry data to a host, a connector or the search provider. ``connectors``:
    the MCP servers' names (their tools are ``SERVER_TOOL``); ``risk``: the action's, read-only making an MCP
    call a lookup. ``log`` (the log folded, see :class:`FlowLog`) and ``page`` (the browser's page) spare reading
    ``events`` again; without ``log`` both come from ``events``."""
    if log is None:
        events = list(events)
        log, page = _new_log("").catch_up(events), current_page_url(events)
    flows: list[Flow] = []
    for key in _URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str):
            url = navigation_url(url)
            flow = _url_flow(url, f"{tool} {key}")
            if flow:
                flows.append(flow)
            flows.extend(_inner_url_flows(url, f"{tool} {key}"))
            dest = host_key(url)
            body = {k: v for k, v in arguments.items() if k in _BODY_KEYS and v not in (None, "", {}, [])}
            if dest and body:
                flows.append(Flow(dest, json.dumps(body, default=str), f"{tool} body"))
    if tool in _TYPED or tool in ("browser_upload", "browser_press"):
        flows.extend(_page_flows(tool, arguments, page))
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
            code = _with_scripts_on_disk(tool, _with_written_files(code, log.files), events)
            flows.extend(_code_flows(tool, code))
            flows.extend(_lookup_flows(code))
    if tool == "web_search":
        query = arguments.get("query")
        if isinstance(query, str) and query.strip():
            flows.append(Flow(SEARCH_PROVIDER, query, "web_search query", query=True))
    server = connector_of(tool, connectors)
    if server is not None:
        flows.append(_connector_flow(tool, server, arguments, lookup=Risk(risk) == Risk.READ_ONLY))
    return flows


def _page_flows(tool: str, arguments: dict[str, Any], page: str | None) -> list[Flow]:
    """Text typed into the current page (or its prompt dialog), or a workspace file attached to it."""
    dest = host_key(page) if page else None
    if dest is None or (tool == "browser_dialog" and not arguments.get("accept")):
        return []
    if tool == "browser_upload":
        path = arguments.get("path")
        return [Flow(dest, path, "a workspace file attached to a page", direct_file=True)] if isinstance(path, str) \
            else []
    # browser_press types a key at a time: judged with the keys before it (see DataFlowCheck._in_pieces)
    text = key_text(str(arguments.get("key", ""))) if tool == "browser_press" \
        else arguments.get(_TYPED[tool]) or arguments.get("value")
    return [Flow(dest, text, "typed into a page")] if isinstance(text, str) and text else []


def _connector_flow(tool: str, server: str, arguments: dict[str, Any], *, lookup: bool) -> Flow:
    """An MCP call: its string arguments go to the connector, and on to any channel, recipient or repository
    an argument names."""
    payload = argument_strings(arguments)  # the targets too: a channel argument can carry data like any other
    kind = "lookup" if lookup else "arguments"
    return Flow(connector_destination(server, arguments), "\n".join(payload), f"{tool} {kind}", query=lookup,
                connector=server, targets=tuple(connector_targets(arguments)))


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
    """Code that posts, or that fetches after reading files or the environment or from a URL it builds at run
    time, sends data; a plain fetch sends what its code spells out (URLs, parameters, headers). Sending code
    with no URL written out goes to an unknown destination."""
    posts = bool(_CODE_SENDS.search(code))
    fetches = bool(_CODE_FETCHES.search(code))
    if not posts and not fetches:
        return []
    urls = extract_urls(code)
    if posts or _CODE_READS.search(code) or not urls or _BUILT_URL.search(code):
        dests = [k for k in (host_key(u) for u in urls) if k] or [UNKNOWN_DESTINATION]
        return [Flow(dest, code, "python code", direct_file=True) for dest in dict.fromkeys(dests)]
    flows = [f for f in (_url_flow(u, "python code url") for u in urls) if f]
    return flows + [Flow(k, code, "python code") for k in dict.fromkeys(host_key(u) for u in urls) if k]


def _lookup_flows(code: str) -> list[Flow]:
    """Name lookups (``getent``, ``dig``, ``ping``…: a DNS query for DATA.attacker.example reaches that domain's
    name servers) and raw sockets (``/dev/tcp/HOST/PORT``) in a command or a cell's shell calls."""
    flows = [Flow(f"{m.group(1).lower()}:{m.group(2)}", code, "a raw socket (/dev/tcp)", direct_file=True)
             for m in _DEV_TCP.finditer(code)]
    plain = re.sub(r"\$\([^)]*\)|`[^`]*`|\$\{?\w+\}?", "X", code)  # a name built at run time: X.attacker.example
    built = plain != code
    for m in _LOOKUP.finditer(plain):
        for word in re.split(r"[\s'\",\[\]]+", re.split(r"[;&|\n)<>]", plain[m.end():], maxsplit=1)[0]):
            host = word.strip(".").lstrip("@").lower()
            if _HOST_WORD.fullmatch(host):
                flows.append(Flow(host, f"{code}\n{_host_labels(host)}", "a name lookup", direct_file=built))
    return flows


def _with_written_files(code: str, written: dict[str, str]) -> str:
    """The code plus the text this run's ``write_file``/``edit_file`` calls put into files it names (a script it
    runs, a ``curl -K`` config, a ``wget -i`` list): what they send is judged as if written out."""
    used = [text for path, text in written.items() if path and re.search(
        rf"(?<![\w.-]){re.escape(path)}(?![\w.-])|(?<![\w.-])\./{re.escape(path)}(?![\w.-])", code)]
    return "\n".join([code, *used])


_MAX_SCRIPT = 200_000
_CONFIG_ARG = re.compile(r"(?:^|\s)(?:-K|--config|-i|--input-file)(?:\s+|=)['\"]?([^\s'\";|&<>]+)")
"""A ``curl -K`` config or a ``wget -i`` list: the URLs they fetch are in the file."""


def _with_scripts_on_disk(tool: str, code: str, events: Iterable[Event]) -> str:
    """The code plus the text, as it is on disk now, of the workspace scripts it runs (found as the shell's and
    the Python tool's risk judges find them, scripts those scripts run too) and of the ``curl -K``/``wget -i``
    files it names: a script the run made with Python, a download or an archive sends what its text says."""
    root = next((e.workspace for e in events if isinstance(e, RunStarted)), None)
    if not root:
        return code
    from gofer.computer.code_risk import judge_python
    from gofer.computer.command_risk import judge_command
    from gofer.computer.workspace import Workspace, WorkspaceError

    workspace = Workspace(root)
    read: dict[str, str] = {}

    def text(path: str) -> str | None:
        try:
            data = workspace.read_bytes(path, limit=_MAX_SCRIPT + 1)
        except (WorkspaceError, OSError, ValueError):
            return None
        if len(data) > _MAX_SCRIPT:
            return None
        read[path] = data.decode("utf-8", errors="replace")
        return read[path]

    def kind(path: str) -> str | None:
        try:
            return "file" if workspace.exists(path) else None
        except (WorkspaceError, OSError, ValueError):
            return None

    try:
        if tool == "python":
            judge_python(code, kind, text)
        else:
            judge_command(code, kind, text)
    except Exception:  # a judge that cannot parse the code: the code itself is still judged
        pass
    for m in _CONFIG_ARG.finditer(code):
        text(m.group(1))
    extra = [t for t in read.values() if t not in code]
    return "\n".join([code, *extra])


def _decode_blobs(text: str) -> str:
    """The text plus every base64, base32 or hex run in it decoded (short ones too: a key or a name fits in 12).
    Base32 is read in either case, without its padding: a host name's labels are lower case and have no ``=``."""
    out = [text]
    for m in _CODED.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob.replace("-", "+").replace("_", "/") + "=" * (-len(blob) % 4))
            out.append(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
        bare = blob.rstrip("=")
        if _BASE32.fullmatch(bare):
            with contextlib.suppress(binascii.Error, UnicodeDecodeError, ValueError):
                out.append(base64.b32decode(bare.upper() + "=" * (-len(bare) % 8)).decode("utf-8"))
        try:
            out.append(bytes.fromhex(blob).decode("utf-8"))
        except ValueError:
            continue
    return " ".join(out)


def _shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def sensitive_reason(flow: Flow, corpus: str, secrets: list[str], *, runs: Container[tuple[str, ...]] | None = None
                     ) -> str | None:
    """Why a payload counts as sensitive, or None when it carries nothing worth asking about. ``corpus``: workspace
    data and the conversation (lower case); ``runs``: its runs of five words, when known (else read from it)."""
    if flow.direct_file:
        return "the action sends files, command output or data over the network"
    payload = _decode_blobs(flow.payload)
    if find_secrets(payload, secrets):
        return "the payload contains a secret (key, token or password)"
    pii = find_pii(payload)
    if pii:
        return f"the payload contains personal data ({pii[0].kind})"
    lower = payload.lower()
    words = _WORD.findall(lower)
    if len(words) >= _PASSAGE:
        known = runs if runs is not None else _shingles(_WORD.findall(corpus), _PASSAGE)
        if any(run in known for run in _shingles(words, _PASSAGE)):
            return "the payload repeats workspace data or the conversation"
    for token in set(re.findall(r"[a-z0-9_-]{10,}", lower)):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and token in corpus:
            return "the payload repeats a distinctive value from the workspace or the conversation"
    if len(payload) >= 400:
        return "the payload carries bulk data"
    if _BLOB.search(flow.payload) and len(flow.payload) >= 48:
        return "the payload carries an encoded blob"
    return None


def query_reason(flow: Flow, workspace: str, known: str, secrets: list[str], *,
                 runs: Container[tuple[str, ...]] | None = None, known_runs: Container[tuple[str, ...]] | None = None
                 ) -> str | None:
    """Why a lookup (a search query, a read-only tool's arguments) counts as sending data, or None. ``workspace``:
    the tool output and files read so far; ``known``: what the user and the pages said, which a lookup may
    repeat freely (both lower case); ``runs`` and ``known_runs``: their runs of eight words, when known (else read
    from them)."""
    payload = _decode_blobs(flow.payload)
    if find_secrets(payload, secrets):
        return "the lookup contains a secret (key, token or password)"
    for found in find_pii(payload):
        if found.value.lower() not in known:
            return f"the lookup contains personal data ({found.kind}) that neither the user nor a page gave"
    words = _WORD.findall(payload.lower())
    if len(words) >= _QUERY_RUN:
        data = runs if runs is not None else _shingles(_WORD.findall(workspace), _QUERY_RUN)
        said = known_runs if known_runs is not None else _shingles(_WORD.findall(known), _QUERY_RUN)
        for run in _shingles(words, _QUERY_RUN):
            if run in data and run not in said:
                return (f"the lookup repeats a passage of workspace data ({_QUERY_RUN}+ words) that neither the user "
                        "nor a page gave")
    for token in set(_QUERY_TOKEN.findall(payload.lower())):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and token in workspace and token not in known:
            return "the lookup carries a long id or token from the workspace that neither the user nor a page gave"
    return None


class DataFlowCheck(Check):
    """Asks before data leaves for a destination the user did not name, once untrusted content was read."""

    name = "dataflow"

    def __init__(self, secrets: list[str] | None = None, trusted_destinations: Iterable[str] = (),
                 connectors: Iterable[str] = ()) -> None:
        self.secrets = list(secrets or [])
        self.trusted = set(trusted_destinations)
        self.connectors = list(connectors)
        """The MCP servers' names."""

    def on_action(self, action: ActionRequest, ctx: GuardContext) -> Decision | None:
        """Confirm when a sensitive payload would reach an unnamed destination after untrusted content."""
        facts = facts_of(ctx)
        if not facts.untrusted_seen:
            return None
        log = _log(ctx)
        flows = outbound_flows(action.tool, action.arguments, ctx.events, self.connectors, action.risk, log=log,
                               page=facts.page_url)
        if not flows:
            return None
        approved = self._approved(ctx)
        flows = [f for f in flows if (action.tool, f.destination) not in approved]
        named = log.named | self.trusted
        said = log.said
        unnamed = [f for f in flows if not self._named(f, action.tool, named, said, log)]
        if not unnamed:
            return None
        judged: list[Flow] = []
        for flow in unnamed:
            if flow.channel.endswith(tuple(_URL_KEYS)) and _link_on_page(action.arguments, log.web, log.written):
                continue
            judged.append(flow)
            if flow.query:
                why = query_reason(flow, log.workspace.text, log.seen, self.secrets, runs=log.workspace.runs,
                                   known_runs=log.seen_runs)
            else:
                why = sensitive_reason(flow, log.corpus, self.secrets, runs=log.corpus_runs)
            if why:
                return Decision(
                    check=self.name, verdict="confirm",
                    reason=f"untrusted content was read earlier in this run, and this action would send data to "
                    f"{flow.destination}, which the user did not name: {why} ({flow.channel})",
                    details={"destination": flow.destination, "channel": flow.channel},
                )
        return self._in_pieces(action, ctx, judged, log)

    def _in_pieces(self, action: ActionRequest, ctx: GuardContext, flows: list[Flow], log: FlowLog
                   ) -> Decision | None:
        """Confirm when this action's pieces, after what the run already sent the same site, complete a value the
        rule on a page's own requests would refuse (see :func:`stream_reason`)."""
        sites = {site_key(f.destination): f for f in flows if f.connector is None and not f.query}
        now: dict[str, list[Sent]] = {}
        if sites:
            for site, field, text in pieces_of(action.tool, action.arguments, facts_of(ctx).page_url):
                if site in sites:
                    now.setdefault(site, []).append((field, text))
        if not now:
            return None
        for site, pieces in now.items():
            before = log.sent.streams.get(site, [])
            if not before and len(pieces) < 2:
                continue
            found = stream_reason(before, pieces, log.workspace.text, log.workspace.runs, log.said, self.secrets,
                                  ids=log.workspace_ids)
            if found:
                why, how = found
                flow = sites[site]
                channel = f"{flow.channel}, {how}"
                return Decision(
                    check=self.name, verdict="confirm",
                    reason=f"untrusted content was read earlier in this run, and this action would send data to "
                    f"{flow.destination}, which the user did not name: together with what this run already sent "
                    f"there, {why} ({channel})",
                    details={"destination": flow.destination, "channel": channel},
                )
        return None

    def page_rule(self, ctx: GuardContext) -> PageRequestRule | None:
        """The rule for the requests pages make by themselves during the next action (None before untrusted
        content was read)."""
        if not facts_of(ctx).untrusted_seen:
            return None
        return PageRequestRule(ctx.events, ctx.task, self.secrets, self.trusted, log=_log(ctx))

    def _named(self, flow: Flow, tool: str, hosts: set[str], said: str, log: FlowLog) -> bool:
        """A host the user named; a connector the user named (the server or the tool by name, or ``mcp:SERVER``
        among the trusted destinations) with no target that only untrusted content gave. The search provider and
        lookups through a connector are never named: what they carry is judged every time."""
        if flow.query:
            return False
        if flow.connector is None:
            return same_site(flow.destination, hosts)
        server = flow.connector.lower()
        if f"mcp:{server}" not in {t.lower() for t in self.trusted} and not any(
                _says(said, name) for name in (server, tool.lower(), tool.lower().removeprefix(f"{server}_"))):
            return False
        for target in flow.targets:
            value = target.strip().lstrip("#@").lower()
            if value and _says(log.untrusted, value) and not _says(said, value):
                return False
        return True

    def _approved(self, ctx: GuardContext) -> set[tuple[str, str]]:
        """(tool, destination) of this check's confirmations that a person approved and asked to remember (after
        the latest taint mark: :func:`remember_floor`)."""
        return {(r.tool, r.asked[self.name]) for r in facts_of(ctx).remembered if self.name in r.asked}


def _new_log(task: str) -> FlowLog:
    return FlowLog(task, corpus_run=_PASSAGE, workspace_run=_QUERY_RUN)


def _log(ctx: GuardContext) -> FlowLog:
    """The run's folded log, caught up with the context's events."""
    return flow_log(ctx, corpus_run=_PASSAGE, workspace_run=_QUERY_RUN)


def _says(text: str, value: str) -> bool:
    """True when ``value`` occurs in ``text`` as a whole word or phrase (``_`` and ``-`` read as spaces too)."""
    forms = {value, value.replace("_", " "), value.replace("-", " ")}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in forms if f)


def _link_on_page(arguments: dict[str, Any], web: str, written: str) -> bool:
    """True when the exact URL was already on a page (following a link is not sending data) and the model did
    not write it into an earlier action (a search or a page that echoes its input does not make a link)."""
    for key in _URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str) and len(url) > 12 and url in web and url not in written:
            return True
    return False


# -- requests a page makes on its own ---------------------------------------------------------------------------

def page_request_reason(payload: str, workspace: str, runs: Container[tuple[str, ...]], said: str,
                        secrets: list[str]) -> str | None:
    """Why a request a page made on its own carries the run's data, or None: a secret from settings; or a value
    the run has from the workspace (files, command and code output) that the user did not say: a key, token or
    password, personal data, an id or token of ten characters or more (a part of one too: a page can send a field
    at each keystroke), or a passage of eight words or more. ``workspace``: the workspace text and ``runs`` its
    runs of eight words, ``said``: the user's words (all lower case). What pages show passes: an analytics beacon
    carries the page's address, title and ids."""
    text = _decode_blobs(payload)

    def from_workspace(value: str) -> bool:
        value = value.lower()
        return value in workspace and value not in said

    for found in find_secrets(text, secrets):
        if found.value in secrets:
            return "it carries a secret (key, token or password)"
        if from_workspace(found.value):
            return "it carries a secret (key, token or password) from the workspace"
    for found in find_pii(text):
        if from_workspace(found.value):
            return f"it carries personal data ({found.kind}) from the workspace that the user did not give"
    lower = text.lower()
    for token in set(_PAGE_TOKEN.findall(lower)):
        if re.search(r"\d", token) and re.search(r"[a-z]", token) and from_workspace(token):
            return "it carries an id or token from the workspace that the user did not give"
    said_words = f" {' '.join(_WORD.findall(said))} "
    for run in _shingles(_WORD.findall(lower), _QUERY_RUN):
        if run in runs and f" {' '.join(run)} " not in said_words:
            return f"it carries a passage of workspace data ({_QUERY_RUN}+ words) that the user did not give"
    return None


_PAGE_TOKEN = ID_TOKEN
_CUTS = 24
"""Piece boundaries inside one token tried as the ends of a value (the latest ones)."""
_STARTS = 8
"""Pieces before the new ones tried as the start of what is joined."""


def pieces_reason(pieces: list[str], first_new: int, workspace: str, runs: Container[tuple[str, ...]], said: str,
                  secrets: list[str]) -> str | None:
    """Why pieces sent one after another to one destination carry the run's data once joined (with spaces, or
    with nothing between them), when the pieces before ``first_new`` did not: :func:`page_request_reason` on the
    joined text, or a value from the workspace of ten characters or more whose end lies in the new pieces and
    whose start is at the start of a piece (a value typed after other text a keystroke at a time)."""

    def joined(parts: list[str]) -> str | None:
        for text in (" ".join(parts), "".join(parts)):
            why = page_request_reason(text, workspace, runs, said, secrets) if text else None
            if why:
                return why
        return None

    # from the first piece, and from each of the latest pieces before the new ones (other data before a value)
    for start in [0, *range(max(1, first_new - _STARTS), first_new)]:
        why = joined(pieces[start:])
        if why:
            if joined(pieces[start:first_new]) is None:
                return why
            break  # it was there before these pieces
    tight = "".join(pieces).lower()
    bounds = [0]
    for piece in pieces:
        bounds.append(bounds[-1] + len(piece))
    new = bounds[first_new]
    for m in _PAGE_TOKEN.finditer(tight):
        if m.end() <= new:
            continue
        cuts = sorted({m.start(), m.end(), *(b for b in bounds if m.start() < b < m.end())})[-_CUTS:]
        for j in (c for c in cuts if c > new):
            for i in (c for c in cuts if c <= j - 10):
                value = tight[i:j]
                if re.search(r"\d", value) and re.search(r"[a-z]", value) and value in workspace \
                        and value not in said:
                    return "it carries an id or token from the workspace that the user did not give"
    return None


def stream_reason(before: list[Sent], new: list[Sent], workspace: str, runs: Container[tuple[str, ...]], said: str,
                  secrets: list[str], *, ids: str | None = None) -> tuple[str, str] | None:
    """Why the pieces ``new`` sent a site after ``before`` (its stream, see :mod:`._pieces`) carry the run's data
    when ``before`` did not: ``(why, how it went)``. Read are each field's pieces, the site's pieces of all fields in
    the order they went (see :func:`pieces_reason`), and a value of the workspace made of parts of the pieces
    (markers around them stripped where punctuation sets them apart, other pieces between them skipped: see
    :func:`spliced_value`). ``workspace``, ``runs``, ``said``: as for :func:`page_request_reason`; ``ids``: the
    workspace's ids and tokens the user did not say, one per line, when known (else read from ``workspace``)."""
    pieces = [*before, *new]
    fields = dict.fromkeys(f for f, _ in new)
    for field in fields:
        own = [t for f, t in before if f == field]
        added = [t for f, t in new if f == field]
        if not own and len(added) < 2:
            continue
        why = pieces_reason([*own, *added], len(own), workspace, runs, said, secrets)
        if why:
            return why, f"{len(own) + len(added)} pieces ({field})"
    texts = [t for _, t in pieces]
    if len(fields) > 1 or any(f not in fields for f, _ in before):
        # a piece its field repeats (a constant path, host or version) carries nothing new: left out
        seen = Counter(pieces)
        fresh = [i for i, piece in enumerate(pieces) if seen[piece] == 1]
        joined = [texts[i] for i in fresh]
        first = sum(i < len(before) for i in fresh)
        why = pieces_reason(joined, first, workspace, runs, said, secrets) if first < len(joined) else None
        if why:
            return why, f"{len(joined)} pieces in {len({f for f, _ in pieces})} fields"
    data = ids if ids is not None else "\n".join(
        t for t in set(_PAGE_TOKEN.findall(workspace)) if id_like(t) and t not in said)
    if not data:
        return None

    def value(text: str) -> bool:
        return len(text) >= 10 and id_like(text) and text in data and text not in said

    spliced = spliced_value(texts, len(before), lambda text: text in data, value)
    if spliced is None:
        return None
    return ("it carries an id or token from the workspace that the user did not give, in parts of the pieces",
            f"parts of {len(texts)} pieces put together")


class PageRequestRule:
    """The data-flow rule for the requests a page makes by itself (its scripts' fetch, XHR, beacons, images, form
    posts and navigations), which the browser's route hook asks before each request leaves. Once untrusted content
    was read in the run, a request to a host the user did not name, outside the page's own site, is refused when
    its URL or body carries a settings secret or a value the run has from the workspace (see
    :func:`page_request_reason`). A person cannot be asked in the middle of a request, so it is refused, and the
    refusal is reported and logged. Not judged: URLs the model itself opened (the rule on its actions judged them)
    and, while an action a person approved runs, the page's navigations (the form it submits)."""

    def __init__(self, events: list[Event], task: str, secrets: Iterable[str] = (),
                 trusted: Iterable[str] = (), *, log: FlowLog | None = None) -> None:
        log = log if log is not None else _new_log(task).catch_up(events)
        self.secrets = list(secrets)
        self.named = log.named | set(trusted)
        self.said = log.said
        self.opened = set(log.opened)
        """URLs the model's actions named (judged when proposed)."""
        self.approved_now = log.started in log.approved
        """The action running now was approved by a person: the navigations it makes are its own."""
        self._log = log

    @staticmethod
    def _own_site(dest: str, page: str) -> bool:
        """The page's own site: the same site (``www.shop.example`` and ``api.shop.example``), or with a port, the
        same host and port."""
        own = host_key(page)
        if own is None:
            return False
        if ":" in dest or ":" in own:
            return dest == own
        return site_of(dest) == site_of(own)

    def _judged(self, url: str, page: str, navigation: bool) -> str | None:
        """The destination of a request the rule judges (None: the user named it, it is the page's own site, the
        model opened the URL, or a person approved the navigating action)."""
        dest = host_key(url)
        if dest is None or (navigation and self.approved_now) or url.split("#", 1)[0] in self.opened:
            return None
        if same_site(dest, self.named) or self._own_site(dest, page):
            return None
        return dest

    def pieces(self, url: str, before: list[Sent], new: list[Sent], page: str) -> tuple[str, str] | None:
        """``(destination, reason)`` when the pieces ``new`` a page sends with a request (or a WebSocket message)
        to ``url`` carry the run's data after what the page sent that site before (its stream, see
        :func:`stream_reason`), else None."""
        dest = self._judged(url, page, False)
        if dest is None:
            return None
        log = self._log
        found = stream_reason(before, new, log.workspace.text, log.workspace.runs, self.said, self.secrets,
                              ids=log.workspace_ids)
        return (dest, f"{found[0]}, sent a few characters per request ({found[1]})") if found else None

    def __call__(self, url: str, method: str, body: str, page: str, navigation: bool, *, size: int | None = None
                 ) -> tuple[str, str] | None:
        """``(destination, reason)`` when the request must be refused, else None. ``size``: the body's full length
        when ``body`` is only its head; such a body is refused whole, since what it carries cannot be read."""
        dest = self._judged(url, page, navigation)
        if dest is None:
            return None
        if size is not None:
            return dest, (f"its body ({size / (1 << 20):.1f} MB) is larger than the rule reads, so what it carries "
                          "cannot be judged")
        flow = _url_flow(url, "page request")
        payload = "\n".join(p for p in (flow.payload if flow else "", _unquote_all(body)) if p)
        if not payload:
            return None
        workspace, runs = self._log.workspace.text, self._log.workspace.runs
        why = page_request_reason(payload, workspace, runs, self.said, self.secrets)
        return (dest, why) if why else None
