"""Takeover against a real page: input forwarded through the API reaches the session's Chromium page, what the
person types stays out of the log, and handing back tells the model where the browser is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, RecordingPage, scripted_model, wait_event

pytestmark = pytest.mark.slow

SECRET = "hunter2-typed-by-a-person"


def test_forwarded_click_and_typing_reach_the_page_and_not_the_log(tmp_path: Path) -> None:
    with RecordingPage() as site, LiveServer(Settings(allow_scripted_models=True)) as server:
        model = scripted_model(tmp_path / "m.yaml", [
            {"tool_calls": [{"name": "browser_open", "arguments": {"url": site.url}}]},
            {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Please sign in for me."}}]},
            {"tool_calls": [{"name": "finish", "arguments": {"answer": "signed in"}}]},
        ])
        client = server.client(server.user_key("alice"))
        run = client.post("/v1/runs", json={"task": "sign in", "model": model}).json()
        asked = wait_event(client, run["id"], "QuestionAsked")
        early = client.post(f"/v1/runs/{run['id']}/takeover/input", json={"kind": "click", "x": 5, "y": 5})
        assert early.status_code == 409  # input before a takeover is refused

        assert client.post(f"/v1/runs/{run['id']}/takeover", json={"reason": "I'll log in"}).status_code == 202
        wait_event(client, run["id"], "TakeoverStarted")
        screen = client.get(f"/v1/runs/{run['id']}/screen")
        assert screen.status_code == 200 and screen.content.startswith(b"\x89PNG")

        clicked = client.post(f"/v1/runs/{run['id']}/takeover/input", json={"kind": "click", "x": 21, "y": 17})
        assert clicked.status_code == 200 and clicked.headers["content-type"] == "image/png"
        record = site.wait_for("click")
        assert (float(record["x"]), float(record["y"])) == (21, 17)  # blank margin: Tab then reaches the field

        name_box = client.post(f"/v1/runs/{run['id']}/takeover/input", json={"kind": "key", "key": "Tab"})
        assert name_box.status_code == 200
        typed = client.post(f"/v1/runs/{run['id']}/takeover/input", json={"kind": "type", "text": SECRET})
        assert typed.status_code == 200
        site.wait_for("input", value=SECRET)

        assert client.post(f"/v1/runs/{run['id']}/takeover/end", json={}).status_code == 202
        ended = wait_event(client, run["id"], "TakeoverEnded")
        assert site.url in ended["summary"] and "Order desk" in ended["summary"]
        client.post(f"/v1/runs/{run['id']}/answers/{asked['question_id']}", json={"answer": "done"})
        wait_event(client, run["id"], "RunFinished")
        log = client.get(f"/v1/runs/{run['id']}/events").json()["events"]
        assert SECRET not in json.dumps(log)
        after = client.post(f"/v1/runs/{run['id']}/takeover/input", json={"kind": "click", "x": 5, "y": 5})
        assert after.status_code == 409  # the run has ended
