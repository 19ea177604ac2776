"""Session 16, what a command writes and runs where the judges used to read text only: an awk output name built
from the data it reads (a ``../`` there climbs out of the new folder), a console script on the sandbox's ``PATH``
named like a host command, poetry's build script and a repository's inert ``.git/config`` in an archive. Judged by
the real judges against a real workspace; the quiet cases beside them are ordinary work."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import CHANGED_FILES, OWN_FILES, shell


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "sales.csv").write_text("north,3.5\nsouth,5.25\nnorth,4\n")
    (tmp_path / "notes.txt").write_text("the user's notes\n")
    (tmp_path / "list.txt").write_text("north 1\n../notes.txt 2\n")
    (tmp_path / "names.txt").write_text("alpha\nbeta.v2\n2024/q1\n")
    return tmp_path


def judge(tool: str, ws: Path, own: frozenset[str] | set[str] = frozenset(), extras: Mapping[str, object] | None = None,
          **arguments: object) -> list[str]:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, extras={OWN_FILES: frozenset(own), **(extras or {})})
    judgement = {"shell": shell, "python": python}[tool].judge_risk(dict(arguments), ctx)
    return judgement.reasons if judgement.risk == Risk.CONSEQUENTIAL else []


# -- 1. an awk output name built from the data it reads --------------------------------------------------------------

QUIET_SPLITS = [
    "mkdir -p out && awk -F, '{print > (\"out/\" $1 \".csv\")}' sales.csv",
    "mkdir -p out && awk -F, '{print > (\"out/\" $1)}' sales.csv",
    "mkdir -p out && awk -F, 'NR > 1 {print >> (\"out/\" tolower($1) \"_\" NR \".csv\")}' sales.csv",
    "mkdir -p out && awk '{print > (\"out/\" $1 \".txt\")}' names.txt",
    "mkdir -p out && awk 'BEGIN {FS = \",\"} {print > (\"out/\" $1 \".csv\")}' sales.csv",
    "mkdir -p out && awk -F, -v OFS=';' '{print $2 > (\"out/\" $1 \".csv\")}' sales.csv",
]


@pytest.mark.parametrize("command", QUIET_SPLITS)
def test_an_awk_split_by_a_field_into_a_new_folder_stays_quiet(ws: Path, command: str) -> None:
    assert judge("shell", ws, command=command) == [], command


CLIMBING_SPLITS = [
    "mkdir -p out && awk '{print > (\"out/\" $1)}' list.txt",
    "mkdir -p out && awk '{print > (\"out/\" $NF)}' list.txt",
    "mkdir -p out && awk '{print > (\"out/\" $0)}' list.txt",
    "mkdir -p out && awk '{print > (\"out/\" $1 \"/x\")}' list.txt",
    "mkdir -p out && awk '{print > (\"out/.\" $1 \"./notes.txt\")}' names.txt",
    "mkdir -p out && awk '{print > (\"out/..\" \"/notes.txt\")}' names.txt",
]


@pytest.mark.parametrize("command", CLIMBING_SPLITS)
def test_an_awk_name_that_climbs_out_of_its_folder_asks(ws: Path, command: str) -> None:
    reasons = judge("shell", ws, command=command)
    assert any("out of" in r or "notes.txt" in r for r in reasons), (command, reasons)


UNKNOWN_DATA = [
    "mkdir -p out && cat list.txt | awk '{print > (\"out/\" $1)}'",  # standard input: not read before it runs
    "mkdir -p out && awk '{print > (\"out/\" $1)}' -",
    "mkdir -p out && awk '{print > (\"out/\" $1)}' missing.txt",
    "mkdir -p out && awk '{sub(/x/, \"..\"); print > (\"out/\" $1)}' sales.csv",
    "mkdir -p out && awk '{$1 = \"..\"; print > (\"out/\" $1 \"/n\")}' sales.csv",
    "mkdir -p out && awk 'BEGIN {OFS = \"..\"} {NF = 2; print > (\"out/\" $0)}' sales.csv",
    "mkdir -p out && awk '{getline; print > (\"out/\" $1)}' sales.csv",
    "mkdir -p out && awk '{x = \"..\"; print > (\"out/\" x \"/notes.txt\")}' sales.csv",
    "mkdir -p out && awk '{print > (\"out/\" sprintf(\"%c%c\", 46, 46) \"/notes.txt\")}' sales.csv",
    "mkdir -p out && awk -v RS=/ '{print > (\"out/\" $1)}' sales.csv",
]


@pytest.mark.parametrize("command", UNKNOWN_DATA)
def test_an_awk_name_from_data_or_code_that_cannot_be_read_asks(ws: Path, command: str) -> None:
    assert judge("shell", ws, command=command), command


def test_an_awk_program_file_reads_the_data_its_command_names(ws: Path) -> None:
    (ws / "split.awk").write_text('BEGIN { FS = "," }\n{ print > ("out/" $1 ".csv") }\n')
    assert judge("shell", ws, command="mkdir -p out && awk -f split.awk sales.csv") == []
    assert judge("shell", ws, command="mkdir -p out && awk -f split.awk list.txt")
    (ws / "split.awk").write_text('#!/usr/bin/awk -f\n{ print > ("out/" $1 ".csv") }\n')
    assert judge("shell", ws, command="mkdir -p out && ./split.awk sales.csv"), "a script's data is not known"


# -- 2. a console script on the sandbox's PATH named like a host command ----------------------------------------------

WRAPPER = ("#!/opt/gofer/venv/bin/python3\n# -*- coding: utf-8 -*-\nimport re\nimport sys\n"
           "from {module} import {func}\n"
           "if __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n"
           "    sys.exit({func}())\n")
"""The script ``pip install`` writes for a console script (into ``.gofer/python/bin``, first on the sandbox's PATH)."""


def _install(ws: Path, name: str, module: str, func: str = "main") -> None:
    (ws / ".gofer" / "python" / "bin").mkdir(parents=True, exist_ok=True)
    (ws / ".gofer" / "python" / "bin" / name).write_text(WRAPPER.format(module=module, func=func))


def test_a_workspace_console_script_named_like_a_host_command_is_judged_by_its_module(ws: Path) -> None:
    (ws / "pyproject.toml").write_text('[project]\nname = "tool"\nversion = "1"\n[project.scripts]\n'
                                       'ls = "tool.cli:main"\ngit = "tool.cli:main"\n')
    (ws / "tool").mkdir()
    (ws / "tool" / "__init__.py").write_text("")
    (ws / "tool" / "cli.py").write_text("import shutil\n\ndef main():\n    shutil.rmtree('/workspace')\n")
    assert judge("shell", ws, command="ls -la") == [], "not installed: the host's ls runs"
    _install(ws, "ls", "tool.cli")
    _install(ws, "git", "tool.cli")
    for command in ["ls -la", "ls && echo done", "git status", "cd sub; ls"]:
        reasons = judge("shell", ws, command=command)
        assert any("deletes" in r for r in reasons), (command, reasons)
    assert judge("python", ws, code="!ls")
    assert judge("shell", ws, command="/bin/ls -la") == [], "a path names the host's program"
    assert judge("shell", ws, command="echo hi") == [], "a builtin runs before PATH"


def test_a_script_dropped_on_the_sandbox_path_is_judged_as_the_script_it_is(ws: Path) -> None:
    (ws / ".gofer" / "python" / "bin").mkdir(parents=True)
    (ws / ".gofer" / "python" / "bin" / "cat").write_text("#!/bin/sh\nrm -rf /workspace/*\n")
    assert any("deletes" in r for r in judge("shell", ws, command="cat notes.txt"))


def test_an_installed_tool_on_the_sandbox_path_is_judged_as_the_tool(ws: Path) -> None:
    _install(ws, "pytest", "pytest", "console_main")
    (ws / "test_x.py").write_text("def test_x():\n    assert True\n")
    assert judge("shell", ws, command="pytest -q") == []
    (ws / "conftest.py").write_text("import os\nos.remove('notes.txt')\n")
    assert judge("shell", ws, command="pytest -q", own={"conftest.py"}), "pytest still loads the run's conftest"


# -- 3. poetry's build script ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", ['[tool.poetry.build]\nscript = "build.py"\n', '[tool.poetry]\nbuild = "build.py"\n'])
def test_poetry_build_script_is_judged_when_the_run_changed_it(ws: Path, table: str) -> None:
    (ws / "pyproject.toml").write_text('[project]\nname = "app"\nversion = "1"\n' + table
                                       + '[build-system]\nrequires = ["poetry-core"]\n'
                                       'build-backend = "poetry.core.masonry.api"\n')
    (ws / "build.py").write_text("import os\nos.remove('notes.txt')\n")
    for command in ["poetry build", "poetry build -f wheel", "uv build"]:  # (python -m build imports ./build.py)
        assert judge("shell", ws, command=command) == [], f"{command}: the person's own build script is theirs"
    changed = {CHANGED_FILES: frozenset({"build.py"})}
    for command in ["poetry build", "pip install -e .", "uv build", "cd . && poetry build"]:
        reasons = judge("shell", ws, extras=changed, command=command)
        assert any("builds the project" in r and "deletes" in r for r in reasons), (command, reasons)
    assert any("builds the project" in r for r in judge("shell", ws, extras=changed, command="poetry install"))
    (ws / "sub").mkdir()
    (ws / "sub" / "pyproject.toml").write_text((ws / "pyproject.toml").read_text())
    (ws / "sub" / "build.py").write_text("import os\nos.remove('notes.txt')\n")
    assert judge("shell", ws, own={"sub/build.py"}, command="poetry -C sub build")
    assert judge("shell", ws, own={"sub/build.py"}, command="poetry build --directory=sub")
