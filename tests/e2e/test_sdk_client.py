"""The SDK against a live server: run() with handlers, stream() with reconnection, files, the seed's names."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import ConfirmationRequested, QuestionAsked, RunFinished
from gofer.sdk import AsyncClient, AuthenticationError, Client, ConflictError, NotFoundError, RunEndedError
from gofer.server.testing import LiveServer, scripted_model


@pytest.fixture
def server() -> LiveServer:
    """A live server allowing scripted models."""
    with LiveServer(Settings(allow_scripted_models=True)) as live:
        yield live  # type: ignore[misc]


def _turns() -> list[dict[str, object]]:
    return [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "report.md", "content": "# Report\n"}}]},
        {"tool_calls": [{"name": "ask_user", "arguments": {"question": "Title?"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "report written", "files": ["report.md"]}}]},
    ]


def test_run_with_handlers_download_and_errors(server: LiveServer, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", _turns())
    confirmations: list[ConfirmationRequested] = []
    seen: list[str] = []
    with Client(server.url, server.user_key("alice")) as client:
        result = client.run("write a report", model=model, options={"confirmation": "always"},
                            on_event=lambda e: seen.append(e.type),
                            on_confirmation=lambda c: confirmations.append(c) is None,
                            on_question=lambda q: "Quarterly")
        assert result.answer == "report written"
        assert [f.path for f in result.files] == ["report.md"]
        assert confirmations[0].tool == "write_file"
        assert seen[0] == "RunStarted" and seen[-1] == "RunFinished" and "QuestionAnswered" in seen
        assert client.download(result.run.session_id, "report.md", tmp_path / "r.md") == b"# Report\n"
        assert (tmp_path / "r.md").read_text() == "# Report\n"
        assert [f.path for f in client.list_files(result.run.session_id)] == ["report.md"]
        client.upload(result.run.session_id, "in/data.txt", b"123")
        assert client.download(result.run.session_id, "in/data.txt") == b"123"
        assert [e.seq for e in client.events(result.run.id)] == list(range(len(result.events)))
        with pytest.raises(NotFoundError):
            client.get_run("run_missing")
        with pytest.raises(ConflictError):
            client.send_message(result.run.id, "too late")
        assert client.health()
    with Client(server.url, "gk_wrong") as bad, pytest.raises(AuthenticationError):
        bad.list_runs()


def test_stream_pending_approve_answer_and_cancel(server: LiveServer, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", _turns())
    with Client(server.url, server.user_key("alice")) as client:
        run = client.create_run("write a report", model=model, options={"confirmation": "always"})
        for event in client.stream(run.id):
            if isinstance(event, ConfirmationRequested):
                assert client.pending(run.id).confirmations[0].action_id == event.action_id
                client.approve(run.id, event.action_id, note="ok")
            if isinstance(event, QuestionAsked):
                client.cancel(run.id, reason="changed my mind")
        assert event.type == "RunCancelled"
        assert client.get_run(run.id).status == "cancelled"
        # A second stream of an ended run replays it and stops; after= skips what was seen.
        assert [e.type for e in client.stream(run.id, after=event.seq - 1)] == ["RunCancelled"]

        model2 = scripted_model(tmp_path / "m2.yaml", [
            {"tool_calls": [{"name": "ask_user", "arguments": {"question": "?"}}]}])
        with pytest.raises(RunEndedError) as ended:
            client.run("will be cancelled", model=model2,
                       on_event=lambda e: isinstance(e, QuestionAsked) and client.cancel(e.run_id) and None)
        assert ended.value.status == "cancelled"
        with pytest.raises(ConflictError):
            client.answer(ended.value.run_id, "q", "too late")


async def test_async_client_and_seed_names(server: LiveServer, tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "async done"}}]}])
    async with AsyncClient(server.url, server.user_key("alice")) as client:
        result = await client.run("quick", model=model)
        assert result.answer == "async done"
        events = [e async for e in client.stream(result.run.id)]
        assert isinstance(events[-1], RunFinished)
        session = await client.create_session("chat")
        assert next(s.id for s in await client.list_sessions()) == session.id
        execution = await client.execute_task("quick", context={"model": model})
        assert execution["status"] in ("initiated", "running", "completed")
        chat = await client.create_agent_session(context={"title": "seed"})
        reply = await chat.send_message("hello", context={"model": model})
        assert reply["content"] == "async done"
    with Client(server.url, server.user_key("alice")) as sync_client:
        agent = sync_client.create_agent_session()
        reply = agent.send_message("hi", context={"model": model})
        assert reply["context_updates"]["status"] == "finished"
        done = sync_client.get_execution(execution["execution_id"])
        assert done["status"] == "completed" and done["result"]["answer"] == "async done"
