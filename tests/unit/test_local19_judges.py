"""Session 17 (local19): code an interpreter loads before or beside its own is judged as a script run (ruby ``-r``,
perl ``-M``/``-m`` with a workspace module, ``use``/``do FILE``/``load``), node code that reaches modules or builds
code at run time without naming a risky word asks, an awk output name computed through a symlink inside its new
folder asks, and a poetry project without ``[project]`` is built with its build script judged under ``uv build``,
``python -m build`` and ``pip wheel .``. Ordinary commands of each kind stay quiet. Judged by the real judges
against a real workspace."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.shell import CHANGED_FILES, OWN_FILES, shell

EVIL_PERL = 'package Evil;\nunlink "notes.txt";\n1;\n'
GOOD_PERL = 'package Good;\nsub x { return 42 }\n1;\n'


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "notes.txt").write_text("the user's notes\n")
    (tmp_path / "data.json").write_text('[1, 2, 3]\n')
    (tmp_path / "names.txt").write_text("alpha\nbeta.v2\n")
    (tmp_path / "links.txt").write_text("up/notes.txt\n")
    (tmp_path / "Evil.pm").write_text(EVIL_PERL)
    (tmp_path / "Good.pm").write_text(GOOD_PERL)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "Evil.pm").write_text(EVIL_PERL)
    (tmp_path / "lib" / "Good.pm").write_text(GOOD_PERL)
    (tmp_path / "helper.pl").write_text('unlink "notes.txt";\n')
    (tmp_path / "evil.rb").write_text('File.delete("notes.txt")\n')
    return tmp_path


def judge(ws: Path, command: str, own: frozenset[str] | set[str] = frozenset(),
          extras: Mapping[str, object] | None = None) -> list[str]:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, extras={OWN_FILES: frozenset(own), **(extras or {})})
    judgement = shell.judge_risk({"command": command}, ctx)
    return judgement.reasons if judgement.risk == Risk.CONSEQUENTIAL else []


# -- 1. perl and ruby load workspace code before their own --------------------------------------------------------

LOADING = [
    "perl -I. -MEvil -e 'print 1'",
    "perl -Ilib -MEvil -e 'print 1'",
    "perl -I lib -mEvil -e 'print 1'",
    "PERL5LIB=lib perl -MEvil -e 'print 1'",
    "perl -Mlib=lib -MEvil -le 'print 1'",
    "perl -I. -e 'use Evil; print 1'",
    "perl -e 'use lib \"lib\"; use Evil; print 1'",
    "perl -e 'do \"./helper.pl\"; print 1'",
    "perl -e 'do(\"helper.pl\")'",
    "perl -e 'do $ARGV[0]' helper.pl",
    "perl -e 'require \"./helper.pl\"'",
    "ruby -r./evil -e 'puts 1'",
    "ruby -r ./evil.rb -e 'puts 1'",
    "ruby -I. -revil -e 'puts 1'",
    "RUBYLIB=. ruby -r evil -e 'puts 1'",
    "ruby -e 'load \"evil.rb\"'",
]


@pytest.mark.parametrize("command", LOADING)
def test_workspace_code_perl_or_ruby_loads_is_judged(ws: Path, command: str) -> None:
    assert judge(ws, command), command


def test_a_perl_script_that_uses_a_workspace_module_is_judged(ws: Path) -> None:
    (ws / "run.pl").write_text("use lib 'lib';\nuse Evil;\nprint \"done\\n\";\n")
    assert any("Evil.pm" in r for r in judge(ws, "perl run.pl"))
    (ws / "lib" / "Chain.pm").write_text("package Chain;\nuse Evil;\n1;\n")
    assert any("Evil.pm" in r for r in judge(ws, "perl -Ilib -MChain -e 1"))
    assert judge(ws, "echo 'unlink q(x);' > New.pm && perl -I. -MNew -e 1"), "a module this command writes"


QUIET_LOADS = [
    "perl -MJSON::PP -e 'print 1'",
    "perl -MList::Util=sum -le 'print sum(1, 2)'",
    "perl -I. -MGood -le 'print Good::x()'",
    "perl -Ilib -e 'use Good; print Good::x()'",
    "perl -e 'my $x = do { 1 }; print $x'",
    "perl -ne 'print if /a/' names.txt",
    "ruby -rjson -e 'puts 1'",
    "ruby -e 'puts [1, 2].sum'",
]


@pytest.mark.parametrize("command", QUIET_LOADS)
def test_ordinary_perl_and_ruby_stay_quiet(ws: Path, command: str) -> None:
    assert judge(ws, command) == [], command


# -- 2. node code that reaches modules or builds code without a risky word ------------------------------------------

NODE_WAYS_ROUND = [
    "node -e \"process.binding('spawn_'+'sync')\"",
    "node -e \"globalThis['req'+'uire']('child'+'_process')\"",
    "node -e \"module.constructor._load(process.argv[1])\" child_process",
    "node -e \"new Function(process.argv[1])()\" x",
    "node -e \"Function('return this')()\"",
    "node -e \"[].constructor.constructor(process.argv[1])()\"",
    "node -e \"vm.runInThisContext(process.argv[1])\"",
    "node -e \"process.dlopen(m, process.argv[1])\"",
    "node -e \"net.connect(80, 'example.com')\"",
    "node -p \"process.mainModule\"",
    "node -e \"const g = global; g[process.argv[1]]\"",
    "node --import 'data:text/javascript,process.binding(1)' -e 1",
]


@pytest.mark.parametrize("command", NODE_WAYS_ROUND)
def test_node_code_that_reaches_modules_without_a_risky_word_asks(ws: Path, command: str) -> None:
    assert judge(ws, command), command


def test_a_node_script_that_builds_code_asks(ws: Path) -> None:
    (ws / "x.js").write_text("const load = module.constructor._load;\nload(process.argv[2]);\n")
    assert judge(ws, "node x.js child_process")
    (ws / "y.mjs").write_text("const f = new Function('return 1');\nconsole.log(f());\n")
    assert judge(ws, "node y.mjs")


QUIET_NODE = [
    "node -e \"console.log(1 + 1)\"",
    "node -e \"console.log(process.argv.length, process.env.HOME)\"",
    "node -e \"console.log('global total', 3)\"",
    "node -p \"JSON.parse(require('fs').readFileSync('data.json', 'utf8'))[0]\"",
    "node --version",
]


@pytest.mark.parametrize("command", QUIET_NODE)
def test_ordinary_node_stays_quiet(ws: Path, command: str) -> None:
    assert judge(ws, command) == [], command


def test_an_ordinary_node_script_with_a_class_stays_quiet(ws: Path) -> None:
    (ws / "a.js").write_text("class A {\n  constructor(x) { this.x = x; }\n}\n"
                             "process.stdout.write(String(new A(2).x));\nmodule.exports = A;\n")
    assert judge(ws, "node a.js") == []


# -- 3. an awk output name through a symlink inside its new folder ---------------------------------------------------

def test_an_awk_name_through_a_link_this_command_makes_asks(ws: Path) -> None:
    for command in ["mkdir out; ln -s ~/.. out/up; awk '{print > (\"out/up/\" $1)}' names.txt",
                    "mkdir out && ln -s .. out/up && awk '{print > (\"out/\" $1)}' links.txt",
                    "ln -s .. out && awk '{print > (\"out/x/\" $1)}' names.txt"]:
        assert judge(ws, command), command


def test_an_awk_name_through_a_link_an_earlier_command_made_asks(ws: Path) -> None:
    (ws / "out").mkdir()
    os.symlink("..", ws / "out" / "up")
    assert judge(ws, "awk '{print > (\"out/\" $1)}' links.txt")
    os.symlink("..", ws / "away")
    assert judge(ws, "awk '{print > (\"away/sub/\" $1)}' names.txt")


def test_an_awk_split_into_real_subfolders_stays_quiet(ws: Path) -> None:
    (ws / "parts.txt").write_text("2024/q1\n2024/q2\n")
    assert judge(ws, "mkdir -p out/2024 && awk '{print > (\"out/\" $1)}' parts.txt") == []
    (ws / "out" / "2024").mkdir(parents=True)
    assert judge(ws, "awk '{print > (\"out/\" $1)}' parts.txt") == []


# -- 4. a poetry project without [project] under uv build, python -m build, pip wheel -------------------------------

def test_a_poetry_only_project_build_script_is_judged(ws: Path) -> None:
    (ws / "pyproject.toml").write_text('[tool.poetry]\nname = "app"\nversion = "1"\n'
                                       '[tool.poetry.build]\nscript = "build.py"\n'
                                       '[build-system]\nrequires = ["poetry-core"]\n'
                                       'build-backend = "poetry.core.masonry.api"\n')
    (ws / "build.py").write_text("import os\nos.remove('notes.txt')\n")
    commands = ["uv build", "python -m build", "pip wheel .", "pip wheel -w dist .", "uv build --wheel"]
    for command in commands[:1] + commands[2:]:  # (python -m build imports ./build.py, the module named build)
        assert judge(ws, command) == [], f"{command}: the person's own build script is theirs"
    changed = {CHANGED_FILES: frozenset({"build.py"})}
    for command in commands:
        reasons = judge(ws, command, extras=changed)
        assert any("builds the project" in r or "build.py" in r for r in reasons), (command, reasons)
    (ws / "pyproject.toml").write_text((ws / "pyproject.toml").read_text().replace('"build.py"', '"tools/gen.py"'))
    (ws / "build.py").unlink()
    (ws / "tools").mkdir()
    (ws / "tools" / "gen.py").write_text("import shutil\nshutil.rmtree('lib')\n")
    for command in commands:
        assert judge(ws, command) == [], command
        reasons = judge(ws, command, own={"tools/gen.py"})
        assert any("builds the project" in r for r in reasons), (command, reasons)
