"""Safe file access for the document tools: size caps, zip-bomb checks and workspace-relative writes.

Every file a document tool touches is agent- or user-controlled, so it is read through
:class:`~gofer.computer.workspace.Workspace` (no symlink is ever followed) into memory, and parsed from there.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.tools.base import ToolError

__all__ = [
    "MAX_DATA_BYTES",
    "MAX_DOCUMENT_BYTES",
    "check_zip",
    "read_capped",
    "suffix",
    "write_output",
]

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
"""Largest document (docx, pptx, xlsx, pdf, html) the readers and editors open."""

MAX_DATA_BYTES = 200 * 1024 * 1024
"""Largest data file (csv, json, parquet, xlsx) the data tools load."""

MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
"""Largest total uncompressed size of an Office file's zip members."""

MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_RATIO = 250


def suffix(path: str) -> str:
    """The lower-case extension of a path, without the dot."""
    return PurePosixPath(path).suffix.lower().lstrip(".")


def read_capped(ws: Workspace, path: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a workspace file without following links; a ToolError when it is missing or bigger than ``limit``."""
    try:
        data = ws.read_bytes(path, limit=limit + 1)
    except WorkspaceError as exc:
        raise ToolError(str(exc)) from None
    except FileNotFoundError:
        raise ToolError(f"{path!r} does not exist (nor does a folder on its way)") from None
    except OSError as exc:  # a name too long, a folder on the way that is a file
        raise ToolError(f"{path!r}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ToolError(f"{path!r} is larger than {limit // (1024 * 1024)} MB; too big to open here")
    return data


def check_zip(data: bytes, path: str) -> None:
    """Refuse an Office file that is not a zip, or whose members would expand absurdly (a zip bomb)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ToolError(f"{path!r} is not a valid Office file (not a zip archive)") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ToolError(f"{path!r} has {len(infos)} archive members; refusing to open it")
        total = 0
        for info in infos:
            total += info.file_size
            big = info.file_size > 1024 * 1024
            if big and info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO:
                raise ToolError(f"{path!r} looks like a zip bomb ({info.filename} expands {MAX_ZIP_RATIO}x+)")
        if total > MAX_UNZIPPED_BYTES:
            raise ToolError(f"{path!r} expands to {total // (1024 * 1024)} MB; refusing to open it")


def write_output(ws: Workspace, path: str, data: bytes, *, allowed: tuple[str, ...]) -> str:
    """Write a file the tools made; the extension must be one of ``allowed``. Returns the relative path."""
    ext = suffix(path)
    if ext not in allowed:
        raise ToolError(f"{path!r}: the file name must end with {' or '.join('.' + a for a in allowed)}")
    try:
        return str(ws.write_bytes(path, data))
    except WorkspaceError as exc:
        raise ToolError(str(exc)) from None
