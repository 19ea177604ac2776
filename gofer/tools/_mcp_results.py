"""What an MCP server's answers mean to gofer: a tool's annotations as a risk level, and a call's result (text,
images, resources, structured content, errors) as a ToolResult of untrusted output."""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Any

from gofer.events import Risk
from gofer.tools.base import ToolError, ToolImage, ToolResult
from gofer.tools.images import MAX_IMAGE_BYTES, checked_image

if TYPE_CHECKING:
    from mcp_types import CallToolResult, ToolAnnotations

__all__ = ["STRUCTURED_KEY", "risk_from_annotations", "to_tool_result"]

STRUCTURED_KEY = "mcp_structured_content"
"""The key of an MCP result's observation data that holds the server's structured content, as the server sent it."""


def risk_from_annotations(annotations: ToolAnnotations | None) -> Risk:
    """read_only for readOnlyHint; consequential for destructiveHint or openWorldHint; else reversible.

    Absent hints take the MCP specification's defaults (destructive and open-world), so a tool that says
    nothing about itself is consequential.
    """
    if annotations is None:
        return Risk.CONSEQUENTIAL
    if annotations.read_only_hint:
        return Risk.READ_ONLY
    destructive = annotations.destructive_hint is not False
    open_world = annotations.open_world_hint is not False
    return Risk.CONSEQUENTIAL if destructive or open_world else Risk.REVERSIBLE


def to_tool_result(result: CallToolResult) -> ToolResult:
    """A server's answer as a ToolResult: text joined, images as ToolImages, structured content as data (under
    :data:`STRUCTURED_KEY`).

    An answer flagged ``isError`` is a ToolError carrying the server's text.
    """
    from mcp_types import AudioContent, EmbeddedResource, ImageContent, ResourceLink, TextContent

    texts: list[str] = []
    images: list[ToolImage] = []
    for block in result.content:
        if isinstance(block, TextContent):
            texts.append(block.text)
        elif isinstance(block, ImageContent):
            image = _image(block.data, block.mime_type)
            if isinstance(image, ToolImage):
                images.append(image)
            else:
                texts.append(image)
        elif isinstance(block, AudioContent):
            texts.append(f"[audio ({block.mime_type}), not shown]")
        elif isinstance(block, EmbeddedResource):
            res = block.resource
            text = getattr(res, "text", None)
            texts.append(text if isinstance(text, str) else f"[binary resource {res.uri} ({res.mime_type or '?'})]")
        elif isinstance(block, ResourceLink):
            texts.append(f"[resource {block.name}: {block.uri}]")
    text = "\n".join(t for t in texts if t)
    if result.is_error:
        if not text:
            raise ToolError("the MCP tool reported an error without a message")
        raise ToolError("the MCP tool reported an error; its message follows as data", output=text)
    structured = result.structured_content
    data: dict[str, Any] | None = None
    if structured is not None:
        # Under a key of its own: the runner reads facts from an observation's data (``url``, ``state_lost``),
        # and the server's words must not pass for them.
        data = {STRUCTURED_KEY: structured}
        if not text:
            text = json.dumps(structured, ensure_ascii=False, indent=1)
    if not text and images:
        text = f"{len(images)} image(s)"
    return ToolResult(text=text, images=images, data=data, untrusted=True)


def _image(data: str, mime_type: str) -> ToolImage | str:
    """A server's image (base64), checked to be one a model can be shown; else a note saying why not."""
    what = f"an image ({mime_type[:40]})"
    if len(data) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return f"[{what} of more than {MAX_IMAGE_BYTES // (1024 * 1024)} MB, not shown]"
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return f"[{what} that could not be decoded]"
    return checked_image(raw, what)
