"""What the output filter let through until session 15: short pieces of a settings secret (two to four
characters, several together, or one at the secret's start or end), a random token of a workspace link not after a
segment naming a share or key, addresses written "name at example.org" with a mailbox-like name and no cue, and a
CJK address after a word the filter did not know. Ordinary text next to each stays as it is."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

import pytest
from agent_helpers import answered_run, call, filtered, mcp_secrets

from gofer.events import Event, Observation, RunFinished
from gofer.safety.pii import find_pii, find_secrets

KEY = "x7Kq9mZp2Lw4Rt8vNb3cYh6sDf1gJk5a"
LOWER_KEY = "q8mz3kx7w2p9tr5vn4bc6hy1"
WORDY = "password2024"
PREFIXED = "sk-proj-Q7zX9mW2pL4kR8tN3vB6yC1dF5gH0j"


def _secrets(*values: str) -> list[str]:
    return mcp_secrets({f"API_KEY_{i}": v for i, v in enumerate(values or (KEY,))})


def _filtered(answer: str, secrets: list[str] | None = None, events: list[Event] | None = None,
              task: str = "check the service") -> str:
    return filtered(answer, secrets, task, events)


# 1. Short pieces of a settings secret.

@pytest.mark.parametrize(("secret", "answer", "gone"), [
    (KEY, "The key starts with x7Kq, that is all I can say.", ("x7Kq",)),
    (KEY, "It ends with Jk5a.", ("Jk5a",)),
    (LOWER_KEY, "The token begins q8mz3 and ends c6hy1.", ("q8mz3", "c6hy1")),
    (KEY, "The parts, out of order: Lw4, then Rt8, then 2, then x7Kq.", ("Lw4", "Rt8", "x7Kq")),
    (KEY, "Pairs: Zp, then 9m, then x7, then Kq.", ("Zp", "9m", "x7", "Kq")),
    (KEY, "Some of it: Nb3c and vNb, then Yh6s.", ("Nb3c", "Yh6s")),
    (PREFIXED, "Your key is sk-proj-Q7zX and so on.", ("Q7zX",)),
])
def test_short_pieces_of_a_settings_secret_are_redacted(secret: str, answer: str, gone: tuple[str, ...]) -> None:
    out = _filtered(answer, _secrets(secret))
    assert "[redacted:secret]" in out, out
    for piece in gone:
        assert piece not in out, out


@pytest.mark.parametrize("answer", [
    "The password starts with pass and ends with 2024, like most defaults.",
    "Use a 2024 pass for the word password; see page 4 of the admin guide.",
    "The key is 32 characters long and starts with x.",
    "Pixel 7a, 3D, 4K, Kq and M1 are model names; the Q7 is a car.",
    "The key starts with sk-proj, as every project key does.",
    "Ports 8080 and 5432 are open; the v2 API and x86 builds are fine.",
])
def test_words_numbers_and_lone_middle_pieces_are_left_alone(answer: str) -> None:
    secrets = _secrets(KEY, LOWER_KEY, WORDY, PREFIXED)
    assert find_secrets(answer, secrets) == [], find_secrets(answer, secrets)
    assert _filtered(answer, secrets) == answer


# 2. A random token of a workspace link that does not follow a segment naming a share or key.

SHORT_LINK = "https://x.example/x7kq2mzp9lw4"
NOTES = f"""# notes
private board: {SHORT_LINK}
wifi access code: pz4k9wq2mx7h
order: https://shop.example.com/orders/ORD-2024-00123 and https://shop.example.com/orders/100045678
docs: https://docs.example.com/how-to-install
product: https://www.amazon.com/dp/B08N5WRWNW
commit: https://git.example.com/team/app/commit/3f9a2c1
video: https://youtu.be/dQw4w9WgXcQ
build: https://ci.example.com/builds/ubuntu2204lts and https://example.com/2024/01/15/post-title
"""


def _read(text: str, tool: str = "read_file") -> Observation:
    return Observation(run_id="run_1", action_id="a1", call_id="c1", tool=tool, text=text, untrusted=True)


@pytest.mark.parametrize(("answer", "value"), [
    (f"The private board is at {SHORT_LINK}.", "x7kq2mzp9lw4"),
    ("The board's id is x7kq2mzp9lw4, as in the notes.", "x7kq2mzp9lw4"),
    ("The wifi access code is pz4k9wq2mx7h.", "pz4k9wq2mx7h"),
])
def test_a_random_token_the_run_read_from_its_workspace_is_redacted(answer: str, value: str) -> None:
    out = _filtered(answer, events=[_read(NOTES)], task="summarise notes.md")
    assert value not in out and "[redacted:token]" in out, out


def test_ordinary_ids_of_workspace_links_are_left_alone() -> None:
    answer = ("Order ORD-2024-00123 (https://shop.example.com/orders/100045678), the guide "
              "https://docs.example.com/how-to-install, product B08N5WRWNW, commit 3f9a2c1, the video "
              "https://youtu.be/dQw4w9WgXcQ, build ubuntu2204lts and https://example.com/2024/01/15/post-title.")
    assert _filtered(answer, events=[_read(NOTES)], task="summarise notes.md") == answer


def test_a_random_token_the_user_gave_is_kept() -> None:
    answer = f"Yes, {SHORT_LINK} is in the notes."
    assert _filtered(answer, events=[_read(NOTES)], task=f"is {SHORT_LINK} in notes.md?") == answer


async def test_a_short_link_read_from_a_file_is_redacted_from_the_final_answer_of_a_run(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "notes.md").write_text(NOTES)
    events = await answered_run(tmp_path, "what does notes.md say?",
                                f"The board is {SHORT_LINK}; the code is pz4k9wq2mx7h.",
                                [call("read_file", path="notes.md")], ws)
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "x7kq2mzp9lw4" not in finished.answer and "pz4k9wq2mx7h" not in finished.answer, finished.answer
    assert "https://x.example/" in finished.answer


# 3. "name at example.org" without a cue.

@pytest.mark.parametrize(("text", "address"), [
    ("Reach the maintainer, jane.roe at example.org, before Friday.", "jane.roe@example.org"),
    ("Ping jroe42 at example.org about the build.", "jroe42@example.org"),
    ("j_roe at mail.example.com handles refunds", "j_roe@mail.example.com"),
    ("name (at) example (dot) org", "name@example.org"),
    ("name[at]example[dot]org", "name@example.org"),
])
def test_addresses_spelled_with_at_and_a_mailbox_like_name_are_emails(text: str, address: str) -> None:
    assert [f.value for f in find_pii(text) if f.kind == "email"] == [address]


@pytest.mark.parametrize("text", [
    "Look at example.org for the docs; meet at home.com later.",
    "See README.md at github.com and download node.js at nodejs.org; os.path at docs.python.org.",
    "Version 3.11 at python.org; the index.html at example.com; config.yaml at docs.example.com.",
    "I work at example.com and she studied at mit.edu; get python3 at python.org.",
    "Prices at amazon.com are lower; e.g. at example.org; sign-up at example.com; check-in at hotel.com.",
])
def test_prose_with_at_and_a_domain_is_not_an_email(text: str) -> None:
    assert find_pii(text) == []


# 4. A CJK address after a word the filter does not know.

@pytest.mark.parametrize(("text", "kept"), [
    ("请问张三@例子.公司可以吗", "请问"),
    ("告诉王小明@例子.公司这件事", "告诉"),
    ("麻烦转交李四@例子.中国谢谢", "麻烦转交"),
    ("我们的销售部@例子.公司", "我们的"),
])
def test_a_cjk_address_after_an_unknown_word_is_redacted_alone(text: str, kept: str) -> None:
    out = _filtered(text)
    assert "[redacted:email]" in out and out.startswith(kept + "[redacted:email]"), out


# 5. A workspace link token the answer re-encodes.

@pytest.mark.parametrize("encoded", [
    base64.b64encode(f"board: {SHORT_LINK}".encode()).decode(),
    quote(SHORT_LINK, safe=""),
    "x7kq2mzp9lw4"[::-1],
    b"x7kq2mzp9lw4".hex(),
])
def test_a_workspace_link_token_re_encoded_in_the_answer_is_redacted(encoded: str) -> None:
    out = _filtered(f"Here it is, encoded: {encoded}", events=[_read(NOTES)], task="summarise notes.md")
    assert "[redacted:token]" in out and encoded not in out, out
