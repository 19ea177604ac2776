"""`gofer serve` and `gofer worker` serve other people's runs: GOFER_NETWORK=all (the host's own network in every
sandbox) is refused there unless the operator also sets GOFER_ALLOW_PRIVATE_NETWORK=1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gofer.cli import _load_commands, app
from gofer.cli._common import shared_network_problem
from gofer.config import Settings


def test_the_host_network_is_a_problem_only_when_private_addresses_are_not_allowed() -> None:
    assert shared_network_problem(Settings(network="internet")) is None
    assert shared_network_problem(Settings(network="all", allow_private_network=True)) is None
    problem = shared_network_problem(Settings(network="all", allow_private_network=False))
    assert problem is not None and "GOFER_NETWORK=internet" in problem


@pytest.mark.parametrize("command", [["serve", "--port", "1"], ["worker"]])
def test_serve_and_worker_refuse_the_host_network(command: list[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOFER_HOME", str(tmp_path))
    monkeypatch.setenv("GOFER_NETWORK", "all")
    monkeypatch.delenv("GOFER_ALLOW_PRIVATE_NETWORK", raising=False)
    _load_commands()
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 1
    assert "GOFER_NETWORK=all gives every sandbox" in result.output
