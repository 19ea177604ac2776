"""Wake-ups for subscribers and inbox waiters.

The store publishes on a channel (``events:RUN`` or ``commands:RUN``) after each commit. A waiter takes a
ticket *before* it looks at the database, then waits on the ticket, so a publish between the look and the
wait is never lost. :class:`LocalNotifier` reaches waiters in this process only; other processes are seen by
the store's polling. A Redis-backed notifier can implement the same three methods to replace the polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from typing import Protocol

__all__ = ["LocalNotifier", "Notifier", "Ticket"]


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
