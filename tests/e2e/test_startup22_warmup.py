"""``gofer serve`` answers /healthz before the tool modules are imported: a thread warms them after the socket opens,
and what needs the tools (a new run, /v1/tools, /readyz) waits for that warm-up instead of importing on the loop."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.server import app as app_module
from gofer.server.testing import LiveServer, scripted_model, wait_event
from gofer.tools.base import Toolset

_FINISH = [{"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def test_health_answers_while_the_tools_load_and_a_run_waits_for_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    released = threading.Event()
    real = app_module.builtin_tools

    def slow_tools() -> Toolset:
        released.wait(60)  # the tool modules take this long to import
        return real()

    monkeypatch.setattr(app_module, "builtin_tools", slow_tools)
    try:
        with LiveServer(Settings(allow_scripted_models=True), start_timeout=15) as server:
            client = server.client(server.user_key("alice"))
            assert client.get("/healthz").json() == {"status": "ok"}
            with ThreadPoolExecutor(2) as pool:
                posted = pool.submit(client.post, "/v1/runs",
                                     json={"task": "say done", "model": scripted_model(tmp_path / "m.yaml", _FINISH)})
                ready = pool.submit(client.get, "/readyz")
                with pytest.raises(FutureTimeout):  # both wait for the warm-up
                    posted.result(timeout=1)
                assert not ready.done()
                assert client.get("/healthz").status_code == 200  # and the loop is free meanwhile
                released.set()
                run = posted.result(timeout=30)
                assert run.status_code == 201, run.text
                assert ready.result(timeout=30).json() == {"status": "ready"}
            assert wait_event(client, run.json()["id"], "RunFinished")["answer"] == "done"
    finally:
        released.set()


def test_readyz_refuses_when_the_tools_fail_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Toolset:
        raise ImportError("no module named 'matplotlib'")

    monkeypatch.setattr(app_module, "builtin_tools", broken)
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        client = server.client()
        assert client.get("/healthz").status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert "tools failed to load" in ready.json()["error"]["message"]
