"""Text and tables out of documents (docx, pptx, xlsx, pdf, html, text), for the model to read.

The files come from users and web downloads: they are read through the workspace, capped in size, checked
against zip bombs, parsed in a worker process stopped at a deadline (a crafted file can keep a parser busy for
minutes), and the result is capped in length. Callers must treat the text as untrusted data.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from gofer.computer.workspace import Workspace
from gofer.documents._answers import text_check
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DOCUMENT_BYTES, check_zip, read_capped, suffix
from gofer.documents.data import format_table
from gofer.tools.base import ToolError

__all__ = ["READABLE_SUFFIXES", "read_document"]

READABLE_SUFFIXES = ("docx", "pptx", "xlsx", "xlsm", "pdf", "html", "htm", "md", "txt", "csv", "tsv", "json")
MAX_TABLE_ROWS = 60
_NOTE_ROOM = 100
"""Characters of a text beyond ``max_chars``: the note that says where it was cut."""


def _docx(data: bytes) -> Iterator[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(io.BytesIO(data))
    images = len(doc.inline_shapes)
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if not text:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            if style == "Title":
                yield f"# {text}"
            elif style.startswith("Heading"):
                level = style.removeprefix("Heading").strip()
                yield "#" * (int(level) + 1 if level.isdigit() else 2) + " " + text
            elif style.startswith("List"):
                yield f"- {text}"
            else:
                yield text
        elif isinstance(block, Table):
            rows = [[c.text.strip() for c in row.cells] for row in block.rows]
            if rows:
                yield format_table(rows[0], rows[1:MAX_TABLE_ROWS])
    if images:
        yield f"[{images} embedded image(s)]"


def _pptx(data: bytes) -> Iterator[str]:
    from pptx import Presentation

    prs = Presentation(io.BytesIO(data))
    for n, slide in enumerate(prs.slides, start=1):
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text.strip() if title_shape is not None else ""
        yield f"## Slide {n}: {title}" if title else f"## Slide {n}"
        for shape in slide.shapes:
            if shape == title_shape:
                continue
            if shape.has_text_frame:
                for para in shape.text_frame.paragraphs:
                    text = "".join(r.text for r in para.runs).strip()
                    if text:
                        yield "  " * para.level + f"- {text}"
            elif getattr(shape, "has_table", False) and shape.has_table:
                rows = [[c.text.strip() for c in row.cells] for row in shape.table.rows]
                if rows:
                    yield format_table(rows[0], rows[1:MAX_TABLE_ROWS])
            elif getattr(shape, "has_chart", False) and shape.has_chart:
                chart = shape.chart
                title_text = chart.chart_title.text_frame.text if chart.has_title else ""
                yield f"[chart{': ' + title_text if title_text else ''}]"
            elif shape.shape_type is not None and "PICTURE" in str(shape.shape_type):
                yield "[image]"
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame.text.strip()
            if notes:
                yield f"Notes: {notes}"


def _xlsx(data: bytes) -> Iterator[str]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        for sheet, fsheet in zip(wb.worksheets, formulas.worksheets, strict=True):
            yield f"## Sheet {sheet.title} ({sheet.max_row} rows x {sheet.max_column} columns)"
            rows: list[list[Any]] = []
            for row, frow in zip(sheet.iter_rows(values_only=True), fsheet.iter_rows(values_only=True),
                                 strict=False):
                rows.append([_xlsx_value(v, f) for v, f in zip(row, frow, strict=False)])
                if len(rows) > MAX_TABLE_ROWS:
                    break
            while rows and all(v == "" for v in rows[-1]):
                rows.pop()
            if rows:
                yield format_table([str(c) for c in rows[0]], rows[1:MAX_TABLE_ROWS])
                if (sheet.max_row or 0) > MAX_TABLE_ROWS:
                    yield f"[… {sheet.max_row - MAX_TABLE_ROWS} more rows; use describe_data or query_data]"
    finally:
        wb.close()
        formulas.close()


def _xlsx_value(value: Any, formula: Any) -> Any:
    if value is None and isinstance(formula, str) and formula.startswith("="):
        return formula
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return "" if value is None else value


def _pdf(data: bytes, max_pages: int = 60) -> Iterator[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = reader.pages
        yield f"[{len(pages)} page(s)]"
        for n, page in enumerate(pages, start=1):
            if n > max_pages:
                yield f"[… {len(pages) - max_pages} more pages not read]"
                break
            yield f"## Page {n}\n{(page.extract_text() or '').strip()}"
    except PdfReadError as exc:
        raise ToolError(f"not a readable PDF: {exc}") from None


def _html(data: bytes) -> Iterator[str]:
    from markitdown import MarkItDown, StreamInfo

    result = MarkItDown(enable_plugins=False).convert_stream(
        io.BytesIO(data), stream_info=StreamInfo(extension=".html", mimetype="text/html", charset="utf-8")
    )
    if result.title:
        yield f"# {result.title}"
    yield result.markdown


def read_document(ws: Workspace, path: str, *, max_chars: int = 20_000, timeout: float = READ_TIMEOUT) -> str:
    """The text (headings, paragraphs, lists, tables, notes) of a workspace document, cut at ``max_chars``; a
    ToolError naming the file when reading it takes longer than ``timeout`` seconds."""
    return within_deadline(f"reading {path!r}", timeout, _read_here, ws, path, max_chars,
                           files={path: MAX_DOCUMENT_BYTES}, check=text_check(path, max_chars + _NOTE_ROOM))


def _read_here(ws: Workspace, path: str, max_chars: int) -> str:
    ext = suffix(path)
    if ext not in READABLE_SUFFIXES:
        raise ToolError(f"{path!r}: cannot read .{ext} files; readable: {', '.join(READABLE_SUFFIXES)}")
    data = read_capped(ws, path)
    if ext in ("docx", "pptx", "xlsx", "xlsm"):
        check_zip(data, path)
    reader = {"docx": _docx, "pptx": _pptx, "xlsx": _xlsx, "xlsm": _xlsx, "pdf": _pdf, "html": _html,
              "htm": _html}.get(ext)
    try:
        parts = list(reader(data)) if reader else [data[: max_chars * 4].decode("utf-8", errors="replace")]
    except ToolError:
        raise
    except Exception as exc:  # each library raises its own family for a malformed file
        raise ToolError(f"could not read {path!r} as .{ext}: {type(exc).__name__}: {str(exc)[:200]}") from None
    text = "\n".join(p for p in parts if p)
    if len(text) > max_chars:
        text = text[:max_chars] + f"\n\n[… cut at {max_chars} of {len(text)} characters]"
    return text or "[no text found]"
