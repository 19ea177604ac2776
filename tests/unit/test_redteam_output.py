"""Red team of the output filter and secret masking: a settings secret printed by a tool in another form, a
credential the settings hold somewhere else than a SecretStr, personal data written so that it reads the same but
matches no pattern, and the final answer shown before it was filtered."""

from __future__ import annotations

import base64
import io
import json
import sys
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script
from rich.console import Console

from gofer.agent.context import build_messages
from gofer.cli.render import TraceRenderer
from gofer.config import Settings
from gofer.events import ModelResponded, RunFinished, RunStatus, ToolCall, dump_event
from gofer.safety.base import GuardContext
from gofer.safety.checks import OutputFilterCheck, SecretMaskCheck
from gofer.safety.pii import find_pii, settings_secrets

TOKEN = "ghp_R3dT3amT0kenForTheMcpServer0123456789"
API_KEY = "mcp-query-key-7f3a9c2e"
DB_PASSWORD = "db-pass-9921-zz"


def _ctx(task: str = "summarise the page") -> GuardContext:
    return GuardContext(run_id="run_1", task=task, events=[], options={}, facts=None)


def test_settings_secrets_cover_model_specs_query_parameters_and_mcp_arguments() -> None:
    settings = Settings(
        model="openai-compat:https://proxy:model-proxy-pass@llm.internal/v1#qwen",
        server_models=["openai-compat:https://amy:other-proxy-pass@llm2.internal/v1#m"],
        otlp_endpoint="https://otlp.example/v1/traces?token=otlp-token-5521",
        mcp_servers=[
            {"name": "gh", "command": "mcp-gh", "args": ["--token", TOKEN, "--port", "8080", "--key-file",
                                                         "/etc/gofer/key.pem", "-y", "@scope/server-github"]},
            {"name": "db", "command": "mcp-db", "args": ["--api-key=flag-value-1234"],
             "env": {"DATABASE_URL": f"postgres://app:{DB_PASSWORD}@db.internal/app"}},
            {"name": "web", "url": f"https://mcp.example/mcp?api_key={API_KEY}&region=eu"},
        ],
    )
    found = settings_secrets(settings)
    for secret in ("model-proxy-pass", "other-proxy-pass", "otlp-token-5521", TOKEN, "flag-value-1234",
                   DB_PASSWORD, API_KEY):
        assert secret in found, secret
    for plain in ("8080", "/etc/gofer/key.pem", "@scope/server-github", "eu", "mcp-gh"):
        assert plain not in found, plain


QUOTED = 'pa"ss\\word-4471'


@pytest.mark.parametrize(("secret", "printed"), [
    (TOKEN, base64.b64encode(f"GITHUB_TOKEN={TOKEN}\n".encode()).decode()),
    (TOKEN, base64.b64encode(f"x{TOKEN}yz".encode()).decode()),
    (TOKEN, base64.urlsafe_b64encode(f"ab{TOKEN}".encode()).decode()),
    (TOKEN, TOKEN.encode().hex().upper()),
    (TOKEN, TOKEN[::-1]),
    (QUOTED, json.dumps({"password": QUOTED})),
    ("p@ss/word+with=chars", "GET /login?p=p%40ss%2Fword%2Bwith%3Dchars"),
])
def test_a_settings_secret_printed_encoded_is_masked(secret: str, printed: str) -> None:
    secrets = settings_secrets(Settings(mcp_servers=[{"name": "a", "command": "x", "env": {"SECRET": secret}}]))
    decision = SecretMaskCheck(secrets).on_observation("a_dump", f"output: {printed}\n", True, _ctx())
    assert decision is not None and decision.replacement is not None
    masked = decision.replacement
    assert "[redacted:secret]" in masked
    # What is left cannot be decoded back to more than a few characters of the secret.
    raw = secret.encode()
    for shift in range(3):
        core = base64.b64encode(b"\0" * shift + raw)[4:-4].decode()
        assert core[:10] not in masked and core[:10].replace("+", "-").replace("/", "_") not in masked
    for piece in (secret[:10], secret[-10:]):
        assert piece not in masked and piece[::-1] not in masked and piece.encode().hex() not in masked.lower()


@pytest.mark.parametrize(("text", "kind"), [
    ("Card: 4111.1111.1111.1111", "card"),
    ("Card: 3782.822463.10005", "card"),
    ("Card: 4111\u200b1111\u200b1111\u200b1111", "card"),
    ("Card: " + " ".join(["\uff14\uff11\uff11\uff11"] + ["\uff11" * 4] * 3), "card"),
    ("Write to jane.roe\u200b@\u200bexample.org", "email"),
    ("Write to jane.roe\uff20example.org", "email"),
    ("Mobile: +91 98765 43210", "phone"),
    ("Tel. +33 1 23 45 67 89", "phone"),
    ("Key: sk-proj-\u200bAbCdEfGhIjKlMnOpQrStUvWx", "api_key"),
])
def test_personal_data_written_to_read_the_same_is_still_redacted(text: str, kind: str) -> None:
    decision = OutputFilterCheck([]).on_output(text, _ctx())
    assert decision.replacement is not None and f"[redacted:{kind}]" in decision.replacement, decision.replacement
    left = decision.replacement.replace("\u200b", "")
    assert not any(ch.isdigit() for ch in left.split(":", 1)[1].replace("redacted", "")) or kind == "email"


def test_zero_width_joiners_in_emoji_and_ordinary_numbers_are_left_alone() -> None:
    text = ("Family \U0001f468\u200d\U0001f469\u200d\U0001f467 tickets: order 123456789, total \uff04120.50, "
            "v2.14.1 released 2024-05-01, RFC 9110 section 15.5.1, ISBN 978-3-16-148410-0, "
            "IP 10.0.0.1, OID 1.3.6.1.4.1.11129.2.4.2, +1 2 3, room 1.204, 1,234,567.89 units")
    assert find_pii(text) == []
    decision = OutputFilterCheck([]).on_output(text, _ctx())
    assert decision.replacement is None


def test_the_trace_does_not_show_the_answer_before_the_filter(tmp_path: Path) -> None:
    out = io.StringIO()
    render = TraceRenderer(Console(file=out, width=200, highlight=False))
    card = "4111 1111 1111 1111"
    render(ModelResponded(run_id="run_1", model="m", text=f"The card on the page is {card}."))
    render(RunFinished(run_id="run_1", answer="The card on the page is [redacted:card]."))
    render(ModelResponded(run_id="run_1", model="m", text="Looking at the page next.",
                          tool_calls=[ToolCall(id="c1", name="read_file", arguments={"path": "a"})]))
    shown = out.getvalue()
    assert card not in shown and "[redacted:card]" in shown and "Looking at the page next." in shown


SERVER = '''
import base64, os, sys
from mcp.server.mcpserver import MCPServer
server = MCPServer("leaky", log_level="WARNING")

@server.tool()
def argv() -> str:
    """The server's command line."""
    return " ".join(sys.argv[1:])

@server.tool()
def env_b64() -> str:
    """The server's environment, base64-encoded."""
    dump = "".join(f"{k}={v}\\n" for k, v in sorted(os.environ.items()))
    return base64.b64encode(dump.encode()).decode()

@server.tool()
def env_hex(name: str) -> str:
    """One variable, hex-encoded."""
    return os.environ.get(name, "").encode().hex()

if __name__ == "__main__":
    server.run()
'''


@pytest.mark.slow
async def test_an_mcp_server_printing_its_credentials_leaks_none_into_the_log_or_the_model(tmp_path: Path) -> None:
    path = tmp_path / "leaky.py"
    path.write_text(SERVER)
    server = {"name": "leaky", "command": sys.executable, "args": [str(path), "--token", TOKEN], "risk": "read_only",
              "env": {"DATABASE_URL": f"postgres://app:{DB_PASSWORD}@db.internal/app", "SERVICE_KEY": API_KEY}}
    spec = script(tmp_path, [
        {"tool_calls": [call("leaky_argv"), call("leaky_env_b64"),
                        {"name": "leaky_env_hex", "arguments": {"name": "SERVICE_KEY"}}]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    async with gofer_env(mcp_servers=[server]) as env:
        run = await env.service.create_run("show the server's settings", spec, workspace=tmp_path / "ws",
                                           start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    log = json.dumps([dump_event(e) for e in events])
    seen = "\n".join(str(m.content) for m in build_messages(events))
    assert "[secret]" in log  # the tools did print them
    for text in (log, seen):
        assert TOKEN not in text and DB_PASSWORD not in text and API_KEY.encode().hex() not in text
        for blob in [w for w in text.replace('"', " ").replace("\\n", " ").split() if len(w) > 40]:
            try:
                decoded = base64.b64decode(blob + "==", validate=False).decode(errors="replace")
            except ValueError:
                continue
            assert DB_PASSWORD not in decoded and API_KEY not in decoded and TOKEN not in decoded


def test_an_answer_with_an_iban_like_run_across_lines_is_not_withheld() -> None:
    # The IBAN pattern spans a line break; its check once raised on the newline, and the answer was withheld.
    text = "Codes:\nGB82 WEST\n1234 5698 7654 32 and FR12\n3456 7890 1234"
    decision = OutputFilterCheck([]).on_output(text, _ctx())
    assert decision.verdict == "allow"


async def test_a_credential_in_the_configured_model_spec_never_reaches_the_log_and_the_run_still_resumes(
    tmp_path: Path,
) -> None:
    from gofer.models.base import ModelError
    from gofer.runtime.spec import make_model

    spec = "openai-compat:http://gofer:model-proxy-pass-77@127.0.0.1:9/v1#small"
    async with gofer_env(home=tmp_path / "home", model=spec) as env:
        run = await env.service.create_run("say hi", spec, workspace=tmp_path / "ws", start=False)
        events = await env.store.read(run.id)
        record = await env.store.get_run(run.id)
        assert "model-proxy-pass-77" not in events[0].model_dump_json() and "model-proxy-pass-77" not in record.model
        assert record.model == "openai-compat:http://gofer:[redacted:secret]@127.0.0.1:9/v1#small"
        model = await make_model(record.model, env.settings, env.store, resume_run=run.id)
        assert "model-proxy-pass-77" in str(vars(model))  # the configured spec, credential and all
    async with gofer_env(home=tmp_path / "home2") as other:
        with pytest.raises(ModelError, match="no longer have"):
            await make_model(record.model, other.settings, other.store)


def test_finding_addresses_stays_linear_on_text_full_of_dots() -> None:
    """80 kB of "a." took 15 s when the address pattern could start anywhere in a run (a stalled host); the
    bound is loose (this machine is noisy): quadratic behaviour would take seconds."""
    import time

    started = time.perf_counter()
    assert find_pii("a." * 40_000) == []
    assert time.perf_counter() - started < 2.0
