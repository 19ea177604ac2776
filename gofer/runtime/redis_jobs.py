"""The run queue on Redis: a stream of run jobs read by a consumer group, and a lease per run.

A job (``start``, ``resume``, ``recover`` or ``cancel`` of a run) stays in the taking worker's pending list
until the run ends; the worker renews two things together while it drives the run: the run's lease key (its
name, with a time to live) and the job's idle time (``XCLAIM`` to itself). A worker that dies renews neither:
its lease key expires first, then its job becomes old enough for another worker to claim (``XAUTOCLAIM``), take
the lease and resume the run from its log. Delivery is at least once; the lease makes the driver unique, and
the store's optimistic appends stop a writer whose lease ran out without its knowing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from redis.asyncio import Redis
from redis.exceptions import ResponseError

__all__ = ["GROUP", "Job", "JobKind", "RunQueue"]

JobKind = Literal["start", "resume", "recover", "cancel"]
"""start: a new run. resume: a person asked to carry it on. recover: carry on as the log stands (after a
worker stopped or died). cancel: apply the cancel waiting in the run's inbox."""

GROUP = "workers"
"""The consumer group every worker reads the run stream in."""

_EXPIRY_MARGIN_MS = 50
"""The lease key outlives its last renewal by this much less than the job's idle limit, so whenever a job
can be claimed from a silent worker its lease has already expired."""

# KEYS: lease, stream. ARGV: worker, lease ms, group, job id. A lease that expired while nobody else took it
# is taken again: a worker that stalled longer than its lease carries on (the store's optimistic appends stop it
# if another worker wrote to the run meanwhile).
_RENEW = """
local owner = redis.call('GET', KEYS[1])
if owner == ARGV[1] or not owner then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  redis.call('XCLAIM', KEYS[2], ARGV[3], ARGV[1], 0, ARGV[4], 'JUSTID')
  return 1
end
return 0
"""

# KEYS: lease, stream. ARGV: worker, group, job id, requeue kind ('' for none), run id.
_SETTLE = """
local mine = redis.call('GET', KEYS[1]) == ARGV[1]
if mine then
  redis.call('DEL', KEYS[1])
end
if ARGV[4] ~= '' and (mine or redis.call('EXISTS', KEYS[1]) == 0) then
  redis.call('XADD', KEYS[2], '*', 'run', ARGV[5], 'kind', ARGV[4])
end
redis.call('XACK', KEYS[2], ARGV[2], ARGV[3])
redis.call('XDEL', KEYS[2], ARGV[3])
return mine and 1 or 0
"""

# KEYS: lease. ARGV: worker.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


@dataclass(frozen=True)
class Job:
    """One delivery of a run job."""

    id: str
    """The stream entry's id."""
    run_id: str
    kind: JobKind
    reclaimed: bool = False
    """True when taken over from a worker that stopped renewing it."""


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _job(entry_id: Any, fields: dict[Any, Any], *, reclaimed: bool) -> Job | None:
    values = {_text(k): _text(v) for k, v in (fields or {}).items()}
    run_id, kind = values.get("run"), values.get("kind")
    if not run_id or kind not in ("start", "resume", "recover", "cancel"):
        return None
    return Job(id=_text(entry_id), run_id=run_id, kind=kind, reclaimed=reclaimed)  # type: ignore[arg-type]


class RunQueue:
    """The run stream, its consumer group and the per-run leases, under one key prefix."""

    def __init__(self, client: Redis, prefix: str, lease_seconds: float) -> None:
        self.client = client
        self.prefix = prefix
        self.stream = f"{prefix}:runs"
        self.lease_ms = max(int(lease_seconds * 1000), 2 * _EXPIRY_MARGIN_MS + 100)
        self._renew = client.register_script(_RENEW)
        self._settle = client.register_script(_SETTLE)
        self._release = client.register_script(_RELEASE)

    def lease_key(self, run_id: str) -> str:
        """The key naming the worker that drives a run."""
        return f"{self.prefix}:lease:{run_id}"

    @property
    def _key_ttl_ms(self) -> int:
        return self.lease_ms - _EXPIRY_MARGIN_MS

    async def ensure_group(self) -> None:
        """Create the stream and its consumer group when missing."""
        try:
            await self.client.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def enqueue(self, run_id: str, kind: JobKind) -> str:
        """Add a job for a run; returns its entry id."""
        return _text(await self.client.xadd(self.stream, {"run": run_id, "kind": kind}))

    async def owner(self, run_id: str) -> str | None:
        """The worker holding the run's lease, if any."""
        value = await self.client.get(self.lease_key(run_id))
        return _text(value) if value is not None else None

    async def read(self, worker: str, count: int, block_ms: int) -> list[Job]:
        """New jobs for ``worker`` (at most ``count``), waiting up to ``block_ms`` for one."""
        # redis-py's annotations for stream replies differ between its major versions; the shape is fixed.
        reply: Any = await self.client.xreadgroup(GROUP, worker, {self.stream: ">"}, count=count, block=block_ms)
        jobs: list[Job] = []
        for _, entries in reply or []:
            for entry_id, fields in entries:
                job = _job(entry_id, fields, reclaimed=False)
                if job is None:
                    await self.drop(_text(entry_id))
                else:
                    jobs.append(job)
        return jobs

    async def reclaim(self, worker: str, count: int) -> list[Job]:
        """Jobs whose worker stopped renewing them for a lease period, now ``worker``'s."""
        reply: Any = await self.client.xautoclaim(self.stream, GROUP, worker, self.lease_ms, "0-0", count=count)
        entries = reply[1] if len(reply) > 1 else []
        jobs: list[Job] = []
        for entry_id, fields in entries:
            job = _job(entry_id, fields, reclaimed=True)
            if job is None:
                await self.drop(_text(entry_id))
            else:
                jobs.append(job)
        return jobs

    async def deliveries(self, job: Job) -> int:
        """How many times the job was delivered (1 the first time)."""
        rows: Any = await self.client.xpending_range(self.stream, GROUP, min=job.id, max=job.id, count=1)
        return int(rows[0]["times_delivered"]) if rows else 0

    async def take_lease(self, run_id: str, worker: str) -> bool:
        """Make ``worker`` the run's driver unless another worker is; True when it is now."""
        return bool(await self.client.set(self.lease_key(run_id), worker, nx=True, px=self._key_ttl_ms))

    async def renew(self, job: Job, worker: str) -> bool:
        """Extend the lease and the job's claim; False when another worker holds the lease now."""
        done = await self._renew(keys=[self.lease_key(job.run_id), self.stream],
                                 args=[worker, self._key_ttl_ms, GROUP, job.id])
        return bool(done)

    async def settle(self, job: Job, worker: str, requeue: JobKind | None = None) -> None:
        """Release the lease (if the worker's), optionally queue a follow-up job, and remove the job."""
        await self._settle(keys=[self.lease_key(job.run_id), self.stream],
                           args=[worker, GROUP, job.id, requeue or "", job.run_id])

    async def release(self, run_id: str, worker: str) -> None:
        """Give up the run's lease (if the worker's), leaving its job pending for a later claim."""
        await self._release(keys=[self.lease_key(run_id)], args=[worker])

    async def drop(self, job_id: str) -> None:
        """Remove a job that needs no driving (its run ended, or another worker drives it)."""
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.xack(self.stream, GROUP, job_id)
            pipe.xdel(self.stream, job_id)
            await pipe.execute()
