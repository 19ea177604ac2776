"""The shell tool's risk judge: consequential commands are recognised from their text, with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.computer.command_risk import judge_command
from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.shell import judge_shell, shell


def kinds(existing: dict[str, str]):  # type: ignore[no-untyped-def]
    return lambda p: existing.get(p.removeprefix("/workspace/").removeprefix("./"))


NONE = kinds({})
HAS = kinds({"data.csv": "file", "report.txt": "file", "out": "dir", "out/a.txt": "file"})


@pytest.mark.parametrize(
    "command",
    [
        "ls -la",
        "python3 analyse.py > new.txt",
        "cat data.csv | sort | uniq -c",
        "grep -r foo . 2>/dev/null",
        "echo hi >> report.txt",
        "cp data.csv backup.csv",
        "mv draft.txt final.txt",
        "curl -s https://example.com/data.json -o data.json",
        "wget https://example.com/file.zip",
        "pip list",
        "find . -name '*.py'",
        "echo '2>&1' && ls",
    ],
)
def test_reversible_commands(command: str) -> None:
    assert judge_command(command, HAS if "report" in command else NONE) == []


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        ("rm -rf data", "deletes"),
        ("ls && rm data.csv", "deletes"),
        ("find . -name '*.tmp' -delete", "find"),
        ("shred report.txt", "deletes"),
        ("python3 x.py > report.txt", "overwrites report.txt"),
        ("echo x > $OUT", "overwrites $OUT"),
        ("cd out && echo x > a.txt", "overwrites"),
        ("cp new.csv data.csv", "cp overwrites"),
        ("mv a.txt out/", "mv overwrites"),
        ("dd if=/dev/zero of=data.csv bs=1k count=1", "dd overwrites"),
        ("sed -i s/a/b/ report.txt", "in place"),
        ("truncate -s 0 report.txt", "truncate"),
        ("pip install requests", "installs software"),
        ("python3 -m pip install numpy", "installs software"),
        ("sudo apt-get install -y jq", "installs software"),
        ("npm install left-pad", "installs software"),
        ("curl -X POST -d @data.csv https://example.com/upload", "curl uploads"),
        ("curl --data-binary @data.csv https://example.com", "curl uploads"),
        ("curl -F file=@data.csv https://example.com", "curl uploads"),
        ("wget --post-file=data.csv https://example.com", "wget posts"),
        ("scp data.csv user@host:/tmp/", "scp"),
        ("rsync -a . backup@host:/srv/", "rsync"),
        ("cat data.csv | nc example.com 9000", "nc"),
        ("mail -s hi someone@example.com < report.txt", "mail"),
        ("git push origin main", "git push"),
        ("bash -c 'rm -f data.csv'", "deletes"),
        ("env FOO=1 timeout 5 rm x", "deletes"),
    ],
)
def test_consequential_commands(command: str, reason: str) -> None:
    reasons = judge_command(command, HAS)
    assert reasons, command
    assert any(reason in r for r in reasons), reasons


def test_judge_uses_the_real_workspace_without_following_links(tmp_path: Path) -> None:
    (tmp_path / "exists.txt").write_text("x")
    (tmp_path / "link").symlink_to("/etc")
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path)
    over = judge_shell({"command": "echo y > exists.txt"}, ctx)
    assert over is not None and over.risk == Risk.CONSEQUENTIAL and over.reasons
    new = judge_shell({"command": "echo y > new.txt"}, ctx)
    assert new is not None and new.risk == Risk.REVERSIBLE
    through_link = judge_shell({"command": "echo y > link/hostname"}, ctx)
    assert through_link is not None and through_link.risk == Risk.REVERSIBLE  # /etc/hostname never looked at
    assert shell.judge_risk({"command": "pip install x"}, ctx).risk == Risk.CONSEQUENTIAL
    assert shell.risk == Risk.REVERSIBLE
