"""Word documents from a :class:`DocumentSpec` with python-docx: new files and appended sections."""

from __future__ import annotations

import io

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor

from gofer.computer.workspace import Workspace
from gofer.documents._answers import office_check
from gofer.documents._common import files_named, inline_runs, load_image, query_rows, scalar_text, split_indent
from gofer.documents._deadline import READ_TIMEOUT, within_deadline
from gofer.documents._io import MAX_DOCUMENT_BYTES, check_zip, read_capped
from gofer.documents.specs import (
    Block,
    BulletsBlock,
    DocumentSpec,
    HeadingBlock,
    ImageBlock,
    PageBreakBlock,
    ParagraphBlock,
    TableBlock,
)
from gofer.tools.base import ToolError

__all__ = ["append_docx", "build_docx"]

_ACCENT = RGBColor(0x1F, 0x4E, 0x79)
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _style(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in ((1, 16), (2, 13), (3, 12), (4, 11)):
        style = doc.styles[f"Heading {level}"]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = _ACCENT
    title = doc.styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(26)
    title.font.color.rgb = _ACCENT
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Inches(8.27), Inches(11.69)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))


def _paragraph(doc: DocxDocument, text: str, style: str | None = None, align: str = "left") -> None:
    para = doc.add_paragraph(style=style)
    for chunk, bold, italic in inline_runs(text):
        run = para.add_run(chunk)
        run.bold = bold or None
        run.italic = italic or None
    para.alignment = _ALIGN[align]


def _table(doc: DocxDocument, ws: Workspace, block: TableBlock) -> None:
    columns, rows = block.columns, [list(r) for r in block.rows]
    if block.data is not None:
        result = query_rows(ws, block.data, max_rows=500)
        columns = columns or result.columns
        rows = result.rows
    if not columns:
        raise ToolError("table: give columns (header cells) or a data query")
    width = len(columns)
    for i, row in enumerate(rows):
        if len(row) != width:
            raise ToolError(f"table row {i} has {len(row)} cells for {width} columns")
    table = doc.add_table(rows=1, cols=width)
    table.style = doc.styles["Light Grid Accent 1"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = scalar_text(value, block.number_format)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if block.caption:
        _paragraph(doc, f"*{block.caption}*", align="center")


def _image(doc: DocxDocument, ws: Workspace, block: ImageBlock) -> None:
    data, w, h = load_image(ws, block.path)
    width = block.width_in
    if h and width * h / w > 8.5:  # keep a tall image on the page
        width = 8.5 * w / h
    doc.add_picture(io.BytesIO(data), width=Inches(width))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if block.caption:
        _paragraph(doc, f"*{block.caption}*", style="Caption", align="center")


def _add_blocks(doc: DocxDocument, ws: Workspace, blocks: list[Block]) -> None:
    for i, block in enumerate(blocks):
        try:
            if isinstance(block, HeadingBlock):
                doc.add_heading(block.text, level=block.level)
            elif isinstance(block, ParagraphBlock):
                _paragraph(doc, block.text, align=block.align)
            elif isinstance(block, BulletsBlock):
                base = "List Number" if block.numbered else "List Bullet"
                for item in block.items:
                    level, text = split_indent(item)
                    _paragraph(doc, text, style=base if level == 0 else f"{base} {level + 1}")
            elif isinstance(block, TableBlock):
                _table(doc, ws, block)
            elif isinstance(block, ImageBlock):
                _image(doc, ws, block)
            elif isinstance(block, PageBreakBlock):
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        except ToolError as exc:
            raise ToolError(f"blocks[{i}] ({block.type}): {exc}") from None


def _to_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def build_docx(ws: Workspace, spec: DocumentSpec) -> bytes:
    """A new Word document's bytes."""
    doc = docx.Document()
    _style(doc)
    if spec.title:
        doc.add_heading(spec.title, level=0)
        doc.core_properties.title = spec.title
    if spec.subtitle:
        _paragraph(doc, f"*{spec.subtitle}*")
    if spec.author:
        doc.core_properties.author = spec.author
    _add_blocks(doc, ws, spec.blocks)
    return _to_bytes(doc)


def append_docx(ws: Workspace, path: str, spec: DocumentSpec, *, timeout: float = READ_TIMEOUT) -> bytes:
    """An existing document's bytes with the spec's blocks (and title, as a heading) appended; the existing file
    is parsed in the reading worker, stopped after ``timeout`` seconds."""
    return within_deadline(f"appending to {path!r}", timeout, _append_here, ws, path, spec,
                           files={path: MAX_DOCUMENT_BYTES, **files_named(spec)}, check=office_check("docx"))


def _append_here(ws: Workspace, path: str, spec: DocumentSpec) -> bytes:
    data = read_capped(ws, path)
    check_zip(data, path)
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for a broken package
        raise ToolError(f"{path!r} is not a readable .docx: {exc}") from None
    if spec.title:
        doc.add_heading(spec.title, level=1)
    _add_blocks(doc, ws, spec.blocks)
    return _to_bytes(doc)
