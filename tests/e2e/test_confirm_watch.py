"""Confirmations and watch mode with a real browser: the screenshot a browser confirmation carries, and a run on a
sensitive site that never proceeds unwatched (a resume, a lapsed heartbeat, a person's pause)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.cli.follow import Decider, follow_run
from gofer.events import ConfirmationRequested, Event, ModelResponded, RunStatus, WatchModeChanged


@pytest.mark.slow
async def test_a_browser_confirmation_carries_a_screenshot_of_the_page(tmp_path: Path, site: str) -> None:
    spec = script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        {"tool_calls": [call("browser_type", ref=2, text="hunter22")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("log in", spec, workspace=tmp_path / "ws", start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.WAITING_FOR_USER
        request = next(e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested))
        assert request.screenshot is not None, "a browser action's confirmation shows the page"
        data, media_type = await env.store.get_blob(request.screenshot)
    assert media_type == "image/png" and data.startswith(b"\x89PNG")


def _watch_states(events: list[Event]) -> list[tuple[bool, bool]]:
    return [(e.active, e.watched) for e in events if isinstance(e, WatchModeChanged)]


def _steps_after_watch(events: list[Event]) -> int:
    """Model steps logged after the last WatchModeChanged that left the run unwatched."""
    last = max(i for i, e in enumerate(events) if isinstance(e, WatchModeChanged) and e.active and not e.watched)
    return sum(isinstance(e, ModelResponded) for e in events[last:])


def _bank(tmp_path: Path, site: str, *later: dict[str, object]) -> str:
    return script(tmp_path, [
        {"tool_calls": [call("browser_open", url=f"{site}/login.html")]},
        *later,
        {"tool_calls": [call("finish", answer="done at the bank")]},
    ])


@pytest.mark.slow
async def test_resuming_does_not_stand_in_for_a_watcher(tmp_path: Path, site: str) -> None:
    spec = _bank(tmp_path, site)
    async with gofer_env() as env:
        run = await env.service.create_run("check the bank", spec, workspace=tmp_path / "ws",
                                           options={"watch_domains": ["127.0.0.1"]}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        # `gofer resume` or POST /resume with nobody watching: the run says so again and does nothing.
        assert await asyncio.wait_for(env.runtime.drive(run.id, resumed=True, until_wait=True), 60) == RunStatus.PAUSED
        events = await env.store.read(run.id)
    assert events[-1].type == "WatchModeChanged" and _watch_states(events) == [(True, False), (True, False)]
    assert _steps_after_watch(events) == 0


@pytest.mark.slow
async def test_a_heartbeat_that_stops_mid_run_pauses_it(tmp_path: Path, site: str) -> None:
    spec = _bank(tmp_path, site, {"tool_calls": [call("shell", command="sleep 1.5")]})
    async with gofer_env(watch_heartbeat_timeout=1.0) as env:
        run = await env.service.create_run("check the bank", spec, workspace=tmp_path / "ws",
                                           options={"watch_domains": ["127.0.0.1"]}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        await env.store.send_command(run.id, "heartbeat", {"watched": True})  # one beat, then the tab closes
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        events = await env.store.read(run.id)
        assert _watch_states(events) == [(True, False), (True, True), (True, False)]
        assert "shell" in [e.tool for e in events if e.type == "Observation"]  # type: ignore[union-attr]
        assert _steps_after_watch(events) == 0
        # A watcher again: the run carries on.
        await env.store.send_command(run.id, "heartbeat", {"watched": True})
        assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED


@pytest.mark.slow
async def test_a_watcher_coming_back_does_not_lift_a_persons_pause(tmp_path: Path, site: str) -> None:
    spec = _bank(tmp_path, site)
    async with gofer_env() as env:
        run = await env.service.create_run("check the bank", spec, workspace=tmp_path / "ws",
                                           options={"watch_domains": ["127.0.0.1"]}, start=False)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        # Watched, then paused by the person; the tab is hidden and shown again.
        for kind, payload in [("heartbeat", {"watched": True}), ("pause", {"reason": "wait for me"}),
                              ("heartbeat", {"watched": False}), ("heartbeat", {"watched": True})]:
            await env.store.send_command(run.id, kind, payload)
        assert await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 60) == RunStatus.PAUSED
        events = await env.store.read(run.id)
        assert not any(e.type == "RunFinished" for e in events)
        assert [e.type for e in events].count("RunPaused") == 1
        # The person's resume carries it on (they are watching).
        await env.store.send_command(run.id, "heartbeat", {"watched": True})
        await env.store.send_command(run.id, "resume", {})
        assert await asyncio.wait_for(env.runtime.drive(run.id), 60) == RunStatus.FINISHED


@pytest.mark.slow
async def test_a_terminal_in_the_foreground_keeps_watching(tmp_path: Path, site: str) -> None:
    spec = _bank(tmp_path, site, {"tool_calls": [call("shell", command="sleep 1.5")]})
    async with gofer_env(watch_heartbeat_timeout=0.6) as env:
        run = await env.service.create_run("check the bank", spec, workspace=tmp_path / "ws",
                                           options={"watch_domains": ["127.0.0.1"]}, start=False)
        seen: list[Event] = []
        code = await asyncio.wait_for(follow_run(env, run.id, seen.append, Decider(interactive=True)), 60)
        events = await env.store.read(run.id)
    assert code == 0
    assert _watch_states(events) == [(True, False), (True, True)]  # beats all along: no second pause


@pytest.mark.slow
def test_cli_without_a_terminal_exits_3_on_a_watched_site_and_resume_does_too(tmp_path: Path, site: str) -> None:
    spec = _bank(tmp_path, site)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOFER_", "OPENAI", "ANTHROPIC"))}
    env.update(GOFER_HOME=str(tmp_path / "home"), GOFER_WATCH_DOMAINS='["127.0.0.1"]')

    def gofer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "gofer", *args], env=env, capture_output=True, text=True,
                              timeout=90, stdin=subprocess.DEVNULL)

    first = gofer("run", "check the bank", "--model", spec, "--workspace", str(tmp_path / "ws"), "--json")
    assert first.returncode == 3, first.stderr
    run_id = json.loads(first.stdout.splitlines()[0])["run_id"]
    again = gofer("resume", run_id, "--json")
    assert again.returncode == 3, again.stderr
    assert "watch mode" in again.stderr
    assert "RunFinished" not in again.stdout and "ModelResponded" not in again.stdout
