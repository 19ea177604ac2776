"""The reading worker sees only the files of the read it runs (a copy, not the workspace): a parser taken over
while reading one document cannot open the other files of the workspace, nor those of earlier reads. Real
bubblewrap, real worker processes; the "exploit" is code the request makes the worker run while it reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from agent_helpers import TakenPath

from gofer.computer.workspace import Workspace
from gofer.documents.data import run_sql
from gofer.documents.docx_builder import append_docx
from gofer.documents.readers import read_document
from gofer.documents.specs import DocumentSpec
from gofer.tools.base import ToolError

_SAMPLES = Path(__file__).parents[1] / "fixtures" / "documents"
pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")


def _leak_or(path: str, target: Path) -> str:
    """Code that yields ``LEAK <its first bytes>`` when ``target`` can be read in the worker, else ``path``."""
    return (f"(lambda p: 'LEAK ' + repr(open(p, 'rb').read(40)) if __import__('os').path.exists(p) else {path!r})"
            f"({str(target)!r})")


def test_a_taken_over_reader_cannot_open_a_sibling_file(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    (ws.root / "report.txt").write_text("the quarterly report")
    (ws.root / "secret.txt").write_text("the owner's secret")
    (ws.root / "sub").mkdir()
    (ws.root / "sub" / "keys.txt").write_text("more secrets")
    for sibling in (ws.root / "secret.txt", ws.root / "sub" / "keys.txt"):
        text = read_document(ws, TakenPath("report.txt", _leak_or("report.txt", sibling)))
        assert text == "the quarterly report"
    # the worker's folder lists one file: the error names the path made of what it saw
    listing = f"' '.join(sorted(__import__('os').listdir({str(ws.root)!r}))) + '.txt'"
    with pytest.raises(ToolError, match=r"^'report\.txt\.txt' does not exist$"):
        read_document(ws, TakenPath("report.txt", listing))


def test_what_an_earlier_read_handed_is_gone_at_the_next(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    shutil.copy(_SAMPLES / "sample.pdf", ws.root / "first.pdf")
    (ws.root / "second.txt").write_text("second")
    assert "Invoice 2024-017" in read_document(ws, "first.pdf")
    assert read_document(ws, TakenPath("second.txt", _leak_or("second.txt", ws.root / "first.pdf"))) == "second"
    # a file deleted since is not read from an earlier copy either
    (ws.root / "second.txt").unlink()
    with pytest.raises(ToolError, match="does not exist"):
        read_document(ws, "second.txt")


def test_an_edit_and_a_query_get_the_files_they_name(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    shutil.copy(_SAMPLES / "sample.docx", ws.root / "report.docx")
    (ws.root / "data").mkdir()
    (ws.root / "data" / "a.csv").write_text("k,n\nx,1\ny,2\n")
    (ws.root / "b.csv").write_text("k,m\nx,10\n")
    result = run_sql(ws, "SELECT a.k, n, m FROM 'data/a.csv' a JOIN 'b.csv' b ON a.k = b.k")
    assert result.rows == [["x", 1, 10]]
    spec = DocumentSpec.model_validate({"blocks": [
        {"type": "table", "data": {"sql": "SELECT k, n FROM 'data/a.csv' ORDER BY k"}},
        {"type": "paragraph", "text": "appended"},
    ]})
    edited = append_docx(ws, "report.docx", spec)
    (ws.root / "out.docx").write_bytes(edited)
    text = read_document(ws, "out.docx")
    assert "appended" in text and "| y | 2 |" in text
