"""Wake-ups for subscribers and inbox waiters.

The store publishes on a channel (``events:RUN`` or ``commands:RUN``) after each commit. A waiter takes a
ticket *before* it looks at the database, then waits on the ticket, so a publish between the look and the
wait is never lost. :class:`LocalNotifier` reaches waiters in this process only; other processes are seen by
the store's polling. A Redis-backed notifier can implement the same three methods to replace the polling.

Run subscriptions go through :class:`RunFeeds`: one feed per run per store object, fanned out to in-memory
queues, so a hundred subscribers to a run cost one poll of the database, not a hundred reads per event.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import Awaitable, Callable
from typing import Protocol

from gofer.events import Event

__all__ = ["CLOSED", "FeedClosed", "Follower", "LocalNotifier", "Notifier", "RunFeed", "RunFeeds", "Ticket"]


class Ticket:
    """A promise of a wake-up: set by the first publish on its channel after it was taken."""

    __slots__ = ("__weakref__", "_event")

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        """Wake everyone waiting on this ticket."""
        self._event.set()

    @property
    def fired(self) -> bool:
        """True once a publish reached this ticket."""
        return self._event.is_set()

    async def wait(self, timeout: float) -> bool:
        """Wait until fired or ``timeout`` seconds pass; True when fired."""
        if self._event.is_set():
            return True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
        return self._event.is_set()


class Notifier(Protocol):
    """Publish/subscribe of "something changed on this channel", with no payload."""

    def ticket(self, channel: str) -> Ticket:
        """A ticket that the next publish on ``channel`` fires."""
        ...

    async def publish(self, channel: str) -> None:
        """Fire every outstanding ticket of ``channel``."""
        ...

    async def aclose(self) -> None:
        """Release whatever the notifier holds."""
        ...


class LocalNotifier:
    """In-process notifier: one shared ticket per channel, kept only while someone holds it."""

    def __init__(self) -> None:
        self._tickets: weakref.WeakValueDictionary[str, Ticket] = weakref.WeakValueDictionary()

    def ticket(self, channel: str) -> Ticket:
        """The channel's current ticket (shared by all waiters until the next publish)."""
        current = self._tickets.get(channel)
        if current is None or current.fired:
            current = Ticket()
            self._tickets[channel] = current
        return current

    async def publish(self, channel: str) -> None:
        """Fire the channel's ticket; later waiters get a fresh one."""
        current = self._tickets.pop(channel, None)
        if current is not None:
            current.fire()

    async def aclose(self) -> None:
        """Fire every ticket so nobody waits on a closed store."""
        for current in list(self._tickets.values()):
            current.fire()
        self._tickets.clear()


Head = Callable[[str], Awaitable[int | None]]
"""``head(run_id)``: the seq of the run's last stored event (-1 for none), None for an unknown run."""
Reader = Callable[[str, int, int], Awaitable[list[Event]]]
"""``read(run_id, after_seq, limit)``: stored events after a seq, in order."""

_FILL_PAGE = 500
"""Events one catch-up query reads."""


class FeedClosed:
    """The type of CLOSED, put in subscribers' queues when the store closes."""


CLOSED = FeedClosed()
"""The item a subscriber's queue gets when its store closes."""


class Follower:
    """One subscriber's place on a run feed: a queue of events in seq order, possibly with gaps to fill."""

    __slots__ = ("after", "live", "queue")

    def __init__(self, after: int) -> None:
        self.after = after
        """The seq the subscriber has reached (it moves this forward as it yields)."""
        self.queue: asyncio.Queue[Event | FeedClosed] = asyncio.Queue()
        self.live = False
        """True once the subscriber has read its backlog and takes events only from the queue."""


class RunFeed:
    """The one store-level subscription to a run in this process, fanned out to its followers' queues.

    Events appended in this process are handed over by :meth:`deliver` without touching the database. The
    feed's task reads the log only to fill a gap (``seq`` jumped ahead of ``last``) and, every ``poll``
    seconds or on a notifier wake-up not explained by a local delivery, to pick up appends of other processes.
    Everything up to ``last`` has reached every follower that existed when it was pushed; later followers read
    their backlog from the log after registering, so nothing is lost; followers drop seqs they already have.
    """

    def __init__(self, run_id: str, channel: str, notifier: Notifier, head: Head, read: Reader,
                 poll: float) -> None:
        self.run_id = run_id
        self.followers: set[Follower] = set()
        self.last: int | None = None
        """The highest seq pushed to the followers (None until the feed knows where the log is)."""
        self._channel = channel
        self._notifier = notifier
        self._head = head
        self._read = read
        self._poll = poll
        self._fill = asyncio.Event()
        self._delivered = False
        self._stopping = False
        self._pushed = False
        self._task: asyncio.Task[None] | None = None

    def add(self, after: int) -> Follower:
        """Register a follower positioned at ``after`` (register before reading the backlog)."""
        follower = Follower(after)
        self.followers.add(follower)
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name=f"feed:{self.run_id}")
        return follower

    def discard(self, follower: Follower) -> bool:
        """Unregister a follower; True when the feed has none left (and its task was asked to stop)."""
        self.followers.discard(follower)
        return not self.followers

    def stop(self) -> asyncio.Task[None] | None:
        """Ask the feed's task to end (at its next wait, never in the middle of a query); returns the task."""
        task, self._task = self._task, None
        self._stopping = True
        self._fill.set()
        return task

    def close(self) -> asyncio.Task[None] | None:
        """Tell every follower the store closed, and stop; returns the task to await."""
        for follower in self.followers:
            follower.queue.put_nowait(CLOSED)
        return self.stop()

    def deliver(self, batch: list[Event]) -> None:
        """Hand over events just committed in this process (in seq order); a gap makes the feed read the log."""
        self._delivered = True
        fresh = batch if self.last is None else [event for event in batch if event.seq > self.last]
        if not fresh:
            return
        if self.last is None or fresh[0].seq != self.last + 1:
            self._fill.set()
            return
        self._push(fresh)

    def _push(self, batch: list[Event]) -> None:
        for follower in self.followers:
            for event in batch:
                follower.queue.put_nowait(event)
        self.last = batch[-1].seq
        self._pushed = True

    def settle(self, seq: int) -> None:
        """A follower has read the log up to ``seq`` by itself; until the feed has pushed anything, it starts
        after the lowest such seq (so it never re-reads what its followers just read)."""
        if not self._pushed:
            self.last = seq if self.last is None else min(self.last, seq)

    async def _catch_up(self) -> None:
        """Push whatever the log holds after ``last`` (after the furthest-behind follower when still unknown)."""
        head = await self._head(self.run_id)
        if head is None:
            return
        if self.last is None:  # a local append came before any follower settled: start from the lowest
            if not self.followers:
                return
            self.last = min(follower.after for follower in self.followers)
        while self.last < head:
            batch = [event for event in await self._read(self.run_id, self.last, _FILL_PAGE) if event.seq > self.last]
            if not batch:
                return
            self._push(batch)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        due = loop.time() + self._poll
        while not self._stopping:
            ticket = self._notifier.ticket(self._channel)
            now = loop.time()
            if self._fill.is_set() or (self.last is not None and now >= due):
                self._fill.clear()
                self._delivered = False
                with contextlib.suppress(Exception):  # the database is briefly unavailable: the next poll retries
                    await self._catch_up()
                due = loop.time() + self._poll
            elif now >= due:  # nobody settled yet: the followers are still reading the log themselves
                due = now + self._poll
            woken = loop.create_task(ticket.wait(max(0.0, due - loop.time())))
            filling = loop.create_task(self._fill.wait())
            try:
                await asyncio.wait((woken, filling), return_when=asyncio.FIRST_COMPLETED)
            finally:
                woken.cancel()
                filling.cancel()
            fired = woken.done() and not woken.cancelled() and woken.result()
            if fired and not self._delivered:
                due = loop.time()  # a wake-up nobody here explains: another process appended
            self._delivered = False


class RunFeeds:
    """The run feeds of one store object, made on first subscription and dropped with their last follower."""

    def __init__(self, notifier: Notifier, head: Head, read: Reader, poll: float) -> None:
        self._notifier = notifier
        self._head = head
        self._read = read
        self._poll = poll
        self._feeds: dict[str, RunFeed] = {}
        self._ending: set[asyncio.Task[None]] = set()

    def follow(self, run_id: str, channel: str, after: int) -> tuple[RunFeed, Follower]:
        """The run's feed (made if needed) and a new follower on it at ``after``."""
        feed = self._feeds.get(run_id)
        if feed is None:
            feed = RunFeed(run_id, channel, self._notifier, self._head, self._read, self._poll)
            self._feeds[run_id] = feed
        return feed, feed.add(after)

    def leave(self, feed: RunFeed, follower: Follower) -> None:
        """Unregister a follower; the feed goes when it has none left."""
        if not feed.discard(follower):
            return
        if self._feeds.get(feed.run_id) is feed:
            del self._feeds[feed.run_id]
        task = feed.stop()
        if task is not None and not task.done():
            self._ending.add(task)
            task.add_done_callback(self._ending.discard)

    def deliver(self, run_id: str, batch: list[Event]) -> None:
        """Hand events just appended in this process to the run's followers, if it has any."""
        feed = self._feeds.get(run_id)
        if feed is not None and batch:
            feed.deliver(batch)

    async def aclose(self) -> None:
        """Wake every follower with CLOSED and wait for every feed's task to end."""
        tasks = [feed.close() for feed in self._feeds.values()]
        self._feeds.clear()
        await asyncio.gather(*(task for task in [*tasks, *self._ending] if task is not None), return_exceptions=True)
