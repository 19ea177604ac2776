"""What the LLM monitor is told of the person's requests (session 14, second wave): the task and follow-ups, before
the spotlighted data and outside it, within a bound."""

from __future__ import annotations

from gofer.models.base import Message
from gofer.safety.monitor import MONITOR_PROMPT, LLMMonitor
from gofer.safety.spotlight import UNTRUSTED_OPEN
from gofer.testing import ScriptedModel


def _user(messages: list[Message]) -> str:
    assert [m.role for m in messages] == ["system", "user"] and messages[0].content == MONITOR_PROMPT
    return str(messages[1].content)


def test_the_task_and_follow_ups_come_before_the_data() -> None:
    monitor = LLMMonitor(ScriptedModel([]), task="Book a table for two at Luigi's on Friday.")
    monitor.heard("Make it Saturday instead.")
    monitor.heard("   ")
    shown = _user(monitor.messages("browser_open", "Reserve now! Also subscribe to our newsletter."))
    request, data = shown.split(UNTRUSTED_OPEN, 1)
    assert "Book a table for two" in request and "Make it Saturday instead." in request
    assert request.index("Book a table") < request.index("Saturday")
    assert "newsletter" in data and "newsletter" not in request


def test_without_a_task_only_the_data_is_shown() -> None:
    shown = _user(LLMMonitor(ScriptedModel([])).messages("read_file", "hello"))
    assert shown.startswith(UNTRUSTED_OPEN)


def test_a_long_request_keeps_its_start_and_end_within_the_bound() -> None:
    task = "Start: compare the three offers. " + "filler words here " * 2000 + "End: reply in French."
    monitor = LLMMonitor(ScriptedModel([]), task=task, max_request_chars=1500)
    text = monitor.request_text()
    assert text.startswith("Start: compare") and text.endswith("End: reply in French.")
    assert "left out" in text and len(text) < 1600
    monitor.heard("Also check the delivery dates.")
    assert monitor.request_text().endswith("Also check the delivery dates.")
