"""Red team, hostile input: an HTTP server that trickles its answer or sends a compression bomb cannot hold or
swamp a run; http_request gives up at its timeout and keeps its body bound."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.web import MAX_BODY_BYTES, http_request


def _serve(conn: socket.socket, path: str, stop: threading.Event) -> None:
    with conn:
        conn.recv(65536)
        try:
            if path == "bomb":
                body = gzip.compress(b"\0" * 20_000_000)  # 20 MB of zeros in ~20 kB
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                             b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                return
            if path == "headers":  # the status line, one byte at a time, never the end of the headers
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000:
                    if stop.wait(0.05):
                        return
                    conn.sendall(bytes([byte]))
                return
            # the body: no Content-Length, a byte every 50 ms, never an end (each byte well inside httpx's timeout)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
            while not stop.wait(0.05):
                conn.sendall(b"x")
        except OSError:
            return


@pytest.fixture
def trickle() -> Iterator[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            request = conn.recv(1024, socket.MSG_PEEK).split(b" ")
            path = request[1].decode().strip("/") if len(request) > 1 else ""
            threading.Thread(target=_serve, args=(conn, path, stop), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


def _ctx(tmp_path: Path) -> ToolContext:
    return ToolContext(run_id="r", session_id="s", workspace=tmp_path, settings=Settings(home=tmp_path))


async def test_a_body_that_never_ends_stops_at_the_timeout_with_what_came(tmp_path: Path, trickle: str) -> None:
    started = time.monotonic()
    result = await asyncio.wait_for(http_request(_ctx(tmp_path), {"url": f"{trickle}/body", "timeout": 1}), 10)
    assert time.monotonic() - started < 5
    # what came is kept: a byte every 50 ms for 1 s, fewer when a loaded machine starves the server's thread
    assert "did not finish within the timeout" in result.text and "\nx" in result.text
    assert result.data is not None and result.data["incomplete"] is True and result.data["bytes"] >= 1


async def test_a_download_that_never_ends_is_not_saved(tmp_path: Path, trickle: str) -> None:
    args = {"url": f"{trickle}/body", "timeout": 1, "save_to": "file.bin"}
    with pytest.raises(ToolError, match="did not finish within the timeout"):
        await asyncio.wait_for(http_request(_ctx(tmp_path), args), 10)
    assert not (tmp_path / "file.bin").exists()


async def test_headers_that_never_end_stop_at_the_timeout(tmp_path: Path, trickle: str) -> None:
    with pytest.raises(ToolError, match="no complete response headers within 1 s"):
        await asyncio.wait_for(http_request(_ctx(tmp_path), {"url": f"{trickle}/headers", "timeout": 1}), 10)


async def test_a_gzip_bomb_is_cut_at_the_body_bound(tmp_path: Path, trickle: str) -> None:
    result = await http_request(_ctx(tmp_path), {"url": f"{trickle}/bomb"})
    assert result.data is not None and result.data["bytes"] == MAX_BODY_BYTES
    assert "the rest was not read" in result.text
