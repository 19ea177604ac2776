"""The Tool protocol, the ``@tool`` decorator, tool results and the context a tool runs with.

A tool is a typed async function. Its name, description and JSON schema come from the signature and the
docstring (via pydantic); its first parameter may be the :class:`ToolContext`. A tool declares a risk level
and may judge risk per call (``judge``). Errors the model can fix are raised as :class:`ToolError` and come
back to it as an error observation.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from gofer.events import Artifact, Risk
from gofer.models.base import ToolSpec

if TYPE_CHECKING:
    from gofer.computer.base import Computer

__all__ = [
    "RiskJudgement",
    "Tool",
    "ToolArgumentsError",
    "ToolContext",
    "ToolError",
    "ToolImage",
    "ToolResult",
    "Toolset",
    "tool",
]


class ToolError(Exception):
    """An error the model caused and can correct; its message becomes the observation's error. ``output``:
    text from outside that came with the error (a server's error message); the observation carries it as
    untrusted data, scanned and marked like any other tool output. ``data``: structured facts the runner reads
    from the observation (the URL a browser action was refused on, for watch mode)."""

    def __init__(self, message: str, *, output: str | None = None, data: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.output = output
        self.data = data


class ToolArgumentsError(ToolError):
    """The model's arguments did not match the tool's schema."""


class ToolImage(BaseModel):
    """An image a tool returns (a screenshot, a plot): PNG bytes, stored as a blob by the runner."""

    model_config = ConfigDict(frozen=True)

    data: bytes
    media_type: str = "image/png"
    caption: str = ""


class ToolResult(BaseModel):
    """What a tool returns: text for the model, images, files it made and structured data."""

    text: str = ""
    images: list[ToolImage] = Field(default_factory=list)
    artifacts: list[Artifact] = Field(default_factory=list)
    data: dict[str, Any] | None = None
    untrusted: bool = False
    """True when the text comes from outside the user's control (web pages, files, tool output)."""


class RiskJudgement(BaseModel):
    """A tool's judgement of one call's risk, with the reasons for it."""

    model_config = ConfigDict(frozen=True)

    risk: Risk
    reasons: list[str] = Field(default_factory=list)
    secret_args: list[str] = Field(default_factory=list)
    """Arguments whose values must never reach the log (a password typed into a page): the runner masks them
    in every event and keeps the real value in memory only for the call."""


@dataclass
class ToolContext:
    """What a tool may use: the run's ids, its workspace and the session's computer."""

    run_id: str
    session_id: str
    workspace: Path
    computer: Computer | None = None
    settings: Any = None
    extras: dict[str, Any] = field(default_factory=dict)
    user_id: str | None = None
    """The user the run belongs to (None for the CLI): per-user state, such as an MCP server's, is keyed by it."""

    def require_computer(self) -> Computer:
        """The session's computer, or a ToolError when this run has none."""
        if self.computer is None:
            raise ToolError("this run has no computer (sandbox, kernel, browser) attached")
        return self.computer


Judge = Callable[[dict[str, Any], ToolContext], RiskJudgement | None]


class Tool:
    """A callable tool: a name, a description, an argument model and a risk level."""

    def __init__(
        self,
        fn: Callable[..., Awaitable[Any]],
        *,
        name: str | None = None,
        description: str | None = None,
        risk: Risk = Risk.READ_ONLY,
        judge: Judge | None = None,
        control: bool = False,
    ) -> None:
        if not inspect.iscoroutinefunction(fn):
            raise TypeError(f"tool {fn.__name__!r} must be an async function")
        self.fn = fn
        self.name = name or fn.__name__
        doc = inspect.getdoc(fn) or ""
        summary, param_docs = _parse_docstring(doc)
        self.description = description or summary or self.name
        self.risk = Risk(risk)
        self.judge = judge
        self.control = control
        self.takes_context, self.args_model = _args_model(fn, self.name, param_docs)

    def __repr__(self) -> str:
        return f"Tool({self.name!r}, risk={self.risk.value})"

    @cached_property
    def parameters(self) -> dict[str, Any]:
        """JSON schema of the arguments."""
        schema = self.args_model.model_json_schema()
        schema.pop("title", None)
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        return schema

    @cached_property
    def spec(self) -> ToolSpec:
        """The tool as the model is told about it."""
        return ToolSpec(name=self.name, description=self.description, parameters=self.parameters)

    def validate(self, arguments: dict[str, Any]) -> BaseModel:
        """Check arguments against the schema; a mismatch is a ToolArgumentsError naming each field."""
        try:
            return self.args_model.model_validate(arguments)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}" for err in exc.errors()
            )
            raise ToolArgumentsError(f"invalid arguments for {self.name}: {problems}") from None

    def judge_risk(self, arguments: dict[str, Any], ctx: ToolContext) -> RiskJudgement:
        """The risk of one call: the tool's own judgement when it has one, else its declared level."""
        if self.judge is not None:
            verdict = self.judge(arguments, ctx)
            if verdict is not None:
                return verdict
        return RiskJudgement(risk=self.risk)

    async def __call__(self, ctx: ToolContext, arguments: dict[str, Any]) -> ToolResult:
        """Validate the arguments and run the tool; its return value becomes a ToolResult."""
        args = self.validate(arguments)
        kwargs = dict(args)  # the validated fields, by name
        result = await (self.fn(ctx, **kwargs) if self.takes_context else self.fn(**kwargs))
        if isinstance(result, ToolResult):
            return result
        if result is None:
            return ToolResult(text="done")
        if isinstance(result, str):
            return ToolResult(text=result)
        if isinstance(result, BaseModel):
            return ToolResult(text=result.model_dump_json(indent=1), data=result.model_dump(mode="json"))
        return ToolResult(text=str(result))


def tool(
    fn: Callable[..., Awaitable[Any]] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    risk: Risk | str = Risk.READ_ONLY,
    judge: Judge | None = None,
    control: bool = False,
) -> Any:
    """Make a typed async function a Tool: ``@tool`` or ``@tool(risk="reversible", judge=...)``.

    ``control`` marks the tools the loop itself acts on (plan, ask, finish).
    """

    def wrap(f: Callable[..., Awaitable[Any]]) -> Tool:
        return Tool(f, name=name, description=description, risk=Risk(risk), judge=judge, control=control)

    return wrap(fn) if fn is not None else wrap


class Toolset:
    """An ordered collection of tools by name; toolsets compose."""

    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for t in tools:
            self.add(t)

    def add(self, t: Tool) -> None:
        """Add a tool; names must be unique."""
        if t.name in self._tools:
            raise ValueError(f"duplicate tool name {t.name!r}")
        self._tools[t.name] = t

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def get(self, name: str) -> Tool | None:
        """The tool with this name, if any."""
        return self._tools.get(name)

    @property
    def names(self) -> list[str]:
        """Names of the tools, in order."""
        return list(self._tools)

    def __add__(self, other: Toolset) -> Toolset:
        return Toolset([*self, *other])

    def filtered(self, names: Iterable[str], *, keep: Iterable[str] = ()) -> Toolset:
        """Only the named tools (plus ``keep``, e.g. the control tools every run needs)."""
        wanted = set(names) | set(keep)
        unknown = set(names) - set(self._tools)
        if unknown:
            raise ValueError(f"unknown tools: {', '.join(sorted(unknown))}; known: {', '.join(self.names)}")
        return Toolset(t for t in self if t.name in wanted)

    def prefixed(self, prefix: str) -> Toolset:
        """The same tools under ``prefix_name`` (for MCP servers and other namespaced toolsets)."""
        return Toolset(
            Tool(t.fn, name=f"{prefix}_{t.name}", description=t.description, risk=t.risk, judge=t.judge)
            for t in self
        )

    def specs(self) -> list[ToolSpec]:
        """Specs of all tools, for the model."""
        return [t.spec for t in self]


_PARAM_LINE = re.compile(r"^\s*(?::param\s+)?(\w+)\s*(?:\([^)]*\))?\s*:\s*(.+)$")


def _parse_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """Split a docstring into its description and per-parameter notes (``Args:`` or ``:param x:`` style)."""
    lines = doc.splitlines()
    summary: list[str] = []
    params: dict[str, str] = {}
    in_args = False
    for line in lines:
        stripped = line.strip()
        if stripped.lower() in ("args:", "arguments:", "parameters:"):
            in_args = True
            continue
        if in_args or stripped.startswith(":param"):
            m = _PARAM_LINE.match(stripped)
            if m:
                params[m.group(1)] = m.group(2).strip()
                continue
            if stripped and params:
                last = next(reversed(params))
                params[last] += " " + stripped
            continue
        summary.append(line)
    return "\n".join(summary).strip(), params


def _args_model(
    fn: Callable[..., Any], tool_name: str, param_docs: dict[str, str]
) -> tuple[bool, type[BaseModel]]:
    sig = inspect.signature(fn)
    hints = get_type_hints(fn)
    params = list(sig.parameters.values())
    takes_context = bool(params) and (
        hints.get(params[0].name) is ToolContext or params[0].name in ("ctx", "context")
    )
    if takes_context:
        params = params[1:]
    fields: dict[str, Any] = {}
    for p in params:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            raise TypeError(f"tool {tool_name!r}: *args and **kwargs are not supported")
        annotation = hints.get(p.name, Any)
        default = ... if p.default is inspect.Parameter.empty else p.default
        fields[p.name] = (annotation, Field(default, description=param_docs.get(p.name)))
    model = create_model(
        f"{tool_name}_args", __config__=ConfigDict(extra="forbid"), **fields
    )
    return takes_context, model
