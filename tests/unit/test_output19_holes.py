"""What the output filter let through until session 19: a two-kind piece of four from the middle of a settings
secret standing alone (``mz3k``), all-letter random tokens standing alone in a workspace file (``QwZkTrPLmxBv``),
and "Will at example.org" with a name off the filter's list when the run read that address. Ordinary text next to
each stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from agent_helpers import answered_run, call, filtered, mcp_secrets

from gofer.events import Observation, RunFinished
from gofer.safety.pii import find_secrets

# 1. A two-kind piece of four from a settings secret's middle, standing alone.

LIVE = "sk_live_ab9mz3kQw7rTx2vLp8nYc4"
UPPER = "SK_LIVE_AB9MZ3KQW7RTX2VLP8NYC4"
# Secrets holding ordinary codes in their middle: the codes stay when an answer names them.
CODES = "sk_live_Ab9qh264Qw7rv2x4Tmp3sLp8nYc4"
WORDS = "sk_live_Ab9q3in1Qw7rmp4aTf64gbLp8nYc4"


@pytest.mark.parametrize(("secret", "answer", "piece"), [
    (LIVE, "The middle of the key is mz3k.", "mz3k"),
    (LIVE, "It has 9mz3 in it, I think.", "9mz3"),
    (UPPER, "Somewhere it reads MZ3K, nothing more.", "MZ3K"),
    (UPPER, "A piece: 9MZ3", "9MZ3"),
    (UPPER, "and also (Z3KQ)", "Z3KQ"),
])
def test_a_two_kind_piece_of_four_from_the_middle_is_redacted(secret: str, answer: str, piece: str) -> None:
    out = filtered(answer, mcp_secrets({"API_KEY": secret}))
    assert piece not in out and "[redacted:secret]" in out, out


@pytest.mark.parametrize("answer", [
    "Convert it to h264 first.", "The player's v2x4 build.", "All my mp3s.", "The 3in1 kit.", "In mp4a audio.",
    "The ids id-mz3k-x and 9mz3-q1 are ids of another kind; mz3k.example is a host.",
    "In the other case: MZ3K and 9MZ3.",
])
def test_codes_versions_pieces_inside_longer_tokens_and_other_case_are_left_alone(answer: str) -> None:
    for secret in (LIVE, CODES, WORDS):
        secrets = mcp_secrets({"API_KEY": secret})
        assert find_secrets(answer, secrets) == [], (secret, find_secrets(answer, secrets))


async def test_a_two_kind_piece_of_a_settings_key_is_redacted_from_a_runs_answer(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    events = await answered_run(tmp_path, "check the brave key", "The key's middle is mz3k; the codec is h264.",
                                brave_api_key=LIVE)
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "mz3k" not in finished.answer and "h264" in finished.answer, finished.answer


# 2. All-letter random tokens standing alone in a workspace file.

SETUP = """# account setup
recovery words
QwZkTrPLmxBv
xkQzRvTpLmWn
app secret: hJqWzKvXbNfR

code: getUserName, XMLHttpRequest, IpcMainImpl, JavaScript, PowerShell, iPhoneXsMax, McDonaldsUSA
mocking: ThIsIsSpOnGeBoB sArCaStIcTeXt; german: durchschnittlich; BIC NRDMDEFFXXX
"""


def _read(text: str, tool: str = "read_file") -> Observation:
    return Observation(run_id="run_1", action_id="a1", call_id="c1", tool=tool, text=text, untrusted=True)


@pytest.mark.parametrize(("answer", "value"), [
    ("The first recovery word is QwZkTrPLmxBv.", "QwZkTrPLmxBv"),
    ("Then xkQzRvTpLmWn", "xkQzRvTpLmWn"),
    ("The app's secret is hJqWzKvXbNfR.", "hJqWzKvXbNfR"),
])
def test_an_all_letter_random_token_standing_alone_in_a_workspace_file_is_redacted(answer: str, value: str) -> None:
    out = filtered(answer, events=[_read(SETUP)], task="summarise setup.md")
    assert value not in out and "[redacted:token]" in out, out


def test_identifiers_words_and_mocking_case_of_a_workspace_file_are_left_alone() -> None:
    answer = ("It names getUserName, XMLHttpRequest, IpcMainImpl, JavaScript, PowerShell, iPhoneXsMax and "
              "McDonaldsUSA; it mocks with ThIsIsSpOnGeBoB and sArCaStIcTeXt; durchschnittlich; NRDMDEFFXXX.")
    assert filtered(answer, events=[_read(SETUP)], task="summarise setup.md") == answer


def test_an_all_letter_token_the_person_wrote_or_a_page_showed_is_kept() -> None:
    answer = "Yes: QwZkTrPLmxBv is there."
    assert filtered(answer, events=[_read(SETUP)], task="is QwZkTrPLmxBv in setup.md?") == answer
    assert filtered(answer, events=[_read(SETUP, tool="browser_read")], task="read the page") == answer


async def test_an_all_letter_recovery_word_read_from_a_file_is_redacted_from_a_runs_answer(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "setup.md").write_text(SETUP)
    events = await answered_run(tmp_path, "what does setup.md say?",
                                "The words are QwZkTrPLmxBv and xkQzRvTpLmWn; it calls getUserName.",
                                [call("read_file", path="setup.md")])
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "QwZkTrPLmxBv" not in finished.answer and "xkQzRvTpLmWn" not in finished.answer, finished.answer
    assert "getUserName" in finished.answer


# 3. A name off the list, or an English word, at a domain, when the run read that address.

TEAM = """Team page
Will Turner - will@example.org
Rose Tyler - rose.tyler@example.org
Sanjeet - sanjeet@acme-corp.io
For everything else: info@example.org
"""


@pytest.mark.parametrize(("answer", "value"), [
    ("Will at example.org handles refunds.", "Will at example.org"),
    ("Ask Rose at example.org before Friday.", "Rose at example.org"),
    ("Sanjeet at acme-corp.io owns the build.", "Sanjeet at acme-corp.io"),
    ("Write to WILL AT EXAMPLE.ORG", "WILL AT EXAMPLE.ORG"),
])
def test_a_name_at_a_domain_whose_address_the_run_read_is_redacted(answer: str, value: str) -> None:
    for tool in ("read_file", "browser_read"):
        out = filtered(answer, events=[_read(TEAM, tool)], task="who is on the team?")
        assert value not in out and "[redacted:email]" in out, (tool, out)


@pytest.mark.parametrize(("answer", "task"), [
    ("Meet me at example.org; sign in at example.org; more at example.org; the docs at example.org.",
     "who is on the team?"),
    ("Will at example.org handles refunds; Rose at other.example.net does not exist.", "is Will at example.org there?"),
    ("Will at example.org handles refunds.", "is will@example.org on the team?"),
    ("Will at example.org handles refunds.", "give me the team's e-mail addresses"),
    ("Mark at example.org and Grace at example.org are not on the page.", "who is on the team?"),
    # info@example.org was read, but "info" names a topic here (and a team's address is no person's data)
    ("Find more info at example.org, or contact support at example.org.", "who is on the team?"),
])
def test_words_at_a_domain_and_addresses_the_person_wrote_or_asked_for_are_left_alone(answer: str, task: str) -> None:
    assert filtered(answer, events=[_read(TEAM)], task=task) == answer


def test_a_name_at_a_domain_is_left_alone_when_the_run_read_no_such_address() -> None:
    answer = "Will at example.org handles refunds."
    assert filtered(answer, events=[_read("Will Turner handles refunds.")], task="who handles refunds?") == answer


async def test_a_name_at_a_domain_read_from_a_file_is_redacted_from_a_runs_answer(tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "team.md").write_text(TEAM)
    events = await answered_run(tmp_path, "who handles refunds? see team.md",
                                "Will at example.org handles refunds; meet me at example.org.",
                                [call("read_file", path="team.md")])
    finished = next(e for e in events if isinstance(e, RunFinished))
    assert "Will at example.org" not in finished.answer, finished.answer
    assert "meet me at example.org" in finished.answer


def test_one_case_random_letters_standing_alone_in_a_workspace_file_are_redacted() -> None:
    """Session 18 (output26): ``xkqzrvtplmwn`` (one case) passed; words, tool names and bank codes still do."""
    setup = SETUP + "backup phrase\nxkqzrvtplmwn\nsee plinthctl, quickcsvreader, FICTCZPP, strcprstskrzkrk\n"
    out = filtered("The backup phrase is xkqzrvtplmwn.", events=[_read(setup)], task="summarise setup.md")
    assert "xkqzrvtplmwn" not in out and "[redacted:token]" in out, out
    answer = "It mentions plinthctl, quickcsvreader, FICTCZPP, strcprstskrzkrk and durchschnittlich."
    assert filtered(answer, events=[_read(setup)], task="summarise setup.md") == answer
