"""The synchronous client: one method per API route, returning gofer's own types (events, records)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from gofer.events import ConfirmationRequested, Event, QuestionAsked, RunStatus, load_event
from gofer.sdk._errors import RunEndedError, raise_for_status
from gofer.sdk._wire import (
    FileEntry,
    Pending,
    RunResult,
    SseParser,
    file_path,
    is_terminal,
    result_of,
    run_body,
    seg,
)
from gofer.store.base import RunRecord, SessionRecord

__all__ = ["AgentSession", "Client"]

DEFAULT_URL = "http://127.0.0.1:8000"


class Client:
    """A gofer server's API. ``Client(url, api_key)``; both default to GOFER_URL and GOFER_API_KEY."""

    def __init__(self, base_url: str | None = None, api_key: str | None = None, *, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = (base_url or os.environ.get("GOFER_URL") or DEFAULT_URL).rstrip("/")
        key = api_key or os.environ.get("GOFER_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout, transport=transport)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self._http.request(method, path, **kwargs)
        raise_for_status(response)
        return response

    # -- runs ---------------------------------------------------------------------------------------------------

    def create_run(self, task: str, *, model: str | None = None, session_id: str | None = None,
                   tools: list[str] | None = None, budgets: dict[str, float] | None = None,
                   options: dict[str, Any] | None = None) -> RunRecord:
        """POST /v1/runs: start a run."""
        body = run_body(task, model, session_id, tools, budgets, options)
        return RunRecord.model_validate(self._request("POST", "/v1/runs", json=body).json())

    def list_runs(self, *, session_id: str | None = None, status: RunStatus | str | None = None,
                  limit: int = 50) -> list[RunRecord]:
        """GET /v1/runs: your runs, newest first."""
        params: dict[str, Any] = {"limit": limit}
        if session_id:
            params["session_id"] = session_id
        if status:
            params["status"] = str(status)
        data = self._request("GET", "/v1/runs", params=params).json()
        return [RunRecord.model_validate(r) for r in data["runs"]]

    def get_run(self, run_id: str) -> RunRecord:
        """GET /v1/runs/{id}."""
        return RunRecord.model_validate(self._request("GET", f"/v1/runs/{seg(run_id)}").json())

    def cancel(self, run_id: str, reason: str = "") -> RunRecord:
        """POST /v1/runs/{id}/cancel: end the run for good."""
        return RunRecord.model_validate(self._request("POST", f"/v1/runs/{seg(run_id)}/cancel",
                                                      json={"reason": reason}).json())

    def resume(self, run_id: str) -> RunRecord:
        """POST /v1/runs/{id}/resume: carry on a paused or interrupted run."""
        return RunRecord.model_validate(self._request("POST", f"/v1/runs/{seg(run_id)}/resume").json())

    def pause(self, run_id: str, reason: str = "") -> None:
        """POST /v1/runs/{id}/pause: stop between steps."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/pause", json={"reason": reason})

    def send_message(self, run_id: str, text: str) -> None:
        """POST /v1/runs/{id}/messages: a follow-up or an interruption."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/messages", json={"text": text})

    # -- events -------------------------------------------------------------------------------------------------

    def events(self, run_id: str, after: int = -1, limit: int | None = None) -> list[Event]:
        """GET /v1/runs/{id}/events: the events after ``after`` (all of them, page after page; with ``limit`` at
        most that many, one page)."""
        path = f"/v1/runs/{seg(run_id)}/events"
        if limit:
            data = self._request("GET", path, params={"after": after, "limit": limit}).json()
            return [load_event(e) for e in data["events"]]
        return self._pages(path, after)

    def audit(self, run_id: str, after: int = -1) -> list[Event]:
        """GET /v1/runs/{id}/audit: every guard decision and confirmation of the run after ``after``, in order
        (page after page)."""
        return self._pages(f"/v1/runs/{seg(run_id)}/audit", after)

    def _pages(self, path: str, after: int) -> list[Event]:
        """The events of a paged route from ``after`` to its end: the server sends a page at a time and
        ``next_after`` is where the next one starts (a server from before paging sends all and no ``next_after``)."""
        out: list[Event] = []
        while True:
            data = self._request("GET", path, params={"after": after}).json()
            out.extend(load_event(e) for e in data["events"])
            following = data.get("next_after")
            if following is None or following <= after:
                return out
            after = following

    def stream(self, run_id: str, after: int = -1, *, max_retries: int = 20,
               backoff: float = 0.25) -> Iterator[Event]:
        """The run's events live over SSE until its terminal event, reconnecting (Last-Event-ID) on drops."""
        last = after
        failures = 0
        while True:
            headers = {"Accept": "text/event-stream", "Last-Event-ID": str(last)}
            try:
                with self._http.stream("GET", f"/v1/runs/{seg(run_id)}/events", params={"after": last},
                                       headers=headers, timeout=httpx.Timeout(30.0, read=None)) as response:
                    if not response.is_success:
                        response.read()
                        raise_for_status(response)
                    parser = SseParser()
                    for line in response.iter_lines():
                        event = parser.line(line)
                        if event is None or event.seq <= last:
                            continue
                        last = event.seq
                        failures = 0
                        yield event
                        if is_terminal(event):
                            return
                if self.get_run(run_id).status.terminal and not self.events(run_id, last, limit=1):
                    return
            except (httpx.TransportError, httpx.RemoteProtocolError):
                pass
            failures += 1
            if failures > max_retries:
                raise RunEndedError(run_id, "unreachable", "the event stream kept failing")
            time.sleep(min(backoff * 2 ** (failures - 1), 5.0))

    def pending(self, run_id: str) -> Pending:
        """GET /v1/runs/{id}/pending: open confirmations and questions."""
        return Pending.parse(self._request("GET", f"/v1/runs/{seg(run_id)}/pending").json())

    def confirm(self, run_id: str, action_id: str, approved: bool, note: str = "", *,
                remember: bool = False) -> None:
        """POST /v1/runs/{id}/confirmations/{action_id}: decide on a pending action; ``remember`` (with an
        approval) covers the same tool on the same destination for the rest of the run."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/confirmations/{seg(action_id)}",
                      json={"approved": approved, "note": note, "remember": remember})

    def approve(self, run_id: str, action_id: str, note: str = "", *, remember: bool = False) -> None:
        """Approve a pending action (``remember``: and the same tool on the same destination, for this run)."""
        self.confirm(run_id, action_id, True, note, remember=remember)

    def deny(self, run_id: str, action_id: str, note: str = "") -> None:
        """Deny a pending action."""
        self.confirm(run_id, action_id, False, note)

    def answer(self, run_id: str, question_id: str, answer: str) -> None:
        """POST /v1/runs/{id}/answers/{question_id}: answer a pending question."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/answers/{seg(question_id)}", json={"answer": answer})

    def takeover(self, run_id: str, reason: str = "") -> None:
        """POST /v1/runs/{id}/takeover: pause the run and drive its browser yourself."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/takeover", json={"reason": reason})

    def end_takeover(self, run_id: str, summary: str = "") -> None:
        """POST /v1/runs/{id}/takeover/end: hand the browser back."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/takeover/end", json={"summary": summary})

    def heartbeat(self, run_id: str, watched: bool = True) -> None:
        """POST /v1/runs/{id}/heartbeat: say whether a person is watching (watch mode)."""
        self._request("POST", f"/v1/runs/{seg(run_id)}/heartbeat", json={"watched": watched})

    def blob(self, run_id: str, sha256: str) -> bytes:
        """GET /v1/runs/{id}/blobs/{sha256}: a screenshot or other blob the run's events name."""
        return self._request("GET", f"/v1/runs/{seg(run_id)}/blobs/{seg(sha256)}").content

    # -- the whole run ------------------------------------------------------------------------------------------

    def run(self, task: str, *, model: str | None = None, session_id: str | None = None,
            tools: list[str] | None = None, budgets: dict[str, float] | None = None,
            options: dict[str, Any] | None = None, on_event: Callable[[Event], None] | None = None,
            on_confirmation: Callable[[ConfirmationRequested], bool] | None = None,
            on_question: Callable[[QuestionAsked], str] | None = None) -> RunResult:
        """Start a run and wait for its answer. Confirmations and questions go to the handlers when given
        (else they wait for someone else, in the UI say). Raises RunEndedError when it fails or is cancelled."""
        run = self.create_run(task, model=model, session_id=session_id, tools=tools, budgets=budgets,
                              options=options)
        events: list[Event] = []
        for event in self.stream(run.id):
            events.append(event)
            if on_event is not None:
                on_event(event)
            if isinstance(event, ConfirmationRequested) and on_confirmation is not None:
                self.confirm(run.id, event.action_id, bool(on_confirmation(event)))
            elif isinstance(event, QuestionAsked) and on_question is not None:
                self.answer(run.id, event.question_id, on_question(event))
        return result_of(self.get_run(run.id), events)

    # -- sessions and files -------------------------------------------------------------------------------------

    def create_session(self, title: str = "") -> SessionRecord:
        """POST /v1/sessions: a new session with its own workspace."""
        return SessionRecord.model_validate(self._request("POST", "/v1/sessions", json={"title": title}).json())

    def list_sessions(self, limit: int = 100) -> list[SessionRecord]:
        """GET /v1/sessions: your sessions, newest first (at most ``limit``, up to 500)."""
        data = self._request("GET", "/v1/sessions", params={"limit": limit}).json()
        return [SessionRecord.model_validate(s) for s in data["sessions"]]

    def get_session(self, session_id: str) -> SessionRecord:
        """GET /v1/sessions/{id}."""
        return SessionRecord.model_validate(self._request("GET", f"/v1/sessions/{seg(session_id)}").json())

    def delete_session(self, session_id: str) -> None:
        """DELETE /v1/sessions/{id}: the session, its workspace and its computer."""
        self._request("DELETE", f"/v1/sessions/{seg(session_id)}")

    def list_files(self, session_id: str, path: str = ".") -> list[FileEntry]:
        """GET /v1/sessions/{id}/files: the workspace's files below ``path``."""
        data = self._request("GET", f"/v1/sessions/{seg(session_id)}/files", params={"path": path}).json()
        return [FileEntry(**f) for f in data["files"]]

    def download(self, session_id: str, path: str, dest: str | Path | None = None) -> bytes:
        """GET /v1/sessions/{id}/files/{path}: a file's bytes (also written to ``dest`` when given)."""
        data = self._request("GET", f"/v1/sessions/{seg(session_id)}/files/{file_path(path)}").content
        if dest is not None:
            Path(dest).write_bytes(data)
        return data

    def upload(self, session_id: str, path: str, data: bytes | str | Path) -> dict[str, Any]:
        """PUT /v1/sessions/{id}/files/{path}: put a file (bytes, or a local Path) into the workspace."""
        content = data.read_bytes() if isinstance(data, Path) else data.encode() if isinstance(data, str) else data
        result: dict[str, Any] = self._request("PUT", f"/v1/sessions/{seg(session_id)}/files/{file_path(path)}",
                                               content=content).json()
        return result

    # -- the rest -----------------------------------------------------------------------------------------------

    def tools(self) -> list[dict[str, Any]]:
        """GET /v1/tools."""
        result: list[dict[str, Any]] = self._request("GET", "/v1/tools").json()["tools"]
        return result

    def models(self) -> dict[str, Any]:
        """GET /v1/models: what the server offers."""
        result: dict[str, Any] = self._request("GET", "/v1/models").json()
        return result

    def me(self) -> dict[str, Any]:
        """GET /v1/me: your user and key."""
        result: dict[str, Any] = self._request("GET", "/v1/me").json()
        return result

    def health(self) -> bool:
        """GET /healthz."""
        return self._http.get("/healthz").is_success

    # -- the seed's names ---------------------------------------------------------------------------------------

    def execute_task(self, task_description: str, context: dict[str, Any] | None = None,
                     tools: list[str] | None = None) -> dict[str, Any]:
        """POST /api/v1/agent/execute: start a task; ``execution_id``, ``status``, ``result``."""
        body: dict[str, Any] = {"task_description": task_description, "context": context or {}}
        if tools is not None:
            body["tools"] = tools
        result: dict[str, Any] = self._request("POST", "/api/v1/agent/execute", json=body).json()
        return result

    def get_execution(self, execution_id: str) -> dict[str, Any]:
        """GET /api/v1/agent/execute/{id}: an execution's status and result."""
        result: dict[str, Any] = self._request("GET", f"/api/v1/agent/execute/{execution_id}").json()
        return result

    def create_agent_session(self, context: dict[str, Any] | None = None) -> AgentSession:
        """POST /api/v1/agent/sessions: a session to chat in."""
        data = self._request("POST", "/api/v1/agent/sessions", json={"context": context or {}}).json()
        return AgentSession(self, data["session_id"])


class AgentSession:
    """A chat with the agent in one session (the seed's interface)."""

    def __init__(self, client: Client, session_id: str) -> None:
        self.client = client
        self.session_id = session_id

    def send_message(self, message: str, context: dict[str, Any] | None = None) -> dict[str, Any]:
        """POST /api/v1/agent/chat: ``content``, ``actions`` and ``context_updates``."""
        body = {"message": message, "session_id": self.session_id, "context": context or {}}
        result: dict[str, Any] = self.client._request("POST", "/api/v1/agent/chat", json=body,
                                                      timeout=None).json()
        return result
