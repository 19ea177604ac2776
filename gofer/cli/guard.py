"""``gofer guard``: the safety layer's command-line tools (the prompt-injection scanner)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from gofer.cli import app

__all__ = ["guard_app", "scan_command"]

guard_app = typer.Typer(help="Safety tools: scan text for prompt injection.", no_args_is_help=True)
app.add_typer(guard_app, name="guard")


@guard_app.command("scan")
def scan_command(
    file: str = typer.Argument("-", help="File to scan, or - for standard input."),
) -> None:
    """Print the detector's verdict on a text as JSON: {"score", "verdict", "spans"}."""
    from gofer.safety.detector import scan

    if file == "-":
        text = sys.stdin.read()
    else:
        path = Path(file)
        if not path.is_file():
            typer.echo(f"gofer guard scan: no such file: {file}", err=True)
            raise typer.Exit(2)
        text = path.read_text(encoding="utf-8", errors="replace")
    typer.echo(json.dumps(scan(text).to_dict(), ensure_ascii=False))
