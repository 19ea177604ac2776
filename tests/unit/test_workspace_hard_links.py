"""A host-side write over a name that is also a hard link to another file: code in the sandbox can link a person's
file to the name a tool is about to write after the guard judged it new (``ln data.csv out.txt`` from a background
job), and truncating in place would empty the person's file too. The write replaces the name with a new file, so
the other name keeps its content; an ordinary file is rewritten in place (its inode, and so its mode, kept)."""

from __future__ import annotations

import os
from pathlib import Path

from gofer.computer.workspace import Workspace


def test_a_write_over_a_hard_link_leaves_the_other_name_as_it_was(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "data.csv").write_text("id,amount\n1,20\n")
    os.link(ws.root / "data.csv", ws.root / "out.txt")
    ws.write_text("out.txt", "the report\n")
    assert (ws.root / "data.csv").read_text() == "id,amount\n1,20\n"
    assert (ws.root / "out.txt").read_text() == "the report\n"
    assert (ws.root / "out.txt").stat().st_nlink == 1
    assert sorted(p.name for p in ws.root.iterdir()) == ["data.csv", "out.txt"], "no temporary file left behind"


def test_an_ordinary_file_is_rewritten_in_place(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "run.sh").write_text("echo old and longer\n")
    (ws.root / "run.sh").chmod(0o755)
    inode = (ws.root / "run.sh").stat().st_ino
    ws.write_text("run.sh", "echo new\n")
    assert (ws.root / "run.sh").read_text() == "echo new\n"
    assert (ws.root / "run.sh").stat().st_ino == inode and (ws.root / "run.sh").stat().st_mode & 0o777 == 0o755
    ws.write_text("sub/new.txt", "x")
    assert (ws.root / "sub" / "new.txt").read_text() == "x"
