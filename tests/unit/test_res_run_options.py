"""A run option gofer does not know (a typo such as ``confirmaton``) is refused when the run is created, on every
way in: the service the CLI uses here, the API and the SDK in tests/e2e/test_res_run_options_api.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.runtime.options import RUN_OPTIONS
from gofer.runtime.service import InvalidRunError

GOFER = Path(__file__).resolve().parents[2] / "gofer"


async def test_a_misspelt_option_is_refused_naming_it_and_the_known_ones(tmp_path: Path) -> None:
    spec = script(tmp_path, [{"tool_calls": [call("finish", answer="ok")]}])
    async with gofer_env() as env:
        with pytest.raises(InvalidRunError) as caught:
            await env.service.create_run("t", spec, workspace=tmp_path / "ws",
                                         options={"confirmaton": "never", "watch": True}, start=False)
        message = str(caught.value)
        assert message.startswith("options: unknown run option 'confirmaton' (did you mean 'confirmation'?)")
        assert all(name in message for name in RUN_OPTIONS)
        assert await env.store.list_runs() == []
        # Every known option (with a value the guard takes) is accepted.
        ok = {"confirmation": "always", "taint_steps": None, "checks_disabled": [], "allow_domains": [],
              "deny_domains": ["x.example"], "watch": True, "watch_categories": ["bank"], "watch_domains": [],
              "output_pii": "redact", "trusted_destinations": [], "scan_trusted_observations": True, "demo": "d"}
        assert set(ok) == set(RUN_OPTIONS)
        await env.service.create_run("t", spec, workspace=tmp_path / "ws", options=ok, start=False)


def test_every_option_the_code_reads_is_a_known_one() -> None:
    """The list cannot fall behind the readers: each ``options.get("x")`` / ``opts.get("x")`` in gofer names one."""
    read = set()
    for path in GOFER.rglob("*.py"):
        if path.name == "pytest_risk.py":  # pytest's ini options, not a run's
            continue
        read |= set(re.findall(r"\b(?:options|opts)\.get\(\"(\w+)\"", path.read_text()))
    assert read and read <= set(RUN_OPTIONS), read - set(RUN_OPTIONS)
