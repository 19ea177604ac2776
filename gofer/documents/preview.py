"""Previews: the first page or slide of a document rendered to PNG, for the UI and the trace.

PDFs are rendered with poppler's ``pdftoppm``; Office files are first converted to PDF by LibreOffice
headless, so without LibreOffice only PDFs and images get a preview. Previews are written under
``.gofer/previews/`` in the workspace (not listed as the run's artifacts).
"""

from __future__ import annotations

from gofer.computer.workspace import Workspace, WorkspaceError
from gofer.documents._io import MAX_DOCUMENT_BYTES, suffix
from gofer.documents.office import OfficeError, convert, libreoffice_path, pdf_to_png

__all__ = ["PREVIEW_DIR", "preview_png", "render_preview"]

PREVIEW_DIR = ".gofer/previews"
_OFFICE = ("docx", "pptx", "xlsx", "odt", "odp", "ods", "doc", "ppt", "xls", "rtf")


def preview_png(workspace: Workspace, path: str, *, dpi: int = 80) -> bytes | None:
    """PNG bytes of the first page or slide, or None when it cannot be rendered here."""
    ext = suffix(path)
    try:
        data = workspace.read_bytes(path, limit=MAX_DOCUMENT_BYTES + 1)
    except WorkspaceError:
        return None
    if len(data) > MAX_DOCUMENT_BYTES or not data:
        return None
    try:
        if ext == "png":
            return data
        if ext == "pdf":
            return pdf_to_png(data, dpi=dpi)
        if ext in _OFFICE and libreoffice_path() is not None:
            return pdf_to_png(convert(data, f"document.{ext}", "pdf"), dpi=dpi)
    except OfficeError:
        return None
    return None


def render_preview(workspace: Workspace, path: str) -> str | None:
    """Render the first page of ``path`` to ``.gofer/previews/…png``; its workspace path, or None."""
    png = preview_png(workspace, path)
    if png is None:
        return None
    rel = str(workspace.relative(path)).replace("/", "__")
    target = f"{PREVIEW_DIR}/{rel}.png"
    try:
        workspace.write_bytes(target, png)
    except WorkspaceError:
        return None
    return target
