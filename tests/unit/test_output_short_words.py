"""Short pieces of a settings secret that read like words or numbers (session 14): they count next to a piece that
reads like a key when they are the parts of the secret right before or after it; a lone piece of five that mixes
cases and digits counts by itself. Words alone, and words next to words, are left alone."""

from __future__ import annotations

import pytest
from agent_helpers import filtered, mcp_secrets

from gofer.safety.pii import find_secrets

SECRET = "db-pass-9921-Zq7kW3xR"
WORDY = "admin-2024-summer-Xk9q"


def _secrets(*values: str) -> list[str]:
    return mcp_secrets({f"DB_PASSWORD_{i}": v for i, v in enumerate(values or (SECRET,))})


def _filtered(text: str, secrets: list[str]) -> str:
    return filtered(text, secrets, "check the database")


@pytest.mark.parametrize(("printed", "gone"), [
    ("The parts are: pass, then 9921, then Zq7kW, then 3xR.", ("pass", "9921", "Zq7kW", "3xR")),
    ("It is db, then pass, then 9921, and Zq7kW3 at the end.", ("pass", "9921", "Zq7kW3")),
    ("The password ends in kW3xR.", ("kW3xR",)),
    ("Starts with Zq7kW.", ("Zq7kW",)),
])
def test_word_like_and_lone_short_pieces_of_a_settings_secret_are_redacted(printed: str, gone: tuple[str, ...]) -> None:
    answer = _filtered(printed, _secrets())
    assert "[redacted:secret]" in answer, answer
    for piece in gone:
        assert piece not in answer, answer


def test_words_of_a_wordy_secret_next_to_its_key_like_part_are_redacted() -> None:
    answer = _filtered("Its parts: admin, then 2024, then summer, last Xk9q.", _secrets(WORDY))
    for piece in ("admin", "2024", "summer", "Xk9q"):
        assert piece not in answer, answer


@pytest.mark.parametrize("text", [
    "The pass test ran 9921 cases for db users; kW3 is a label.",
    "The summer 2024 release notes name the admin page.",
    "Log in as admin; the summer 2024 report is in the pass folder.",
    "Use a 4-digit PIN such as 9921; the pass mark is 60%.",
    "Pixel 7a, iPhone 15, Zq zone, kW and kWh are units.",
])
def test_words_and_numbers_that_are_also_in_a_secret_are_left_alone(text: str) -> None:
    secrets = _secrets(SECRET, WORDY)
    assert find_secrets(text, secrets) == []
    assert _filtered(text, secrets) == text
