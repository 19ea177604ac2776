"""How an MCP server is configured: ``GOFER_MCP_SERVERS`` is a JSON list of these.

A server is either a command gofer starts and talks to over stdio (``command``, ``args``, ``env``, ``cwd``) or
a streamable-HTTP endpoint (``url``, ``headers``). ``tools`` keeps only the named tools; ``risk`` overrides
the level read from the tools' annotations, for every tool (a level) or per tool (``{"tool": level}``, with
``"*"`` for the rest). This module imports nothing heavy: Settings uses it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["RESERVED_PREFIXES", "McpServerConfig", "McpServers", "RiskName"]

RiskName = Literal["read_only", "reversible", "consequential"]


RESERVED_PREFIXES = ("browser", "python", "shell")
"""Server names may not start with these: gofer tells its browser, kernel and shell tools by their names' starts
(which page the run is on, which part of the computer a resumed run lost), and a server's tool ``browser_x`` (or
``browserstack_x``) would pass for one of them."""


class McpServerConfig(BaseModel):
    """One MCP server: a stdio command or a streamable-HTTP URL, plus which tools to keep and their risk."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(
        pattern=r"^[A-Za-z][A-Za-z0-9-]{0,31}$",
        description="Short name; the server's tools are called NAME_TOOL.",
    )
    command: str | None = Field(default=None, description="Executable to start (stdio transport).")
    args: list[str] = Field(default_factory=list, description="Arguments of the command.")
    env: dict[str, str] = Field(
        default_factory=dict, description="Environment of the command, over a minimal default (PATH, HOME, ...)."
    )
    cwd: str | None = Field(default=None, description="Working directory of the command.")
    url: str | None = Field(default=None, description="Streamable-HTTP endpoint (http:// or https://).")
    headers: dict[str, str] = Field(default_factory=dict, description="HTTP headers sent to the endpoint.")
    tools: list[str] | None = Field(default=None, description="Keep only these tools (the server's names).")
    risk: RiskName | dict[str, RiskName] | None = Field(
        default=None, description="Risk for all tools, or per tool name ('*' for the rest)."
    )
    timeout: float = Field(default=60.0, gt=0, description="Seconds a tool call may take.")
    connect_timeout: float = Field(default=30.0, gt=0, description="Seconds to start and connect.")

    @field_validator("name")
    @classmethod
    def _not_reserved(cls, name: str) -> str:
        if name.lower().startswith(RESERVED_PREFIXES):
            raise ValueError(f"MCP server {name!r}: names starting with {', '.join(RESERVED_PREFIXES)} are gofer's "
                             "own tools'; choose another name")
        return name

    @model_validator(mode="after")
    def _one_transport(self) -> McpServerConfig:
        if (self.command is None) == (self.url is None):
            raise ValueError(f"MCP server {self.name!r}: give either command (stdio) or url (HTTP), not both")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"MCP server {self.name!r}: url must start with http:// or https://")
        return self

    def risk_for(self, tool: str) -> RiskName | None:
        """The configured risk of one of the server's tools, if any."""
        if isinstance(self.risk, dict):
            return self.risk.get(tool, self.risk.get("*"))
        return self.risk


def _unique_names(servers: list[McpServerConfig]) -> list[McpServerConfig]:
    names = [s.name for s in servers]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"MCP server names must be unique: {', '.join(dupes)}")
    return servers


McpServers = Annotated[list[McpServerConfig], AfterValidator(_unique_names)]
"""The settings' list of MCP servers, with unique names."""
