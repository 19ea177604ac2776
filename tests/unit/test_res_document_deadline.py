"""Reading a crafted file is stopped at a deadline: a 3 kB PDF whose content stream holds 200,000 text operators
kept pypdf busy for about 17 s a page, a workbook of many rows keeps pandas busy; both pass the size caps."""

from __future__ import annotations

import io
import random
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.documents.data import describe_data, run_sql
from gofer.documents.readers import _read_here, read_document
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import read_document as read_document_tool


def _spinning_pdf(operators: int = 200_000) -> bytes:
    """A one-page PDF of a few kB whose content stream expands to ``operators`` text-showing operators."""
    content = zlib.compress(b"BT /F1 1 Tf " + b"(a) Tj " * operators + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 4 0 R >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _long_workbook(rows: int = 300_000) -> bytes:
    """An .xlsx of ``rows`` rows of two numbers, written as raw sheet XML (openpyxl would take as long to write)."""
    rng = random.Random(1)
    cells = "".join(f'<row r="{r}"><c r="A{r}"><v>{rng.randint(0, 10**6)}</v></c><c r="B{r}"><v>{r}</v></c></row>'
                    for r in range(1, rows + 1))
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
        'name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def test_a_pdf_made_to_spin_is_stopped_at_the_deadline_with_an_error_naming_it(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    (tmp_path / "invoice.pdf").write_bytes(_spinning_pdf())
    started = time.monotonic()
    with pytest.raises(ToolError) as err:
        read_document(ws, "invoice.pdf", timeout=2)
    assert time.monotonic() - started < 8
    assert "'invoice.pdf'" in str(err.value) and "longer than 2 s" in str(err.value)
    assert "GOFER_DOCUMENT_READ_TIMEOUT" in str(err.value)
    # The stopped worker is replaced: the next read works.
    (tmp_path / "note.md").write_text("# Hello\nworld")
    assert read_document(ws, "note.md", timeout=30) == "# Hello\nworld"


async def test_the_tool_takes_its_deadline_from_the_settings(tmp_path: Path) -> None:
    (tmp_path / "invoice.pdf").write_bytes(_spinning_pdf())
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path, settings=Settings(document_read_timeout=1.5))
    started = time.monotonic()
    with pytest.raises(ToolError, match=r"reading 'invoice.pdf' took longer than 1.5 s"):
        await read_document_tool(ctx, {"path": "invoice.pdf"})
    assert time.monotonic() - started < 8


def test_a_workbook_made_to_spin_is_stopped_in_describe_data_and_query_data(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    (tmp_path / "rows.xlsx").write_bytes(_long_workbook())
    started = time.monotonic()
    with pytest.raises(ToolError, match=r"reading 'rows.xlsx' took longer than 1 s"):
        describe_data(ws, "rows.xlsx", timeout=1)
    assert time.monotonic() - started < 8
    (tmp_path / "big.csv").write_text("a,b\n" + "".join(f"{i},{i * 2}\n" for i in range(50_000)))
    # A query's own time is bounded by DuckDB's interrupt (QUERY_TIMEOUT); the deadline is that plus the load's.
    result = run_sql(ws, "SELECT COUNT(*) AS n FROM 'big.csv'", timeout=1)
    assert result.rows == [[50_000]]


def test_errors_inside_the_reader_keep_their_words(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ToolError, match="not a readable PDF"):
        read_document(ws, "broken.pdf")
    with pytest.raises(ToolError, match=r"missing\.pdf"):
        read_document(ws, "missing.pdf")


def test_the_deadline_costs_little_on_an_ordinary_file(tmp_path: Path) -> None:
    fixtures = Path(__file__).parents[1] / "fixtures" / "documents"
    ordinary = next(p for p in sorted(fixtures.iterdir()) if p.suffix in (".docx", ".pdf"))
    (tmp_path / ordinary.name).write_bytes(ordinary.read_bytes())
    ws = Workspace(tmp_path)
    read_document(ws, ordinary.name)  # a worker is started once per process (about a second): not measured
    rounds = 5
    started = time.monotonic()
    for _ in range(rounds):
        here = _read_here(ws, ordinary.name, 20_000)
    in_process = (time.monotonic() - started) / rounds
    started = time.monotonic()
    for _ in range(rounds):
        there = read_document(ws, ordinary.name)
    in_worker = (time.monotonic() - started) / rounds
    assert there == here
    assert in_worker - in_process < 0.25, (in_process, in_worker)


def test_a_read_that_takes_too_much_memory_is_stopped_and_the_next_read_works(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import operator

    from gofer.documents import _deadline

    monkeypatch.setattr(_deadline, "READ_MEMORY_MB", 300)
    started = time.monotonic()
    with pytest.raises(ToolError, match=r"reading 'bomb\.docx' took more than 300 MB of memory and was stopped"):
        _deadline.within_deadline("reading 'bomb.docx'", 60, operator.mul, b"ab", 2_000_000_000)  # 4 GB
    assert time.monotonic() - started < 30
    assert _deadline.within_deadline("reading 'small.txt'", 60, operator.add, 2, 3) == 5
