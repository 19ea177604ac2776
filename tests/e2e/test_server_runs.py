"""The life of a run over real HTTP: confirmation, question, interruption, cancel, resume, 409 for a busy session."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from gofer.config import Settings
from gofer.server.testing import LiveServer, read_sse, scripted_model, wait_event


@pytest.fixture
def settings() -> Settings:
    """Scripted models allowed, as in tests and demos."""
    return Settings(allow_scripted_models=True)


def _types(client: httpx.Client, run_id: str) -> list[str]:
    return [e["type"] for e in client.get(f"/v1/runs/{run_id}/events").json()["events"]]


def test_run_with_confirmation_question_and_interruption(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"text": "write it", "tool_calls": [{"name": "write_file",
                                             "arguments": {"path": "out.txt", "content": "hi"}}]},
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Which colour?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done", "files": ["out.txt"]}}]},
    ])
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/runs", json={"task": "write out.txt", "model": model,
                                          "options": {"confirmation": "always"}})
        assert r.status_code == 201, r.text
        run = r.json()
        assert r.headers["location"] == f"/v1/runs/{run['id']}"

        asked = wait_event(client, run["id"], "ConfirmationRequested")
        pending = client.get(f"/v1/runs/{run['id']}/pending").json()
        assert [c["action_id"] for c in pending["confirmations"]] == [asked["action_id"]]
        assert client.get(f"/v1/runs/{run['id']}").json()["status"] == "waiting_for_user"
        assert client.post(f"/v1/runs/{run['id']}/confirmations/nope", json={"approved": True}).status_code == 404
        r = client.post(f"/v1/runs/{run['id']}/confirmations/{asked['action_id']}",
                        json={"approved": True, "note": "fine"})
        assert r.status_code == 202, r.text
        resolved = wait_event(client, run["id"], "ConfirmationResolved")
        assert resolved["approved"] is True and resolved["note"] == "fine"

        question = wait_event(client, run["id"], "QuestionAsked")
        assert question["question"] == "Which colour?"
        r = client.post(f"/v1/runs/{run['id']}/messages", json={"text": "also make it short"})
        assert r.status_code == 202
        assert wait_event(client, run["id"], "UserMessage")["text"] == "also make it short"
        r = client.post(f"/v1/runs/{run['id']}/answers/{question['question_id']}", json={"answer": "blue"})
        assert r.status_code == 202, r.text
        finished = wait_event(client, run["id"], "RunFinished")
        assert finished["answer"] == "done"
        again = client.post(f"/v1/runs/{run['id']}/confirmations/{asked['action_id']}", json={"approved": True})
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "conflict"

        types = _types(client, run["id"])
        assert types.index("ConfirmationResolved") < types.index("ActionStarted")
        assert "QuestionAnswered" in types and types[-1] == "RunFinished"
        body = client.get(f"/v1/runs/{run['id']}").json()
        assert body["status"] == "finished"
        listed = client.get(f"/v1/sessions/{body['session_id']}/files").json()["files"]
        assert {"path": "out.txt", "size": 2, "is_dir": False} in listed
        assert client.get(f"/v1/sessions/{body['session_id']}/files/out.txt").content == b"hi"


def test_denied_confirmation_and_cancel(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "x.txt", "content": "x"}}]},
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Go on?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "never reached"}}]},
    ])
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        run = client.post("/v1/runs", json={"task": "t", "model": model,
                                            "options": {"confirmation": "always"}}).json()
        asked = wait_event(client, run["id"], "ConfirmationRequested")
        client.post(f"/v1/runs/{run['id']}/confirmations/{asked['action_id']}", json={"approved": False,
                                                                                     "note": "no"})
        observation = wait_event(client, run["id"], "Observation")
        assert observation["error"]
        wait_event(client, run["id"], "QuestionAsked")
        r = client.post(f"/v1/runs/{run['id']}/cancel", json={"reason": "enough"})
        assert r.status_code == 200
        cancelled = wait_event(client, run["id"], "RunCancelled")
        assert cancelled["reason"] == "enough"
        assert client.get(f"/v1/runs/{run['id']}").json()["status"] == "cancelled"
        assert not (Path(client.get(f"/v1/sessions/{run['session_id']}").json()["workspace"]) / "x.txt").exists()
        assert client.post(f"/v1/runs/{run['id']}/messages", json={"text": "hi"}).status_code == 409
        assert client.post(f"/v1/runs/{run['id']}/resume").status_code == 409
        assert client.post(f"/v1/runs/{run['id']}/cancel").status_code == 200


def test_resume_after_server_restart(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Name?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "hello"}}]},
    ])
    with LiveServer(settings) as server:
        key = server.user_key("alice")
        client = server.client(key)
        run = client.post("/v1/runs", json={"task": "greet", "model": model}).json()
        question = wait_event(client, run["id"], "QuestionAsked")
    with LiveServer(settings) as server:
        client = server.client(key)
        r = client.post(f"/v1/runs/{run['id']}/resume")
        assert r.status_code == 200, r.text
        client.post(f"/v1/runs/{run['id']}/answers/{question['question_id']}", json={"answer": "Ada"})
        assert wait_event(client, run["id"], "RunFinished")["answer"] == "hello"
        seqs = [e["seq"] for e in client.get(f"/v1/runs/{run['id']}/events").json()["events"]]
        assert seqs == list(range(len(seqs)))


def test_second_active_run_in_a_session_is_409(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "wait"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]},
    ])
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        session = client.post("/v1/sessions", json={"title": "s"}).json()
        first = client.post("/v1/runs", json={"task": "a", "model": model, "session_id": session["id"]})
        assert first.status_code == 201
        second = client.post("/v1/runs", json={"task": "b", "model": model, "session_id": session["id"]})
        assert second.status_code == 409
        assert second.json()["error"]["code"] == "session_busy"
        assert client.delete(f"/v1/sessions/{session['id']}").status_code == 409
        client.post(f"/v1/runs/{first.json()['id']}/cancel")
        wait_event(client, first.json()["id"], "RunCancelled")
        workspace = Path(session["workspace"])
        assert client.delete(f"/v1/sessions/{session['id']}").status_code == 204
        assert client.get(f"/v1/sessions/{session['id']}").status_code == 404
        assert not workspace.exists()


def test_laxer_confirmation_option_is_refused(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/runs", json={"task": "a", "model": model, "options": {"confirmation": "never"}})
        assert r.status_code == 422
        assert r.json()["error"]["details"][0]["field"] == "options.confirmation"


def _remember_run(client: httpx.Client, tmp_path: Path) -> str:
    tmp_path.mkdir()
    write = {"name": "write_file", "arguments": {"path": "a.txt", "content": "x"}}
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [write]}, {"tool_calls": [write]},
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "b.txt", "content": "y"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]},
    ])
    r = client.post("/v1/runs", json={"task": "write", "model": model, "options": {"confirmation": "always"}})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _decide_all(client: httpx.Client, run_id: str, first: dict[str, object]) -> list[dict[str, object]]:
    """Follow the run to its end, deciding the first confirmation with ``first`` and approving the rest plainly;
    returns the requests, in order."""
    asked: list[dict[str, object]] = []
    with client.stream("GET", f"/v1/runs/{run_id}/events", headers={"Accept": "text/event-stream"},
                       timeout=30) as response:
        for _, event in read_sse(response.iter_lines()):
            if event["type"] == "ConfirmationRequested":
                body = first if not asked else {"approved": True}
                asked.append(event)
                r = client.post(f"/v1/runs/{run_id}/confirmations/{event['action_id']}", json=body)
                assert r.status_code == 202, r.text
    return asked


def test_an_approval_is_remembered_only_when_asked_for(settings: Settings, tmp_path: Path) -> None:
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        remembered = _remember_run(client, tmp_path / "one")
        asked = _decide_all(client, remembered, {"approved": True, "remember": True})
        # The same exact call is approved for the rest of the run; another call asks again.
        assert [a["arguments"] for a in asked] == [{"path": "a.txt", "content": "x"}, {"path": "b.txt", "content": "y"}]
        # A note is only a note: "remember ..." in it does not widen the approval.
        plain = _remember_run(client, tmp_path / "two")
        asked = _decide_all(client, plain, {"approved": True, "note": "Remember to keep it short"})
        assert len(asked) == 3


def test_a_second_decision_while_the_first_is_queued_is_409(settings: Settings, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "out.txt", "content": "hi"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "done"}}]},
    ])
    with LiveServer(settings) as server:
        key = server.user_key("alice")
        client = server.client(key)
        ctx = server.ctx

        async def waiting_run() -> str:
            # Driven here up to its question, then left: nothing takes its commands until it is driven again.
            user = await ctx.store.get_user_by_name("alice")
            run = await ctx.service.create_run("write out.txt", model, user_id=user.id, workspace=tmp_path / "ws",
                                               options={"confirmation": "always"}, start=False)
            await ctx.runtime.drive(run.id, until_wait=True)
            return run.id

        run_id = server.call(waiting_run())
        asked = wait_event(client, run_id, "ConfirmationRequested")
        url = f"/v1/runs/{run_id}/confirmations/{asked['action_id']}"
        assert client.post(url, json={"approved": False, "note": "not now"}).status_code == 202
        second = client.post(url, json={"approved": True})
        assert second.status_code == 409 and "already decided" in second.json()["error"]["message"]
        server.call(ctx.runtime.drive(run_id))
        resolved = wait_event(client, run_id, "ConfirmationResolved")
        assert resolved["approved"] is False and resolved["note"] == "not now"  # the first decision counts


def test_any_file_name_downloads_with_a_header_that_holds(settings: Settings, tmp_path: Path) -> None:
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        sid = client.post("/v1/sessions", json={}).json()["id"]
        for name, plain in (("报告 Q3.md", "__ Q3.md"), ('say "hi"\tnow.txt', "say _hi__now.txt")):
            url = f"/v1/sessions/{sid}/files/{quote(name)}"
            assert client.put(url, content=b"data").status_code == 201
            got = client.get(url)
            assert got.status_code == 200 and got.content == b"data"
            disposition = got.headers["content-disposition"]
            assert f'filename="{plain}"' in disposition
            assert disposition.endswith("filename*=UTF-8''" + quote(name, safe=""))
