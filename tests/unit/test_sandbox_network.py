"""Network policies: the host's loopback and private ranges are out of reach from inside the sandbox.

Only loopback servers started by the test and addresses inside the sandbox's own namespace are contacted;
blocked private addresses are probed with UDP ``connect``, which sends no packet (it only looks up a route).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.sandbox import NetworkPolicy, start_sandbox
from gofer.computer.workspace import Workspace

PROBE = """
import socket, sys
host, port = sys.argv[1], int(sys.argv[2])
s = socket.socket()
s.settimeout(3)
try:
    s.connect((host, port))
    print("CONNECTED")
except OSError as e:
    print("blocked", type(e).__name__, e.errno)
"""

UDP_PROBE = """
import socket, sys
for host in sys.argv[1:]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect((host, 9))
        print(host, "ROUTE-OK")
    except OSError as e:
        print(host, "blocked", e.errno)
"""


@pytest.fixture
async def host_server() -> AsyncIterator[tuple[int, list[int]]]:
    hits: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        hits.append(1)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield port, hits
    server.close()
    await server.wait_closed()


@pytest.mark.parametrize("policy", ["none", "internet"])
async def test_host_loopback_unreachable(
    policy: NetworkPolicy, tmp_path: Path, host_server: tuple[int, list[int]]
) -> None:
    port, hits = host_server
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network=policy)
    try:
        sb.workspace.write_text("probe.py", PROBE)
        local = await sb.run(f"python3 probe.py 127.0.0.1 {port}", timeout=20)
        assert "blocked" in local.output and "CONNECTED" not in local.output
        if policy == "internet":
            gateway = await sb.run(f"python3 probe.py 10.0.2.2 {port}", timeout=20)  # slirp's host alias
            assert "blocked" in gateway.output and "CONNECTED" not in gateway.output
    finally:
        await sb.aclose()
    assert hits == []


async def test_internet_policy_blocks_private_ranges_without_sending(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="internet")
    try:
        sb.workspace.write_text("udp.py", UDP_PROBE)
        targets = ["10.1.2.3", "172.16.5.5", "192.168.1.1", "169.254.169.254", "100.64.0.1"]
        r = await sb.run("python3 udp.py " + " ".join(targets), timeout=20)
        for t in targets:
            assert f"{t} blocked" in r.output, r.output
        routes = await sb.run("ip route; ip route del 10.0.0.0/8 && echo changed", timeout=20)
        assert "unreachable 192.168.0.0/16" in routes.output
        assert "default via 10.0.2.2" in routes.output
        assert "changed" not in routes.output  # no capability to lift the block
    finally:
        await sb.aclose()


async def test_none_policy_has_no_route_at_all(tmp_path: Path) -> None:
    sb = await start_sandbox(Workspace(tmp_path / "ws"), backend="local", network="none")
    try:
        sb.workspace.write_text("udp.py", UDP_PROBE)
        r = await sb.run("python3 udp.py 10.0.2.2 192.168.1.1", timeout=20)
        assert "ROUTE-OK" not in r.output
        assert r.output.count("blocked") == 2
    finally:
        await sb.aclose()
