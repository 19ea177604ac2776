"""The scripted model (gofer.testing.ScriptedModel) and the scripted:FILE provider."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import ToolCall
from gofer.models.base import Message, ModelClient, ModelError, ToolSpec
from gofer.models.registry import resolve_model
from gofer.testing import ScriptedModel

SCRIPT = """\
- text: Let me plan.
  tool_calls:
    - name: update_plan
      arguments: {steps: [write, finish]}
- tool_calls:
    - {name: write_file, arguments: {path: a.txt, content: hi}}
    - {name: write_file, arguments: {path: b.txt, content: there}}
- text: Done, both files are written.
"""
ASK = [Message(role="user", content="Write two files please.")]
TOOLS = [ToolSpec(name="write_file", description="Write.", parameters={"type": "object"})]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


async def test_turns_are_played_in_order_with_deterministic_ids(tmp_path: Path) -> None:
    model = resolve_model(f"scripted:{write(tmp_path, 'run.yaml', SCRIPT)}", Settings())
    assert isinstance(model, ScriptedModel) and isinstance(model, ModelClient)
    first = await model.complete(ASK, TOOLS)
    assert first.text == "Let me plan."
    assert first.tool_calls == [ToolCall(id="call_0_0", name="update_plan", arguments={"steps": ["write", "finish"]})]
    second = await model.complete(ASK, TOOLS)
    assert [(c.id, c.arguments["path"]) for c in second.tool_calls] == [("call_1_0", "a.txt"), ("call_1_1", "b.txt")]
    assert second.text == ""
    pieces: list[str] = []
    third = await model.complete(ASK, [], stream=True, on_delta=pieces.append)
    assert "".join(pieces) == third.text == "Done, both files are written."
    assert len(pieces) > 1
    assert third.usage.input_tokens > 0 and third.usage.output_tokens > 0
    assert model.info.cost(third.usage) == 0.0
    assert [len(tools) for _, tools in model.calls] == [1, 1, 0]
    model.assert_complete()


async def test_running_past_the_end_names_the_file_and_the_turns(tmp_path: Path) -> None:
    path = write(tmp_path, "short.json", json.dumps([{"text": "only one"}]))
    model = resolve_model(f"scripted:{path}", Settings())
    await model.complete(ASK, [])
    with pytest.raises(ModelError, match=r"short\.json: the script has 1 turns and all were used"):
        await model.complete(ASK, [])


def test_assert_complete_reports_unused_turns() -> None:
    model = ScriptedModel([{"text": "a"}, "b"])
    with pytest.raises(AssertionError, match="2 of 2 scripted turns were not used"):
        model.assert_complete()


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("bad.yaml", "- text: [unclosed", "not valid YAML"),
        ("bad.json", "[{", "not valid JSON"),
        ("map.yaml", "text: hi", "expected a list of turns"),
        ("typo.yaml", "- txt: hi", r"turn 1 has unknown keys \['txt'\]"),
        ("noname.yaml", "- tool_calls: [{arguments: {}}]", r"turn 1: tool_calls\[0\] needs a 'name'"),
        ("args.yaml", "- tool_calls: [{name: x, arguments: [1]}]", "must be a mapping"),
        ("calls.yaml", "- tool_calls: {name: x}", "'tool_calls' must be a list"),
    ],
)
def test_malformed_files_name_the_file_and_the_problem(tmp_path: Path, name: str, text: str, problem: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(ValueError, match=problem) as caught:
        resolve_model(f"scripted:{path}", Settings())
    assert str(path) in str(caught.value)


def test_yaml_errors_do_not_quote_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "a: b\n  c: [secret-value\n")
    with pytest.raises(ValueError, match=r"not valid YAML \(.*line 2, column \d+\)") as caught:
        resolve_model(f"scripted:{path}", Settings())
    assert "secret-value" not in str(caught.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be read"):
        resolve_model(f"scripted:{tmp_path / 'nope.yaml'}", Settings())


async def test_arguments_given_as_broken_json_text_become_an_error_call() -> None:
    model = ScriptedModel([{"tool_calls": [{"name": "write_file", "arguments": "{oops"}]}])
    call = (await model.complete(ASK, TOOLS)).tool_calls[0]
    assert call.name == "write_file" and call.error is not None and "not valid JSON" in call.error
