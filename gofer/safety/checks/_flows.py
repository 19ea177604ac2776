"""The flows of an action: every way a tool call would carry data to a host, a connector or the search provider (a
URL's path and query, a body, text typed into a page, a file attached to it, a shell command or code that sends, a
name lookup, a message to recipients, an MCP call's arguments), as :class:`Flow` values the data-flow rules judge."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

from gofer.computer.code_risk import as_imported
from gofer.events import Event, Risk, RunStarted
from gofer.safety.checks._cells import (
    called_names,
    defines_only,
    reads_data,
    reads_url,
    runs_computed_code,
    sends_net,
    uses_kernel_state,
    uses_net,
    workspace_net,
)
from gofer.safety.checks._flow_log import FlowLog
from gofer.safety.checks._payloads import new_log
from gofer.safety.checks._pieces import is_ip, key_text
from gofer.safety.history import (
    argument_strings,
    connector_destination,
    connector_of,
    connector_targets,
    current_page_url,
)
from gofer.safety.urls import URL_KEYS, extract_urls, host_key, host_of, navigation_url

__all__ = [
    "SEARCH_PROVIDER",
    "UNKNOWN_DESTINATION",
    "URL_KEYS",
    "Flow",
    "outbound_flows",
    "unquote_all",
    "url_flow",
]

_BODY_KEYS = ("body", "data", "json", "content", "payload", "form", "params", "headers", "files", "text",
              "message", "subject", "attachments")
_RECIPIENT_KEYS = ("to", "cc", "bcc", "recipient", "recipients")
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_NET_SHELL = re.compile(r"\b(?:curl|wget|nc|ncat|netcat|scp|rsync|sftp|ftp|http|https|xh|telnet|ssh|socat)\b")
_SHELL_SENDS = re.compile(
    r"(?:\s-(?:d|F|T)\b|--data\w*|--form\b|--upload-file|--post-(?:data|file)|--body-(?:data|file)|-X\s*(?:POST|PUT|PATCH)"
    r"|@[{\w./~-]+|\$\(|`|<\s*[\w./~-]+|<\(|\|\s*(?:curl|nc|ncat|netcat|wget)|\bscp\b|\brsync\b|\bsftp\b"
    r"|\bxargs\b|\s-exec(?:dir)?\b|\bparallel\b)"  # a command whose arguments come from input or found files
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
    r"""(?:^|[;&|(\n!`'"]|\$\(|\bxargs(?:\s+-\S+)*\s|\s-exec(?:dir)?\s)"""
    r"""\s*(?:(?:sudo|nohup|command|exec|env|timeout\s+\S+)\s+)*"""
    r"(?:getent|nslookup|dig|drill|host|ping6?|traceroute6?|tracepath|whois|mtr|arping|resolvectl|kdig|delv)"
    r"""(?=[\s'"])(?!\s*=)""")
_HOST_WORD = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}|(?:\d{1,3}\.){3}\d{1,3}")
_DEV_TCP = re.compile(r"/dev/(?:tcp|udp)/([\w.-]+)/(\d+)")
UNKNOWN_DESTINATION = "an address the code builds"
"""The destination of code that sends data to a URL it does not spell out."""
_SCP_DEST = re.compile(r"\b[\w.-]+@([\w-]+(?:\.[\w-]+)+):")
_TYPED = {"browser_type": "text", "browser_fill": "text", "browser_select": "option", "browser_dialog": "text"}
"""Browser tools that hand text to the current page, and the argument that holds it."""
SEARCH_PROVIDER = "the web search provider"
"""The destination of a ``web_search`` query."""


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


def url_flow(url: str, channel: str) -> Flow | None:
    """What a URL sends to its host (its path, query and labels) over ``channel``, or None without a host."""
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
    payload = unquote_all(text + "\n" + " ".join(k for k, _ in pairs)).strip()
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
    inner = unquote_all(f"{parts.path} {unquote_plus(parts.query)} {parts.fragment}")
    return [f for f in (url_flow(u, f"{channel} (a URL inside it)") for u in extract_urls(inner)) if f]


def unquote_all(text: str) -> str:
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
        log, page = new_log("").catch_up(events), current_page_url(events)
    flows: list[Flow] = []
    for key in URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str):
            url = navigation_url(url)
            flow = url_flow(url, f"{tool} {key}")
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
            cell = code
            code = _with_scripts_on_disk(tool, _with_written_files(code, log.files), events)
            if tool == "python":
                flows.extend(_python_flows(code, cell, log))
            else:
                flows.extend(_shell_flows(tool, code))
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


def _shell_flows(tool: str, code: str) -> list[Flow]:
    """A command that sends: its hosts get the command, as files or data when it sends any (see
    :data:`_SHELL_SENDS`)."""
    if not _NET_SHELL.search(code):
        return []
    sends_data = bool(_SHELL_SENDS.search(code))
    dests = [k for k in (host_key(u) for u in extract_urls(code)) if k]
    dests += [m.group(1).lower() for m in _SCP_DEST.finditer(code)]
    return [Flow(dest, code, f"{tool} command", direct_file=sends_data) for dest in dict.fromkeys(dests)]


def _python_flows(code: str, cell: str, log: FlowLog) -> list[Flow]:
    """Code that posts, or that fetches after reading files or the environment, from a URL it builds at run time
    or with a value an earlier cell left in the kernel, sends data; a plain fetch sends what its code spells out
    (URLs, parameters, headers). Sending code with no URL written out goes to an unknown destination. ``code``: the
    cell with the scripts it runs; ``cell``: the cell as written; ``log``: what the run's earlier cells left in the
    kernel (a cell that uses ``rq.get`` or ``s.get`` fetches as ``requests.get`` does; one that calls ``up(t)``
    runs the ``def up`` an earlier cell wrote, and ``pd.read_csv(u)`` reads the address an earlier cell bound to
    ``u``: that code is judged with the cell; a function imported from a workspace module, with the module's code).
    A cell that runs code it computes (``exec(b64decode(...))``) may fetch anything, and a reader or a fetch given
    an address taken from data (``u = t``, ``pd.read_csv(u)``) goes where the data says: both go to an unknown
    destination. A cell that only defines (``def up(x): requests.post(...)``) sends nothing until it is called."""
    kernel = log.kernel
    imported, modules, imported_readers = workspace_net(cell, log.module_source)
    net, readers = kernel.net_for(cell) | imported, kernel.readers | imported_readers
    # what the cell adds (the modules it imports) runs as imported when the cell only defines: not the body of
    # their ``if __name__ == '__main__':``
    if defines_only("\n".join([cell, as_imported(code[len(cell):])]) if code.startswith(cell) else code, net):
        return []
    from_data = reads_data(cell, kernel.data, net, readers)
    fetches = bool(_CODE_FETCHES.search(code)) or uses_net(cell, net, kernel.keeping(cell)) \
        or reads_url(cell, kernel.urls, readers) or runs_computed_code(cell) or from_data
    if not fetches and not _names_sender(code):
        return []
    earlier = [*kernel.sources(cell), *(m for m in modules.values() if m not in code)]
    code = "\n".join([code, *earlier])
    posts = bool(_CODE_SENDS.search(code)) or sends_net(code, net)
    urls = extract_urls(code)
    known = kernel.modules | kernel.net | kernel.literals
    kept = uses_kernel_state(cell, known) or any(uses_kernel_state(c, known) for c in earlier)
    if posts or _CODE_READS.search(code) or not urls or _BUILT_URL.search(code) or kept:
        dests = [k for k in (host_key(u) for u in urls) if k] or [UNKNOWN_DESTINATION]
        if from_data:
            dests.append(UNKNOWN_DESTINATION)
        return [Flow(dest, code, "python code", direct_file=True) for dest in dict.fromkeys(dests)]
    flows = [f for f in (url_flow(u, "python code url") for u in urls) if f]
    return flows + [Flow(k, code, "python code") for k in dict.fromkeys(host_key(u) for u in urls) if k]


_NAMED_SENDER = re.compile(r"(?:(?:requests|httpx|aiohttp|session|client)\.\w+|urlopen|Request|fetch)\s*\(?")
"""What :data:`_CODE_SENDS` finds that is a function code may name without calling (``builtins.p = requests.post``,
a module's ``def up(x): urlopen(...)`` that nothing calls)."""


def _names_sender(code: str) -> bool:
    """Whether code names a way to send (:data:`_CODE_SENDS`) that it may call when it runs (see
    :func:`~._cells.called_names`): a sender it only keeps aside (``builtins.p = requests.post``) sends where a later
    cell calls it (:meth:`~._cells.KernelState.net_for`), a call of it by another name is a use of the network
    (:func:`~._cells.uses_net`), and a workspace module's function the cell imports and does not call sends
    nothing."""
    found = {m.group(0) for m in _CODE_SENDS.finditer(code)}
    if not found:
        return False
    called = called_names(code)
    if called is None:
        return True
    for match in found:
        if not _NAMED_SENDER.fullmatch(match):
            return True
        name = match.rstrip("( \t")
        if any(c == name or c.endswith(f".{name}") for c in called):
            return True
    return False


def _lookup_flows(code: str) -> list[Flow]:
    """Name lookups (``getent``, ``dig``, ``ping``…: a DNS query for DATA.attacker.example reaches that domain's
    name servers) and raw sockets (``/dev/tcp/HOST/PORT``) in a command or a cell's shell calls."""
    flows = [Flow(f"{m.group(1).lower()}:{m.group(2)}", code, "a raw socket (/dev/tcp)", direct_file=True)
             for m in _DEV_TCP.finditer(code)]
    # a name built at run time (X.attacker.example), or from input (xargs, find -exec: {}.attacker.example)
    plain = re.sub(r"\$\([^)]*\)|`[^`]*`|\$\{?\w+\}?|\{\}", "X", code)
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
