"""Markdown and CSV outputs: a :class:`DocumentSpec` as markdown, and rows (given or queried) as CSV."""

from __future__ import annotations

import csv
import io
import posixpath
from typing import Any

from gofer.computer.workspace import Workspace
from gofer.documents._common import query_rows, scalar_text, split_indent
from gofer.documents.specs import (
    BulletsBlock,
    DataQuery,
    DocumentSpec,
    HeadingBlock,
    ImageBlock,
    PageBreakBlock,
    ParagraphBlock,
    TableBlock,
)
from gofer.tools.base import ToolError

__all__ = ["build_csv", "spec_to_markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def spec_to_markdown(ws: Workspace, spec: DocumentSpec, *, relative_to: str = "", page_breaks: bool = False) -> str:
    """The document as markdown; image links relative to the folder ``relative_to`` (workspace path)."""
    out: list[str] = []
    if spec.title:
        out.append(f"# {spec.title}")
    if spec.subtitle:
        out.append(f"*{spec.subtitle}*")
    for block in spec.blocks:
        if isinstance(block, HeadingBlock):
            out.append("#" * min(block.level + (1 if spec.title else 0), 6) + " " + block.text)
        elif isinstance(block, ParagraphBlock):
            out.append(block.text)
        elif isinstance(block, BulletsBlock):
            lines = []
            for n, item in enumerate(block.items, start=1):
                level, text = split_indent(item)
                lines.append("  " * level + (f"{n}. " if block.numbered else "- ") + text)
            out.append("\n".join(lines))
        elif isinstance(block, TableBlock):
            columns, rows = block.columns, [list(r) for r in block.rows]
            if block.data is not None:
                result = query_rows(ws, block.data, max_rows=500)
                columns, rows = columns or result.columns, result.rows
            lines = ["| " + " | ".join(_cell(str(c)) for c in columns) + " |", "|" + "---|" * len(columns)]
            lines += ["| " + " | ".join(_cell(scalar_text(v, block.number_format)) for v in r) + " |" for r in rows]
            if block.caption:
                lines.append(f"\n*{block.caption}*")
            out.append("\n".join(lines))
        elif isinstance(block, ImageBlock):
            target = str(ws.relative(block.path))
            link = posixpath.relpath(target, relative_to or ".") if relative_to else target
            out.append(f"![{block.caption}]({link})")
        elif isinstance(block, PageBreakBlock) and page_breaks:
            out.append("\\newpage")
    return "\n\n".join(out) + "\n"


def build_csv(ws: Workspace, columns: list[str], rows: list[list[Any]], data: DataQuery | None) -> tuple[bytes, int]:
    """CSV bytes (UTF-8, header first) and the number of data rows."""
    if data is not None:
        result = query_rows(ws, data, max_rows=1_000_000)
        columns, rows = columns or result.columns, rows + result.rows
    if not columns:
        raise ToolError("a CSV needs columns (a header) or a data query")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for i, row in enumerate(rows):
        if len(row) != len(columns):
            raise ToolError(f"rows[{i}] has {len(row)} values for {len(columns)} columns")
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8"), len(rows)
