"""The ``internet`` network policy: user-mode networking (slirp4netns) with the host's private side blocked.

slirp4netns gives the sandbox's network namespace a tap device routed out through the host's sockets;
``--disable-host-loopback`` refuses the host's loopback (10.0.2.2). slirp has no deny list for the host's
private ranges, so before the sandboxed code starts we add ``unreachable`` routes inside the namespace for
every private, link-local, shared and reserved range and for each address of the host's own interfaces.
The code inside has no capabilities, so it cannot change those routes. Connecting to a blocked address fails
at the route lookup: no packet leaves the namespace.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import shutil
import subprocess
import time

from gofer.computer.sandbox._supervised import read_fd
from gofer.computer.sandbox.base import SandboxUnavailable

__all__ = ["BLOCKED_RANGES", "SLIRP_DNS", "Slirp", "host_addresses"]

SLIRP_DNS = "10.0.2.3"
"""slirp4netns's built-in DNS forwarder, the only 10.x address reachable inside."""

BLOCKED_RANGES = (
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.0.0.0/24",
    "192.0.2.0/24",
    "192.168.0.0/16",
    "198.18.0.0/15",
    "198.51.100.0/24",
    "203.0.113.0/24",
    "224.0.0.0/4",
    "240.0.0.0/4",
)
"""Private, link-local (cloud metadata), carrier-grade NAT, documentation, multicast and reserved IPv4."""


def host_addresses() -> list[str]:
    """The host's own IPv4 addresses outside loopback (a public one would otherwise reach host services)."""
    ip = shutil.which("ip")
    if ip is None:
        return []
    try:
        out = subprocess.run([ip, "-j", "-4", "addr"], capture_output=True, timeout=5, check=True).stdout
        data = json.loads(out or b"[]")
    except (OSError, subprocess.SubprocessError, ValueError):
        return []
    addrs: list[str] = []
    for link in data:
        for info in link.get("addr_info", []):
            local = info.get("local")
            if local and not ipaddress.ip_address(local).is_loopback:
                addrs.append(local)
    return addrs


async def _wait_loopback(child_pid: int, timeout: float = 10.0) -> None:
    """Wait until bubblewrap has brought up the namespace's loopback: its netlink requests fail if slirp
    configures the namespace at the same time."""
    trie = f"/proc/{child_pid}/net/fib_trie"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(trie) as f:
                if "127.0.0.1" in f.read():
                    return
        except OSError:
            raise SandboxUnavailable("bubblewrap exited while setting up the sandbox's network") from None
        await asyncio.sleep(0.005)
    raise SandboxUnavailable("the sandbox's loopback interface did not come up")


def _target(child_pid: int) -> list[str]:
    """slirp4netns's target: the namespace by path. Given a pid, slirp would also join that process's
    user namespace, and bwrap's ``--disable-userns`` moves the process into a nested one that has no
    authority over the network namespace."""
    args = ["--netns-type=path"]
    if os.geteuid() != 0:
        args.append(f"--userns-path=/proc/{child_pid}/ns/user")
    return [*args, f"/proc/{child_pid}/ns/net"]


class Slirp:
    """One slirp4netns process serving a sandbox's network namespace."""

    def __init__(self, proc: asyncio.subprocess.Process, exit_w: int) -> None:
        self.proc = proc
        self._exit_w = exit_w

    @classmethod
    async def start(cls, child_pid: int) -> Slirp:
        """Attach slirp4netns to the namespace of ``child_pid`` and block the private side."""
        slirp = shutil.which("slirp4netns")
        if slirp is None:
            raise SandboxUnavailable(
                "network policy 'internet' needs slirp4netns (Debian: apt-get install slirp4netns); "
                "or set GOFER_NETWORK=none"
            )
        await _wait_loopback(child_pid)
        ready_r, ready_w = os.pipe()
        exit_r, exit_w = os.pipe()
        os.set_inheritable(exit_w, False)
        proc = await asyncio.create_subprocess_exec(
            slirp,
            "--configure",
            "--mtu=65520",
            "--disable-host-loopback",
            f"--ready-fd={ready_w}",
            f"--exit-fd={exit_r}",
            *_target(child_pid),
            "tap0",
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(ready_w, exit_r),
        )
        os.close(ready_w)
        os.close(exit_r)
        self = cls(proc, exit_w)
        try:
            ready = await read_fd(ready_r, 1, 10)
        finally:
            os.close(ready_r)
        if ready != b"1":
            err = b""
            if proc.stderr is not None:
                with contextlib.suppress(TimeoutError):
                    err = await asyncio.wait_for(proc.stderr.read(2000), 1)
            await self.aclose()
            raise SandboxUnavailable(f"slirp4netns failed: {err.decode(errors='replace').strip() or 'no output'}")
        await self._block(child_pid)
        return self

    async def _block(self, child_pid: int) -> None:
        """Add the unreachable routes inside the namespace (as the host, which holds the capability)."""
        nsenter = shutil.which("nsenter")
        ip = shutil.which("ip")
        if nsenter is None or ip is None:
            await self.aclose()
            raise SandboxUnavailable("network policy 'internet' needs nsenter (util-linux) and ip (iproute2)")
        enter = [nsenter, f"--net=/proc/{child_pid}/ns/net"]
        if os.geteuid() != 0:
            enter = [nsenter, "-t", str(child_pid), "-U", "-n", "--preserve-credentials"]
        batch = "".join(f"route add unreachable {net}\n" for net in BLOCKED_RANGES)
        batch += "".join(f"route add unreachable {addr}/32\n" for addr in host_addresses())
        proc = await asyncio.create_subprocess_exec(
            *enter, ip, "-batch", "-",
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        _, err = await proc.communicate(batch.encode())
        if proc.returncode != 0:
            await self.aclose()
            raise SandboxUnavailable(f"could not block private ranges in the sandbox: {err.decode().strip()}")

    async def aclose(self) -> None:
        """Stop slirp4netns."""
        if self._exit_w >= 0:
            os.close(self._exit_w)
            self._exit_w = -1
        if self.proc.returncode is None:
            try:
                await asyncio.wait_for(self.proc.wait(), 2)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    self.proc.kill()
                await self.proc.wait()
