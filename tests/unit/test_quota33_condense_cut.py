"""A condensing call's reply cut at its output bound (under a quota the bound is what its hold counts): the summary
is kept, marked as cut in the log (``ContextCondensed.cut``), and the model reads that it is incomplete. Before, a
cut summary was kept as if whole and nothing said it was cut, so the model took it for all the earlier steps did.
A real run on a real SQLite store; the model is the scripted one with a 2,000-token window, so the run condenses
after three steps."""

from __future__ import annotations

from pathlib import Path

from condense_helpers import condensing_run

from gofer.events import ContextCondensed, ModelResponded, RunFinished
from gofer.models.base import Message


def _summary_message(messages: list[Message]) -> str:
    return next(m.content for m in messages if "SUMMARY: read big.txt" in m.content)


async def test_a_summary_cut_at_its_bound_is_marked_cut_in_the_log_and_to_the_model(tmp_path: Path) -> None:
    cut = {"text": "SUMMARY: read big.txt twice, then", "cut": True}
    run = await condensing_run(tmp_path, "cut", 1e9, summary=cut, again=cut)  # made again at 8,192: cut too
    log, messages = run.log, run.messages
    assert isinstance(log[-1], RunFinished), log[-1]
    shown = _summary_message(messages)
    assert shown.startswith("[Summary of the earlier steps of this run: INCOMPLETE, it was cut at its output "
                            "bound;"), shown
    call_event = next(e for e in log if isinstance(e, ModelResponded) and e.purpose == "condense")
    assert call_event.cut and call_event.max_output == 4_096
    condensed = [e for e in log if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1 and condensed[0].cut, condensed


async def test_a_whole_summary_is_shown_as_before(tmp_path: Path) -> None:
    """Ordinary use: a summary that ended on its own is not marked."""
    run = await condensing_run(tmp_path, "whole", 1e9)
    log, messages = run.log, run.messages
    assert isinstance(log[-1], RunFinished), log[-1]
    condensed = [e for e in log if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1 and not condensed[0].cut
    shown = _summary_message(messages)
    assert shown.startswith("[Summary of the earlier steps of this run]\n") and "INCOMPLETE" not in shown
