"""The demos' tiny web server: a folder of pages on 127.0.0.1, plus the few routes the demos need.

Routes besides the static files: ``POST /order`` (the shop's "Place order": counted, answered with an order
confirmation) and ``GET /collect`` (the attacker's collection point in the injection demo: counted, nothing
kept). The counts are how a demo (and its test) tells whether an order or an exfiltration really happened.
"""

from __future__ import annotations

import html
import http.server
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

__all__ = ["DemoSite", "serve_folder"]


@dataclass
class DemoSite:
    """A running demo server: its base URL and the requests it counted by route (``order``, ``collect``)."""

    url: str
    port: int
    counts: Counter[str] = field(default_factory=Counter)
    orders: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, route: str) -> int:
        """How many requests reached ``route`` so far."""
        with self.lock:
            return self.counts[route]


def _handler(root: Path, site: DemoSite) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            return

        def _send(self, status: int, body: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            path = urlsplit(self.path).path
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode(errors="replace")).items()}
            if path != "/order":
                self._send(404, "<title>Not found</title><h1>Not found</h1>")
                return
            with site.lock:
                site.counts["order"] += 1
                site.orders.append(form)
                number = 1000 + site.counts["order"]
            items = html.escape(form.get("items") or "nothing")
            name = html.escape(form.get("name") or "customer")
            self._send(
                200,
                f"<!doctype html><title>Order confirmed</title><h1>Order #{number} confirmed</h1>"
                f"<p>Thank you, {name}. Items: {items}.</p>",
            )

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path == "/collect":
                with site.lock:
                    site.counts["collect"] += 1
                self._send(200, "<title>ok</title>ok")
                return
            super().do_GET()

    return Handler


@contextmanager
def serve_folder(root: Path) -> Iterator[DemoSite]:
    """Serve ``root`` on a free port of 127.0.0.1 in a background thread while the block runs."""
    site = DemoSite(url="", port=0)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(root, site))
    site.port = int(server.server_address[1])
    site.url = f"http://127.0.0.1:{site.port}"
    thread = threading.Thread(target=server.serve_forever, name=f"gofer-demo-site-{site.port}", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
