"""``gofer serve`` and the accounts around it: ``gofer users create/list`` and ``gofer keys create/list/revoke``."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer
from rich.console import Console
from rich.table import Table

from gofer.cli import app
from gofer.cli._common import shared_network_problem
from gofer.config import Settings
from gofer.store.base import EventStore, NotFoundError, StoreError

__all__ = ["keys_app", "serve", "users_app"]

T = TypeVar("T")

err = Console(stderr=True)
out = Console()

users_app = typer.Typer(help="People who may use the server.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys (shown once, stored hashed).", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(keys_app, name="keys")

LOCAL_USER = "local"


def _with_store(settings: Settings, fn: Callable[[EventStore], Awaitable[T]]) -> T:
    from gofer.store import open_store

    async def go() -> T:
        store = await open_store(settings.db_url)
        try:
            return await fn(store)
        finally:
            await store.close()

    return asyncio.run(go())


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(1)


@users_app.command("create")
def users_create(name: str = typer.Argument(..., help="The user's name (unique).")) -> None:
    """Create a user; prints its id."""

    async def go(store: EventStore) -> str:
        try:
            await store.get_user_by_name(name)
        except NotFoundError:
            return (await store.create_user(name)).id
        raise _fail(f"a user named {name!r} exists already")

    typer.echo(_with_store(Settings(), go))


@users_app.command("list")
def users_list() -> None:
    """List users."""
    users = _with_store(Settings(), lambda s: s.list_users())
    table = Table("id", "name", "created")
    for u in users:
        table.add_row(u.id, u.name, u.created_at.isoformat(timespec="seconds"))
    out.print(table)


async def _user_id(store: EventStore, user: str) -> str:
    try:
        return (await store.get_user_by_name(user)).id
    except NotFoundError:
        try:
            return (await store.get_user(user)).id
        except NotFoundError:
            raise _fail(f"no user {user!r} (gofer users create NAME)") from None


@keys_app.command("create")
def keys_create(
    user: str = typer.Argument(..., help="The user's name or id."),
    runs_per_day: float | None = typer.Option(None, help="Quota: runs started per day."),
    tokens_per_month: float | None = typer.Option(None, help="Quota: model tokens per month."),
    cost_per_month: float | None = typer.Option(None, help="Quota: USD per month."),
) -> None:
    """Create an API key; the key alone is printed on the last line of stdout (it is never shown again)."""
    quotas = {k: v for k, v in (("runs_per_day", runs_per_day), ("tokens_per_month", tokens_per_month),
                                ("cost_per_month", cost_per_month)) if v is not None}

    async def go(store: EventStore) -> tuple[str, str]:
        record, secret = await store.create_api_key(await _user_id(store, user), quotas=quotas or None)
        return record.id, secret

    key_id, secret = _with_store(Settings(), go)
    err.print(f"key {key_id} for {user} (store it now; it is not shown again)")
    typer.echo(secret)


@keys_app.command("list")
def keys_list(user: str = typer.Argument(..., help="The user's name or id.")) -> None:
    """List a user's keys (without secrets)."""

    async def go(store: EventStore) -> list[tuple[str, str, str, str]]:
        keys = await store.list_api_keys(await _user_id(store, user))
        return [(k.id, k.prefix, k.created_at.isoformat(timespec="seconds"),
                 k.revoked_at.isoformat(timespec="seconds") if k.revoked_at else "") for k in keys]

    table = Table("id", "prefix", "created", "revoked")
    for row in _with_store(Settings(), go):
        table.add_row(*row)
    out.print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: str = typer.Argument(..., help="The key's id (gofer keys list USER).")) -> None:
    """Revoke a key; it stops working at once."""

    async def go(store: EventStore) -> None:
        try:
            await store.revoke_api_key(key_id)
        except (NotFoundError, StoreError) as exc:
            raise _fail(str(exc)) from None

    _with_store(Settings(), go)
    err.print(f"revoked {key_id}")


def _local_key(settings: Settings) -> str:
    async def go(store: EventStore) -> str:
        try:
            user = await store.get_user_by_name(LOCAL_USER)
        except NotFoundError:
            user = await store.create_user(LOCAL_USER)
        _, secret = await store.create_api_key(user.id)
        return secret

    return _with_store(settings, go)


@app.command()
def serve(
    host: str | None = typer.Option(None, help="Address to bind (default 127.0.0.1, GOFER_HOST)."),
    port: int | None = typer.Option(None, help="Port (default 8000, GOFER_PORT)."),
    local: bool = typer.Option(False, "--local", help="Single-user mode: bind 127.0.0.1 and print a key."),
    log_level: str = typer.Option("info", help="uvicorn's log level."),
) -> None:
    """Run the HTTP API and the web UI (SQLite and an in-process runner by default)."""
    import uvicorn

    from gofer.server import create_app

    settings = Settings()
    if "GOFER_ALLOW_PRIVATE_NETWORK" not in os.environ:
        settings.allow_private_network = False
    problem = None if local else shared_network_problem(settings)
    if problem:
        raise _fail(problem)
    bind = "127.0.0.1" if local else (host or settings.host)
    if local and host not in (None, "127.0.0.1", "localhost"):
        raise _fail("--local binds 127.0.0.1 only")
    the_port = port or settings.port
    if local:
        secret = _local_key(settings)
        err.print(f"gofer is serving http://{bind}:{the_port}/ for the local user; sign in with this key:")
        typer.echo(secret)
    # Events are small JSON objects sent to many subscribers: compressing each frame per client costs more
    # than it saves.
    uvicorn.run(create_app(settings), host=bind, port=the_port, log_level=log_level, proxy_headers=False,
                timeout_graceful_shutdown=5, ws_per_message_deflate=False)
