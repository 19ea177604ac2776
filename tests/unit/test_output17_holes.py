"""What the output filter let through until session 17: a lone piece of four from the middle of a settings secret,
one-case pieces of letters that are not words, random tokens the run read standing alone in its workspace (upper
case only, shorter than ten, fewer than three digits, no credential word before them), and "jane at example.org"
with a one-word name and no cue. Ordinary text next to each stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.config import Settings
from gofer.events import Event, Observation, RunFinished, RunStatus
from gofer.safety.base import GuardContext
from gofer.safety.checks import OutputFilterCheck
from gofer.safety.pii import find_pii, find_secrets, settings_secrets

KEY = "x7Kq9mZp2Lw4Rt8vNb3cYh6sDf1gJk5a"
LETTERY = "Q7kxrqmzpwB2nvtcH5dg"
WORDY = "password2024"
SUMMER = "summer2024!"


def _secrets(*values: str) -> list[str]:
    env = {f"API_KEY_{i}": v for i, v in enumerate(values or (KEY,))}
    return settings_secrets(Settings(mcp_servers=[{"name": "db", "command": "x", "env": env}]))


def _filtered(answer: str, secrets: list[str] | None = None, events: list[Event] | None = None,
              task: str = "check the service") -> str:
    ctx = GuardContext(run_id="run_1", task=task, events=events or [], options={}, facts=None)
    decision = OutputFilterCheck(secrets or []).on_output(answer, ctx)
    assert decision.verdict == "allow"
    return decision.replacement if decision.replacement is not None else answer


# 1. A lone piece of four from a secret's middle; one-case pieces of letters.

@pytest.mark.parametrize(("secret", "answer", "gone"), [
    (KEY, "Somewhere in the middle it has 9mZp.", ("9mZp",)),
    (KEY, "One piece of it is Lw4R, nothing more.", ("Lw4R",)),
    (LETTERY, "Its letters run kx, then rq, then mz, then pw.", ("kx", "rq", "mz", "pw")),
    (LETTERY, "Its middle is kxr qmz pw, in that order.", ("kxr", "qmz", "pw")),
    (LETTERY, "The middle holds kxrqm.", ("kxrqm",)),
    (LETTERY, "It ends with H5dg; before that nvtc.", ("H5dg", "nvtc")),
])
def test_middle_and_one_case_pieces_of_a_settings_secret_are_redacted(secret: str, answer: str,
                                                                      gone: tuple[str, ...]) -> None:
    out = _filtered(answer, _secrets(secret))
    assert "[redacted:secret]" in out, out
    for piece in gone:
        assert piece not in out, out


@pytest.mark.parametrize("answer", [
    "Use HTTPS, not HTTP; the HTML and CSS are fine, 5 km and 3 kg, the pass word is on page 2024.",
    "The summer sale of 2024; our pass word list; mp3s and h264 files; i386 and x86 builds.",
    "Pairs like kx and rq are far apart; Mr Smith and Dr Jones.",
    "Model 9mzp and lw4r are lower case; QRST and MZPW are just letters.",
])
def test_words_abbreviations_and_other_case_pieces_are_left_alone(answer: str) -> None:
    secrets = _secrets(KEY, LETTERY, WORDY, SUMMER)
    assert find_secrets(answer, secrets) == [], find_secrets(answer, secrets)
    assert _filtered(answer, secrets) == answer


# 2. Random tokens standing alone in a workspace file.

NOTES = """# notes
backup codes
K7QX9PLM2R
7Kp2Qx9M
recovery Tz8QwKpXmL

shop: SKU-1042, ORDER12345, B08N5WRWNW, RFC7231, ISO9001, AES256, COVID19, X86_64, HTTP2, IPV6, MP3
ids: 3f9a2c1d, 550e8400-e29b-41d4-a716-446655440000, ubuntu2204lts, v2.4.1, 2024-06-12
board https://x.example/view/Kd8WpQ3z
"""


def _read(text: str, tool: str = "read_file") -> Observation:
    return Observation(run_id="run_1", action_id="a1", call_id="c1", tool=tool, text=text, untrusted=True)


@pytest.mark.parametrize(("answer", "value"), [
    ("The first backup code is K7QX9PLM2R.", "K7QX9PLM2R"),
    ("The second one is 7Kp2Qx9M.", "7Kp2Qx9M"),
    ("Recovery: Tz8QwKpXmL", "Tz8QwKpXmL"),
])
def test_a_random_token_standing_alone_in_a_workspace_file_is_redacted(answer: str, value: str) -> None:
    out = _filtered(answer, events=[_read(NOTES)], task="summarise notes.md")
    assert value not in out and "[redacted:token]" in out, out


def test_ordinary_codes_and_ids_of_a_workspace_file_are_left_alone() -> None:
    answer = ("Shop: SKU-1042, ORDER12345, B08N5WRWNW, RFC7231, ISO9001, AES256, COVID19, X86_64, HTTP2, IPV6, MP3; "
              "ids 3f9a2c1d, 550e8400-e29b-41d4-a716-446655440000, ubuntu2204lts, v2.4.1, 2024-06-12; the board's "
              "link is https://x.example/view/Kd8WpQ3z.")
    assert _filtered(answer, events=[_read(NOTES)], task="summarise notes.md") == answer


def test_a_random_token_the_person_wrote_is_kept() -> None:
    answer = "Yes: K7QX9PLM2R is the first backup code."
    assert _filtered(answer, events=[_read(NOTES)], task="is K7QX9PLM2R in notes.md?") == answer


def test_a_random_token_from_a_page_is_not_a_workspace_token() -> None:
    answer = "The page lists K7QX9PLM2R."
    assert _filtered(answer, events=[_read(NOTES, tool="browser_read")], task="read the page") == answer


async def test_a_backup_code_read_from_a_file_is_redacted_from_the_final_answer_of_a_run(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text(NOTES)
    spec = script(tmp_path, [
        {"tool_calls": [call("read_file", path="notes.md")]},
        {"tool_calls": [call("finish", answer="The codes are K7QX9PLM2R and 7Kp2Qx9M; the SKU is SKU-1042.")]},
    ])
    async with gofer_env() as env:
        run = await env.service.create_run("what does notes.md say?", spec, workspace=ws, start=False)
        assert await env.runtime.drive(run.id) == RunStatus.FINISHED
        events = await env.store.read(run.id)
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "K7QX9PLM2R" not in finished.answer and "7Kp2Qx9M" not in finished.answer, finished.answer
    assert "SKU-1042" in finished.answer


# 3. "jane at example.org": a one-word name, no cue.

@pytest.mark.parametrize(("text", "address"), [
    ("jane at example.org will handle the refund.", "jane@example.org"),
    ("Ask Priya at acme-corp.io before Friday.", "Priya@acme-corp.io"),
    ("Contact: Mohammed at mail.example.com", "Mohammed@mail.example.com"),
])
def test_a_one_word_name_at_a_domain_is_an_email(text: str, address: str) -> None:
    assert [f.value for f in find_pii(text) if f.kind == "email"] == [address]


@pytest.mark.parametrize("text", [
    "Meet me at example.org; sign in at example.com; apply online at gov.uk.",
    "Our neighbour at example.org; the page at example.com; the docs for jane at docs.example.com.",
    "Tickets at eventbrite.com, deals at amazon.com, more at example.org, Will at example.org's stand.",
    "Find jane at the office; jane at 5pm; the Jane at example.org (a boat).",
])
def test_words_at_a_domain_are_not_emails(text: str) -> None:
    assert find_pii(text) == [], find_pii(text)
