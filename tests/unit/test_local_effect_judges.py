"""Session 13, what a command or cell really changes on disk: runners in front of runners (``uv run``, ``poetry
run``, ``pdm run``, ``hatch run``, ``pipx run``, ``coverage run`` and their ``python -m`` forms), pytest plugins
named in ``pytest_plugins`` and ini files, the user's test modules the run edited, just's ``set shell`` and ``mod``,
archives that cannot be listed extracted into a new folder, and output options of common programs that overwrite
files. Each is judged by the real judges against a real workspace; the quiet cases beside them are ordinary work."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import CHANGED_FILES, OWN_FILES, shell

REMOVE = "import os\nos.remove('data.csv')\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "notes.txt").write_text("mine\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.csv").write_text("mine\n")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_app.py").write_text("def test_one():\n    assert True\n")
    return tmp_path


def judge(tool: str, ws: Path, own: frozenset[str] | set[str] = frozenset(),
          changed: frozenset[str] | set[str] = frozenset(), **arguments: object) -> list[str]:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws,
                      extras={OWN_FILES: frozenset(own), CHANGED_FILES: frozenset(changed)})
    judgement = {"shell": shell, "python": python}[tool].judge_risk(dict(arguments), ctx)
    return judgement.reasons if judgement.risk == Risk.CONSEQUENTIAL else []


# -- 1. a runner in front of a runner ------------------------------------------------------------------------------

RUNNERS = ["uv run", "uv run --frozen -q", "poetry run", "pdm run", "hatch run", "coverage run -m",
           "python3 -m uv run", "python -m poetry run", "uv run --python 3.12", "python -m coverage run -m",
           "uv --directory . run"]


@pytest.mark.parametrize("runner", RUNNERS)
def test_a_runner_in_front_of_pytest_is_judged_like_pytest(ws: Path, runner: str) -> None:
    (ws / "tests" / "conftest.py").write_text(REMOVE)
    assert judge("shell", ws, command=f"{runner} pytest -q"), runner
    assert judge("python", ws, code=f"!{runner} pytest -q"), runner


@pytest.mark.parametrize("runner", ["uv run", "poetry run", "pdm run", "hatch run"])
def test_a_runner_in_front_of_make_a_script_or_a_command_is_judged(ws: Path, runner: str) -> None:
    (ws / "Makefile").write_text("all:\n\trm -f data.csv\n")
    assert judge("shell", ws, command=f"{runner} make"), runner
    (ws / "tidy.py").write_text(REMOVE)
    assert judge("shell", ws, command=f"{runner} python tidy.py"), runner
    assert judge("shell", ws, command=f"{runner} rm data.csv"), runner
    assert judge("shell", ws, command=f"{runner} bash -c 'echo x > data.csv'"), runner


def test_uv_run_of_a_script_and_a_module(ws: Path) -> None:
    (ws / "tidy.py").write_text(REMOVE)
    assert judge("shell", ws, command="uv run tidy.py")
    assert judge("shell", ws, command="uv run --script tidy.py")
    (ws / "tidy_mod.py").write_text(REMOVE)
    assert judge("shell", ws, command="uv run -m tidy_mod")
    assert judge("shell", ws, command="coverage run tidy.py")
    assert any("install" in r for r in judge("shell", ws, command="uv run --with rich python -c 'print(1)'"))


def test_pipx_run_still_installs_and_is_judged_like_its_command(ws: Path) -> None:
    (ws / "tests" / "conftest.py").write_text(REMOVE)
    reasons = judge("shell", ws, command="pipx run pytest")
    assert any("install" in r for r in reasons) and any("conftest" in r for r in reasons), reasons


def test_project_scripts_of_pdm_hatch_and_poetry_are_judged(ws: Path) -> None:
    (ws / "pyproject.toml").write_text('[tool.pdm.scripts]\ntidy = "rm -f data.csv"\nok = "echo hi"\n'
                                       'pre_lint = {shell = "echo x > data.csv"}\nlint = "echo lint"\n'
                                       'clean = {composite = ["ok", "tidy"]}\n'
                                       '[tool.hatch.envs.default.scripts]\ntidy = ["echo a", "rm -f data.csv"]\n'
                                       'ok = "echo hi"\nall = ["ok", "tidy"]\n'
                                       '[tool.poetry.scripts]\ntidy = "tidy_mod:main"\nok = "ok_mod:main"\n')
    (ws / "tidy_mod.py").write_text("import os\n\ndef main():\n    os.remove('data.csv')\n")
    (ws / "ok_mod.py").write_text("def main():\n    print('hi')\n")
    for command in ["pdm run tidy", "pdm run lint", "pdm run clean", "hatch run tidy", "hatch run default:tidy",
                    "hatch run all", "poetry run tidy"]:
        assert judge("shell", ws, command=command), command
    for command in ["pdm run ok", "hatch run ok", "poetry run ok", "pdm run -l", "hatch run ok -- x"]:
        assert judge("shell", ws, command=command) == [], command


@pytest.mark.parametrize("command", ["uv run pytest", "uv run pytest -q tests", "poetry run pytest",
                                     "pdm run pytest -x", "hatch run pytest", "coverage run -m pytest",
                                     "uv run python -c 'print(1)'", "uv run make test", "poetry run python -V",
                                     "uv run --frozen python -m pytest", "python -m coverage run -m pytest"])
def test_ordinary_runs_through_a_runner_do_not_ask(ws: Path, command: str) -> None:
    (ws / "conftest.py").write_text("import sys\nsys.path.insert(0, '.')\n")
    (ws / "Makefile").write_text("test:\n\tpython3 -m pytest -q\n")
    assert judge("shell", ws, command=command) == [], command


# -- 2. pytest plugins named in pytest_plugins and ini files -------------------------------------------------------

@pytest.mark.parametrize("where, text", [
    ("tests/conftest.py", "pytest_plugins = ['helpers.plug']\n"),
    ("conftest.py", "pytest_plugins = 'helpers.plug'\n"),
    ("conftest.py", "pytest_plugins = ('pytester', 'helpers.plug')\n"),
    ("pytest.ini", "[pytest]\naddopts = -q -p helpers.plug\n"),
    ("tox.ini", "[tox]\nenvlist = py\n[pytest]\naddopts = -phelpers.plug\n"),
    ("setup.cfg", "[tool:pytest]\naddopts =\n    -p helpers.plug\n"),
    ("pyproject.toml", "[tool.pytest.ini_options]\naddopts = '-p helpers.plug'\n"),
    ("pyproject.toml", "[tool.pytest.ini_options]\naddopts = ['-p', 'helpers.plug']\n"),
])
def test_pytest_follows_plugins_named_in_conftest_and_ini_files(ws: Path, where: str, text: str) -> None:
    (ws / "helpers").mkdir()
    (ws / "helpers" / "__init__.py").write_text("")
    (ws / "helpers" / "plug.py").write_text(REMOVE)
    (ws / where).write_text(text)
    assert judge("shell", ws, command="pytest -q"), where
    assert judge("shell", ws, command="python3 -m pytest"), where
    (ws / "helpers" / "plug.py").write_text("import pytest\n\n@pytest.fixture\ndef rows():\n    return [1]\n")
    assert judge("shell", ws, command="pytest -q") == [], where


def test_pytest_follows_plugins_from_the_environment_and_the_runs_test_modules(ws: Path) -> None:
    (ws / "plug.py").write_text(REMOVE)
    assert judge("shell", ws, command="PYTEST_PLUGINS=plug pytest")
    assert judge("shell", ws, command="PYTEST_ADDOPTS='-p plug' python -m pytest")
    assert judge("shell", ws, command="echo '[pytest]' > cfg.ini && pytest -c cfg.ini")  # not readable before
    (ws / "cfg.ini").write_text("[pytest]\naddopts = -p plug\n")
    assert judge("shell", ws, command="pytest -c cfg.ini")
    (ws / "tests" / "test_new.py").write_text("pytest_plugins = ['plug']\n\ndef test_a():\n    pass\n")
    assert judge("shell", ws, own={"tests/test_new.py"}, command="pytest")


def test_computed_pytest_plugins_ask(ws: Path) -> None:
    (ws / "conftest.py").write_text("import os\npytest_plugins = [os.environ['P']]\n")
    assert judge("shell", ws, command="pytest")


# -- 3. the user's test module the run edited ----------------------------------------------------------------------

def test_a_users_test_module_the_run_changed_is_judged(ws: Path) -> None:
    (ws / "tests" / "test_app.py").write_text("import shutil\nshutil.rmtree('sub')\n\ndef test_a():\n    pass\n")
    assert judge("shell", ws, command="pytest -q") == []  # the user's own tests, untouched by the run
    assert judge("shell", ws, changed={"tests/test_app.py"}, command="pytest -q")
    assert judge("shell", ws, changed={"tests/test_app.py"}, command="pytest tests/test_app.py")
    assert judge("shell", ws, changed={"tests/test_app.py"}, command="python -m unittest tests/test_app.py")
    assert judge("python", ws, changed={"tests/test_app.py"}, code="!pytest -q")


def test_a_changed_harmless_test_module_does_not_ask(ws: Path) -> None:
    (ws / "tests" / "test_app.py").write_text("from app import greet\n\ndef test_a():\n    assert greet()\n")
    assert judge("shell", ws, changed={"tests/test_app.py"}, command="python3 -m pytest -q tests") == []


# -- 4. just's set shell and mod; archives that cannot be listed into a new folder ---------------------------------

def test_just_set_shell_decides_how_recipes_are_judged(ws: Path) -> None:
    (ws / "justfile").write_text("set shell := ['python3', '-c']\n\nbuild:\n    import os; os.remove('data.csv')\n")
    assert judge("shell", ws, command="just")
    (ws / "justfile").write_text("set shell := ['python3', '-c']\n\nbuild:\n    print('hi')\n")
    assert judge("shell", ws, command="just") == []
    (ws / "justfile").write_text('set shell := ["bash", "-uc"]\n\nbuild:\n    rm -f data.csv\n')
    assert judge("shell", ws, command="just")
    (ws / "justfile").write_text("set shell := ['node', '-e']\n\nbuild:\n    require('fs').unlinkSync('x')\n")
    assert judge("shell", ws, command="just")
    (ws / "justfile").write_text("set shell := [env_var('SH'), '-c']\n\nbuild:\n    echo hi\n")
    assert judge("shell", ws, command="just")


def test_just_follows_mod_statements(ws: Path) -> None:
    (ws / "justfile").write_text("mod tools\nmod? extra 'ops/extra.just'\n\nbuild:\n    echo hi\n")
    (ws / "tools.just").write_text("tidy:\n    rm -f data.csv\n\nok:\n    echo ok\n")
    (ws / "ops").mkdir()
    (ws / "ops" / "extra.just").write_text("default:\n    rm -f ../data.csv\n")
    assert judge("shell", ws, command="just tools tidy")
    assert judge("shell", ws, command="just tools::tidy")
    assert judge("shell", ws, command="just tools")
    assert judge("shell", ws, command="just extra")
    assert judge("shell", ws, command="just") == []
    assert judge("shell", ws, command="just tools ok") == []
    (ws / "tools.just").unlink()
    (ws / "tools").mkdir()
    (ws / "tools" / "mod.just").write_text("tidy:\n    rm -f data.csv\n")
    assert judge("shell", ws, command="just tools tidy")


def _zstd_tar(ws: Path, name: str, members: list[str]) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as t:
        for member in members:
            info = tarfile.TarInfo(member)
            info.size = 1
            t.addfile(info, io.BytesIO(b"x"))
    (ws / "plain.tar").write_bytes(buffer.getvalue())
    subprocess.run(["zstd", "-q", "-f", str(ws / "plain.tar"), "-o", str(ws / name)], check=True)


@pytest.mark.parametrize("command", [
    "mkdir -p new && tar --zstd -xf tools.tar.zst -C new", "tar -I zstd -xf tools.tar.zst -C newdir",
    "curl -sL http://example.com/x.tgz | tar xz -C newdir", "cat tools.tar.zst | tar --zstd -x -C fresh",
    "7z x tools.7z -onewdir", "tar xf tools.tar.zst --transform 's/^/x/' -C newdir",
])
def test_an_archive_that_cannot_be_listed_into_a_new_folder_asks(ws: Path, command: str) -> None:
    _zstd_tar(ws, "tools.tar.zst", ["proj/.git/hooks/post-checkout"])
    assert judge("shell", ws, command=command), command


@pytest.mark.parametrize("command", [
    "tar czf proj.tgz sub && mkdir -p restore && tar xzf proj.tgz -C restore",
    "tar --zstd -xf tools.tar.zst -C /tmp/unpacked", "curl -sL http://example.com/x.tgz | tar xz -C newdir README.md",
    "tar xzf a.tgz -C newdir",
])
def test_an_unlisted_archive_into_a_clearly_harmless_place_does_not_ask(ws: Path, command: str) -> None:
    _zstd_tar(ws, "tools.tar.zst", ["proj/README.md"])
    with tarfile.open(ws / "a.tgz", "w:gz") as t:
        t.add(ws / "notes.txt", "proj/notes.txt")
    assert judge("shell", ws, command=command) == [], command


# -- 5. output options that overwrite files ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "ffmpeg -y -i in.mp4 data.csv", "ffmpeg -i in.mp4 -c:v libx264 -y notes.txt", "ffmpeg -i a.mp4 -an -y sub/a.csv",
    "convert in.png -resize 50% data.csv", "magick in.png notes.txt", "magick convert in.png png:notes.txt",
    "mogrify -resize 50% data.csv", "convert in.png -write notes.txt out.png",
    "split -l 10 big.csv sub/a.", "split -b 1M big.csv", "pandoc -o notes.txt in.md", "pandoc in.md --output=data.csv",
    "tar -cf data.csv sub", "tar czf notes.txt sub", "zip -r archive.zip sub", "zip archive sub/a.csv",
    "zip -m new.zip data.csv", "7z a archive.zip sub", "cp -rT backup .", "cp -a backup/sub/. sub",
    "cp -r backup/sub .", "rsync -a backup/ ./", "rsync -a backup/sub .", "cp -rT backup/sub sub",
    "rsync -a /tmp/elsewhere/ sub/",
])
def test_outputs_over_a_users_file_ask(ws: Path, command: str) -> None:
    (ws / "archive.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    (ws / "xaa").write_text("mine\n")
    (ws / "sub" / "a.aa").write_text("mine\n")
    (ws / "backup" / "sub").mkdir(parents=True)
    (ws / "backup" / "sub" / "a.csv").write_text("old\n")
    (ws / "backup" / "data.csv").write_text("old\n")
    assert judge("shell", ws, command=command), command


@pytest.mark.parametrize("command", [
    "ffmpeg -i in.mp4 out.webm", "ffmpeg -y -i in.mp4 out/clip.webm", "ffmpeg -i in.mp4 -f null -",
    "ffmpeg -i data.csv -y new.mp4", "ffmpeg -i in.mp4 data.csv",  # no -y: ffmpeg refuses to overwrite
    "convert data.csv -resize 50% small.png", "magick in.png out/thumb.png", "mogrify -path out -resize 50% data.csv",
    "split -l 10 data.csv part_", "split -n 3 data.csv piece.", "pandoc -o report.html in.md",
    "tar -cf new.tar sub", "zip -r new.zip sub", "zip -sf archive.zip", "cp -r backup fresh", "rsync -a backup/ fresh/",
    "cp -r backup/sub out/", "rsync -a --ignore-existing backup/ ./", "cp -rn backup/. .",
])
def test_outputs_to_new_files_do_not_ask(ws: Path, command: str) -> None:
    (ws / "archive.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    (ws / "out").mkdir()
    (ws / "backup" / "sub").mkdir(parents=True)
    (ws / "backup" / "sub" / "b.csv").write_text("new\n")
    (ws / "backup" / "report.md").write_text("new\n")
    assert judge("shell", ws, command=command) == [], command


def test_outputs_over_the_runs_own_files_do_not_ask(ws: Path) -> None:
    (ws / "clip.webm").write_text("x")
    (ws / "thumb.png").write_text("x")
    own = {"clip.webm", "thumb.png"}
    assert judge("shell", ws, own=own, command="ffmpeg -y -i in.mp4 clip.webm && convert in.png thumb.png") == []
