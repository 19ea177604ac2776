"""Red team, hostile input: an MCP server's image that no model can take (not an image, a format the vision
APIs refuse, 100000x100000 pixels in a few kB) is a note in the result, not an input that fails every later
model call of the run."""

from __future__ import annotations

import base64
import io
import struct
import zlib

from mcp_types import CallToolResult, ImageContent, TextContent
from PIL import Image

from gofer.tools.mcp import to_tool_result


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _giant_png(width: int, height: int) -> bytes:
    """A valid PNG header for a huge 1-bit image, with a few bytes of (incomplete) pixel data: tiny on the wire."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\0" * 1000))
            + _chunk(b"IEND", b""))


def _image(data: bytes, mime: str = "image/png") -> ImageContent:
    return ImageContent(type="image", data=base64.b64encode(data).decode(), mime_type=mime)


def _encoded(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def test_images_a_model_cannot_take_become_notes() -> None:
    small = Image.new("RGB", (3, 2), (10, 200, 10))
    result = to_tool_result(CallToolResult(content=[
        TextContent(type="text", text="here you go"),
        _image(b"<html>not an image</html>"),
        _image(_giant_png(100_000, 100_000)),
        _image(_giant_png(9_000, 10)),
        _image(_encoded(small, "BMP"), "image/bmp"),
        _image(_encoded(small, "JPEG"), "image/png"),  # the server's label is wrong; the bytes decide
    ]))
    assert result.text.splitlines() == [
        "here you go",
        "[an image (image/png) that could not be decoded]",
        "[an image (image/png) of too many pixels to show]",
        "[an image (image/png) of 9000x10 pixels, too large to show]",
        "[an image (image/bmp) in BMP format, not shown]",
    ]
    assert [i.media_type for i in result.images] == ["image/jpeg"]


def test_text_that_is_not_base64_is_not_decoded_into_garbage() -> None:
    bad = ImageContent(type="image", data="iVBORw0KGgo=!!<script>", mime_type="image/png")
    result = to_tool_result(CallToolResult(content=[bad]))
    assert result.images == [] and "could not be decoded" in result.text
