"""Work products: documents, slides, spreadsheets, PDFs, charts and data files; readers, a verifier, previews.

The lead's entry points: :func:`verify_file` (problems with a produced file; empty = fine) and
:func:`render_preview` (the first page as a PNG in the workspace, or None).
"""

from gofer.documents.preview import render_preview
from gofer.documents.verify import Verification, verify_details, verify_file

__all__ = ["Verification", "render_preview", "verify_details", "verify_file"]
