"""A web server on 127.0.0.1 (http, or https with a given certificate) that records every request: the red-team
tests' "attacker" and "named site"."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["RecordingServer", "recording_servers"]


class RecordingServer:
    """Serves ``pages`` (path -> HTML; anything else is a small page) and records each request as
    ``"METHOD PATH BODY"``; ``/redirect?to=URL`` answers 302 to URL, and CORS preflights are answered, so a page's
    scripts can reach it from another origin."""

    def __init__(self, pages: dict[str, str] | None = None, *, tls: tuple[Path, Path] | None = None,
                 host: str = "127.0.0.1") -> None:
        self.pages: dict[str, str] = dict(pages or {})
        self.headers: dict[str, str] = {}
        """Headers added to every answer whose path has none of its own in ``page_headers``."""
        self.page_headers: dict[str, dict[str, str]] = {}
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length).decode(errors="replace") if length else ""
                owner.requests.append(f"{self.command} {self.path} {body}")
                parts = urlsplit(self.path)
                if parts.path == "/redirect":
                    self.send_response(302)
                    self.send_header("location", parse_qs(parts.query)["to"][0])
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                html = owner.pages.get(parts.path, "<p>ok</p>").encode()
                self.send_response(200)
                js = parts.path.endswith(".js")  # a worker's script must be served as JavaScript
                headers = {"content-type": "text/javascript" if js else "text/html",
                           "access-control-allow-origin": "*", "access-control-allow-headers": "*",
                           **owner.page_headers.get(parts.path, owner.headers)}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(html)))
                self.end_headers()
                self.wfile.write(html)

            do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:  # (certificate, key) files: serve https, reached as ``host``
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://{host}:{self.server.server_address[1]}"

    def hits(self, prefix: str) -> list[str]:
        """The recorded requests whose path starts with ``prefix``."""
        return [r for r in self.requests if r.split(" ", 2)[1].startswith(prefix)]

    def leaked(self, *markers: str) -> list[str]:
        """The recorded requests that carry any of ``markers``."""
        return [r for r in self.requests if any(m in r for m in markers)]

    @contextmanager
    def running(self) -> Iterator[RecordingServer]:
        """Serve in a thread until the block ends."""
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


@contextmanager
def recording_servers(*servers: RecordingServer) -> Iterator[None]:
    """Run several servers for the length of the block."""
    with ExitStack() as stack:
        for server in servers:
            stack.enter_context(server.running())
        yield
