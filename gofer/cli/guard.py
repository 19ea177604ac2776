"""``gofer guard``: the safety layer's command-line tools (the prompt-injection scanner)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

from gofer.cli import app
from gofer.cli.render import json_line

__all__ = ["guard_app", "scan_command"]

guard_app = typer.Typer(help="Safety tools: scan text for prompt injection.", no_args_is_help=True)
app.add_typer(guard_app, name="guard")


@guard_app.command("scan")
def scan_command(
    file: str = typer.Argument("-", help="File to scan, or - for standard input."),
) -> None:
    """Print the detector's verdict on a text as JSON: {"score", "verdict", "spans"}."""
    from gofer.safety.detector import scan

    # Bytes that are not UTF-8 become U+FFFD, from a file or from standard input alike, so the JSON printed is
    # always valid UTF-8.
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(file)
        if not path.exists():
            _refuse(f"no such file: {file}")
        if path.is_dir():
            _refuse(f"{file} is a directory; give a file, or - for standard input")
        try:
            data = path.read_bytes()
        except OSError as exc:
            _refuse(f"cannot read {file}: {exc.strerror or exc}")
    text = data.decode("utf-8", errors="replace")
    typer.echo(json_line(scan(text).to_dict()))


def _refuse(message: str) -> NoReturn:
    typer.echo(f"gofer guard scan: {message}", err=True)
    raise typer.Exit(2)
