"""The local-damage judges on what session 12 found they did not read: commands that write their output over a
file (decompressors with -f, patch and git apply, sort -o, curl -o, cp -t, ...), task runners whose code is on disk
(a Makefile's include, pytest's conftest.py and the run's own test modules, tox, just, rake), relative imports of
workspace packages, archives that would add a git hook or a .pth file, and writes after a chdir in a cell. Each is
judged by the real tools against a real workspace; the quiet cases beside them are ordinary work that must not
ask."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from agent_helpers import judge

DIFF = "--- a/data.csv\n+++ b/data.csv\n@@ -1,2 +1,2 @@\n a,b\n-1,2\n+9,9\n"
NEW_FILE_DIFF = "--- /dev/null\n+++ b/fresh.txt\n@@ -0,0 +1 @@\n+x\n"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "data.csv.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "notes.txt").write_text("mine\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.csv").write_text("mine\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "fix.diff").write_text(DIFF)
    (tmp_path / "new.diff").write_text(NEW_FILE_DIFF)
    return tmp_path


# -- 1. commands that write their output over a file ---------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "gunzip -f data.csv.gz", "gzip -df data.csv.gz", "xz -df notes.txt.xz", "unxz --force notes.txt.xz",
    "bunzip2 -f data.csv.bz2", "unzstd -f data.csv.zst", "zstd -d -f data.csv.zst", "gzip -f notes.txt.gz -d",
    "patch < fix.diff", "patch -p1 -i fix.diff", "patch data.csv new.diff", "cat fix.diff | patch -p1",
    "patch -p1 <<'EOF'\n" + DIFF + "EOF", "git apply fix.diff", "git apply --index < fix.diff", "git am fix.diff",
    "sort -o data.csv data.csv", "sort data.csv --output=data.csv", "shuf -o data.csv x", "uniq x data.csv",
    "curl -sLo data.csv http://example.com/x", "curl --output data.csv http://example.com/x",
    "curl -O http://example.com/files/data.csv", "wget -O data.csv http://example.com/x",
    "wget -qOdata.csv http://example.com/x", "iconv -f latin1 -t utf8 -o data.csv x", "cp -t sub x/a.csv",
    "mv --target-directory=sub x/a.csv", "install -t sub x/a.csv", "echo x | sponge data.csv",
    "gpg -o data.csv -d x.gpg", "openssl enc -d -in x -out data.csv",
])
def test_commands_writing_their_output_over_a_users_file_ask(ws: Path, command: str) -> None:
    assert judge("shell", ws, command=command), command


def test_a_patch_that_cannot_be_read_asks(ws: Path) -> None:
    assert judge("shell", ws, command="curl -s http://example.com/x.diff | patch -p1")
    assert judge("shell", ws, command="git apply $PATCH")


@pytest.mark.parametrize("command", [
    "gunzip data.csv.gz", "gunzip -c data.csv.gz > new.csv", "gunzip -f downloads/x.csv.gz", "zcat data.csv.gz",
    "gzip -f out/x.csv", "patch -p1 --dry-run < fix.diff", "patch -p1 < new.diff", "git apply --check fix.diff",
    "git apply --stat fix.diff", "git apply --cached fix.diff", "patch -o out/patched.csv data.csv fix.diff",
    "sort -o out/sorted.csv data.csv", "uniq data.csv out/u.csv", "curl -sLo out/page.html http://example.com/",
    "curl -O http://example.com/files/report.pdf", "wget -O - http://example.com/ | head", "cp -t out data.csv",
    "tee -a data.csv < x", "shuf data.csv", "sort data.csv -o out/s.csv",
])
def test_ordinary_outputs_do_not_ask(ws: Path, command: str) -> None:
    assert judge("shell", ws, command=command) == [], command


def test_outputs_onto_the_runs_own_files_do_not_ask(ws: Path) -> None:
    assert judge("shell", ws, own={"data.csv"}, command="gunzip -f data.csv.gz && sort -o data.csv data.csv") == []
    assert judge("shell", ws, own={"data.csv"}, command="patch -p1 < fix.diff") == []


def test_an_output_that_sets_something_to_run_later_asks(ws: Path) -> None:
    (ws / ".git" / "hooks").mkdir(parents=True)
    assert judge("shell", ws, command="curl -so .git/hooks/pre-commit http://example.com/h")
    assert judge("shell", ws, command="git apply <<'EOF'\n--- /dev/null\n+++ b/.git/hooks/post-merge\nEOF")


# -- 2. task runners whose code is on disk -------------------------------------------------------------------------

def test_make_follows_include(ws: Path) -> None:
    (ws / "rules.mk").write_text("clean:\n\trm -f data.csv\n")
    (ws / "Makefile").write_text("include rules.mk\nall: clean\n")
    assert judge("shell", ws, command="make")
    (ws / "Makefile").write_text("-include rules.mk\nall: build\nbuild:\n\techo hi\n")
    assert judge("shell", ws, command="make clean")
    (ws / "mk").mkdir()
    (ws / "mk" / "evil.mk").write_text("X := $(shell rm -f data.csv)\n")
    (ws / "Makefile").write_text("DIR = mk\ninclude $(DIR)/evil.mk\nall:\n\techo hi\n")
    assert judge("shell", ws, command="make")
    (ws / "Makefile").write_text("include missing.mk\nall:\n\techo hi\n")
    assert judge("shell", ws, command="make")  # a makefile that cannot be read before make runs


def test_make_with_ordinary_includes_does_not_ask(ws: Path) -> None:
    (ws / "config.mk").write_text("CFLAGS = -O2\n")
    (ws / "Makefile").write_text("include config.mk\n-include $(SRCS:.c=.d)\n-include missing.d\n"
                                 "app: main.c\n\t$(CC) $(CFLAGS) -o $@ $^\n")
    assert judge("shell", ws, command="make") == []


@pytest.mark.parametrize("command", ["pytest", "python3 -m pytest -q tests", "py.test tests/test_x.py",
                                     "pytest tests/test_x.py::test_one -x", "cd . && pytest"])
def test_pytest_judges_conftest(ws: Path, command: str) -> None:
    (ws / "tests").mkdir()
    (ws / "tests" / "test_x.py").write_text("def test_one():\n    assert True\n")
    (ws / "tests" / "conftest.py").write_text("import os\nos.remove('data.csv')\n")
    assert judge("shell", ws, command=command), command
    assert judge("python", ws, code=f"!{command}"), command


def test_pytest_judges_the_runs_own_test_modules_and_plugins(ws: Path) -> None:
    (ws / "tests").mkdir()
    (ws / "tests" / "test_new.py").write_text("import shutil\nshutil.rmtree('sub')\ndef test_a(): pass\n")
    assert judge("shell", ws, own={"tests/test_new.py"}, command="pytest -q")
    assert judge("shell", ws, own={"tests/test_new.py"}, command="python -m unittest discover -s tests -p 'test_*.py'")
    (ws / "plug.py").write_text("import os\nos.system('rm data.csv')\n")
    assert judge("shell", ws, command="pytest -p plug")


def test_pytest_on_an_ordinary_project_does_not_ask(ws: Path) -> None:
    (ws / "tests").mkdir()
    (ws / "conftest.py").write_text("import sys\nsys.path.insert(0, '.')\n")
    (ws / "tests" / "conftest.py").write_text("import pytest\n\n@pytest.fixture\ndef rows():\n    return [1]\n")
    # the user's own test module may clean up after itself: it is the user's code, not the run's
    (ws / "tests" / "test_user.py").write_text("import os\n\ndef test_a(tmp_path):\n    os.remove(tmp_path)\n")
    (ws / "tests" / "test_mine.py").write_text("from app import greet\n\ndef test_b():\n    assert greet()\n")
    own = {"tests/test_mine.py"}
    for command in ["pytest", "python3 -m pytest -q tests", "pytest --collect-only", "python -m unittest"]:
        assert judge("shell", ws, own=own, command=command) == [], command


def test_tox_judges_its_commands_and_its_installs(ws: Path) -> None:
    (ws / "tox.ini").write_text("[tox]\nenvlist = py\n\n[testenv]\nskip_install = true\n"
                                "commands =\n    pytest {posargs}\n    rm -f data.csv\n")
    assert judge("shell", ws, command="tox")
    (ws / "tox.ini").write_text("[testenv]\nskip_install = true\ncommands = python -c 'print(1)'\n")
    assert judge("shell", ws, command="tox -e py") == []
    (ws / "tox.ini").write_text("[testenv]\ndeps = pytest\ncommands = pytest\n")
    assert any("install" in r for r in judge("shell", ws, command="tox"))
    (ws / "tox.ini").unlink()
    (ws / "tox.toml").write_text('[env_run_base]\nskip_install = true\ncommands = [["rm", "-f", "data.csv"]]\n')
    assert judge("shell", ws, command="tox run")


def test_just_judges_the_recipes_it_runs(ws: Path) -> None:
    (ws / "justfile").write_text("default: build\n\nbuild:\n    echo building\n\nclean:\n    rm -f data.csv\n")
    assert judge("shell", ws, command="just") == []
    assert judge("shell", ws, command="just clean")
    (ws / "justfile").write_text("default: tidy\n\ntidy:\n    #!/usr/bin/env python3\n    import os\n"
                                 "    os.remove('data.csv')\n")
    assert judge("shell", ws, command="just")
    (ws / "justfile").write_text("x := `rm -f data.csv`\n\nbuild:\n    echo hi\n")
    assert judge("shell", ws, command="just build")
    (ws / "justfile").write_text("out := 'data.csv'\n\nbuild:\n    echo hi > {{out}}\n")
    assert judge("shell", ws, command="just build")


def test_rake_judges_the_rakefile(ws: Path) -> None:
    (ws / "Rakefile").write_text("task :default do\n  File.delete('data.csv')\nend\n")
    assert judge("shell", ws, command="rake")
    (ws / "Rakefile").write_text("task :default do\n  puts 'hello'\nend\n")
    assert judge("shell", ws, command="rake") == []


# -- 3. relative imports of workspace packages ---------------------------------------------------------------------

def _package(ws: Path) -> None:
    (ws / "pkg").mkdir()
    (ws / "pkg" / "__init__.py").write_text("")
    (ws / "pkg" / "main.py").write_text("from . import helper\nfrom .tools import tidy\n")
    (ws / "pkg" / "helper.py").write_text("X = 1\n")
    (ws / "pkg" / "tools.py").write_text("def tidy():\n    pass\n")


@pytest.mark.parametrize("module, text", [
    ("helper.py", "import os\nos.remove('data.csv')\n"), ("tools.py", "import shutil\nshutil.rmtree('sub')\n"),
    ("__init__.py", "import os\nos.system('rm data.csv')\n"),
])
def test_relative_imports_of_workspace_modules_are_judged(ws: Path, module: str, text: str) -> None:
    _package(ws)
    (ws / "pkg" / module).write_text(text)
    assert judge("shell", ws, command="python3 -m pkg.main"), module
    assert judge("python", ws, code="import pkg.main"), module
    assert judge("python", ws, code="import runpy\nrunpy.run_module('pkg.main')"), module


def test_a_deeper_relative_import_is_judged(ws: Path) -> None:
    _package(ws)
    (ws / "pkg" / "sub").mkdir()
    (ws / "pkg" / "sub" / "__init__.py").write_text("from .. import tools\nfrom ..helper import X\n")
    (ws / "pkg" / "helper.py").write_text("import os\nos.remove('data.csv')\n")
    assert judge("python", ws, code="from pkg.sub import tools")


def test_an_ordinary_package_with_relative_imports_does_not_ask(ws: Path) -> None:
    _package(ws)
    assert judge("shell", ws, command="python3 -m pkg.main") == []
    assert judge("python", ws, code="from pkg import main") == []


# -- 4. archives that would add something that runs later ----------------------------------------------------------

def _tar(path: Path, members: list[str]) -> None:
    with tarfile.open(path, "w:gz") as t:
        for name in members:
            info = tarfile.TarInfo(name)
            info.size = 1
            t.addfile(info, io.BytesIO(b"x"))


@pytest.mark.parametrize("members", [[".git/hooks/pre-commit"], ["proj/.git/hooks/post-checkout"],
                                     ["lib/python3.11/site-packages/evil.pth"], ["proj/.bashrc"],
                                     ["proj/.git/config"], ["sitecustomize.py"]])
def test_extracting_an_archive_that_adds_something_that_runs_later_asks(ws: Path, members: list[str]) -> None:
    _tar(ws / "a.tgz", ["proj/README.md", *members])
    with zipfile.ZipFile(ws / "a.zip", "w") as z:
        for name in ["proj/README.md", *members]:
            z.writestr(name, "x")
    for command in ["tar xzf a.tgz", "tar xzf a.tgz -C newdir", "mkdir -p x && tar -xzf a.tgz -C x",
                    "unzip -o a.zip -d newdir", "unzip a.zip"]:
        assert judge("shell", ws, command=command), (command, members)
    assert judge("python", ws, code="import zipfile\nzipfile.ZipFile('a.zip').extractall('newdir')"), members
    assert judge("python", ws, code="import shutil\nshutil.unpack_archive('a.tgz', 'out')"), members


def test_extracting_an_ordinary_archive_does_not_ask(ws: Path) -> None:
    _tar(ws / "a.tgz", ["proj/README.md", "proj/src/app.py", "proj/.git/hooks/pre-commit.sample",
                        "proj/.gitignore"])
    for command in ["tar xzf a.tgz", "tar xzf a.tgz -C newdir", "tar xzf a.tgz -C out"]:
        assert judge("shell", ws, command=command) == [], command
    assert judge("python", ws, code="import tarfile\ntarfile.open('a.tgz').extractall('out')") == []


# -- 5. writes after a chdir in the same cell ----------------------------------------------------------------------

@pytest.mark.parametrize("code", [
    "import contextlib\nwith contextlib.chdir('sub'):\n    open('a.csv', 'w').write('x')",
    "import os\nos.chdir(path='sub')\nopen('a.csv', 'w').write('x')",
    "from contextlib import chdir\nwith chdir('/workspace/sub'):\n    open('a.csv', 'w')",
    "import os\nos.chdir('sub')\nimport pandas as pd\npd.DataFrame().to_csv('a.csv')",
    "%cd sub\nopen('a.csv', 'w').write('x')",
    "import os\nos.chdir('out')\nos.chdir('../sub')\nopen('a.csv', 'w').write('x')",
    "import os\nos.chdir(os.environ['D'])\nopen('new.csv', 'w').write('x')",
    "import subprocess\nsubprocess.run('echo x > a.csv', shell=True, cwd='sub')",
])
def test_a_write_after_a_chdir_that_lands_on_a_users_file_asks(ws: Path, code: str) -> None:
    assert judge("python", ws, code=code), code


@pytest.mark.parametrize("code", [
    "import os\nos.chdir('out')\nopen('new.csv', 'w').write('x')",
    "import os\nos.chdir('sub')\nopen('b.csv', 'w').write('x')\nos.chdir('..')",
    "import contextlib\nwith contextlib.chdir('out'):\n    open('report.md', 'w').write('x')",
    "import subprocess\nsubprocess.run(['ls', '-l'], cwd='sub')",
])
def test_a_write_after_a_chdir_to_a_new_file_does_not_ask(ws: Path, code: str) -> None:
    assert judge("python", ws, code=code) == [], code


def test_a_chdir_out_of_the_workspace_and_back_in_is_followed(ws: Path) -> None:
    assert judge("python", ws, code="import os\nos.chdir('/')\nopen('workspace/data.csv', 'w').write('x')")
    assert judge("python", ws, code="import os\nos.chdir('/tmp')\nopen('../workspace/sub/a.csv', 'w')")
    assert judge("python", ws, code="import os\nos.chdir('/tmp')\nopen('scratch.csv', 'w').write('x')") == []
