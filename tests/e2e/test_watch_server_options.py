"""Over the API a run's options may only tighten the guard the deployment set: keeping personal data in answers
(``output_pii: allow``) and trusting destinations for the data-flow rule (``trusted_destinations``) need the
deployment's settings first (GOFER_OUTPUT_PII, GOFER_TRUSTED_DESTINATIONS)."""

from __future__ import annotations

from pathlib import Path

import httpx

from gofer.config import Settings
from gofer.server.testing import LiveServer, scripted_model, wait_event

CARD = "4111 1111 1111 1111"


def _post(client: httpx.Client, model: str, options: dict[str, object]) -> httpx.Response:
    return client.post("/v1/runs", json={"task": "read me my card number", "model": model, "options": options})


def _refused(r: httpx.Response, field: str) -> bool:
    return r.status_code == 422 and r.json()["error"]["details"][0]["field"] == field


def test_a_run_cannot_loosen_what_the_deployment_did_not(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [{"tool_calls": [{"name": "finish", "arguments": {"answer": "x"}}]}])
    with LiveServer(Settings(allow_scripted_models=True)) as server:
        client = server.client(server.user_key("alice"))
        r = _post(client, model, {"output_pii": "allow"})
        assert _refused(r, "options.output_pii"), r.text
        assert "GOFER_OUTPUT_PII" in r.json()["error"]["message"]
        r = _post(client, model, {"trusted_destinations": ["collect.example", "mcp:chat"]})
        assert _refused(r, "options.trusted_destinations"), r.text
        assert "collect.example" in r.json()["error"]["message"]
        r = _post(client, model, {"output_pii": "show everything"})
        assert _refused(r, "options.output_pii"), r.text
        assert client.get("/v1/runs").json()["runs"] == []
        # Tightening is always fine.
        assert _post(client, model, {"output_pii": "redact", "trusted_destinations": []}).status_code == 201


def test_the_deployment_can_loosen_and_a_run_can_tighten_again(tmp_path: Path) -> None:
    model = scripted_model(tmp_path / "m.yaml", [
        {"tool_calls": [{"name": "finish", "arguments": {"answer": f"Your card is {CARD}."}}]},
    ])
    settings = Settings(allow_scripted_models=True, output_pii="allow", trusted_destinations=["api.example.com"])
    with LiveServer(settings) as server:
        client = server.client(server.user_key("alice"))
        assert _refused(_post(client, model, {"trusted_destinations": ["evil.example"]}),
                        "options.trusted_destinations")
        kept = _post(client, model, {"trusted_destinations": ["api.example.com"]})
        assert kept.status_code == 201, kept.text
        assert CARD in wait_event(client, kept.json()["id"], "RunFinished")["answer"]
        tightened = _post(client, model, {"output_pii": "redact"})
        assert tightened.status_code == 201, tightened.text
        answer = wait_event(client, tightened.json()["id"], "RunFinished")["answer"]
        assert CARD not in answer and "[redacted:" in answer
