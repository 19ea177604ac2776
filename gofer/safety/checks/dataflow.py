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

This module holds the check on the model's actions (:class:`DataFlowCheck`); the flows of an action are found in
:mod:`._flows`, payloads and lookups judged in :mod:`._payloads`, and the rule for the requests pages make on their
own is in :mod:`._page_requests`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from gofer.safety.base import ActionRequest, Decision, GuardContext
from gofer.safety.checks._flow_log import WEB_PREFIXES, FlowLog, flow_log
from gofer.safety.checks._flows import SEARCH_PROVIDER, Flow, outbound_flows
from gofer.safety.checks._page_requests import PageRequestRule, page_request_reason, pieces_reason, stream_reason
from gofer.safety.checks._payloads import PASSAGE, QUERY_RUN, query_reason, sensitive_reason
from gofer.safety.checks._pieces import Sent, pieces_of, site_key
from gofer.safety.checks._text_index import Searchable
from gofer.safety.history import facts_of
from gofer.safety.pipeline import Check
from gofer.safety.urls import URL_KEYS, same_site

__all__ = ["SEARCH_PROVIDER", "DataFlowCheck", "Flow", "PageRequestRule", "outbound_flows", "page_request_reason",
           "pieces_reason", "query_reason", "sensitive_reason", "stream_reason"]

_WEB_PREFIXES = WEB_PREFIXES


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
            if flow.channel.endswith(tuple(URL_KEYS)) and _link_on_page(action.arguments, log.web, log.written):
                continue
            judged.append(flow)
            if flow.query:
                why = query_reason(flow, log.workspace, log.seen, self.secrets, runs=log.workspace.runs,
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
            found = stream_reason(before, pieces, log.workspace, log.workspace.runs, log.said, self.secrets,
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


def _log(ctx: GuardContext) -> FlowLog:
    """The run's folded log, caught up with the context's events."""
    return flow_log(ctx, corpus_run=PASSAGE, workspace_run=QUERY_RUN)


def _says(text: str, value: str) -> bool:
    """True when ``value`` occurs in ``text`` as a whole word or phrase (``_`` and ``-`` read as spaces too)."""
    forms = {value, value.replace("_", " "), value.replace("-", " ")}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in forms if f)


def _link_on_page(arguments: dict[str, Any], web: Searchable, written: Searchable) -> bool:
    """True when the exact URL was already on a page (following a link is not sending data) and the model did
    not write it into an earlier action (a search or a page that echoes its input does not make a link)."""
    for key in URL_KEYS:
        url = arguments.get(key)
        if isinstance(url, str) and len(url) > 12 and url in web and url not in written:
            return True
    return False
