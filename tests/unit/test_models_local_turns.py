"""The local (GGUF) provider's turn format, without a model: what its grammar allows, it must parse."""

from __future__ import annotations

from gofer.events import Usage
from gofer.models.base import ToolSpec
from gofer.models.local import THOUGHT_CHARS, LocalModel, call_schema

WRITE = ToolSpec(name="write_file", description="Write a file.", parameters={
    "type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
    "required": ["path", "content"]})


def test_a_call_whose_strings_hold_raw_line_breaks_is_parsed() -> None:
    # llama.cpp's JSON-schema grammar lets a string hold a raw line break or tab, which strict JSON refuses
    content = ('{"thought": "Write it.\nNow.", "tool": "write_file", '
               '"arguments": {"path": "a.md", "content": "# A\n\tb\n"}}')
    completion = LocalModel("m.gguf", llama=object())._parse(content, Usage(), {}, truncated=False)
    [call] = completion.tool_calls
    assert call.error is None and call.name == "write_file"
    assert call.arguments == {"path": "a.md", "content": "# A\n\tb\n"}
    assert completion.text == "Write it.\nNow."


def test_the_thought_is_bounded_so_a_small_model_cannot_loop_in_it() -> None:
    [alternative] = call_schema([WRITE])["oneOf"]
    assert alternative["properties"]["thought"] == {"type": "string", "maxLength": THOUGHT_CHARS}
    assert "maxLength" not in alternative["properties"]["arguments"]["properties"]["content"]
