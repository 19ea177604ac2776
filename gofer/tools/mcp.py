"""MCP servers as gofer tools: an MCP server is just another toolset.

:class:`McpConnector` holds the servers configured in ``Settings.mcp_servers``. On first use it starts (or
connects to) each server, lists its tools and turns each into an :class:`McpTool` named ``<server>_<tool>``,
with the server's description and JSON schema, and a risk level read from the tool's annotations (overridable
in settings). A call validates the arguments against the schema, sends them to the server and returns what
the server said as untrusted output; the server's own errors come back to the model as ToolErrors. The
runtime owns the connector: one per process, closed with the runtime.

A server may keep state between calls (notes, an open page, a login). So each user's calls go to a server of
their own: a process started for them (stdio), or a session of their own (HTTP). The connection the tools were
listed through serves runs without a user (the CLI) only. A user's server that answered no call for
``Settings.mcp_idle_timeout`` seconds is stopped (never during a call), so a deployment with many users does not
gather processes; their next call starts it again, without what it kept in memory.

What a server says about its tools is vetted before the model reads it (:mod:`._mcp_vetting`); its answers become
ToolResults, and its annotations risk levels, in :mod:`._mcp_results`.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import re
import time
from collections.abc import Callable
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from gofer.events import Risk
from gofer.tools._mcp_results import risk_from_annotations, to_tool_result
from gofer.tools._mcp_vetting import name_problem, vetted_description, vetted_schema
from gofer.tools.base import Tool, ToolArgumentsError, ToolContext, ToolError, ToolResult, Toolset
from gofer.tools.mcp_config import McpServerConfig
from gofer.tools.mcp_link import McpCallError, McpLink, McpUnavailableError

if TYPE_CHECKING:
    from jsonschema.protocols import Validator
    from mcp_types import Tool as RemoteTool

    from gofer.config import Settings

__all__ = ["McpConnector", "McpTool", "name_problem", "risk_from_annotations", "to_tool_result", "tool_name",
           "vetted_description", "vetted_schema"]

logger = logging.getLogger(__name__)

_RETRY_AFTER = 30.0
"""Seconds before a server that could not be listed is tried again by ``toolset()``."""

_MAX_PROBLEMS = 5


class _Arguments(BaseModel):
    """Arguments already checked against the server's JSON schema."""

    model_config = ConfigDict(extra="allow")


class McpTool(Tool):
    """One tool of an MCP server, with the server's JSON schema as its parameters."""

    def __init__(
        self,
        link: McpLink,
        remote: str,
        *,
        name: str,
        description: str,
        schema: dict[str, Any] | None,
        risk: Risk,
        link_for: Callable[[str | None], McpLink] | None = None,
    ) -> None:
        super().__init__(self._call_remote, name=name, description=description, risk=risk)
        self.link = link
        """The connection the tool was listed through."""
        self.link_for = link_for
        """The connection of a user's calls (by user id), when the connector keeps one per user."""
        self.remote = remote
        """The tool's name on its server."""
        self.schema = _clean_schema(schema)
        self._validator = _validator(schema) if schema is not None else None

    @cached_property
    def parameters(self) -> dict[str, Any]:
        """The server's JSON schema of the arguments (any object when the server could not be listed)."""
        return copy.deepcopy(self.schema)

    def validate(self, arguments: dict[str, Any]) -> BaseModel:
        """Check arguments against the server's schema; each mismatch is named in a ToolArgumentsError."""
        if not isinstance(arguments, dict):
            raise ToolArgumentsError(f"invalid arguments for {self.name}: expected an object")
        if self._validator is not None:
            errors = sorted(self._validator.iter_errors(arguments), key=lambda e: list(map(str, e.absolute_path)))
            if errors:
                problems = "; ".join(
                    f"{'.'.join(str(p) for p in e.absolute_path) or 'arguments'}: {e.message}"
                    for e in errors[:_MAX_PROBLEMS]
                )
                raise ToolArgumentsError(f"invalid arguments for {self.name}: {problems}")
        return _Arguments.model_validate(arguments)

    async def __call__(self, ctx: ToolContext, arguments: dict[str, Any]) -> ToolResult:
        """Validate the arguments and call the tool on its server."""
        self.validate(arguments)
        return await self._call_remote(ctx, arguments)

    async def _call_remote(self, ctx: ToolContext, arguments: dict[str, Any]) -> ToolResult:
        link = self.link_for(ctx.user_id) if self.link_for is not None else self.link
        try:
            result = await link.call(self.remote, arguments)
        except (McpCallError, McpUnavailableError) as exc:
            if not exc.server_text:
                raise ToolError(str(exc)) from None
            # The server's own words (its error message, its stderr) are output from outside: data.
            raise ToolError(exc.message + "; the server's own words follow as data",
                            output=exc.server_text.lstrip(": \n")) from None
        return to_tool_result(result)


class McpConnector:
    """The configured MCP servers' tools as one Toolset; servers start on first use, users' stop when idle."""

    def __init__(self, settings: Settings, *, servers: list[McpServerConfig] | None = None) -> None:
        self.servers = list(settings.mcp_servers if servers is None else servers)
        self._log_dir = settings.home_dir / "logs"
        self._max_message = settings.mcp_max_message_mb * 1024 * 1024
        self.idle_timeout = settings.mcp_idle_timeout
        """Seconds after its last call before a user's server is stopped."""
        self.links = {s.name: McpLink(s, self._log_dir, max_message=self._max_message) for s in self.servers}
        """The shared connection of each server: tools are listed through it, and runs without a user call it."""
        self._user_links: dict[tuple[str, str], McpLink] = {}
        self.errors: dict[str, str] = {}
        """Why a server's tools could not be listed, by server name (cleared once it lists)."""
        self.withheld: dict[str, str] = {}
        """Tools not offered because their names read like instructions, with why, by gofer tool name."""
        self._tools: dict[str, list[McpTool]] = {}
        self._failed_at: dict[str, float] = {}
        self._lock = asyncio.Lock()
        self._reaper: asyncio.Task[None] | None = None

    async def toolset(self) -> Toolset:
        """Every server's tools. Servers not listed yet are started and listed now, concurrently.

        A server that cannot start adds no tools (see ``errors``), except those named in its ``tools``
        allow-list: they are offered with a permissive schema, and calling one tries the server again and
        gives the model a clear error if it still cannot start.
        """
        if not self.links:
            return Toolset()
        async with self._lock:
            now = time.monotonic()
            todo = [
                name
                for name in self.links
                if name not in self._tools and now - self._failed_at.get(name, -_RETRY_AFTER) >= _RETRY_AFTER
            ]
            if todo:
                await asyncio.gather(*(self._list(name) for name in todo))
        tools = Toolset()
        for name in self.links:
            # A server that listed (even nothing, or only withheld tools) gets no placeholders.
            for t in self._tools[name] if name in self._tools else self._placeholders(name):
                if t.name not in tools:
                    tools.add(t)
        return tools

    def link_for(self, server: str, user_id: str | None) -> McpLink:
        """The connection a user's calls to ``server`` go through: their own (made on first use), or the shared
        one for a run without a user."""
        if user_id is None:
            return self.links[server]
        link = self._user_links.get((server, user_id))
        if link is None:
            link = McpLink(self.links[server].config, self._log_dir, user_id=user_id, max_message=self._max_message)
            self._user_links[(server, user_id)] = link
        if self._reaper is None:
            self._reaper = asyncio.get_running_loop().create_task(self._reap_idle(), name="mcp-idle-reaper")
        return link

    async def _reap_idle(self) -> None:
        """Stop users' servers that have been idle for ``idle_timeout`` seconds, for as long as the connector lives."""
        period = min(max(self.idle_timeout / 4, 0.05), 30.0)
        while True:
            await asyncio.sleep(period)
            for link in list(self._user_links.values()):
                try:
                    if await link.close_if_idle(self.idle_timeout):
                        logger.info("MCP server %r of a user was idle for %g s and was stopped", link.config.name,
                                    self.idle_timeout)
                except Exception as exc:  # one link that fails to stop must not end the reaping of the others
                    logger.warning("MCP server %r: could not stop an idle connection: %r", link.config.name, exc)

    async def aclose(self) -> None:
        """Stop every connection and server process, every user's included."""
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(BaseException):
                await self._reaper
            self._reaper = None
        links = [*self.links.values(), *self._user_links.values()]
        await asyncio.gather(*(link.aclose() for link in links), return_exceptions=True)

    async def _list(self, name: str) -> None:
        link = self.links[name]
        try:
            remote = await link.list_tools()
        except McpUnavailableError as exc:
            self.errors[name] = str(exc)
            self._failed_at[name] = time.monotonic()
            logger.warning("%s", exc)
            return
        self.errors.pop(name, None)
        self._failed_at.pop(name, None)
        self._tools[name] = self._make(link, remote)

    def _make(self, link: McpLink, remote: list[RemoteTool]) -> list[McpTool]:
        cfg = link.config
        keep = set(cfg.tools) if cfg.tools is not None else None
        out: dict[str, McpTool] = {}
        for r in remote:
            if keep is not None and r.name not in keep:
                continue
            name = tool_name(cfg.name, r.name)
            if name in out:
                continue
            problem = name_problem(cfg.name, r.name, r.input_schema)
            if problem is not None:
                self.withheld[name] = problem
                logger.warning("MCP server %s: the tool %r is withheld from the model: %s", cfg.name, r.name[:200],
                               problem)
                continue
            override = cfg.risk_for(r.name)
            out[name] = McpTool(
                link,
                r.name,
                name=name,
                description=vetted_description(cfg.name, r.name, r.description or r.title or r.name),
                schema=vetted_schema(cfg.name, r.name, r.input_schema),
                risk=Risk(override) if override else risk_from_annotations(r.annotations),
                link_for=partial(self.link_for, cfg.name),
            )
        return list(out.values())

    def _placeholders(self, name: str) -> list[McpTool]:
        link = self.links[name]
        cfg = link.config
        out = []
        for remote in cfg.tools or []:
            override = cfg.risk_for(remote)
            out.append(
                McpTool(
                    link,
                    remote,
                    name=tool_name(cfg.name, remote),
                    description=f"The tool {remote!r} of the MCP server {cfg.name!r} (the server was not "
                    "reachable when its tools were listed; a call tries it again).",
                    schema=None,
                    risk=Risk(override) if override else Risk.CONSEQUENTIAL,
                    link_for=partial(self.link_for, name),
                )
            )
        return out


def tool_name(server: str, tool: str) -> str:
    """The gofer name of a server's tool: ``<server>_<tool>``, in the characters model APIs accept."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", f"{server}_{tool}")[:64]



def _clean_schema(schema: dict[str, Any] | None) -> dict[str, Any]:
    """The schema the model is shown: an object schema without the titles generators add."""
    if not isinstance(schema, dict):
        return {"type": "object", "properties": {}, "additionalProperties": True}
    out = copy.deepcopy(schema)
    out.pop("title", None)
    out.setdefault("type", "object")
    if out["type"] == "object":
        out.setdefault("properties", {})
    props = out.get("properties")
    if isinstance(props, dict):
        for prop in props.values():
            if isinstance(prop, dict):
                prop.pop("title", None)
    return out


def _validator(schema: dict[str, Any]) -> Validator | None:
    """A jsonschema validator for the server's schema, or None when the schema itself is invalid."""
    from jsonschema import Draft202012Validator, SchemaError
    from jsonschema.validators import validator_for

    try:
        cls = validator_for(schema, default=Draft202012Validator)
        cls.check_schema(schema)
    except SchemaError:
        return None
    validator: Validator = cls(schema)
    return validator
