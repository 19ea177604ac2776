"""Session 14, what a command really runs and changes on disk: operators inside a quoted argument belong to the
command that argument runs (``split --filter``, ``sh -c``, ``find -exec``), not to the outer line. Judged by the
real judges against a real workspace; the quiet cases beside them are ordinary work."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import OWN_FILES, shell


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "big.log").write_text("".join(f"line {n}\n" for n in range(3000)))
    (tmp_path / "notes.txt").write_text("the user's notes\n")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("print('hi')\n")
    return tmp_path


def judge(tool: str, ws: Path, own: frozenset[str] | set[str] = frozenset(), extras: Mapping[str, object] | None = None,
          **arguments: object) -> list[str]:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, extras={OWN_FILES: frozenset(own), **(extras or {})})
    judgement = {"shell": shell, "python": python}[tool].judge_risk(dict(arguments), ctx)
    return judgement.reasons if judgement.risk == Risk.CONSEQUENTIAL else []


# -- 1. a redirect inside a quoted argument is the inner command's --------------------------------------------------

QUIET_QUOTED = [
    "split -l 1000 --filter='gzip > $FILE.gz' big.log part_",
    'split -l 1000 --filter="gzip > \\$FILE.gz" big.log part_',
    "split -n 3 --filter='xz -c > ${FILE}.xz' big.log chunk.",
    "echo 'a > notes.txt; rm -rf src'",
    "grep -c ';' big.log",
    "awk -F'|' '{print $1}' big.log | sort | uniq -c > counts.txt",
    "git log --format='%h > %s' > history.txt",
    "find . -name '*.py' -exec grep -l print {} +",
    "find src -type f -exec wc -l {} \\;",
    "find . -name '*.log' -print0 | xargs -0 sh -c 'wc -l \"$@\" > sizes.txt' _",
    "cat <<'EOF' > new.py\nimport os\nif len(os.listdir()) > notes.txt:\n    pass\nEOF",
    "git commit -m 'cd into src' && echo done > status.txt",
]


@pytest.mark.parametrize("command", QUIET_QUOTED)
def test_an_operator_inside_quotes_is_not_the_outer_commands(ws: Path, command: str) -> None:
    assert judge("shell", ws, command=command) == [], command
    if "${" not in command:  # IPython's ! fills {name} from the kernel's variables: a name it cannot know
        assert judge("python", ws, code=f"!{command}") == [], command


ASKS_INNER = {
    "split -l 1000 --filter='gzip > $FILE.gz' big.log part_": "part_ab.gz",
    "split -l 1000 --filter='cat > $FILE.txt' big.log notes": "notesab.txt",
    "split -l 10 --filter='sh -c \"cat > notes.txt\"' big.log": "",
    "sh -c 'sort big.log > notes.txt'": "",
    "bash -c \"echo x >| notes.txt\"": "",
    "echo \"$(cat big.log > notes.txt)\"": "",
    "find . -name '*.log' -exec sh -c 'gzip -c \"$1\" > \"$1.gz\"' _ {} \\;": "",
    "find . -type f -exec rm {} +": "",
    "find . -exec cp {} notes.txt \\;": "",
    "find . -fprint notes.txt": "",
    "find . -delete": "",
    "ls | xargs -I{} sh -c 'cat {} > notes.txt'": "",
    "cat <<EOF > new.txt\n$(rm notes.txt)\nEOF": "",
}


@pytest.mark.parametrize("command", list(ASKS_INNER))
def test_the_inner_command_of_a_quoted_argument_is_judged(ws: Path, command: str) -> None:
    if ASKS_INNER[command]:
        (ws / ASKS_INNER[command]).write_text("the user's file\n")
    assert judge("shell", ws, command=command), command
    assert judge("python", ws, code=f"!{command}"), command


def test_a_split_filter_asks_only_when_a_piece_lands_on_a_users_file(ws: Path) -> None:
    command = "split -l 1000 --filter='gzip > $FILE.gz' big.log part_"
    assert judge("shell", ws, command=command) == []
    (ws / "part_ac.gz").write_text("the user's archive\n")
    assert any("part_ac.gz" in r for r in judge("shell", ws, command=command))
    assert judge("shell", ws, own={"part_ac.gz"}, command=command) == []  # the run's own pieces, made again
