"""gofer checks what the reading worker answers where that is cheap: a taken-over reader (played here by code the
request makes the real, confined worker run while it reads: it swaps one of the reader's own functions) cannot
hand back an "edited document" that is not one, a deck whose slide count is not the one it claims, a text longer
than its document holds, or a table of another shape. Honest answers pass (the documents tests)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from gofer.computer.workspace import Workspace
from gofer.documents._answers import office_check, table_check, text_check, verification_check
from gofer.documents.data import QueryResult, run_sql
from gofer.documents.docx_builder import append_docx
from gofer.documents.pptx_builder import append_pptx
from gofer.documents.readers import read_document
from gofer.documents.specs import DocumentSpec, PresentationSpec
from gofer.documents.verify import Verification
from gofer.tools.base import ToolError

_SAMPLES = Path(__file__).parents[1] / "fixtures" / "documents"
needs_bwrap = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")


class _Taken(str):
    """A path that, once in the worker, first runs ``code`` there (swapping a reader's function) and stays the
    path."""

    code: str

    def __new__(cls, path: str, code: str) -> _Taken:
        made = super().__new__(cls, path)
        made.code = code
        return made

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return eval, (f"(({self.code}), {str(self)!r})[1]",)


def _swap(module: str, name: str, replacement: str) -> str:
    return f"setattr(__import__({module!r}, fromlist=['_']), {name!r}, {replacement})"


def _zip(**members: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name.replace("__", "/"), data)
    return buf.getvalue()


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    ws = Workspace(tmp_path / "ws")
    for name in ("sample.docx", "sample.pptx"):
        shutil.copy(_SAMPLES / name, ws.root / name)
    (ws.root / "short.txt").write_text("ten bytes!")
    (ws.root / "t.csv").write_text("a,b\n1,2\n")
    return ws


@needs_bwrap
def test_an_edit_that_is_not_the_format_it_claims_is_refused(ws: Workspace) -> None:
    spec = DocumentSpec.model_validate({"blocks": [{"type": "paragraph", "text": "more"}]})
    not_zip = _Taken("sample.docx", _swap("gofer.documents.docx_builder", "_to_bytes", "lambda doc: b'<html>'"))
    with pytest.raises(ToolError, match=r"appending to 'sample.docx' failed: the reader's answer was refused "
                                        r"\('the edited .docx' is not a valid Office file \(not a zip archive\)\)"):
        append_docx(ws, not_zip, spec)
    hollow = _zip(**{"[Content_Types].xml": b"<Types/>", "word__evil.xml": b"<x/>"})
    no_body = _Taken("sample.docx", _swap("gofer.documents.docx_builder", "_to_bytes", f"lambda doc: {hollow!r}"))
    with pytest.raises(ToolError, match=r"refused \(the edited .docx has no word/document.xml\)"):
        append_docx(ws, no_body, spec)
    assert b"word/document.xml" in append_docx(ws, "sample.docx", spec)  # an honest worker is not refused


@needs_bwrap
def test_a_deck_whose_slide_count_is_not_its_own_is_refused(ws: Workspace) -> None:
    spec = PresentationSpec.model_validate({"slides": [{"title": "Added", "bullets": ["one"]}]})
    data, count = append_pptx(ws, "sample.pptx", spec)
    lie = _Taken("sample.pptx", _swap("gofer.documents.pptx_builder", "_add_all", "lambda *a, **k: 0"))
    # the deck comes back unchanged while the count is the real one: fine; a count off by one is not
    assert append_pptx(ws, lie, spec)[1] == count - 1
    off = _Taken("sample.pptx", _swap("gofer.documents.pptx_builder", "len", "lambda x: 99"))
    with pytest.raises(ToolError, match=r"refused \(it says the deck has 99 slides, and the deck lists "
                                        rf"{count - 1}\)"):
        append_pptx(ws, off, spec)
    assert data[:2] == b"PK"


@needs_bwrap
def test_a_text_longer_than_its_document_is_refused(ws: Workspace) -> None:
    padded = _Taken("short.txt", _swap("gofer.documents.readers", "read_capped", "lambda ws, p, *a: b'x' * 60000"))
    with pytest.raises(ToolError, match=r"refused \(its text has 20,0\d\d characters, more than a 10-byte .txt file "
                                        r"holds\)"):
        read_document(ws, padded)
    assert read_document(ws, "short.txt") == "ten bytes!"


@needs_bwrap
def test_a_table_of_another_shape_is_refused(ws: Workspace) -> None:
    cursor = ("type('C', (), {'description': [('a',), ('b',)], "
              "'fetchmany': lambda self, k: [(1,), (2,)]})()")
    lie = _swap("gofer.documents.data", "_execute", f"lambda con, sql: {cursor}")
    sql = _Taken("SELECT * FROM 't.csv'", lie)
    with pytest.raises(ToolError, match=r"refused \(a row does not have its 2 columns\)"):
        run_sql(ws, sql)
    assert run_sql(ws, "SELECT * FROM 't.csv'").rows == [[1, 2]]


def test_the_checks_on_their_own() -> None:
    too_long = "its text has 101 characters, more than the 100 asked for"
    assert text_check("a.md", 100)("x" * 101, {"a.md": 500}) == too_long
    assert text_check("a.pdf", None)("x" * 20_000, {"a.pdf": 10}) is None  # a packed format yields far more
    assert text_check("a.md", None)(b"x", {}) == "it is a bytes, not text"
    assert table_check(1)(QueryResult(["a"], [[1], [2]], False, 2), {}) == "it has more than the 1 rows asked for"
    assert table_check(5)(QueryResult(["a"], [[1]], False, 3), {}) == "its row count does not agree with its rows"
    assert table_check(5)(QueryResult(["a"], [[1]], True, None), {}) is None
    assert verification_check(Verification([1], []), {}) == "its problems or notes are not text"  # type: ignore[list-item]
    assert verification_check(Verification(["x"], ["y"]), {}) is None
    deck = _zip(**{"[Content_Types].xml": b"<Types/>",
                   "ppt__presentation.xml": b"<p:sldIdLst><p:sldId id='256'/><p:sldId id='257'/></p:sldIdLst>"})
    assert office_check("pptx")((deck, 2), {}) is None
    assert office_check("pptx")((deck, True), {}) == "its slide count is not a number"
    assert office_check("xlsx")(deck, {}) == "the edited .xlsx has no xl/workbook.xml"
