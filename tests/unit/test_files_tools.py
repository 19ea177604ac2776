"""File tools and the workspace: confined, symlink-safe, with clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.events import Risk
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.files import edit_file, list_files, read_file, write_file


@pytest.fixture
def ctx(tmp_path: Path) -> ToolContext:
    ws = tmp_path / "ws"
    ws.mkdir()
    return ToolContext(run_id="r", session_id="s", workspace=ws)


async def test_write_edit_read_and_list(ctx: ToolContext) -> None:
    result = await write_file(ctx, {"path": "notes/a.txt", "content": "hello world\n"})
    assert result.artifacts[0].path == "notes/a.txt" and result.artifacts[0].size == 12
    assert (ctx.workspace / "notes/a.txt").read_text() == "hello world\n"
    await edit_file(ctx, {"path": "/workspace/notes/a.txt", "old": "world", "new": "there"})
    assert (await read_file(ctx, {"path": "notes/a.txt"})).text == "hello there\n"
    listing = await list_files(ctx, {})
    assert "notes/" in listing.text and "notes/a.txt  (12 bytes)" in listing.text


async def test_edit_requires_exactly_one_match(ctx: ToolContext) -> None:
    await write_file(ctx, {"path": "a.txt", "content": "x x"})
    with pytest.raises(ToolError, match="2 times"):
        await edit_file(ctx, {"path": "a.txt", "old": "x", "new": "y"})
    with pytest.raises(ToolError, match="not found"):
        await edit_file(ctx, {"path": "a.txt", "old": "z", "new": "y"})


@pytest.mark.parametrize("path", ["../outside.txt", "a/../../outside.txt", "/etc/passwd", "/workspace/../etc/passwd"])
async def test_paths_outside_are_refused(ctx: ToolContext, path: str) -> None:
    with pytest.raises(ToolError, match="outside the workspace"):
        await read_file(ctx, {"path": path})
    with pytest.raises(ToolError, match="outside the workspace"):
        await write_file(ctx, {"path": path, "content": "x"})


async def test_symlinks_out_of_the_workspace_are_never_followed(ctx: ToolContext, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("host secret")
    os.symlink(secret, ctx.workspace / "link.txt")
    os.symlink(tmp_path, ctx.workspace / "dirlink")
    with pytest.raises(ToolError, match="symlink"):
        await read_file(ctx, {"path": "link.txt"})
    with pytest.raises(ToolError, match="symlink"):
        await read_file(ctx, {"path": "dirlink/secret.txt"})
    with pytest.raises(ToolError, match="symlink"):
        await write_file(ctx, {"path": "link.txt", "content": "overwrite"})
    with pytest.raises(ToolError, match="symlink"):
        await write_file(ctx, {"path": "dirlink/new.txt", "content": "x"})
    assert secret.read_text() == "host secret" and not (tmp_path / "new.txt").exists()
    listing = (await list_files(ctx, {})).text
    assert "secret" not in listing


def test_artifacts_hash_without_following_links(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "w")
    ws.write_text("f.csv", "a,b\n")
    art = ws.artifact("f.csv")
    assert art.mime == "text/csv" and art.size == 4 and len(art.sha256) == 64
    os.symlink("/etc/hostname", ws.root / "h")
    with pytest.raises(WorkspaceError):
        ws.artifact("h")
    before = ws.fingerprint()
    ws.write_text("g.txt", "new")
    assert [a.path for a in ws.changed_since(before)] == ["g.txt"]


async def test_binary_files_are_not_dumped(ctx: ToolContext) -> None:
    (ctx.workspace / "b.bin").write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(ToolError, match="binary"):
        await read_file(ctx, {"path": "b.bin"})


def test_writing_over_an_existing_file_is_consequential_and_a_new_one_is_not(tmp_path: Path) -> None:
    """write_file replaces a file's whole content, like ``> file`` in the shell, so it asks when the file exists."""
    (tmp_path / "report.txt").write_text("the user's work")
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path)
    over = write_file.judge_risk({"path": "report.txt", "content": ""}, ctx)
    assert over.risk == Risk.CONSEQUENTIAL and "report.txt" in over.reasons[0]
    assert write_file.judge_risk({"path": "/workspace/report.txt", "content": ""}, ctx).risk == Risk.CONSEQUENTIAL
    assert write_file.judge_risk({"path": "draft.txt", "content": "x"}, ctx).risk == Risk.REVERSIBLE


def test_an_edit_that_replaces_most_of_a_users_file_asks_like_an_overwrite(tmp_path: Path) -> None:
    notes = "Shopping: eggs, milk.\nCall the dentist on Monday.\nKeys are with Ana.\n"
    (tmp_path / "notes.txt").write_text(notes)
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path)
    wipe = edit_file.judge_risk({"path": "notes.txt", "old": notes, "new": "gone"}, ctx)
    assert wipe.risk == Risk.CONSEQUENTIAL and "notes.txt" in wipe.reasons[0]
    small = edit_file.judge_risk({"path": "notes.txt", "old": "Monday", "new": "Tuesday"}, ctx)
    assert small.risk == Risk.REVERSIBLE
    own = ToolContext(run_id="r", session_id="s", workspace=tmp_path, extras={"own_files": frozenset({"notes.txt"})})
    assert edit_file.judge_risk({"path": "notes.txt", "old": notes, "new": "v2"}, own).risk == Risk.REVERSIBLE
