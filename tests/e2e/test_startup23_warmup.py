"""Cancelling a run that no runner drives here starts one for it: while `gofer serve` warms up (the runner and the
guard pipeline are imported after the socket opens) the cancel waits for the warm-up, and the loop stays free."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.runtime.service import RunService
from gofer.server import app as app_module
from gofer.server.testing import LiveServer, scripted_model
from gofer.tools.base import Toolset

_FINISH = [{"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]}]


def test_a_cancel_waits_for_the_warm_up_while_health_answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    released = threading.Event()
    real = app_module.builtin_tools

    def slow_tools() -> Toolset:
        released.wait(60)  # the tool modules, the runner and the guard take this long to import
        return real()

    monkeypatch.setattr(app_module, "builtin_tools", slow_tools)
    try:
        with LiveServer(Settings(allow_scripted_models=True), start_timeout=15) as server:
            client = server.client(server.user_key("alice"))
            user = server.call(server.ctx.store.get_user_by_name("alice"))
            # a run written before this server started (another process's, or one interrupted): nobody drives it
            service = server.ctx.service
            assert isinstance(service, RunService)
            model = scripted_model(tmp_path / "m.yaml", _FINISH)
            run = server.call(service.create_run("say done", model, user_id=user.id, start=False))
            with ThreadPoolExecutor(1) as pool:
                cancelled = pool.submit(client.post, f"/v1/runs/{run.id}/cancel", json={"reason": "not needed"})
                with pytest.raises(FutureTimeout):  # without the wait, a runner is built and cancels in 1-4 s
                    cancelled.result(timeout=5)
                assert client.get("/healthz").status_code == 200
                released.set()
                answer = cancelled.result(timeout=30)
            assert answer.status_code == 200, answer.text
            assert answer.json()["status"] == "cancelled"
            types = [e["type"] for e in client.get(f"/v1/runs/{run.id}/events").json()["events"]]
            assert types[0] == "RunStarted" and types[-1] == "RunCancelled"
    finally:
        released.set()
