"""Everyday analysis never asks: listing, grepping, building, testing, reading CSVs, plotting, writing new
files, creating and querying a new SQLite database, reading an existing one, extracting an archive into a new
folder. Judged by the real shell and python tools against a real workspace holding the user's files."""

from __future__ import annotations

import io
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import OWN_FILES, shell

COMMANDS = [
    "ls -la",
    "grep -rn TODO src",
    "cat data.csv | head -5",
    "wc -l data.csv",
    "du -sh .",
    "find . -name '*.py' -newer data.csv",
    "python3 -m pytest -q",
    "make && make test",
    "gcc -o app src/main.c && ./app",
    "python3 analyse.py",
    "python3 --version && pip list",
    "git status && git diff && git log --oneline -5",
    "git add -A && git commit -m 'wip'",
    "sort data.csv | uniq -c > counts.txt",
    "sed -n '1,5p' data.csv",
    "sed 's/a/b/' data.csv > cleaned.csv",
    "awk -F, '{print $1}' data.csv",
    "perl -ne 'print if /1/' data.csv",
    "diff data.csv report.txt || true",
    "mkdir -p out && cp data.csv out/",
    "echo done >> log.txt",
    "curl -sSLo page.html https://example.com",
    "tar -czf backup.tgz src",
    "tar -tzf dataset.tgz",
    "tar -xzf dataset.tgz",
    "tar -xzf dataset.tgz -C extracted",
    "mkdir new && unzip bundle.zip -d new",
    "unzip -l bundle.zip",
    "sqlite3 new.db 'CREATE TABLE t (a); INSERT INTO t VALUES (1)'",
    "sqlite3 new.db 'UPDATE t SET a = 2; DELETE FROM t WHERE a > 5'",
    "sqlite3 users.db 'SELECT count(*) FROM t'",
    "sqlite3 -csv users.db .schema",
    "node -e 'console.log(1 + 1)'",
    "node hello.js",
    "ls | xargs -n1 echo",
    "ln -s data.csv latest.csv",
    "git config user.email me@example.com && git config --get core.hooksPath",
    "PYTHONPATH=src python3 -m pytest -q",
    "npm test",
]

CELLS = [
    "import pandas as pd\ndf = pd.read_csv('data.csv')\ndf.describe()",
    "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.savefig('figure.png')",
    "import pandas as pd\npd.read_csv('data.csv').groupby('a').sum().to_csv('summary.csv')",
    "import sqlite3\ncon = sqlite3.connect('new.db')\ncon.execute('CREATE TABLE t (a)')\n"
    "con.execute('INSERT INTO t VALUES (1)')\ncon.execute('DELETE FROM t WHERE a > 5')\ncon.commit()",
    "import sqlite3\nimport pandas as pd\ncon = sqlite3.connect('users.db')\npd.read_sql('SELECT * FROM t', con)",
    "import sqlite3\ncon = sqlite3.connect('users.db')\ncon.execute('SELECT count(*) FROM t').fetchall()",
    "import zipfile\nzipfile.ZipFile('bundle.zip').extractall('unzipped')",
    "import tarfile\nprint(tarfile.open('dataset.tgz').getnames())",
    "import tarfile\nwith tarfile.open('dataset.tgz') as t:\n    t.extractall()",
    "df['code'].str.extract(r'(\\d+)')",
    "for name in ['x', 'y']:\n    open(f'out/{name}.txt', 'w').write(name)",
    "import os\nprint(os.listdir('.'))",
    "with open('report.txt') as f:\n    print(f.read())",
    "import numpy as np\nnp.save('array.npy', np.arange(3))",
    "import json\njson.dump({'a': 1}, open('result.json', 'w'))",
    "import analyse\nfrom analyse import pd",
]


@pytest.fixture
def ctx(tmp_path: Path) -> ToolContext:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "report.txt").write_text("mine\n")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.c").write_text("int main(void) { return 0; }\n")
    (tmp_path / "analyse.py").write_text("import pandas as pd\npd.read_csv('data.csv').describe().to_csv('s.csv')\n")
    (tmp_path / "hello.js").write_text("console.log('hello');\n")
    (tmp_path / "out").mkdir()
    with tarfile.open(tmp_path / "dataset.tgz", "w:gz") as t:
        info = tarfile.TarInfo("dataset/rows.csv")
        info.size = 4
        t.addfile(info, io.BytesIO(b"a,b\n"))
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w") as z:
        z.writestr("bundle/readme.txt", "x")
    con = sqlite3.connect(tmp_path / "users.db")
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path)


def test_the_sanity_lists_are_long_enough() -> None:
    assert len(COMMANDS) >= 30 and len(CELLS) >= 10


@pytest.mark.parametrize("command", COMMANDS)
def test_ordinary_commands_do_not_ask(ctx: ToolContext, command: str) -> None:
    judgement = shell.judge_risk({"command": command}, ctx)
    assert (judgement.risk, judgement.reasons) == (Risk.REVERSIBLE, []), command


@pytest.mark.parametrize("code", CELLS)
def test_ordinary_cells_do_not_ask(ctx: ToolContext, code: str) -> None:
    judgement = python.judge_risk({"code": code}, ctx)
    assert (judgement.risk, judgement.reasons) == (Risk.REVERSIBLE, []), code


OWN_OUTPUTS = ["out/chart.png", "summary.md"]
"""Files the run made itself (the runner passes them as OWN_FILES): clearing them before a re-run is its own work."""
CLEARING_OWN = [
    ("shell", "rm out/chart.png"),
    ("shell", "rm -f summary.md out/chart.png && python3 analyse.py"),
    ("shell", "rm -f /workspace/summary.md"),
    ("python", "import os\nos.remove('out/chart.png')"),
    ("python", "import os\nif os.path.exists('summary.md'):\n    os.unlink('summary.md')"),
    ("python", "from pathlib import Path\nPath('out/chart.png').unlink()"),
]
STILL_ASKS = [
    ("shell", "rm data.csv"),  # the user's file
    ("shell", "rm -rf out"),  # a folder: it may hold the user's files
    ("shell", "rm out/*.png"),
    ("shell", "rm ../summary.md"),
    ("shell", "rm /tmp/../workspace/data.csv"),
    ("shell", "cd out && rm chart.png"),
    ("shell", "rm --no-preserve-root summary.md"),
    ("shell", "ln -sf data.csv summary.md && rm summary.md"),
    ("shell", "shred summary.md"),
    ("shell", "mv data.csv moved.csv && rm moved.csv"),  # a path that does not exist yet may be a moved user file
    ("shell", "mv data.csv out/; rm -f out/data.csv"),
    ("shell", "git mv data.csv y.csv && rm -f y.csv"),
    ("shell", "mv data.csv summary.md && rm summary.md"),  # the run's own file, replaced by the user's first
    ("python", "from pathlib import Path\nPath('data.csv').replace('summary.md')\nPath('summary.md').unlink()"),
    ("python", "import os\nos.system('mv data.csv summary.md')\nos.remove('summary.md')"),
    ("python", "from pathlib import Path\nPath('data.csv').replace('x.csv')\nPath('x.csv').unlink()"),
    ("python", "import subprocess\nsubprocess.run('mv data.csv x.csv', shell=True)\nimport os\nos.remove('x.csv')"),
    ("python", "import os\nos.remove('data.csv')"),
    ("python", "import os\np = 'summary.md'\np = input()\nos.remove(p)"),
    ("python", "import os\nos.chdir('out')\nos.remove('summary.md')"),
    ("python", "import shutil\nshutil.rmtree('out')"),
    ("python", "import os\nos.remove('../summary.md')"),
]


def _own(ctx: ToolContext) -> ToolContext:
    for path in OWN_OUTPUTS:
        (ctx.workspace / path).write_text("made by the run\n")
    ctx.extras[OWN_FILES] = frozenset(OWN_OUTPUTS)
    return ctx


def _judge(tool: str, text: str, ctx: ToolContext) -> tuple[Risk, list[str]]:
    j = shell.judge_risk({"command": text}, ctx) if tool == "shell" else python.judge_risk({"code": text}, ctx)
    return j.risk, j.reasons


@pytest.mark.parametrize(("tool", "text"), CLEARING_OWN)
def test_deleting_the_runs_own_outputs_does_not_ask(ctx: ToolContext, tool: str, text: str) -> None:
    assert _judge(tool, text, _own(ctx)) == (Risk.REVERSIBLE, []), text


@pytest.mark.parametrize(("tool", "text"), STILL_ASKS)
def test_deleting_anything_else_still_asks(ctx: ToolContext, tool: str, text: str) -> None:
    risk, reasons = _judge(tool, text, _own(ctx))
    assert risk == Risk.CONSEQUENTIAL and reasons, text
