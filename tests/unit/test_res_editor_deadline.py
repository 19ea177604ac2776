"""Editing an existing file (``append=True``) and the self-check of a written file parse what is on disk, which
the run or the user may have crafted: both run in the reading worker under GOFER_DOCUMENT_READ_TIMEOUT, as reading
does. A workbook of 60,000 rows (under 1 MB) kept openpyxl busy for about 10 s in gofer's own process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from test_res_document_deadline import _long_workbook

from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.documents.verify import verify_details
from gofer.events import Observation, RunFinished, RunStatus
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_spreadsheet

ROWS = 60_000


def test_the_self_check_of_a_crafted_workbook_stops_at_the_deadline(tmp_path: Path) -> None:
    (tmp_path / "rows.xlsx").write_bytes(_long_workbook(ROWS))
    started = time.monotonic()
    check = verify_details(Workspace(tmp_path), "rows.xlsx", timeout=1)
    assert time.monotonic() - started < 8
    assert len(check.problems) == 1 and "checking 'rows.xlsx' took longer than 1 s" in check.problems[0]
    (tmp_path / "ok.csv").write_text("a,b\n1,2\n")
    assert verify_details(Workspace(tmp_path), "ok.csv").problems == []


async def test_appending_to_a_crafted_workbook_stops_at_the_deadline(tmp_path: Path) -> None:
    crafted = _long_workbook(ROWS)
    (tmp_path / "rows.xlsx").write_bytes(crafted)
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path, settings=Settings(document_read_timeout=1))
    started = time.monotonic()
    with pytest.raises(ToolError, match=r"appending to 'rows\.xlsx' took longer than 1 s"):
        await create_spreadsheet(ctx, {"path": "rows.xlsx", "append": True,
                                       "spec": {"sheets": [{"name": "S", "rows": [[1, 2]]}]}})
    assert time.monotonic() - started < 8
    assert (tmp_path / "rows.xlsx").read_bytes() == crafted


async def test_finishing_with_a_crafted_workbook_does_not_hang_the_run(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "rows.xlsx").write_bytes(_long_workbook(ROWS))
    spec = script(tmp_path, [
        {"tool_calls": [call("finish", answer="done", files=["rows.xlsx"])]},
        {"tool_calls": [call("finish", answer="done without the file")]},
    ])
    async with gofer_env(document_read_timeout=1) as env:
        run = await env.service.create_run("t", spec, workspace=ws, start=False)
        started = time.monotonic()
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        assert time.monotonic() - started < 15
        events = await env.store.read(run.id)
    refused = next(e for e in events if isinstance(e, Observation) and e.tool == "finish")
    assert refused.error and "checking 'rows.xlsx' took longer than 1 s" in refused.error
    assert isinstance(events[-1], RunFinished) and events[-1].answer == "done without the file"
