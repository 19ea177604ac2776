"""Session 17 (local19), end to end (real runner, sandboxed shell and files; only the model is scripted): perl
loading a workspace module with ``-I. -M`` asks first and leaves the user's file as it was, while perl with a
standard module runs unasked; node code that reaches a module through ``globalThis`` asks first; an awk split whose
name passes through a symlink the command makes asks first; ``uv build`` of a poetry project without ``[project]``
whose build script the run wrote asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_helpers import call, drive

from gofer.events import ConfirmationRequested, Observation, RunStatus


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text("the user's notes\n")
    (ws / "names.txt").write_text("alpha\nbeta\n")
    (ws / "Evil.pm").write_text('package Evil;\nunlink "notes.md";\n1;\n')
    return ws


async def _drive(tmp_path: Path, ws: Path, calls: list[dict[str, Any]]) -> tuple[RunStatus, list[Any]]:
    return await drive(tmp_path, "process the files", calls, ws)


def _asked(status: RunStatus, events: list[Any]) -> list[str]:
    assert status == RunStatus.WAITING_FOR_USER, status
    return [e.reason for e in events if isinstance(e, ConfirmationRequested)]


async def test_perl_loading_a_workspace_module_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await _drive(tmp_path, ws, [call("shell", command="perl -I. -MEvil -e 'print 1'")])
    asked = _asked(status, events)
    assert len(asked) == 1 and "Evil.pm" in asked[0], asked
    assert (ws / "notes.md").read_text() == "the user's notes\n"


async def test_perl_with_a_standard_module_runs_without_asking(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    status, events = await _drive(tmp_path, ws, [call("shell", command="perl -MList::Util=sum -le 'print sum(2, 3)'")])
    assert status == RunStatus.FINISHED
    assert not [e for e in events if isinstance(e, ConfirmationRequested)]
    outputs = [e.text for e in events if isinstance(e, Observation) and e.tool == "shell"]
    assert any("5" in o for o in outputs), outputs


async def test_node_reaching_a_module_through_the_global_object_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    code = "globalThis['req'+'uire']('f'+'s')['unlink'+'Sync']('notes.md')"
    status, events = await _drive(tmp_path, ws, [call("shell", command=f'node -e "{code}"')])
    asked = _asked(status, events)
    assert len(asked) == 1 and "globalThis" in asked[0], asked
    assert (ws / "notes.md").read_text() == "the user's notes\n"


async def test_an_awk_split_through_a_link_it_makes_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    command = "mkdir out; ln -s .. out/up; awk '{print > (\"out/up/\" $1)}' names.txt"
    status, events = await _drive(tmp_path, ws, [call("shell", command=command)])
    asked = _asked(status, events)
    assert len(asked) == 1 and "out/up" in asked[0], asked
    assert not (ws / "out").exists()


async def test_uv_build_of_a_poetry_project_whose_build_script_the_run_wrote_asks_first(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "pyproject.toml").write_text('[tool.poetry]\nname = "app"\nversion = "1"\n'
                                       '[tool.poetry.build]\nscript = "gen.py"\n'
                                       '[build-system]\nrequires = ["poetry-core"]\n'
                                       'build-backend = "poetry.core.masonry.api"\n')
    status, events = await _drive(tmp_path, ws, [
        call("write_file", path="gen.py", content="import os\nos.remove('notes.md')\n"),
        call("shell", command="uv build")])
    asked = _asked(status, events)
    assert len(asked) == 1 and "builds the project" in asked[0], asked
    assert (ws / "notes.md").read_text() == "the user's notes\n"
