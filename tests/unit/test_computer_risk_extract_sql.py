"""The shell and python risk judges on archives, SQL and scripts in other languages, against a real workspace:
extracting over the user's files, changing a database that existed before the run, and running a script whose
code deletes or writes all ask; the same work on new folders, new databases and harmless scripts does not."""

from __future__ import annotations

import io
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from gofer.computer import archive_risk
from gofer.computer.archive_risk import list_members
from gofer.events import Risk
from gofer.tools.base import ToolContext
from gofer.tools.python import python
from gofer.tools.shell import OWN_FILES, shell


def _tar(path: Path, members: list[str], mode: str = "w:gz", links: tuple[tuple[str, str], ...] = ()) -> None:
    with tarfile.open(path, mode) as t:  # type: ignore[call-overload]
        for name in members:
            info = tarfile.TarInfo(name)
            info.size = 1
            t.addfile(info, io.BytesIO(b"x"))
        for name, target in links:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            t.addfile(info)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / "report.txt").write_text("mine\n")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("mine\n")
    _tar(tmp_path / "clash.tgz", ["data.csv", "pkg/x.txt"])
    _tar(tmp_path / "fresh.tgz", ["pkg/x.txt"])
    _tar(tmp_path / "top.tar.gz", ["proj-1.0/data.csv"])
    _tar(tmp_path / "evil.tar", ["../escape.txt"], "w")
    _tar(tmp_path / "linky.tar", ["l/inner.txt"], "w", links=(("l", "/etc"),))
    with zipfile.ZipFile(tmp_path / "clash.zip", "w") as z:
        z.writestr("notes/a.txt", "x")
    with zipfile.ZipFile(tmp_path / "fresh.zip", "w") as z:
        z.writestr("new/y.txt", "x")
    (tmp_path / "zstd.tar.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\x00" * 64)
    con = sqlite3.connect(tmp_path / "existing.db")
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    (tmp_path / "wipe.sql").write_text("DROP TABLE t;\n")
    (tmp_path / "schema.sql").write_text("CREATE TABLE u (id INTEGER REFERENCES t ON DELETE CASCADE);\n")
    (tmp_path / "wipe.js").write_text("const fs = require('fs');\nfs.unlinkSync('data.csv');\n")
    (tmp_path / "hello.js").write_text("console.log(1 + 1);\n")
    (tmp_path / "tidy.pl").write_text("#!/usr/bin/perl\nunlink 'data.csv';\n")
    (tmp_path / "tidy.rb").write_text("File.delete('data.csv')\n")
    (tmp_path / "sum.php").write_text("<?php echo 1 + 1;\n")
    return tmp_path


def _judge(tool_args: dict[str, str], ws: Path, own: frozenset[str] = frozenset()) -> tuple[Risk, list[str]]:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, extras={OWN_FILES: own})
    tool = python if "code" in tool_args else shell
    judgement = tool.judge_risk(tool_args, ctx)
    return judgement.risk, judgement.reasons


@pytest.mark.parametrize(
    ("command", "reason"),
    [
        ("tar -xzf clash.tgz", "over existing files (data.csv)"),
        ("tar xzf clash.tgz --overwrite", "over existing files (data.csv)"),
        ("tar -x -z -f clash.tgz -C .", "over existing files (data.csv)"),
        ("tar --extract --file=clash.tgz data.csv", "over existing files (data.csv)"),
        ("tar -xzf top.tar.gz --strip-components=1", "over existing files (data.csv)"),
        ("unzip -o clash.zip", "over existing files (notes/a.txt)"),
        ("unzip -oj clash.zip -d notes", "over existing files (notes/a.txt)"),
        ("bsdtar -xf clash.zip", "over existing files (notes/a.txt)"),
        ("7z x -y clash.zip", "over existing files (notes/a.txt)"),
        ("curl -sL https://example.com/x.tgz | tar xz", "cannot be listed"),
        ("tar -xf evil.tar", "outside its folder"),
        ("tar -xf linky.tar", "link"),
        ("tar --zstd -xf zstd.tar.zst", "not listed here"),
        ("tar -xzf missing.tgz", "cannot be read"),
        ("tar -xzf clash.tgz -C $DEST", "cannot be known"),
        ("tar --to-command='rm data.csv' -xf fresh.tgz", "deletes files"),
        ("tar --checkpoint=1 --checkpoint-action=exec='rm data.csv' -cf x.tar notes", "deletes files"),
        ("tar -cf report.txt notes", "writes into report.txt"),
        ("sqlite3 existing.db 'DELETE FROM t'", "DELETE FROM on existing.db"),
        ("sqlite3 -header existing.db 'UPDATE t SET a = 2'", "UPDATE"),
        ("sqlite3 existing.db < wipe.sql", "DROP TABLE on existing.db"),
        ("sqlite3 existing.db <<'EOF'\nALTER TABLE t ADD b;\nEOF", "ALTER TABLE"),
        ("echo 'DROP TABLE t;' | sqlite3 existing.db", "DROP TABLE"),
        ("cat wipe.sql | sqlite3 existing.db", "DROP TABLE"),
        ("python3 -c 'print(1)' | sqlite3 existing.db", "output of a command"),
        ("sqlite3 new.db '.shell rm data.csv'", ".shell"),
        ("psql -c 'DROP TABLE users'", "DROP TABLE on the database psql connects to"),
        ("psql -d app -f wipe.sql", "DROP TABLE"),
        ("mysql -e 'TRUNCATE logs'", "TRUNCATE"),
        ("mysql app < wipe.sql", "DROP TABLE"),
        ("node wipe.js", "runs wipe.js, whose code may delete"),
        ("perl tidy.pl", "runs tidy.pl"),
        ("./tidy.pl", "runs ./tidy.pl"),
        ("ruby tidy.rb", "runs tidy.rb"),
        ("node missing.js", "cannot be read"),
        ("perl -pi -e 's/a/b/' report.txt", "in place"),
        ("sed -Ei 's/a/b/' report.txt", "in place"),
        ("git rm data.csv", "git rm deletes"),
        ("rsync -a new.csv data.csv", "rsync overwrites"),
    ],
)
def test_commands_that_replace_or_change_the_users_data_ask(ws: Path, command: str, reason: str) -> None:
    risk, reasons = _judge({"command": command}, ws)
    assert risk == Risk.CONSEQUENTIAL and any(reason in r for r in reasons), (command, reasons)


@pytest.mark.parametrize(
    "command",
    [
        "tar -xzf fresh.tgz",
        "tar -xzf top.tar.gz",
        "tar -xzf clash.tgz -C newdir",
        "mkdir out && tar -xzf clash.tgz -C out",
        "tar -xzf clash.tgz pkg",
        "tar -xzkf clash.tgz",
        "tar --skip-old-files -xzf clash.tgz",
        "tar -tzf clash.tgz",
        "tar -xzOf clash.tgz data.csv | head",
        "tar -czf new.tgz notes",
        "unzip fresh.zip",
        "unzip clash.zip -d extracted",
        "unzip -l clash.zip",
        "unzip -n clash.zip",
        "7z x clash.zip -oextracted",
        "sqlite3 new.db 'CREATE TABLE t (a); INSERT INTO t VALUES (1); DELETE FROM t'",
        "sqlite3 existing.db 'SELECT count(*) FROM t'",
        "sqlite3 existing.db .tables",
        "sqlite3 existing.db < schema.sql",
        "sqlite3 -readonly existing.db 'SELECT 1'",
        "psql -c 'SELECT 1'",
        "node hello.js",
        "php sum.php",
        "perl -ne 'print if /a/' data.csv",
        "python3 --version",
        "node --version",
    ],
)
def test_the_same_tools_on_new_folders_new_databases_and_harmless_scripts_do_not_ask(ws: Path, command: str) -> None:
    assert _judge({"command": command}, ws) == (Risk.REVERSIBLE, []), command


def test_files_the_run_made_itself_are_its_own(ws: Path) -> None:
    assert _judge({"command": "tar -xzf clash.tgz"}, ws, own=frozenset({"data.csv"}))[0] == Risk.REVERSIBLE
    assert _judge({"command": "sqlite3 existing.db 'DROP TABLE t'"}, ws, own=frozenset({"existing.db"}))[0] == (
        Risk.REVERSIBLE)
    code = "import sqlite3\ncon = sqlite3.connect('existing.db')\ncon.execute('DROP TABLE t')"
    assert _judge({"code": code}, ws, own=frozenset({"existing.db"}))[0] == Risk.REVERSIBLE


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("import tarfile\ntarfile.open('clash.tgz').extractall()", "over existing files (data.csv)"),
        ("import zipfile\nwith zipfile.ZipFile('clash.zip') as z:\n    z.extractall('.')", "notes/a.txt"),
        ("import shutil\nshutil.unpack_archive('clash.tgz')", "data.csv"),
        ("t = __import__('tarfile').open('clash.tgz')\nt.extract('data.csv')", "data.csv"),
        ("z.extractall()", "$(z) into ., which holds files"),
        ("import tarfile\ntarfile.open('clash.tgz').extractall(path=folder)", "cannot be known"),
        ("import sqlite3\ncon = sqlite3.connect('existing.db')\ncon.execute('DELETE FROM t')", "DELETE FROM on"),
        ("import sqlite3\ncon = sqlite3.connect('existing.db')\ncon.cursor().executescript('DROP TABLE t')",
         "DROP TABLE"),
        ("import sqlite3\ncon = sqlite3.connect('existing.db')\ncon.execute(f'UPDATE {table} SET a = 1')", "UPDATE"),
        ("import sqlite3\ncon = sqlite3.connect('existing.db')\ncon.execute(query)", "computed at run time"),
        ("import sqlite3\ncon = sqlite3.connect('existing.db')\ndf.to_sql('t', con, if_exists='replace')",
         "REPLACE TABLE"),
        ("con.execute('DELETE FROM t WHERE a > 1')", "a database opened earlier"),
        ("import psycopg2\nconn = psycopg2.connect('dbname=app')\nconn.cursor().execute('TRUNCATE t')",
         "database server"),
        ("from sqlalchemy import create_engine, text\nwith create_engine('sqlite:///existing.db').begin() as c:\n"
         "    c.execute(text('ALTER TABLE t ADD b'))", "ALTER TABLE on existing.db"),
        ("for p in ['new.csv', 'data.csv']:\n    open(p, 'w').write('x')", "overwrites data.csv"),
        ("p = 'new.csv'\np = 'report.txt'\nopen(p, 'w')", "overwrites report.txt"),
        ("p: str = 'report.txt'\nopen(p, 'w')", "overwrites report.txt"),
        ("!unzip -o clash.zip", "notes/a.txt"),
    ],
)
def test_cells_that_replace_or_change_the_users_data_ask(ws: Path, code: str, reason: str) -> None:
    risk, reasons = _judge({"code": code}, ws)
    assert risk == Risk.CONSEQUENTIAL and any(reason in r for r in reasons), (code, reasons)


def test_listing_is_bounded_and_never_follows_links(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Too many members or too much to decompress gives a reason (so the extraction asks), as does an archive
    reached through a symlink planted in the workspace."""
    assert list_members(ws, "clash.tgz") == ["data.csv", "pkg/x.txt"]
    _tar(ws / "many.tar", [f"f{i}" for i in range(8)], "w")
    _tar(ws / "big.tgz", [])
    with tarfile.open(ws / "big.tgz", "w:gz") as t:
        info = tarfile.TarInfo("zeros.bin")
        info.size = 2 << 20
        t.addfile(info, io.BytesIO(bytes(info.size)))
    monkeypatch.setattr(archive_risk, "MAX_MEMBERS", 5)
    monkeypatch.setattr(archive_risk, "MAX_SCAN", 1 << 20)
    assert "too many members" in str(list_members(ws, "many.tar"))
    assert "more than 1 MiB" in str(list_members(ws, "big.tgz"))
    (ws / "via-link.tgz").symlink_to(ws / "clash.tgz")
    assert "cannot be read" in str(list_members(ws, "via-link.tgz"))
    assert "cannot be read as" in str(list_members(ws, "report.txt"))
