"""`gofer run` and friends as a person or a script uses them: real processes, real store, scripted model."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pexpect
import pytest
import yaml

GOFER = [sys.executable, "-m", "gofer"]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(GOFER_HOME=str(home), GOFER_NETWORK="none", GOFER_REFUSE_REMOTE_MODELS="1")
    return env


def _script(tmp: Path, turns: list[dict[str, Any]]) -> str:
    path = tmp / "script.yaml"
    path.write_text(yaml.safe_dump(turns, sort_keys=False))
    return f"scripted:{path}"


def _gofer(home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GOFER, *args], env=_env(home), capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def _events(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def _call(name: str, **arguments: Any) -> dict[str, Any]:
    return {"name": name, "arguments": arguments}


def test_run_json_writes_edits_and_finishes(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    spec = _script(tmp_path, [
        {"text": "write", "tool_calls": [_call("write_file", path="notes/hi.txt", content="hello\n")]},
        {"tool_calls": [_call("edit_file", path="notes/hi.txt", old="hello", new="goodbye")]},
        {"tool_calls": [_call("finish", answer="wrote it", files=["notes/hi.txt"])]},
    ])
    out = _gofer(tmp_path / "home", "run", "write a note", "--model", spec, "--workspace", str(ws), "--json")
    assert out.returncode == 0, out.stderr
    events = _events(out.stdout)
    assert events[0]["type"] == "RunStarted" and events[-1]["type"] == "RunFinished"
    assert [e["seq"] for e in events] == list(range(len(events)))
    assert events[-1]["files"][0]["path"] == "notes/hi.txt"
    assert (ws / "notes/hi.txt").read_text() == "goodbye\n"
    listing = _gofer(tmp_path / "home", "runs", "list")
    assert events[0]["run_id"] in listing.stdout and "finished" in listing.stdout


def test_trace_shows_plan_actions_and_answer(tmp_path: Path) -> None:
    spec = _script(tmp_path, [
        {"tool_calls": [_call("update_plan", steps=["look around", "answer"])]},
        {"text": "Let me look.", "tool_calls": [_call("list_files")]},
        {"tool_calls": [_call("finish", answer="nothing here")]},
    ])
    out = _gofer(tmp_path / "home", "run", "look", "--model", spec, "--workspace", str(tmp_path / "ws"))
    assert out.returncode == 0, out.stderr
    for expected in ("Plan", "look around", "Let me look.", "list_files", "nothing here", "a script"):
        assert expected in out.stdout


def test_trace_shows_the_answer_and_questions_only_after_the_output_filter(tmp_path: Path) -> None:
    spec = _script(tmp_path, [
        {"tool_calls": [_call("ask_user", question="Use card 4111 1111 1111 1111?")]},
        {"tool_calls": [_call("finish", answer="Paid with 4111 1111 1111 1111.")]},
    ])
    home = tmp_path / "home"
    out = _gofer(home, "run", "pay the bill", "--model", spec, "--workspace", str(tmp_path / "ws"))
    assert out.returncode == 3, out.stderr
    run_id = out.stderr.split("gofer resume ")[1].split()[0]
    resumed = _gofer(home, "resume", run_id, "--answer", "yes")
    assert resumed.returncode == 0, resumed.stderr
    for shown in (out, resumed):
        assert "4111" not in shown.stdout + shown.stderr and "[redacted:card]" in shown.stdout


def test_no_model_configured_explains_how_to_set_one(tmp_path: Path) -> None:
    out = _gofer(tmp_path / "home", "run", "anything")
    assert out.returncode != 0
    for expected in ("OPENAI_API_KEY", "ollama", "ANTHROPIC_API_KEY", "gguf", "GOFER_MODEL"):
        assert expected in out.stderr


def test_bad_model_spec_is_a_one_line_error(tmp_path: Path) -> None:
    out = _gofer(tmp_path / "home", "run", "x", "--model", "nonsense")
    assert out.returncode == 2
    assert "nonsense" in out.stderr.strip().splitlines()[-1]


def test_question_without_terminal_exits_3_and_resume_answers_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    spec = _script(tmp_path, [
        {"tool_calls": [_call("ask_user", question="Which file name?")]},
        {"tool_calls": [_call("finish", answer="named it")]},
    ])
    out = _gofer(home, "run", "name a file", "--model", spec, "--workspace", str(tmp_path / "ws"), "--json")
    assert out.returncode == 3, out.stderr
    run_id = _events(out.stdout)[0]["run_id"]
    assert f"gofer resume {run_id} --answer" in out.stderr
    resumed = _gofer(home, "resume", run_id, "--answer", "report.txt", "--json")
    assert resumed.returncode == 0, resumed.stderr
    events = _events(resumed.stdout)
    assert events[0]["type"] == "QuestionAnswered" and events[0]["answer"] == "report.txt"
    assert events[-1]["type"] == "RunFinished"


def test_cancel_from_another_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    spec = _script(tmp_path, [{"tool_calls": [_call("ask_user", question="?")]}])
    out = _gofer(home, "run", "wait", "--model", spec, "--workspace", str(tmp_path / "ws"), "--json")
    run_id = _events(out.stdout)[0]["run_id"]
    cancelled = _gofer(home, "runs", "cancel", run_id)
    assert cancelled.returncode == 0 and "cancelled" in cancelled.stdout
    shown = _gofer(home, "runs", "show", run_id, "--json")
    assert _events(shown.stdout)[-1]["type"] == "RunCancelled"


def _log_types(db: Path, run_id: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT payload FROM events WHERE run_id=? ORDER BY seq", (run_id,)).fetchall()
    return [json.loads(r[0])["type"] for r in rows]


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_reaches_the_same_answer(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ws = tmp_path / "ws"
    turns = [
        {"tool_calls": [_call("write_file", path="a.txt", content="one")]},
        {"tool_calls": [_call("shell", command="sleep 30")]},
        {"tool_calls": [_call("write_file", path="b.txt", content="two")]},
        {"tool_calls": [_call("finish", answer="both files", files=["a.txt", "b.txt"])]},
    ]
    spec = _script(tmp_path, turns)
    proc = subprocess.Popen(
        [*GOFER, "run", "two files", "--model", spec, "--workspace", str(ws), "--json"],
        env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    run_id = json.loads(proc.stdout.readline())["run_id"]
    db = home / "gofer.db"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        types = _log_types(db, run_id)
        if types.count("ActionStarted") == 2:
            break
        time.sleep(0.05)
    else:
        pytest.fail(f"the run never started its shell action: {types}")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    before = _log_types(db, run_id)
    assert before[-1] == "ActionStarted"

    resumed = _gofer(home, "resume", run_id, "--json", timeout=90)
    assert resumed.returncode == 0, resumed.stderr
    full = _events(_gofer(home, "runs", "show", run_id, "--json").stdout)
    assert [e["seq"] for e in full] == list(range(len(full)))
    assert [e["type"] for e in full[: len(before)]] == before  # nothing lost or rewritten
    unknown = [e for e in full if e["type"] == "Observation" and "outcome unknown" in (e.get("error") or "")]
    assert len(unknown) == 1 and unknown[0]["tool"] == "shell"
    assert full[-1]["type"] == "RunFinished" and full[-1]["answer"] == "both files"
    assert (ws / "b.txt").read_text() == "two"
    assert sum(1 for e in full if e["type"] == "ModelResponded") == len(turns)


@pytest.mark.slow
def test_replay_reproduces_the_log(tmp_path: Path) -> None:
    home = tmp_path / "home"
    spec = _script(tmp_path, [
        {"tool_calls": [_call("update_plan", steps=["write", "read"])]},
        {"tool_calls": [_call("write_file", path="x.txt", content="data")]},
        {"tool_calls": [_call("read_file", path="x.txt")]},
        {"tool_calls": [_call("finish", answer="read data", files=["x.txt"])]},
    ])
    first = _gofer(home, "run", "replay me", "--model", spec, "--workspace", str(tmp_path / "ws1"), "--json")
    assert first.returncode == 0, first.stderr
    run_id = _events(first.stdout)[0]["run_id"]
    replay = _gofer(home, "replay", run_id, "--workspace", str(tmp_path / "ws2"))
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert "matches" in replay.stdout
    # A replay in a workspace where the file already differs shows the difference.
    (tmp_path / "ws3").mkdir()
    (tmp_path / "ws3" / "x.txt").write_text("other")
    (tmp_path / "ws3" / "extra.txt").write_text("changes the listing")
    spec2 = _script(tmp_path, [
        {"tool_calls": [_call("list_files")]},
        {"tool_calls": [_call("finish", answer="listed")]},
    ])
    second = _gofer(home, "run", "list", "--model", spec2, "--workspace", str(tmp_path / "ws4"), "--json")
    run2 = _events(second.stdout)[0]["run_id"]
    differs = _gofer(home, "replay", run2, "--workspace", str(tmp_path / "ws3"))
    assert differs.returncode == 1 and "Observation.text" in differs.stdout


def test_chat_runs_tasks_one_after_another_in_one_session(tmp_path: Path) -> None:
    home = tmp_path / "home"
    spec = _script(tmp_path, [{"tool_calls": [_call("finish", answer="done with it")]}])
    out = subprocess.run(
        [*GOFER, "chat", "--model", spec, "--workspace", str(tmp_path / "ws")],
        env=_env(home), input="first task\nsecond task\nexit\n", capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Answer") == 2 and out.stdout.count("▶ ") == 2
    session = out.stderr.split("session ", 1)[1].split()[0]
    listing = _gofer(home, "runs", "list", "--session", session)
    assert "first task" in listing.stdout and "second task" in listing.stdout


def _spawn(home: Path, *args: str, **extra: str) -> pexpect.spawn:
    env = _env(home)
    env.update(COLUMNS="160", **extra)
    return pexpect.spawn(GOFER[0], [*GOFER[1:], *args], env=env, encoding="utf-8", timeout=60)


def test_a_timeout_withdraws_the_prompt_and_the_run_goes_on(tmp_path: Path) -> None:
    model = _script(tmp_path, [
        {"tool_calls": [_call("write_file", path="note.md", content="hi\n")]},
        {"tool_calls": [_call("finish", answer="Left the note unwritten.")]},
    ])
    child = _spawn(tmp_path / "home", "run", "write a note", "--model", model, "--workspace", str(tmp_path / "ws"),
                   GOFER_CONFIRMATION="always", GOFER_CONFIRMATION_TIMEOUT="1.5")
    child.expect("Allow this action?")
    child.expect("the prompt is withdrawn")
    child.expect(r"declined\S* by timeout")  # nobody answered: the runner's timeout decided
    child.expect("Left the note unwritten.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not (tmp_path / "ws" / "note.md").exists()


def test_ctrl_c_at_a_local_prompt_stops_at_once(tmp_path: Path) -> None:
    model = _script(tmp_path, [
        {"tool_calls": [_call("write_file", path="note.md", content="hi\n")]},
        {"tool_calls": [_call("finish", answer="done")]},
    ])
    child = _spawn(tmp_path / "home", "run", "write a note", "--model", model, "--workspace", str(tmp_path / "ws"),
                   GOFER_CONFIRMATION="always")
    child.expect("Allow this action?")
    child.sendintr()
    child.expect("gofer resume", timeout=20)  # the run is left to carry on later, not stuck on the prompt
    child.expect(pexpect.EOF, timeout=20)
    child.close()
    assert child.exitstatus not in (0, None)
    assert not (tmp_path / "ws" / "note.md").exists()
