"""Measuring text so slides never overflow: word-wrap with real font metrics and the height it needs.

Widths come from DejaVu Sans (shipped with matplotlib, so always present), which is wider than Calibri or
Arial: a box that fits here fits in PowerPoint and LibreOffice too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from matplotlib import font_manager
from PIL import ImageFont

__all__ = ["LINE_FACTOR", "Para", "fit_size", "lines_needed", "needed_height", "text_width"]

LINE_FACTOR = 1.2
"""Single line spacing as a multiple of the font size."""

_REF = 100  # measure at 100 pt, scale linearly


@functools.cache
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight="bold" if bold else
                                                             "normal"))
    return ImageFont.truetype(path, _REF)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of text in points at ``size`` pt."""
    return float(_font(bold).getlength(text)) * size / _REF


def lines_needed(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines a paragraph takes when greedily word-wrapped to ``width`` points (hard breaks honoured)."""
    if width <= size:
        return 10_000
    total = 0
    space = text_width(" ", size, bold)
    for hard in text.split("\n") or [""]:
        lines, current = 1, 0.0
        for word in hard.split():
            w = text_width(word, size, bold)
            while w > width:  # a word longer than the line breaks across lines
                if current > 0:
                    lines += 1
                    current = 0.0
                w -= width
                lines += 1
            if current == 0.0:
                current = w
            elif current + space + w <= width:
                current += space + w
            else:
                lines += 1
                current = w
        total += lines
    return total


@dataclass(frozen=True)
class Para:
    """A paragraph to measure: text, font size (pt), indent from the box's left edge (pt), bold."""

    text: str
    size: float
    indent: float = 0.0
    bold: bool = False
    space_before: float = 0.0


def needed_height(paras: list[Para], width: float, line_factor: float = LINE_FACTOR) -> float:
    """Points of height these paragraphs need in a box ``width`` points wide (insets already removed)."""
    height = 0.0
    for i, p in enumerate(paras):
        n = lines_needed(p.text, p.size, width - p.indent, p.bold)
        height += n * p.size * line_factor + (p.space_before if i else 0.0)
    return height


def fit_size(items: list[tuple[str, int]], width: float, height: float, *, max_size: float, min_size: float,
             indent_per_level: float, bullet_indent: float, bold: bool = False, step: float = 2.0) -> float | None:
    """The largest size from ``max_size`` down to ``min_size`` at which (text, level) items fit, or None."""
    size = max_size
    while size >= min_size - 1e-6:
        paras = [
            Para(text, size, bullet_indent + indent_per_level * level, bold, space_before=size * 0.35)
            for text, level in items
        ]
        if needed_height(paras, width) <= height:
            return size
        size -= step
    return None
