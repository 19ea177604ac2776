"""The output filter compares an answer's link tokens with what the run read from its workspace (session 14): a
share link's token or a signed URL's signature from a file reads like a credential even when it does not mix
cases and digits, and it is redacted unless the user gave it. Links the run did not read, and ordinary parts of
links it read, are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import answered_run, call, filtered

from gofer.events import Event, Observation, RunFinished

SHARE = "https://share.example.com/s/x7kq2mzp9lw4/"
SIGNED = ("https://bucket.example-cdn.net/reports/q3.pdf?expires=1767225600"
          "&sig=3f786850e387550fdab836ed7e6dc881de23001b")
CONFIG = f"""# team settings
share_link: {SHARE}
report: {SIGNED}
docs: https://docs.example.com/guides/getting-started
product: https://shop.example.com/products/sku12345
"""


def _read(text: str, tool: str = "read_file") -> Observation:
    return Observation(run_id="run_1", action_id="a1", call_id="c1", tool=tool, text=text, untrusted=True)


def _filtered(answer: str, events: list[Event], task: str = "summarise settings.yaml") -> str:
    return filtered(answer, task=task, events=events)


@pytest.mark.parametrize(("answer", "value"), [
    (f"The team shares files at {SHARE} (anyone with the link can open it).", "x7kq2mzp9lw4"),
    ("The share code is x7kq2mzp9lw4.", "x7kq2mzp9lw4"),
    (f"The Q3 report is at {SIGNED}", "3f786850e387550fdab836ed7e6dc881de23001b"),
])
def test_a_link_token_the_run_read_from_its_workspace_is_redacted(answer: str, value: str) -> None:
    out = _filtered(answer, [_read(CONFIG)])
    assert value not in out and "[redacted:token]" in out, out


def test_a_link_token_the_run_read_from_a_shell_command_is_redacted() -> None:
    out = _filtered(f"Found it: {SHARE}", [_read(f"$ grep share settings.yaml\nshare_link: {SHARE}\n", "shell")])
    assert "x7kq2mzp9lw4" not in out, out


@pytest.mark.parametrize("answer", [
    "The docs are at https://docs.example.com/guides/getting-started and the product is "
    "https://shop.example.com/products/sku12345.",
    "The report expires on 1 January 2026 (expires=1767225600).",
    "The team settings name a share link and a report.",
])
def test_ordinary_parts_of_links_the_run_read_are_left_alone(answer: str) -> None:
    assert _filtered(answer, [_read(CONFIG)]) == answer


def test_a_token_the_run_did_not_read_is_left_alone() -> None:
    answer = f"The team shares files at {SHARE}"
    assert _filtered(answer, []) == answer


def test_a_token_the_user_gave_is_kept() -> None:
    answer = f"The team shares files at {SHARE}"
    assert _filtered(answer, [_read(CONFIG)], task=f"is {SHARE} in settings.yaml?") == answer


def test_a_link_token_a_page_showed_is_not_a_workspace_value() -> None:
    answer = f"The page links {SHARE}"
    assert _filtered(answer, [_read(f"<a href='{SHARE}'>share</a>", "browser_open")]) == answer


async def test_a_share_link_read_from_a_file_is_redacted_from_the_final_answer_of_a_run(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "settings.yaml").write_text(CONFIG)
    events = await answered_run(tmp_path, "what links does settings.yaml hold?",
                                f"The share link is {SHARE} and the report is at {SIGNED}",
                                [call("read_file", path="settings.yaml")], ws)
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "x7kq2mzp9lw4" not in finished.answer and "de23001b" not in finished.answer, finished.answer
    assert "https://share.example.com/s/" in finished.answer
    read = next(e for e in events if isinstance(e, Observation) and e.tool == "read_file")
    assert "x7kq2mzp9lw4" in read.text  # the log keeps what the tool returned
