"""A condensing summary cut at its output bound is asked for once more at twice that bound, within the model's
stated most and the run's quota, holding room for it as the first call did; the summary kept is marked cut only
when that one was cut too. Before, a cut summary was kept, marked, and never redone, so the steps it covered were
gone from the prompt with only part of them said. A real run on a real SQLite store; the model is the scripted one
with a 2,000-token window, so the run condenses after three steps."""

from __future__ import annotations

from pathlib import Path

from condense_helpers import condensing_run

from gofer.agent.context import estimate_tokens
from gofer.events import ContextCondensed, ModelResponded, RunFailed, RunFinished

CUT = {"text": "SUMMARY: read big.txt twice, then", "cut": True}
WHOLE = {"text": "SUMMARY: read big.txt twice, then listed the files"}


def _calls(log: list) -> list[tuple[str, int | None, bool]]:
    return [(e.purpose, e.max_output, e.cut) for e in log if isinstance(e, ModelResponded)]


def _condensed(log: list) -> ContextCondensed:
    condensed = [e for e in log if isinstance(e, ContextCondensed)]
    assert len(condensed) == 1, condensed
    return condensed[0]


async def test_a_cut_summary_is_made_again_with_twice_the_room_holding_it(tmp_path: Path) -> None:
    run = await condensing_run(tmp_path, "again", 1e9, summary=CUT, again=WHOLE)
    log, model = run.log, run.model
    assert isinstance(log[-1], RunFinished), log[-1]
    assert _calls(log)[3:] == [("condense", 4_096, True), ("condense", 8_192, False), ("step", 4_096, False)]
    prompt, bound, held = model.calls[4]
    assert bound == 8_192 and held == estimate_tokens(prompt) + 8_192  # its own hold, at the larger bound
    condensed = _condensed(log)
    assert condensed.summary == WHOLE["text"] and not condensed.cut
    shown = next(m.content for m in run.messages if "SUMMARY: read big.txt" in m.content)
    assert shown.startswith("[Summary of the earlier steps of this run]\n") and "INCOMPLETE" not in shown, shown


async def test_a_summary_cut_again_is_kept_marked(tmp_path: Path) -> None:
    again = {"text": "SUMMARY: read big.txt twice, then listed", "cut": True}
    run = await condensing_run(tmp_path, "twice", 1e9, summary=CUT, again=again)
    log = run.log
    assert isinstance(log[-1], RunFinished), log[-1]
    assert _calls(log)[3:5] == [("condense", 4_096, True), ("condense", 8_192, True)]
    condensed = _condensed(log)
    assert condensed.cut and condensed.summary == again["text"]
    shown = next(m.content for m in run.messages if "SUMMARY: read big.txt" in m.content)
    assert "INCOMPLETE" in shown, shown


async def test_under_no_quota_a_cut_summary_is_made_again_at_twice_what_it_wrote(tmp_path: Path) -> None:
    """Without a quota the first call sends no bound: the server cut it at its own, which the tokens it wrote
    tell; the second call asks for twice that."""
    run = await condensing_run(tmp_path, "free", None, summary=CUT, again=WHOLE)
    log = run.log
    assert isinstance(log[-1], RunFinished), log[-1]
    first = [e for e in log if isinstance(e, ModelResponded)][3]
    assert _calls(log)[3:5] == [("condense", None, True), ("condense", 2 * first.usage.output_tokens, False)]
    assert not _condensed(log).cut
    assert [held for _, _, held in run.model.calls] == [0] * 6  # nothing held without a quota


async def test_a_summary_cut_at_the_models_most_is_not_made_again(tmp_path: Path) -> None:
    """The model states its most output (4,096 here): a summary cut there has no more room to be asked for."""
    run = await condensing_run(tmp_path, "most", 1e9, summary=CUT, info={"max_output": 4_096})
    log = run.log
    assert isinstance(log[-1], RunFinished), log[-1]
    assert [purpose for purpose, _, _ in _calls(log)] == ["step", "step", "step", "condense", "step"]
    assert _condensed(log).cut


async def test_a_cut_summary_the_model_refuses_more_room_for_is_kept(tmp_path: Path) -> None:
    """A model stating no bound may have one: its server refusing the larger bound leaves the cut summary, marked,
    and the run goes on."""
    run = await condensing_run(tmp_path, "refused", 1e9, summary=CUT, refuse_above=4_096)
    log = run.log
    assert isinstance(log[-1], RunFinished), log[-1]
    assert [bound for _, bound, _ in run.model.calls][3:5] == [4_096, 8_192]  # asked, refused
    assert [purpose for purpose, _, _ in _calls(log)] == ["step", "step", "step", "condense", "step"]
    condensed = _condensed(log)
    assert condensed.cut and condensed.summary == CUT["text"]


async def test_a_cut_summary_the_quota_has_no_room_to_make_again_is_kept(tmp_path: Path) -> None:
    """The second call is not made past the quota: the cut summary stands, marked, and the next step's own hold
    (here its last prompt's size, more than the second summary's hold) stops the run, saying so."""
    probe = await condensing_run(tmp_path, "probe", 1e9, summary=CUT, again=WHOLE)
    spent = [e.usage.input_tokens + e.usage.output_tokens for e in probe.log if isinstance(e, ModelResponded)]
    limit = sum(spent[:4]) + probe.model.holds[4] - 1  # room for the first summary, not for the second's hold
    log = (await condensing_run(tmp_path, "capped", limit, summary=CUT)).log
    assert [purpose for purpose, _, _ in _calls(log)] == ["step", "step", "step", "condense"]
    assert _condensed(log).cut
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    assert "would be passed by the next step" in failed.reason, failed.reason
