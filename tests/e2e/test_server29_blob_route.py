"""The blob route over real HTTP against a live server and its SQLite store: served by the blobs its run's events
name (recorded as they were appended), never by another user's, however long the run's log."""

from __future__ import annotations

import time
from pathlib import Path

from gofer.config import Settings
from gofer.events import Observation, UserMessage
from gofer.server.testing import LiveServer, scripted_model, wait_event


def test_a_run_serves_the_blobs_its_events_name_and_no_other_users(tmp_path: Path) -> None:
    """Before: the route searched every event of the run for the blob's name (130 ms at 20,000 events). Now it
    reads the (run, sha256) row the append recorded: a blob named at the end of a 20,000-event log is served,
    a blob stored but named only by another user's run is 404 to this user, as is this run's name asked through
    another user's run."""
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "ok"}}]}])
    with LiveServer(Settings(allow_scripted_models=True, model=model)) as server:
        alice, bob = server.client(server.user_key("alice")), server.client(server.user_key("bob"))
        theirs = {}
        for name, client in (("alice", alice), ("bob", bob)):
            run_id = client.post("/v1/runs", json={"task": "answer"}).json()["id"]
            wait_event(client, run_id, "RunFinished", timeout=120)
            theirs[name] = run_id
        store = server.ctx.store
        shot_a = server.call(store.put_blob(b"\x89PNG alice's screen", "image/png"))
        shot_b = server.call(store.put_blob(b"\x89PNG bob's screen", "image/png"))
        head = alice.get(f"/v1/runs/{theirs['alice']}").json()["last_seq"]
        filler = [UserMessage(run_id=theirs["alice"], text=f"note {i}") for i in range(20_000)]
        named = Observation(run_id=theirs["alice"], action_id="a", call_id="c", tool="browser", images=[shot_a])
        server.call(store.append(theirs["alice"], [*filler, named], head + 1), timeout=120)
        head_b = bob.get(f"/v1/runs/{theirs['bob']}").json()["last_seq"]
        server.call(store.append(theirs["bob"], [Observation(run_id=theirs["bob"], action_id="a", call_id="c",
                                                             tool="browser", images=[shot_b])], head_b + 1))

        started = time.perf_counter()
        got = alice.get(f"/v1/runs/{theirs['alice']}/blobs/{shot_a}")
        took = time.perf_counter() - started
        assert got.status_code == 200 and got.content == b"\x89PNG alice's screen"
        assert got.headers["content-type"] == "image/png"
        assert took < 5, took  # a loaded machine's bound; bench/blob_lookup.py measures it
        assert alice.get(f"/v1/runs/{theirs['alice']}/blobs/{shot_b}").status_code == 404  # stored, bob's
        assert bob.get(f"/v1/runs/{theirs['bob']}/blobs/{shot_a}").status_code == 404  # stored, alice's
        assert bob.get(f"/v1/runs/{theirs['alice']}/blobs/{shot_a}").status_code == 404  # not bob's run
        assert bob.get(f"/v1/runs/{theirs['bob']}/blobs/{shot_b}").status_code == 200
        assert alice.get(f"/v1/runs/{theirs['alice']}/blobs/{'0' * 64}").status_code == 404
