"""The self-check before ``finish``: open every produced file again and list what is wrong with it.

``verify_file(workspace, path)`` returns problems (an empty list means the file is fine). Checks: the file
parses; slides have no overflowing text and nothing off the slide; spreadsheet formulas evaluate without
errors (recalculated by LibreOffice when installed; without it only their syntax and references are
checked, and ``verify_details`` says so); PDFs have pages; images open. The file may be crafted (an edited user
file, a download the model lists), so the check runs in the reading worker under the readers' deadline.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.documents._answers import verification_check
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DOCUMENT_BYTES, check_zip, suffix
from gofer.documents.office import OfficeError, convert, libreoffice_path
from gofer.tools.base import ToolError

__all__ = ["Verification", "verify_details", "verify_file"]

_ERRORS = ("#DIV/0!", "#NAME?", "#REF!", "#VALUE!", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "Err:")
_SHEET_REF = re.compile(r"(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!")


@dataclass
class Verification:
    """Problems found in a file, and notes on checks that could not run."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verify_file(workspace: Workspace, path: str, *, timeout: float = READ_TIMEOUT) -> list[str]:
    """Problems with a produced file (messages without the path); empty when it is fine."""
    return verify_details(workspace, path, timeout=timeout).problems


def verify_details(workspace: Workspace, path: str, *, timeout: float = READ_TIMEOUT) -> Verification:
    """Problems with a produced file, plus notes on skipped checks (e.g. no LibreOffice for formulas); a check
    that takes longer than ``timeout`` seconds is stopped and is itself the problem."""
    try:
        return within_deadline(f"checking {path!r}", timeout, _verify_here, workspace, path,
                               files={path: MAX_DOCUMENT_BYTES * 4}, check=verification_check)
    except ToolError as exc:
        return Verification(problems=[str(exc)])


def _verify_here(workspace: Workspace, path: str) -> Verification:
    out = Verification()
    try:
        data = workspace.read_bytes(path, limit=MAX_DOCUMENT_BYTES * 4 + 1)
    except WorkspaceError as exc:
        out.problems.append(str(exc))
        return out
    if not data:
        out.problems.append("the file is empty")
        return out
    ext = suffix(path)
    check = _CHECKS.get(ext)
    if check is None:
        return out
    try:
        if ext in ("docx", "pptx", "xlsx"):
            check_zip(data, path)
        check(data, out)
    except ToolError as exc:
        out.problems.append(str(exc))
    except Exception as exc:  # a broken file makes each library raise something different
        out.problems.append(f"cannot be opened as .{ext} ({type(exc).__name__}: {str(exc)[:200]})")
    return out


def _docx(data: bytes, out: Verification) -> None:
    import docx

    doc = docx.Document(io.BytesIO(data))
    text = any(p.text.strip() for p in doc.paragraphs) or bool(doc.tables)
    if not text and not doc.inline_shapes:
        out.problems.append("the document has no text, tables or images")


def _pptx(data: bytes, out: Verification) -> None:
    from pptx import Presentation

    from gofer.documents._slidecheck import slide_problems

    prs = Presentation(io.BytesIO(data))
    if len(prs.slides) == 0:
        out.problems.append("the deck has no slides")
        return
    out.problems += slide_problems(prs)


def _formula_problems(wb: object) -> list[str]:
    from openpyxl.workbook.workbook import Workbook

    assert isinstance(wb, Workbook)
    names = {s.title.lower() for s in wb.worksheets}
    problems: list[str] = []
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if cell.data_type != "f" or not isinstance(value, str):  # text from data may start with = too
                    continue
                if value.count("(") != value.count(")"):
                    problems.append(f"{sheet.title}!{cell.coordinate}: unbalanced parentheses in {value}")
                for quoted, bare in _SHEET_REF.findall(value):
                    ref = (quoted.replace("''", "'") if quoted else bare).lower()
                    if ref not in names:
                        problems.append(f"{sheet.title}!{cell.coordinate}: {value} refers to a missing sheet")
    return problems


def _xlsx(data: bytes, out: Verification) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    if not wb.worksheets or all(s.max_row <= 1 and s["A1"].value is None for s in wb.worksheets):
        out.problems.append("the workbook is empty")
        return
    formulas = {
        (s.title, c.coordinate): c.value
        for s in wb.worksheets for row in s.iter_rows() for c in row
        if c.data_type == "f" and isinstance(c.value, str)
    }
    out.problems += _formula_problems(wb)
    if not formulas or out.problems:
        return
    if libreoffice_path() is None:
        out.notes.append("formulas were not evaluated: LibreOffice is not installed (syntax and sheet "
                         "references were checked)")
        return
    try:
        recalculated = convert(data, "book.xlsx", "xlsx")
    except OfficeError as exc:
        out.notes.append(f"formulas were not evaluated: {exc}")
        return
    values = load_workbook(io.BytesIO(recalculated), data_only=True)
    for (title, coord), formula in sorted(formulas.items()):
        if title not in values.sheetnames:
            continue
        value = values[title][coord].value
        if isinstance(value, str) and value.startswith(_ERRORS):
            out.problems.append(f"{title}!{coord}: {formula} evaluates to {value}")


def _pdf(data: bytes, out: Verification) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) == 0:
        out.problems.append("the PDF has no pages")


def _image(data: bytes, out: Verification) -> None:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        im.verify()


def _svg(data: bytes, out: Verification) -> None:
    from defusedxml import ElementTree

    root = ElementTree.fromstring(data)
    if not root.tag.endswith("svg"):
        out.problems.append("not an SVG image")


def _csv(data: bytes, out: Verification) -> None:
    text = data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        out.problems.append("the CSV has no rows")
        return
    width = len(rows[0])
    bad = [i + 1 for i, r in enumerate(rows) if r and len(r) != width]
    if bad:
        out.problems.append(f"CSV rows {bad[:5]} have a different number of fields than the header ({width})")


def _text(data: bytes, out: Verification) -> None:
    if not data.decode("utf-8").strip():
        out.problems.append("the file has no text")


def _json(data: bytes, out: Verification) -> None:
    json.loads(data)


_CHECKS = {
    "docx": _docx, "pptx": _pptx, "xlsx": _xlsx, "pdf": _pdf, "png": _image, "jpg": _image, "jpeg": _image,
    "gif": _image, "svg": _svg, "csv": _csv, "md": _text, "txt": _text, "html": _text, "json": _json,
}
