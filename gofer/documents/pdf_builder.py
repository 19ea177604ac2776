"""PDF files: from markdown with reportlab, or from an Office document with LibreOffice when installed."""

from __future__ import annotations

import functools
import html
import io
import re

from matplotlib import font_manager
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Image,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from gofer.computer.workspace import Workspace
from gofer.documents._common import inline_runs, load_image
from gofer.tools.base import ToolError

__all__ = ["markdown_to_pdf"]

_ACCENT = colors.HexColor("#1F4E79")
_HEADING = re.compile(r"^(#{1,4})\s+(.*)$")
_BULLET = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
_NUMBER = re.compile(r"^[-+]?[$€£]?\s?[\d.,\s]+%?$")
_BREAKS = {"\\newpage", "\\pagebreak", "<!-- pagebreak -->", "<div style=\"page-break-after: always\"></div>"}


@functools.cache
def _fonts() -> tuple[str, str, str]:
    """Register DejaVu (full Unicode) with reportlab; returns the regular, bold and italic font names."""
    names = ("GoferSans", "GoferSans-Bold", "GoferSans-Oblique")
    for name, weight, style in zip(names, ("normal", "bold", "normal"), ("normal", "normal", "italic"),
                                   strict=True):
        path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight=weight, style=style))  # type: ignore[arg-type]
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1])
    return names


def _styles() -> StyleSheet1:
    regular, bold, _ = _fonts()
    sheet = getSampleStyleSheet()
    for name in ("Normal", "BodyText", "Title", "Heading1", "Heading2", "Heading3", "Heading4"):
        sheet[name].fontName = bold if name.startswith(("Title", "Heading")) else regular
    sheet["Normal"].fontSize, sheet["Normal"].leading = 10.5, 14
    for name in ("Title", "Heading1", "Heading2", "Heading3", "Heading4"):
        sheet[name].textColor = _ACCENT
    sheet.add(ParagraphStyle("Number", parent=sheet["Normal"], alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Caption", parent=sheet["Normal"], fontSize=9, alignment=TA_CENTER,
                             textColor=colors.HexColor("#555555")))
    return sheet


def _markup(text: str) -> str:
    out = []
    for chunk, bold, italic in inline_runs(text):
        piece = html.escape(chunk, quote=False)
        if bold:
            piece = f"<b>{piece}</b>"
        if italic:
            piece = f"<i>{piece}</i>"
        out.append(piece)
    return "".join(out)


def _table(lines: list[str], styles: StyleSheet1) -> Table:
    rows: list[list[Paragraph]] = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        rows.append([Paragraph(_markup(c), styles["Number"] if rows and _NUMBER.match(c) else styles["Normal"])
                     for c in cells])
    width = max(len(r) for r in rows)
    rows = [r + [Paragraph("", styles["Normal"])] * (width - len(r)) for r in rows]
    table = Table(rows, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AAFC4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _flowables(ws: Workspace, markdown: str, styles: StyleSheet1) -> list[Flowable]:
    story: list[Flowable] = []
    lines = markdown.splitlines()
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            story.append(Paragraph(_markup(" ".join(para)), styles["Normal"]))
            story.append(Spacer(1, 4))
            para.clear()

    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped in _BREAKS:
            flush()
            story.append(PageBreak())
        elif m := _HEADING.match(stripped):
            flush()
            level = len(m.group(1))
            style = "Title" if level == 1 and not story else f"Heading{min(level, 4)}"
            story.append(Paragraph(_markup(m.group(2)), styles[style]))
        elif m := _IMAGE.match(stripped):
            flush()
            data, w, h = load_image(ws, m.group(2))
            width = min(6.2 * inch, w)
            story.append(Image(io.BytesIO(data), width=width, height=width * h / w))
            if m.group(1):
                story.append(Paragraph(_markup(m.group(1)), styles["Caption"]))
        elif stripped.startswith("|"):
            flush()
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append(lines[i])
                i += 1
            story.append(_table(block, styles))
            story.append(Spacer(1, 6))
            continue
        elif _BULLET.match(line):
            flush()
            items = []
            numbered = bool(re.match(r"^\s*\d", line))
            while i < len(lines) and (m := _BULLET.match(lines[i])):
                items.append(ListItem(Paragraph(_markup(m.group(3)), styles["Normal"]),
                                      leftIndent=12 + 12 * (len(m.group(1)) // 2)))
                i += 1
            story.append(ListFlowable(items, bulletType="1" if numbered else "bullet", start=None if numbered
                                      else "•", leftIndent=14))
            continue
        elif stripped in ("---", "***"):
            flush()
            story.append(Spacer(1, 10))
        else:
            para.append(stripped)
        i += 1
    flush()
    return story


def markdown_to_pdf(ws: Workspace, markdown: str, *, title: str = "") -> bytes:
    """A PDF (A4) from markdown: headings, paragraphs, lists, pipe tables, images, ``\\newpage`` breaks."""
    styles = _styles()
    story = _flowables(ws, markdown, styles)
    if not story:
        raise ToolError("the markdown is empty; nothing to put in the PDF")
    buf = io.BytesIO()
    regular = _fonts()[0]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawRightString(A4[0] - 0.8 * inch, 0.5 * inch, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.9 * inch, bottomMargin=0.9 * inch, title=title, author="gofer")
    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except Exception as exc:  # reportlab's layout errors (a cell too big for a page) are plain Exceptions
        raise ToolError(f"could not lay out the PDF: {exc}") from None
    return buf.getvalue()
