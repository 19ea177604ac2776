"""The worker: takes run jobs from the Redis queue and drives them with the same runner as the local runtime.

Each run it takes, it drives under a lease that it renews while driving (see :mod:`gofer.runtime.redis_jobs`);
every append goes through a fence that refuses to write once the lease is gone, and the store's optimistic
appends catch the rest: a worker that meets ConcurrencyError steps aside. On SIGTERM (``stop``) the worker
interrupts its runs, whose runners write RunPaused, and queues them for another worker. A worker that dies
leaves its jobs pending; once its leases expire another worker claims them and resumes each run from its log
(RunResumed; an interrupted side effect becomes an "outcome unknown" observation).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

from gofer.config import Settings
from gofer.events import Event, RunFailed, RunPaused, RunStatus
from gofer.runtime.local import LocalRuntime
from gofer.runtime.redis import open_redis_store, release_channel
from gofer.runtime.redis_jobs import Job, RunQueue
from gofer.store.base import (
    HOLD_SECONDS,
    ConcurrencyError,
    EventStore,
    NotFoundError,
    RunRecord,
    StepRefused,
    StoreError,
    UsageCap,
)
from gofer.tools.registry import builtin_tools

__all__ = ["HANDOFF_REASON", "MAX_DELIVERIES", "LeaseLost", "Worker", "run_worker"]

log = logging.getLogger("gofer.worker")

HANDOFF_REASON = "the worker stopped; another worker carries the run on"
"""The reason of the RunPaused a stopping worker's runs get (the next worker resumes them)."""

MAX_DELIVERIES = 5
"""A run whose job was taken this many times without the run ending (its workers crashed) is failed."""


class LeaseLost(ConcurrencyError):
    """This worker's lease on the run expired (another worker may drive it now): nothing was written."""

    def __init__(self, run_id: str) -> None:
        StoreError.__init__(self, f"run {run_id}: this worker no longer holds the run's lease")
        self.run_id = run_id
        self.expected = -1
        self.actual = -1


class _FencedStore:
    """The store, except that an append to a run, or a hold on its user's quota, first renews the worker's lease on
    it (or fails unwritten)."""

    def __init__(self, store: EventStore, renew: Callable[[str], Awaitable[bool]]) -> None:
        self._store = store
        self._renew = renew

    async def append(self, run_id: str, events: Sequence[Event], expected_seq: int) -> list[Event]:
        """Append as the store does, or raise LeaseLost without writing."""
        if not await self._renew(run_id):
            raise LeaseLost(run_id)
        return await self._store.append(run_id, events, expected_seq)

    async def hold_step(self, run_id: str, caps: Sequence[UsageCap], tokens: float, cost: float, *,
                        seconds: float = HOLD_SECONDS) -> StepRefused | None:
        """Hold room for the run's next model step as the store does, or raise LeaseLost without holding: a worker
        that lost the run must not take the user's quota, nor spend it on a model call, before its next append."""
        if not await self._renew(run_id):
            raise LeaseLost(run_id)
        return await self._store.hold_step(run_id, caps, tokens, cost, seconds=seconds)

    async def renew_hold(self, run_id: str, seconds: float = HOLD_SECONDS) -> bool:
        """Renew the run's hold as the store does while this worker holds the run's lease; False without
        renewing once the lease is gone (the hold then lapses, as a dead worker's does)."""
        if not await self._renew(run_id):
            return False
        return await self._store.renew_hold(run_id, seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


@dataclass
class _Drive:
    job: Job
    task: asyncio.Task[None] | None = None
    lost: bool = False


def _default_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:4]}"


class Worker:
    """Drives up to ``concurrency`` runs at a time from the queue; ``run()`` until ``stop()``."""

    def __init__(self, store: EventStore, settings: Settings, *, name: str | None = None,
                 concurrency: int | None = None, client: Redis | None = None) -> None:
        self.name = name or _default_name()
        self.store = store
        self.settings = settings
        self.concurrency = max(1, concurrency or settings.worker_concurrency)
        self.client = client or Redis.from_url(settings.redis_url)
        self.queue = RunQueue(self.client, settings.redis_prefix, settings.lease_seconds)
        self.runtime = LocalRuntime(cast(EventStore, _FencedStore(store, self._renew)), settings)
        """Drives the runs, with this worker's computers and MCP servers."""
        lease = self.queue.lease_ms / 1000
        self.renew_every = lease / 3
        self.claim_every = max(0.1, lease / 4)
        self._drives: dict[str, _Drive] = {}
        self._stopping = asyncio.Event()
        self._slot = asyncio.Event()

    @property
    def driving(self) -> list[str]:
        """The runs this worker drives now."""
        return list(self._drives)

    def stop(self) -> None:
        """Stop taking jobs, pause the runs being driven and hand them to other workers."""
        self._stopping.set()

    async def run(self) -> None:
        """Take and drive jobs until ``stop()``; then hand the runs over and release everything."""
        await self.queue.ensure_group()
        await asyncio.to_thread(builtin_tools)  # import the tool modules before the first run, off the loop
        helpers = [asyncio.create_task(self._heartbeat(), name="gofer-worker-heartbeat"),
                   asyncio.create_task(self._follow_releases(), name="gofer-worker-releases")]
        try:
            await self._take_jobs()
        finally:
            await self._hand_over_all()
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)
            await self.runtime.aclose()
            await self.client.aclose()

    # Taking jobs

    async def _take_jobs(self) -> None:
        loop = asyncio.get_running_loop()
        next_claim = 0.0
        while not self._stopping.is_set():
            free = self.concurrency - len(self._drives)
            if free <= 0:
                self._slot.clear()
                await _first(self._slot.wait(), self._stopping.wait())
                continue
            try:
                jobs: list[Job] = []
                if loop.time() >= next_claim:
                    jobs = await self.queue.reclaim(self.name, free)
                    next_claim = loop.time() + self.claim_every
                if not jobs:
                    wait = min(self.claim_every, 1.0)  # a stop is noticed within a second
                    jobs = await self.queue.read(self.name, free, block_ms=int(wait * 1000))
                for job in jobs:
                    await self._accept(job)
            except (RedisError, OSError, StoreError) as exc:
                log.warning("worker %s: %s; retrying", self.name, exc)
                await _first(asyncio.sleep(1.0), self._stopping.wait())

    async def _accept(self, job: Job) -> None:
        """Drive the job's run, unless it needs no driving (ended, or driven elsewhere)."""
        if self._stopping.is_set():
            await self.queue.settle(job, self.name, requeue=job.kind)
            return
        current = self._drives.get(job.run_id)
        if current is not None:
            if current.job.id != job.id:  # a resume that reached the runner here through its inbox
                await self.queue.drop(job.id)
            return  # else this worker stalled past its lease and claimed its own job: the heartbeat renews it
        if not await self.queue.take_lease(job.run_id, self.name):
            # Another worker drives the run. A claimed job may be that worker's own (it renews it back to
            # itself), so only a fresh, redundant one is removed.
            if not job.reclaimed:
                await self.queue.drop(job.id)
            return
        try:
            record = await self.store.get_run(job.run_id)
        except NotFoundError:
            await self.queue.settle(job, self.name)
            return
        except BaseException:
            await self.queue.release(job.run_id, self.name)
            raise
        if record.status.terminal:
            await self.queue.settle(job, self.name)
            return
        # A run its workers keep dying on (it was running each time: a clean hand-over leaves it paused).
        if job.reclaimed and record.status == RunStatus.RUNNING and await self.queue.deliveries(job) >= MAX_DELIVERIES:
            await self._give_up(job, record)
            return
        resumed = await self._resumes(job, record)
        drive = _Drive(job)
        self._drives[job.run_id] = drive
        drive.task = asyncio.create_task(self._drive(drive, resumed), name=f"gofer-worker-run-{job.run_id}")
        log.info("worker %s drives run %s (%s%s)", self.name, job.run_id, job.kind,
                 ", reclaimed" if job.reclaimed else "")

    async def _resumes(self, job: Job, record: RunRecord) -> bool:
        """Whether the runner should resume the run (RunResumed) rather than carry on as the log stands."""
        if job.kind == "resume":
            return True
        if job.kind == "cancel":
            return False
        if record.status == RunStatus.RUNNING:
            return record.last_seq > 0  # a worker died while driving it
        if record.status == RunStatus.PAUSED:
            last = await self.store.read(job.run_id, record.last_seq - 1)
            return bool(last) and isinstance(last[-1], RunPaused) and last[-1].reason == HANDOFF_REASON
        return False

    async def _give_up(self, job: Job, record: RunRecord) -> None:
        error = f"the run's worker stopped {MAX_DELIVERIES - 1} times without ending it; it was not retried again"
        try:
            await self.store.append(
                job.run_id, [RunFailed(run_id=job.run_id, error=error, reason="worker failures")],
                record.last_seq + 1,
            )
        except ConcurrencyError:
            await self.queue.release(job.run_id, self.name)
            return
        log.error("worker %s: run %s failed: %s", self.name, job.run_id, error)
        await self.queue.settle(job, self.name)

    # Driving

    async def _drive(self, drive: _Drive, resumed: bool) -> None:
        job = drive.job
        try:
            status = await self.runtime.drive(job.run_id, resumed=resumed)
        except asyncio.CancelledError:
            if not drive.lost:  # stopping: the runner paused the run; another worker carries it on
                await asyncio.shield(self.queue.settle(job, self.name, requeue="recover"))
            raise
        except Exception:
            # The job stays pending: another worker claims it after the lease (and gives up after a few).
            log.exception("worker %s: run %s stopped with an error", self.name, job.run_id)
            await self._quietly(self.queue.release(job.run_id, self.name))
        else:
            if status.terminal:
                await self._quietly(self.queue.settle(job, self.name))
            else:
                # Stepped aside: another writer appended, or this worker's lease ran out. Whoever holds the
                # lease drives the run; if nobody does, the pending job is claimed again after the lease.
                log.warning("worker %s: run %s is driven elsewhere; stepped aside", self.name, job.run_id)
                await self._quietly(self.queue.release(job.run_id, self.name))
        finally:
            self._drives.pop(job.run_id, None)
            self._slot.set()

    async def _quietly(self, step: Any) -> None:
        try:
            await step
        except (RedisError, OSError) as exc:  # the lease expires on its own; the job is claimed again later
            log.warning("worker %s: %s", self.name, exc)

    async def _renew(self, run_id: str) -> bool:
        """Renew the lease of a run driven here; False (and the run is stopped) when another worker has it."""
        drive = self._drives.get(run_id)
        if drive is None or drive.lost:
            return False
        if await self.queue.renew(drive.job, self.name):
            return True
        log.warning("worker %s: another worker took over run %s; this one stops driving it", self.name, run_id)
        drive.lost = True
        if drive.task is not None and drive.task is not asyncio.current_task():
            drive.task.cancel()
        return False

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.renew_every)
            for run_id in list(self._drives):
                try:
                    await self._renew(run_id)
                except (RedisError, OSError) as exc:
                    log.warning("worker %s: could not renew the lease of %s: %s", self.name, run_id, exc)

    async def _hand_over_all(self) -> None:
        drives = list(self._drives.values())
        for drive in drives:
            runner = self.runtime.runner(drive.job.run_id)
            if runner is not None:
                runner.interrupt_reason = HANDOFF_REASON
            if drive.task is not None:
                drive.task.cancel()
        await asyncio.gather(*(d.task for d in drives if d.task is not None), return_exceptions=True)

    async def _follow_releases(self) -> None:
        """Close a session's computer when the API says the session is gone."""
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(release_channel(self.settings.redis_prefix))
            while True:
                message = await pubsub.get_message(timeout=1.0)
                if message is None or message.get("type") != "message":
                    continue
                data = message.get("data")
                session_id = data.decode() if isinstance(data, bytes) else str(data)
                with contextlib.suppress(Exception):
                    await self.runtime.release_session(session_id)
        except (RedisError, OSError) as exc:
            log.warning("worker %s: stopped following session releases: %s", self.name, exc)
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()


async def _first(*aws: Any) -> None:
    """Wait until the first of these awaitables is done; cancel the others."""
    tasks = [asyncio.ensure_future(a) for a in aws]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def run_worker(settings: Settings, *, name: str | None = None) -> None:
    """``gofer worker``: open the store (with the Redis notifier), take runs until SIGTERM or SIGINT."""
    store = await open_redis_store(settings)
    worker = Worker(store, settings, name=name)
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for sig in signals:
        loop.add_signal_handler(sig, worker.stop)
    print(f"gofer worker {worker.name}: taking runs (concurrency {worker.concurrency}, "
          f"lease {worker.queue.lease_ms / 1000:g} s)", file=sys.stderr, flush=True)
    try:
        await worker.run()
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)
        await store.close()
        print(f"gofer worker {worker.name}: stopped", file=sys.stderr, flush=True)
