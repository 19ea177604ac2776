"""How long gofer takes to start: imports, ``gofer serve`` to its first /healthz 200, ``gofer run`` to its first event.

Each figure is the median of ``--repeat`` fresh processes (5 by default), each with its own temporary home folder
(embedded defaults: SQLite, the local runtime). Imports are timed inside the child from just before the import to
just after it, so the interpreter's own start is left out; the two commands are timed from the spawn, so it is in.
``gofer run`` uses a scripted model of one turn (finish) and is timed to the first line it prints on stdout
(``--json``: one event per line) and to its exit. While ``gofer serve`` warms up (its first /healthz 200 to its
first /readyz 200) /healthz is asked every 50 ms: the slowest answer is printed, the loop's latency while the
warm-up thread imports. Figures only; no thresholds.

    .venv/bin/python bench/startup.py [--repeat 5] [--skip-run]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

_IMPORT = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
_IMPORTS = {
    "import gofer.server.app": "import gofer.server.app",
    "import gofer.cli + its commands": "import gofer.cli; gofer.cli._load_commands()",
}
_FINISH = [{"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOFER_")}
    env.update(GOFER_HOME=str(home), GOFER_ALLOW_SCRIPTED_MODELS="1", HOME=str(home))
    return env


def _gofer() -> list[str]:
    return [sys.executable, "-c", "from gofer.cli import main; main()"]


def import_seconds(stmt: str) -> float:
    """Seconds the statement takes in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", _IMPORT.format(stmt=stmt)], env=_env(Path(tmp)),
                             capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


class _Serve:
    """``gofer serve`` on a free port with its own home folder, stopped on exit."""

    def __init__(self, tmp: str) -> None:
        self.port = _free_port()
        self.started = time.perf_counter()
        self.proc = subprocess.Popen([*_gofer(), "serve", "--port", str(self.port), "--log-level", "warning"],
                                     env=_env(Path(tmp)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def wait_healthy(self, timeout: float = 120.0) -> float:
        """Seconds from the spawn to the first /healthz 200."""
        while not _healthy(self.port):
            if self.proc.poll() is not None:
                said = self.proc.stderr.read().decode()[-500:] if self.proc.stderr else ""
                raise RuntimeError(f"gofer serve exited: {said}")
            if time.perf_counter() - self.started > timeout:
                raise RuntimeError("gofer serve did not answer /healthz in time")
            time.sleep(0.02)
        return time.perf_counter() - self.started

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def serve_seconds() -> float:
    """Seconds from spawning ``gofer serve`` to its first /healthz 200."""
    with tempfile.TemporaryDirectory() as tmp:
        server = _Serve(tmp)
        try:
            return server.wait_healthy()
        finally:
            server.stop()


def warming_health_seconds() -> float:
    """The slowest /healthz answer (asked every 50 ms) between ``gofer serve``'s first /healthz and /readyz 200."""
    with tempfile.TemporaryDirectory() as tmp:
        server = _Serve(tmp)
        try:
            server.wait_healthy()
            ready = threading.Thread(target=_get, args=(server.port, "/readyz", 120.0))
            ready.start()
            slowest = 0.0
            while ready.is_alive():
                asked = time.perf_counter()
                _get(server.port, "/healthz", 30.0)
                slowest = max(slowest, time.perf_counter() - asked)
                time.sleep(0.05)
            ready.join()
            return slowest
        finally:
            server.stop()


def _get(port: int, path: str, timeout: float) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as resp:
        resp.read()


def run_seconds() -> tuple[float, float]:
    """Seconds from spawning ``gofer run --json`` (scripted: finish at once) to its first event, and to its exit."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "finish.json"
        script.write_text(json.dumps(_FINISH))
        started = time.perf_counter()
        proc = subprocess.Popen([*_gofer(), "run", "say done", "--model", f"scripted:{script}", "--json"],
                                env=_env(Path(tmp)), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)
        assert proc.stdout is not None
        proc.stdout.readline()
        first = time.perf_counter() - started
        proc.stdout.read()
        proc.wait(60)
        return first, time.perf_counter() - started


def _median(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes per figure (median printed)")
    parser.add_argument("--skip-run", action="store_true", help="leave out gofer run")
    args = parser.parse_args()
    for label, stmt in _IMPORTS.items():
        print(f"{label:<40} {statistics.median(import_seconds(stmt) for _ in range(args.repeat)):6.2f} s")
    print(f"{'gofer serve -> /healthz 200':<40} {_median(serve_seconds, args.repeat):6.2f} s")
    print(f"{'slowest /healthz while warming':<40} {_median(warming_health_seconds, args.repeat):6.2f} s")
    if not args.skip_run:
        runs = [run_seconds() for _ in range(args.repeat)]
        print(f"{'gofer run (scripted) -> first event':<40} {statistics.median(r[0] for r in runs):6.2f} s")
        print(f"{'gofer run (scripted) -> exit':<40} {statistics.median(r[1] for r in runs):6.2f} s")
    help_runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([*_gofer(), "run", "--help"], env=_env(Path(tmp)), capture_output=True, check=True)
        help_runs.append(time.perf_counter() - started)
    print(f"{'gofer run --help':<40} {statistics.median(help_runs):6.2f} s")


if __name__ == "__main__":
    main()
