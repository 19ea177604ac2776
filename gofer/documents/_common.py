"""Small helpers shared by the builders: inline markdown runs, images from the workspace, number text."""

from __future__ import annotations

import io
import re
from typing import Any

from PIL import Image, UnidentifiedImageError
from pydantic import BaseModel

from gofer.computer.workspace import Workspace
from gofer.documents._io import read_capped
from gofer.documents.data import QueryResult, run_sql, sql_files
from gofer.documents.specs import DataQuery, ImageBlock, SlideSpec
from gofer.tools.base import ToolError

__all__ = ["files_named", "inline_runs", "load_image", "query_rows", "scalar_text", "split_indent"]

_INLINE = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)")
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def inline_runs(text: str) -> list[tuple[str, bool, bool]]:
    """Split ``**bold**``, ``*italic*`` and ```code``` markup into (text, bold, italic) runs."""
    out: list[tuple[str, bool, bool]] = []
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append((part[2:-2], True, False))
        elif part.startswith("`") and part.endswith("`") and len(part) > 2:
            out.append((part[1:-1], False, False))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.append((part[1:-1], False, True))
        else:
            out.append((part, False, False))
    return out


def split_indent(item: str) -> tuple[int, str]:
    """A list item's level (two leading spaces or a tab per level, at most 3) and its text."""
    expanded = item.replace("\t", "  ")
    stripped = expanded.lstrip(" ")
    level = min((len(expanded) - len(stripped)) // 2, 3)
    for marker in ("- ", "* ", "• "):
        if stripped.startswith(marker):
            stripped = stripped[len(marker):]
            break
    return level, stripped.strip()


def load_image(ws: Workspace, path: str) -> tuple[bytes, int, int]:
    """An image's bytes and pixel size, checked to be a PNG, JPEG or GIF; SVG is refused."""
    data = read_capped(ws, path, MAX_IMAGE_BYTES)
    try:
        with Image.open(io.BytesIO(data)) as im:
            fmt = im.format
            width, height = im.size
            if width * height > 80_000_000:
                raise ToolError(f"{path!r} is too large an image ({width}x{height})")
    except (UnidentifiedImageError, OSError):
        hint = " (make charts as .png to embed them)" if path.lower().endswith(".svg") else ""
        raise ToolError(f"{path!r} is not a PNG, JPEG or GIF image{hint}") from None
    if fmt not in ("PNG", "JPEG", "GIF"):
        raise ToolError(f"{path!r} is a {fmt} image; use PNG or JPEG")
    return data, width, height


def files_named(spec: BaseModel) -> dict[str, int]:
    """The workspace files a spec makes a builder read (images, the data files its queries name), with the most
    bytes read of each: what the reading worker is handed for an edit."""
    found: dict[str, int] = {}
    if isinstance(spec, DataQuery):
        found.update(sql_files(spec.sql))
    elif isinstance(spec, ImageBlock):
        found[spec.path] = MAX_IMAGE_BYTES
    elif isinstance(spec, SlideSpec) and spec.image:
        found[spec.image] = MAX_IMAGE_BYTES
    for name in type(spec).model_fields:
        value = getattr(spec, name)
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, BaseModel):
                for path, cap in files_named(part).items():
                    found[path] = max(cap, found.get(path, 0))
    return found


def query_rows(ws: Workspace, query: DataQuery, max_rows: int = 1000) -> QueryResult:
    """Rows for a table or sheet; refuse silently-cut results."""
    result = run_sql(ws, query.sql, max_rows=max_rows)
    if result.truncated:
        raise ToolError(f"the query returns more than {max_rows} rows; aggregate it or add LIMIT")
    return result


def scalar_text(value: Any, number_format: str = "{:,.2f}") -> str:
    """A table cell's text: integers plain, other numbers with ``number_format``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15 and "%" not in number_format:
            return f"{int(value):,}"
        try:
            return number_format.format(value)
        except (ValueError, IndexError):
            return f"{value:,.2f}"
    return str(value)
