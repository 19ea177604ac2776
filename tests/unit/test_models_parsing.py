"""Tolerant tool-call parsing: calls in text, fenced blocks and tags; malformed arguments become errors."""

from __future__ import annotations

from gofer.models.parsing import extract_tool_calls, make_tool_call, parse_arguments

TOOLS = {"write_file", "finish"}


def test_tagged_call_is_recovered_and_removed_from_the_text() -> None:
    call = '{"name": "write_file", "arguments": {"path": "a.md", "content": "# A"}}'
    text = f"I will write it.\n<tool_call>\n{call}\n</tool_call>"
    rest, calls = extract_tool_calls(text, TOOLS)
    assert rest == "I will write it."
    assert [(c.name, c.arguments, c.error) for c in calls] == [("write_file", {"path": "a.md", "content": "# A"}, None)]
    assert calls[0].id.startswith("call_")


def test_several_tags_and_an_unclosed_last_tag() -> None:
    text = ('<tool_call>{"name": "write_file", "arguments": {"path": "a"}}</tool_call>\n'
            '<tool_call>{"name": "finish", "arguments": {"answer": "done"}}')
    rest, calls = extract_tool_calls(text, TOOLS)
    assert rest == ""
    assert [c.name for c in calls] == ["write_file", "finish"]
    assert len({c.id for c in calls}) == 2


def test_fenced_json_block_is_recovered() -> None:
    text = 'Here:\n```json\n{"name": "finish", "arguments": {"answer": "42"}}\n```\nThanks.'
    rest, calls = extract_tool_calls(text, TOOLS)
    assert rest == "Here:\n\nThanks."
    assert [(c.name, c.arguments) for c in calls] == [("finish", {"answer": "42"})]


def test_bare_json_and_openai_shapes_are_recovered() -> None:
    rest, calls = extract_tool_calls('{"name": "finish", "parameters": {"answer": "x"}}', TOOLS)
    assert rest == "" and calls[0].arguments == {"answer": "x"}
    text = 'Calling now {"id": "c7", "function": {"name": "functions.finish", "arguments": "{\\"answer\\": \\"y\\"}"}}'
    rest, calls = extract_tool_calls(text, TOOLS)
    assert rest == "Calling now"
    assert [(c.id, c.name, c.arguments) for c in calls] == [("c7", "finish", {"answer": "y"})]
    _, calls = extract_tool_calls('[{"name": "write_file", "arguments": {"path": "p"}}, {"name": "finish"}]', TOOLS)
    assert [c.name for c in calls] == ["write_file", "finish"]


def test_unknown_tools_and_ordinary_json_are_left_alone() -> None:
    for text in (
        '{"name": "delete_everything", "arguments": {}}',
        'The config is {"name": "write_file", "size": 3}.',
        "```python\nprint({'name': 'finish'})\n```",
        "No calls here at all.",
    ):
        assert extract_tool_calls(text, TOOLS) == (text, [])
    assert extract_tool_calls('{"name": "finish"}', set()) == ('{"name": "finish"}', [])


def test_malformed_calls_give_errors_the_model_can_read() -> None:
    _, calls = extract_tool_calls('<tool_call>{"name": "write_file", "arguments": {path: "a"}</tool_call>', TOOLS)
    assert len(calls) == 1 and calls[0].name == "write_file"
    assert calls[0].error is not None and "not valid JSON" in calls[0].error
    _, calls = extract_tool_calls('```json\n{"name": "finish", "arguments": "{answer: 1}"}\n```', TOOLS)
    assert calls[0].name == "finish" and calls[0].arguments == {}
    assert calls[0].error is not None and "not valid JSON" in calls[0].error
    rest, calls = extract_tool_calls('{"name": "finish", "arguments": {"answer": "unterminated}', TOOLS)
    assert rest == "" and calls[0].error is not None


def test_parse_arguments_cases() -> None:
    assert parse_arguments('{"a": 1}') == ({"a": 1}, None)
    assert parse_arguments("") == ({}, None)
    assert parse_arguments(None) == ({}, None)
    assert parse_arguments({"b": 2}) == ({"b": 2}, None)
    assert parse_arguments('"{\\"c\\": 3}"') == ({"c": 3}, None)
    assert parse_arguments('```json\n{"d": 4}\n```') == ({"d": 4}, None)
    for raw, kind in (("[1, 2]", "an array"), ("7", "a number"), ("null", "null"), (5, "int")):
        arguments, error = parse_arguments(raw)
        assert arguments == {} and error is not None and kind in error
    arguments, error = parse_arguments("{'single': 'quotes'}")
    assert arguments == {} and error is not None and "line 1 column 2" in error


def test_make_tool_call_keeps_ids_and_names_the_tool_in_errors() -> None:
    call = make_tool_call("write_file", '{"path": ', "call_x")
    assert call.id == "call_x" and call.arguments == {}
    assert call.error is not None and call.error.startswith("the call to write_file could not be used")
    assert make_tool_call("finish", {"answer": "a"}).error is None


def test_reasoning_in_think_tags_is_not_searched_but_kept() -> None:
    text = ('<think>Maybe {"name": "finish", "arguments": {"answer": "no"}}?</think>\n'
            '{"name": "write_file", "arguments": {"path": "yes"}}')
    rest, calls = extract_tool_calls(text, TOOLS)
    assert [(c.name, c.arguments) for c in calls] == [("write_file", {"path": "yes"})]
    assert rest.startswith("<think>Maybe") and rest.endswith("</think>")
    only_thoughts = '<think>{"name": "finish", "arguments": {}}</think>'
    assert extract_tool_calls(only_thoughts, TOOLS) == (only_thoughts, [])
    rest, calls = extract_tool_calls('<think>hmm</think> {"name": "finish", "arguments": {oops}}', TOOLS)
    assert rest == "<think>hmm</think>" and calls[0].error is not None
