"""The @tool decorator: schemas from signatures and docstrings, validation errors the model can read."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import RiskJudgement, ToolArgumentsError, ToolContext, ToolResult, Toolset, tool
from gofer.tools.registry import CONTROL_TOOLS, builtin_tools


@tool(risk="reversible")
async def greet(ctx: ToolContext, name: str, times: int = 1, loud: bool = False) -> str:
    """Greet someone.

    Args:
        name: who to greet.
        times: how many times.
    """
    return ("HELLO " if loud else "hello ") + name * times


def _ctx(tmp_path: Path) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path)


def test_schema_comes_from_signature_and_docstring() -> None:
    assert greet.name == "greet" and greet.description == "Greet someone." and greet.risk == Risk.REVERSIBLE
    assert greet.takes_context
    params = greet.parameters
    assert params["required"] == ["name"]
    assert params["properties"]["name"] == {"type": "string", "description": "who to greet."}
    assert params["properties"]["times"]["type"] == "integer" and params["properties"]["times"]["default"] == 1
    assert params["additionalProperties"] is False


async def test_call_validates_and_wraps_results(tmp_path: Path) -> None:
    result = await greet(_ctx(tmp_path), {"name": "ab", "times": 2})
    assert isinstance(result, ToolResult) and result.text == "hello abab"
    with pytest.raises(ToolArgumentsError, match="times"):
        await greet(_ctx(tmp_path), {"name": "x", "times": "many"})
    with pytest.raises(ToolArgumentsError, match="name"):
        await greet(_ctx(tmp_path), {})
    with pytest.raises(ToolArgumentsError, match="colour: Extra inputs"):
        await greet(_ctx(tmp_path), {"name": "x", "colour": "red"})


def test_per_call_risk_judgement(tmp_path: Path) -> None:
    def judge(args: dict[str, object], ctx: ToolContext) -> RiskJudgement | None:
        return RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=["sends mail"]) if args.get("to") else None

    @tool(risk="reversible", judge=judge)
    async def send(to: str = "") -> str:
        """Send."""
        return to

    assert send.judge_risk({"to": "a@b.c"}, _ctx(tmp_path)).risk == Risk.CONSEQUENTIAL
    assert send.judge_risk({}, _ctx(tmp_path)).risk == Risk.REVERSIBLE


def test_sync_functions_are_refused() -> None:
    with pytest.raises(TypeError, match="async"):
        tool(lambda: None)  # type: ignore[arg-type]


def test_toolsets_compose_and_filter() -> None:
    tools = builtin_tools()
    for name in ("read_file", "write_file", "edit_file", "list_files", *CONTROL_TOOLS):
        assert name in tools
    only = tools.filtered(["read_file"], keep=CONTROL_TOOLS)
    assert set(only.names) == {"read_file", *CONTROL_TOOLS}
    with pytest.raises(ValueError, match="unknown tools: nope"):
        tools.filtered(["nope"])
    assert Toolset([greet]).prefixed("x").names == ["x_greet"]
    with pytest.raises(ValueError, match="duplicate"):
        Toolset([greet, greet])


def test_builtin_risk_levels() -> None:
    tools = builtin_tools()
    expected = {
        "read_file": Risk.READ_ONLY,
        "list_files": Risk.READ_ONLY,
        "update_plan": Risk.READ_ONLY,
        "ask_user": Risk.READ_ONLY,
        "finish": Risk.READ_ONLY,
        "write_file": Risk.REVERSIBLE,
        "edit_file": Risk.REVERSIBLE,
    }
    for name, risk in expected.items():
        found = tools.get(name)
        assert found is not None and found.risk == risk, name
