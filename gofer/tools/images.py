"""Images a tool hands the model, checked first: a vision API refuses an image it cannot read, and one refused
image in the conversation fails every later model call (and so the run)."""

from __future__ import annotations

import io

from gofer.tools.base import ToolImage

__all__ = ["IMAGE_TYPES", "MAX_IMAGE_BYTES", "MAX_IMAGE_SIDE", "checked_image"]

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_SIDE = 8000
"""The largest side the vision APIs take; a bigger image would fail the next model call."""
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


def checked_image(raw: bytes, what: str, caption: str = "") -> ToolImage | str:
    """``raw`` as an image the model can be shown (a PNG, JPEG, GIF or WebP, judged from its header alone, its
    media type taken from the bytes), or a note saying why not (``what`` names it in the note)."""
    from PIL import Image, UnidentifiedImageError

    if len(raw) > MAX_IMAGE_BYTES:
        return f"[{what} of more than {MAX_IMAGE_BYTES // (1024 * 1024)} MB, not shown]"
    try:
        with Image.open(io.BytesIO(raw)) as im:
            fmt, (width, height) = im.format or "", im.size
    except Image.DecompressionBombError:
        return f"[{what} of too many pixels to show]"
    except (ValueError, UnidentifiedImageError, OSError):
        return f"[{what} that could not be decoded]"
    if fmt not in IMAGE_TYPES:
        return f"[{what} in {fmt} format, not shown]"
    if max(width, height) > MAX_IMAGE_SIDE:
        return f"[{what} of {width}x{height} pixels, too large to show]"
    return ToolImage(data=raw, media_type=IMAGE_TYPES[fmt], caption=caption)
