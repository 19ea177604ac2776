"""Serve MiniWoB++'s task pages on 127.0.0.1 and drive episodes through gofer's browser tools."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

__all__ = ["miniwob_html", "serve_miniwob"]


def miniwob_html() -> Path:
    """The html/ folder of the installed ``miniwob`` package."""
    import miniwob

    return Path(miniwob.__file__).resolve().parent / "html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve_miniwob() -> Iterator[str]:
    """Serve the task pages; yields the base URL of ``miniwob/`` (append ``TASK.html``)."""
    handler = partial(_Quiet, directory=str(miniwob_html()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/miniwob"
    finally:
        server.shutdown()
        server.server_close()
