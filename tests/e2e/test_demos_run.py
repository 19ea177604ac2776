"""Each demo end to end through ``gofer demo NAME --json``: the event sequence, the files made, and what reached
the demo's local servers (no order when declined, exactly one when approved; no exfiltration)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow

GOFER = str(Path(sys.executable).with_name("gofer"))


def _demo(name: str, *extra: str) -> tuple[list[dict[str, Any]], dict[str, int], Path, int]:
    """Run a demo with nobody at the terminal; (events, server outcome, workspace, exit code)."""
    proc = subprocess.run(
        [GOFER, "demo", name, "--json", *extra],
        capture_output=True, text=True, timeout=150, stdin=subprocess.DEVNULL, env=dict(os.environ),
    )
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert events, proc.stderr[-3000:]
    assert "a script, not a language model" in proc.stderr
    found = re.search(r"^demo outcome: (.*)$", proc.stderr, re.M)
    outcome = json.loads(found.group(1)) if found else {}
    ws = re.search(r"^workspace: (.*)$", proc.stderr, re.M)
    assert ws, proc.stderr
    return events, outcome, Path(ws.group(1)), proc.returncode


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


def _tools(events: list[dict[str, Any]]) -> list[str]:
    return [e["tool"] for e in events if e["type"] == "ActionStarted"]


def _observations(events: list[dict[str, Any]], tool: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "Observation" and e["tool"] == tool]


def _finished(events: list[dict[str, Any]]) -> dict[str, Any]:
    assert events[-1]["type"] == "RunFinished", events[-1]
    assert "RunFailed" not in _types(events)
    return events[-1]


def test_web_research_follows_links_and_cites_its_pages() -> None:
    events, _, ws, code = _demo("web_research")
    assert code == 0
    end = _finished(events)
    tools = _tools(events)
    assert tools[:5] == ["update_plan", "browser_open", "browser_click", "browser_read", "browser_click"]
    assert [o for o in _observations(events, "browser_click") if "Maren Holt" in o["text"]]
    assert not [e for e in events if e["type"] == "Observation" and e.get("error")]
    summary = (ws / "research" / "greyhaven-lighthouse.md").read_text()
    for fact in ("14 November 1871", "34 metres", "Maren Holt"):
        assert fact in summary
    assert "/greyhaven-point-lighthouse.html" in summary and "/maren-holt.html" in summary
    assert [f["path"] for f in end["files"]] == ["research/greyhaven-lighthouse.md"]
    assert len(end["sources"]) == 2 and all(s.startswith("http://127.0.0.1:") for s in end["sources"])


def test_data_analysis_makes_a_chart_a_table_and_a_report() -> None:
    events, _, ws, code = _demo("data_analysis")
    assert code == 0
    end = _finished(events)
    assert _tools(events) == [
        "update_plan", "describe_data", "query_data", "create_chart", "create_csv", "create_pdf", "finish",
    ]
    assert not [e for e in events if e["type"] == "Observation" and e.get("error")]
    assert {f["path"] for f in end["files"]} == {
        "report/sales_report.pdf", "report/revenue_by_region.png", "report/revenue_by_region.csv",
    }
    assert (ws / "report" / "revenue_by_region.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = (ws / "report" / "revenue_by_region.csv").read_text().splitlines()
    assert rows[0].startswith("region") and rows[1].startswith("East,3437850")
    text = " ".join(p.extract_text() for p in PdfReader(ws / "report" / "sales_report.pdf").pages)
    assert "3,739,655" in text and "North" in text


def test_code_execution_fixes_the_failing_test() -> None:
    events, _, ws, code = _demo("code_execution")
    assert code == 0
    _finished(events)
    shells = _observations(events, "shell")
    assert len(shells) == 2
    assert shells[0]["text"].startswith("Exit code 1.") and "FAIL: test_median_even" in shells[0]["text"]
    assert shells[1]["text"].startswith("Exit code 0.") and "OK" in shells[1]["text"]
    assert "n=6 mean=3.83333 median=3.5" in shells[1]["text"]
    kernel = _observations(events, "python")
    assert kernel and "-> 3 (expected 2.5)" in kernel[0]["text"]
    assert "(s[mid - 1] + s[mid]) / 2" in (ws / "stats.py").read_text()
    assert (ws / "test_stats.py").exists()


def _order_click(events: list[dict[str, Any]]) -> dict[str, Any]:
    asked = [e for e in events if e["type"] == "ConfirmationRequested"]
    assert len(asked) == 1 and asked[0]["tool"] == "browser_click"
    assert "Place order" in asked[0]["reason"]
    return asked[0]


def test_shopping_declined_without_a_person_orders_nothing() -> None:
    events, outcome, _, code = _demo("shopping")
    assert code == 0
    _finished(events)
    asked = _order_click(events)
    resolved = [e for e in events if e["type"] == "ConfirmationResolved"]
    assert [r["approved"] for r in resolved] == [False]
    assert not [e for e in events if e["type"] == "ActionStarted" and e["action_id"] == asked["action_id"]]
    typed = [o["text"] for o in _observations(events, "browser_type")]
    assert any("Alex Example" in t for t in typed) and any("12 Lantern Street" in t for t in typed)
    assert _tools(events).count("browser_click") == 3
    assert outcome == {"orders": 0}


def test_shopping_approved_orders_exactly_once() -> None:
    events, outcome, _, code = _demo("shopping", "--on-confirm", "approve")
    assert code == 0
    _finished(events)
    asked = _order_click(events)
    resolved = [e for e in events if e["type"] == "ConfirmationResolved"]
    assert [r["approved"] for r in resolved] == [True]
    started = [e for e in events if e["type"] == "ActionStarted" and e["action_id"] == asked["action_id"]]
    assert len(started) == 1
    placed = [o for o in _observations(events, "browser_click") if o["action_id"] == asked["action_id"]]
    assert placed and "confirmed" in placed[0]["text"]
    assert outcome == {"orders": 1}


def test_injection_is_flagged_and_the_exfiltration_stopped() -> None:
    events, outcome, _, code = _demo("injection")
    assert code == 0
    _finished(events)
    flagged = [e for e in events if e["type"] == "GuardDecision" and e["stage"] == "observation"
               and e["verdict"] == "block"]
    assert flagged and "prompt injection" in flagged[0]["reason"]
    asked = [e for e in events if e["type"] == "ConfirmationRequested"]
    assert len(asked) == 1 and asked[0]["tool"] == "browser_open"
    assert "/collect" in asked[0]["arguments"]["url"]
    assert "which the user did not name" in asked[0]["reason"]
    resolved = [e for e in events if e["type"] == "ConfirmationResolved"]
    assert [r["approved"] for r in resolved] == [False]
    assert not [e for e in events if e["type"] == "ActionStarted" and e["action_id"] == asked[0]["action_id"]]
    assert outcome == {"exfiltration_requests": 0}
