"""Readers on committed sample files, and their guards (symlinks, zip bombs, size caps)."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from gofer.computer.workspace import Workspace
from gofer.documents.readers import read_document
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import read_document as read_tool

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    root = tmp_path / "ws"
    shutil.copytree(FIXTURES, root / "in")
    return Workspace(root)


def test_docx_headings_lists_tables_and_images(ws: Workspace) -> None:
    text = read_document(ws, "in/sample.docx")
    assert "## Quarterly notes" in text
    assert "- Lisbon" in text and "- Porto" in text
    assert "| City | Users |" in text and "| Lisbon | 1200 |" in text
    assert "[1 embedded image(s)]" in text


def test_pptx_titles_bullets_and_notes(ws: Workspace) -> None:
    text = read_document(ws, "in/sample.pptx")
    assert "## Slide 1: Launch plan" in text
    assert "- Hire two engineers" in text and "- Ship in May" in text
    assert "Notes: Mention the budget." in text
    assert "## Slide 2: Risks" in text


def test_xlsx_values_and_uncalculated_formulas(ws: Workspace) -> None:
    text = read_document(ws, "in/sample.xlsx")
    assert "## Sheet Costs" in text
    assert "| Rent | 1500 |" in text
    assert "=SUM(B2:B3)" in text  # no cached value: the formula is shown


def test_pdf_pages(ws: Workspace) -> None:
    text = read_document(ws, "in/sample.pdf")
    assert "[2 page(s)]" in text
    assert "Invoice 2024-017" in text and "## Page 2" in text and "30 days" in text


def test_html_without_scripts(ws: Workspace) -> None:
    text = read_document(ws, "in/sample.html")
    assert "Travel policy" in text and "**six hours**" in text
    assert "| A | 180 |" in text
    assert "hidden" not in text and "color:red" not in text


def test_text_is_cut(ws: Workspace) -> None:
    ws.write_text("long.txt", "word " * 10_000)
    text = read_document(ws, "long.txt", max_chars=1000)
    assert "[… cut at 1000 of" in text


def test_symlink_is_not_followed(ws: Workspace, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("host secret")
    os.symlink(secret, ws.root / "link.txt")
    with pytest.raises(ToolError, match="symlink"):
        read_document(ws, "link.txt")
    with pytest.raises(ToolError, match="outside"):
        read_document(ws, "../secret.txt")


def test_zip_bomb_is_refused(ws: Workspace) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (3 * 1024 * 1024))
    ws.write_bytes("bomb.docx", buf.getvalue())
    with pytest.raises(ToolError, match="zip bomb"):
        read_document(ws, "bomb.docx")


def test_broken_and_unknown_files(ws: Workspace) -> None:
    ws.write_bytes("broken.pptx", b"not a zip at all")
    with pytest.raises(ToolError, match="not a valid Office file"):
        read_document(ws, "broken.pptx")
    ws.write_bytes("x.exe", b"MZ")
    with pytest.raises(ToolError, match=r"cannot read \.exe"):
        read_document(ws, "x.exe")


async def test_read_tool_marks_output_untrusted(ws: Workspace) -> None:
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws.root)
    result = await read_tool(ctx, {"path": "in/sample.docx"})
    assert result.untrusted is True
    assert "Quarterly notes" in result.text
    assert read_tool.risk.value == "read_only"
