"""Over HTTP a misspelt run option is a 422 naming it and the known ones, before any run exists; the SDK raises
it as InvalidRequestError. The seed API's ``context`` is free-form by its contract and carries no run options."""

from __future__ import annotations

from pathlib import Path

import pytest

from gofer.config import Settings
from gofer.runtime.options import RUN_OPTIONS
from gofer.sdk import Client, InvalidRequestError
from gofer.server.testing import LiveServer, scripted_model


def test_an_unknown_option_is_a_422_over_the_api_and_an_error_in_the_sdk(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        key = server.user_key("alice")
        client = server.client(key)
        r = client.post("/v1/runs", json={"task": "t", "model": model, "options": {"confirmaton": "always"}})
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["details"][0]["field"] == "options.confirmaton"
        assert "unknown run option 'confirmaton' (did you mean 'confirmation'?)" in error["message"]
        assert all(name in error["message"] for name in RUN_OPTIONS)
        with Client(server.url, key) as sdk, pytest.raises(InvalidRequestError, match="'confirmaton'"):
            sdk.create_run("t", model=model, options={"confirmaton": "always"})
        assert client.get("/v1/runs").json()["runs"] == []
        r = client.post("/v1/runs", json={"task": "t", "model": model, "options": {"confirmation": "always"}})
        assert r.status_code == 201, r.text
