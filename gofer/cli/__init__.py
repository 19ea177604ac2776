"""The ``gofer`` command (Typer + Rich). Sub-commands live in the modules of this package."""

from __future__ import annotations

import faulthandler
import importlib
import signal

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="gofer",
    help="An autonomous agent with its own computer: browser, terminal, Python kernel and files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules that add commands to ``app`` when imported (each calls app.command / app.add_typer).
_COMMAND_MODULES = ("run", "runs", "server", "guard", "demo", "worker")


def _load_commands() -> None:
    for name in _COMMAND_MODULES:
        try:
            importlib.import_module(f"gofer.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"gofer.cli.{name}":
                raise


def main() -> None:
    """Entry point of the ``gofer`` console script."""
    # `kill -USR1 PID` prints every thread's stack: how to see where a stuck gofer is.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    _load_commands()
    app()
