"""RedisRuntime: runs are jobs on a Redis queue, driven by ``gofer worker`` processes on any machine.

The API side only writes to the store and the queue: ``start`` queues the run, ``resume`` wakes the run's
driver through its inbox (or queues the run when nobody drives it), ``cancel`` relies on the cancel command
RunService put in the inbox (and queues the run when nobody drives it, so a worker applies it). Computers
live on the workers; sessions share workspaces through a folder every process mounts at the same path.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from redis.asyncio import Redis

from gofer.computer.base import Computer
from gofer.config import Settings
from gofer.runtime.redis_jobs import RunQueue
from gofer.store.base import EventStore
from gofer.store.redis_notify import RedisNotifier
from gofer.store.sql import SqlEventStore, open_store
from gofer.tools.base import Toolset
from gofer.tools.mcp import McpConnector

__all__ = ["REDIS_POLL_INTERVAL", "RedisRuntime", "open_redis_store", "release_channel"]

REDIS_POLL_INTERVAL = 1.0
"""Seconds between the store's own looks for other processes' changes when Redis notifies them at once."""


def release_channel(prefix: str) -> str:
    """The pub/sub channel on which workers hear that a session's computer may go."""
    return f"{prefix}:release"


async def open_redis_store(settings: Settings) -> SqlEventStore:
    """The store at ``settings.db_url`` with a Redis notifier, so any process sees any run's changes at once."""
    notifier = await RedisNotifier.connect(settings.redis_url, settings.redis_prefix)
    try:
        return await open_store(settings.db_url, notifier=notifier, poll_interval=REDIS_POLL_INTERVAL)
    except BaseException:
        await notifier.aclose()
        raise


class RedisRuntime:
    """The Runtime of an API server whose runs execute on ``gofer worker`` processes."""

    def __init__(self, store: EventStore, settings: Settings, *, client: Redis | None = None) -> None:
        self.store = store
        self.settings = settings
        self.client = client or Redis.from_url(settings.redis_url)
        self.queue = RunQueue(self.client, settings.redis_prefix, settings.lease_seconds)
        self.mcp = McpConnector(settings)
        self._ready = False

    async def _queue(self) -> RunQueue:
        if not self._ready:
            await self.queue.ensure_group()
            self._ready = True
        return self.queue

    async def start(self, run_id: str) -> None:
        """Queue a new run for a worker."""
        await (await self._queue()).enqueue(run_id, "start")

    async def resume(self, run_id: str) -> None:
        """Wake the run's worker (a resume command), or queue the run when no worker drives it."""
        queue = await self._queue()
        if await queue.owner(run_id) is not None:
            await self.store.send_command(run_id, "resume", {"reason": "resumed by the user"})
            return
        await queue.enqueue(run_id, "resume")

    async def cancel(self, run_id: str) -> None:
        """The cancel command is in the inbox: its worker applies it, or one is asked to when none drives it."""
        queue = await self._queue()
        if await queue.owner(run_id) is None:
            await queue.enqueue(run_id, "cancel")

    async def prepare_session(self, session_id: str, workspace: Path | None) -> Path:
        """The session's workspace folder (its computer starts on the worker that drives its first run)."""
        if workspace is None:
            safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in session_id)[:64] or "session"
            workspace = self.settings.workspaces_dir / f"{safe}-{uuid.uuid4().hex[:6]}"
        workspace.mkdir(parents=True, exist_ok=True)
        return workspace

    def session_computer(self, session_id: str) -> Computer | None:
        """None: computers live on the workers."""
        return None

    async def release_session(self, session_id: str) -> None:
        """Forget the session's browser logins and tell the workers its computer may go (its workspace stays).

        The logins are saved on the shared GOFER_HOME, so they go here whether or not a worker runs; a worker
        that had the session's browser open saves it when it closes, then forgets it again on this message.
        """
        from gofer.computer.browser.pool import BrowserPool

        BrowserPool(self.settings).wipe_state(session_id)
        await self.client.publish(release_channel(self.settings.redis_prefix), session_id)

    async def extra_tools(self) -> Toolset:
        """The MCP servers' tools, listed here from the same settings the workers have (to check and show the
        tools a run may ask for); the workers run the servers that the runs use."""
        return await self.mcp.toolset()

    async def aclose(self) -> None:
        """Close the connection to Redis (queued runs stay queued; workers keep driving theirs)."""
        await self.mcp.aclose()
        await self.client.aclose()
