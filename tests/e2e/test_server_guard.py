"""The guard over real HTTP: a run's options cannot switch the server's checks off, bad guard options are a 422,
and the audit trail (GET /v1/runs/{id}/audit, Client.audit) is the owner's alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.events import ConfirmationRequested, ConfirmationResolved, GuardDecision
from gofer.sdk import Client, NotFoundError
from gofer.server.testing import LiveServer, scripted_model, wait_event


def test_run_options_cannot_switch_checks_off_and_bad_ones_are_refused(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, deny_domains=["*.evil.test"])) as server:
        client = server.client(server.user_key("alice"))
        r = client.post("/v1/runs", json={"task": "a", "model": model, "options": {"checks_disabled": ["domains"]}})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["details"][0]["field"] == "options.checks_disabled"
        r = client.post("/v1/runs", json={"task": "a", "model": model, "options": {"taint_steps": "soon"}})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["details"][0]["field"] == "options" and "taint_steps" in r.json()["error"]["message"]
        assert client.get("/v1/runs").json()["runs"] == []


def test_audit_lists_decisions_and_confirmations_for_the_owner_only(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "write_file", "arguments": {"path": "a.txt", "content": "x"}}]},
        {"tool_calls": [{"name": "finish", "arguments": {"answer": "declined, so nothing written"}}]},
    ])
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        alice_key = server.user_key("alice")
        alice, bob = server.client(alice_key), server.client(server.user_key("bob"))
        run = alice.post("/v1/runs", json={"task": "write a.txt", "model": model,
                                           "options": {"confirmation": "always"}}).json()
        asked = wait_event(alice, run["id"], "ConfirmationRequested")
        alice.post(f"/v1/runs/{run['id']}/confirmations/{asked['action_id']}", json={"approved": False, "note": "no"})
        wait_event(alice, run["id"], "RunFinished")
        trail = alice.get(f"/v1/runs/{run['id']}/audit").json()
        assert trail["terminal"] is True
        kinds = [e["type"] for e in trail["events"]]
        assert set(kinds) == {"GuardDecision", "ConfirmationRequested", "ConfirmationResolved"}
        assert kinds.index("ConfirmationRequested") < kinds.index("ConfirmationResolved")
        decision = next(e for e in trail["events"] if e["type"] == "GuardDecision" and e["stage"] == "action")
        assert {"check", "verdict", "reason", "scores"} <= set(decision)
        resolved = next(e for e in trail["events"] if e["type"] == "ConfirmationResolved")
        assert resolved["approved"] is False and resolved["note"] == "no" and resolved["decided_by"] == "alice"
        # Another user's run is not there for bob, and an unknown id is a clear 404.
        assert bob.get(f"/v1/runs/{run['id']}/audit").status_code == 404
        missing = alice.get("/v1/runs/run_nope/audit")
        assert missing.status_code == 404 and missing.json()["error"]["message"] == "no run run_nope"
        with Client(server.url, alice_key) as sdk:
            events = sdk.audit(run["id"])
            assert all(isinstance(e, GuardDecision | ConfirmationRequested | ConfirmationResolved) for e in events)
            assert len(events) == len(kinds)
            with pytest.raises(NotFoundError):
                sdk.audit("run_nope")
