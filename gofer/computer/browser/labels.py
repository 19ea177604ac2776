"""Numbered boxes drawn on a screenshot over the snapshot's elements (set-of-marks for vision models)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from gofer.computer.browser.snapshot import Snapshot

__all__ = ["draw_refs"]

_COLOURS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#008080", "#9a6324", "#800000"]


def draw_refs(png: bytes, snap: Snapshot) -> bytes:
    """The PNG with each visible element's box outlined and labelled with its ref."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for ref, el in sorted(snap.elements.items()):
        if el.box is None:
            continue
        x, y, w, h = el.box
        if w <= 0 or h <= 0 or x >= width or y >= height or x + w <= 0 or y + h <= 0:
            continue
        colour = _COLOURS[ref % len(_COLOURS)]
        draw.rectangle([x, y, x + w, y + h], outline=colour, width=2)
        label = str(ref)
        tw = 7 * len(label) + 4
        lx, ly = max(0, x), max(0, y - 14) if y >= 14 else y
        draw.rectangle([lx, ly, lx + tw, ly + 13], fill=colour)
        draw.text((lx + 2, ly), label, fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
