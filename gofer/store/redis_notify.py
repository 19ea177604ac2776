"""RedisNotifier: the store's Notifier across processes, over Redis pub/sub.

Each publish fires this process's tickets at once and is sent on ``PREFIX:notify:CHANNEL`` with the sender's
id; every other process's listener fires its own tickets for that channel. So an API replica streaming a run
that a worker drives, and a worker waiting for an approval sent through any replica, wake within a network
round trip instead of the store's poll interval. When the connection to Redis drops, the listener
reconnects and fires every ticket (a wake-up may have been missed); the store's polling covers the gap.

``notifier = await RedisNotifier.connect(url, prefix)`` subscribes before it returns; ``open_store(url,
notifier=notifier)`` then uses it, and the store's ``close()`` closes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
import weakref

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.exceptions import RedisError

from gofer.store.notify import Ticket

__all__ = ["RedisNotifier"]

log = logging.getLogger("gofer.store.redis")

_RECONNECT_DELAY = 0.5
"""Seconds between attempts to subscribe again after the connection to Redis dropped."""


class RedisNotifier:
    """A Notifier whose publishes reach every process subscribed to the same Redis and prefix."""

    def __init__(self, client: Redis, prefix: str = "gofer") -> None:
        self.client = client
        self.prefix = f"{prefix}:notify:"
        self.sender = uuid.uuid4().hex
        """This notifier's id: its own messages coming back from Redis are ignored."""
        self._tickets: weakref.WeakValueDictionary[str, Ticket] = weakref.WeakValueDictionary()
        self._pubsub: PubSub | None = None
        self._listener: asyncio.Task[None] | None = None
        self._closed = False

    @classmethod
    async def connect(cls, url: str, prefix: str = "gofer") -> RedisNotifier:
        """A notifier on the Redis at ``url``, already subscribed."""
        notifier = cls(Redis.from_url(url), prefix)
        try:
            await notifier.start()
        except BaseException:
            await notifier.aclose()
            raise
        return notifier

    async def start(self) -> None:
        """Subscribe and start listening (publishes from other processes fire tickets from now on)."""
        if self._listener is None:
            self._pubsub = await self._subscribe()
            self._listener = asyncio.get_running_loop().create_task(self._listen(), name="gofer-redis-notifier")

    async def _subscribe(self) -> PubSub:
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.psubscribe(self.prefix + "*")
        except BaseException:
            await pubsub.aclose()
            raise
        return pubsub

    def ticket(self, channel: str) -> Ticket:
        """A ticket that the next publish on ``channel``, from any process, fires (shared until then)."""
        current = self._tickets.get(channel)
        if current is None or current.fired:
            current = Ticket()
            self._tickets[channel] = current
        return current

    def _fire(self, channel: str) -> None:
        current = self._tickets.pop(channel, None)
        if current is not None:
            current.fire()

    async def publish(self, channel: str) -> None:
        """Fire this process's tickets of ``channel`` and tell the other processes."""
        self._fire(channel)
        if self._closed:
            return
        try:
            await self.client.publish(self.prefix + channel, self.sender)
        except (RedisError, OSError) as exc:  # the others' polling picks the change up
            log.warning("could not publish %s on Redis: %s", channel, exc)

    async def _listen(self) -> None:
        while not self._closed:
            pubsub = self._pubsub
            try:
                if pubsub is None:
                    pubsub = self._pubsub = await self._subscribe()
                    self._fire_all()  # publishes while disconnected were missed
                message = await pubsub.get_message(timeout=1.0)
            except (RedisError, OSError) as exc:
                log.warning("lost the Redis notifier connection: %s", exc)
                if pubsub is not None:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()
                self._pubsub = None
                await asyncio.sleep(_RECONNECT_DELAY)
                continue
            if message is None or message.get("type") != "pmessage":
                continue
            data = message.get("data")
            sender = data.decode() if isinstance(data, bytes) else str(data)
            if sender == self.sender:
                continue
            raw = message.get("channel")
            name = raw.decode() if isinstance(raw, bytes) else str(raw)
            self._fire(name[len(self.prefix):])

    def _fire_all(self) -> None:
        for channel in list(self._tickets.keys()):
            self._fire(channel)

    async def aclose(self) -> None:
        """Stop listening, fire every ticket and close the connection."""
        self._closed = True
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
            self._listener = None
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()
            self._pubsub = None
        self._fire_all()
        with contextlib.suppress(Exception):
            await self.client.aclose()
