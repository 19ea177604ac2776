"""The confirmation policy check: policies, taint raising risk, remembered approvals."""

from __future__ import annotations

from typing import Any

from gofer.events import (
    ActionProposed,
    ConfirmationResolved,
    Event,
    GuardDecision,
    Observation,
    Risk,
    RunStarted,
)
from gofer.safety.base import ActionRequest, GuardContext
from gofer.safety.checks import ConfirmationPolicyCheck

TASK = "buy a kettle on http://shop.test:8000/"


def _ctx(*events: Event) -> GuardContext:
    start = RunStarted(run_id="r", seq=0, task=TASK, model="m", session_id="s", workspace="/w")
    log = [start, *events]
    log = [e.model_copy(update={"seq": i}) for i, e in enumerate(log)]
    return GuardContext(run_id="r", task=TASK, events=log)


def _action(tool: str, args: dict[str, Any], risk: Risk = Risk.CONSEQUENTIAL, aid: str = "a9") -> ActionRequest:
    return ActionRequest(action_id=aid, tool=tool, arguments=args, risk=risk)


def _approved(aid: str, tool: str, args: dict[str, Any], remember: bool) -> list[Event]:
    return [
        ActionProposed(run_id="r", action_id=aid, call_id="c", tool=tool, arguments=args, risk=Risk.CONSEQUENTIAL),
        ConfirmationResolved(run_id="r", action_id=aid, approved=True, remember=remember),
        Observation(run_id="r", action_id=aid, call_id="c", tool=tool, text="ok"),
    ]


def test_risky_policy_asks_only_for_consequential_actions() -> None:
    check = ConfirmationPolicyCheck("risky")
    ctx = _ctx()
    assert check.on_action(_action("shell", {"command": "rm -rf data"}), ctx).verdict == "confirm"
    assert check.on_action(_action("write_file", {"path": "a"}, Risk.REVERSIBLE), ctx).verdict == "allow"


def test_always_asks_for_everything_but_control_tools_and_never_asks_for_nothing() -> None:
    ctx = _ctx()
    always = ConfirmationPolicyCheck("always")
    assert always.on_action(_action("read_file", {"path": "a"}, Risk.READ_ONLY), ctx).verdict == "confirm"
    assert always.on_action(_action("finish", {"answer": "x"}, Risk.READ_ONLY), ctx).verdict == "allow"
    never = ConfirmationPolicyCheck("never")
    assert never.on_action(_action("shell", {"command": "rm -rf /"}), ctx).verdict == "allow"


def test_taint_raises_risk_so_reversible_actions_ask() -> None:
    mark = GuardDecision(run_id="r", stage="observation", check="injection", verdict="block",
                         details={"taint": True})
    check = ConfirmationPolicyCheck("risky")
    decision = check.on_action(_action("python", {"code": "1"}, Risk.REVERSIBLE), _ctx(mark))
    assert decision.verdict == "confirm"
    assert "prompt injection" in decision.reason
    assert decision.details["risk"] == "consequential"


def test_taint_window_lapses_after_steps() -> None:
    from gofer.events import ModelResponded

    mark = GuardDecision(run_id="r", stage="observation", check="injection", verdict="block",
                         details={"taint": True})
    steps = [ModelResponded(run_id="r", model="m") for _ in range(3)]
    check = ConfirmationPolicyCheck("risky", taint_steps=2)
    decision = check.on_action(_action("python", {"code": "1"}, Risk.REVERSIBLE), _ctx(mark, *steps))
    assert decision.verdict == "allow"


def test_remembered_approval_covers_same_tool_on_same_domain_only() -> None:
    first = {"url": "http://shop.test:8000/checkout"}
    history = _approved("a1", "http_request", first, remember=True)
    check = ConfirmationPolicyCheck("risky")
    same = check.on_action(_action("http_request", {"url": "http://shop.test:8000/pay"}), _ctx(*history))
    assert same.verdict == "allow" and same.details["remembered"] == "http_request@shop.test:8000"
    other_domain = check.on_action(_action("http_request", {"url": "http://other.test/pay"}), _ctx(*history))
    assert other_domain.verdict == "confirm"
    other_tool = check.on_action(_action("browser_open", {"url": "http://shop.test:8000/x"}), _ctx(*history))
    assert other_tool.verdict == "confirm"


def test_approval_without_remember_covers_nothing_and_no_domain_means_exact_call() -> None:
    check = ConfirmationPolicyCheck("risky")
    plain = _approved("a1", "http_request", {"url": "http://shop.test:8000/a"}, remember=False)
    again = check.on_action(_action("http_request", {"url": "http://shop.test:8000/a"}), _ctx(*plain))
    assert again.verdict == "confirm"
    shell = _approved("a1", "shell", {"command": "rm -rf build"}, remember=True)
    assert check.on_action(_action("shell", {"command": "rm -rf build"}), _ctx(*shell)).verdict == "allow"
    assert check.on_action(_action("shell", {"command": "rm -rf data"}), _ctx(*shell)).verdict == "confirm"


def test_browser_actions_remember_by_the_current_page() -> None:
    opened = [
        ActionProposed(run_id="r", action_id="a0", call_id="c", tool="browser_open",
                       arguments={"url": "http://shop.test:8000/cart"}),
        Observation(run_id="r", action_id="a0", call_id="c", tool="browser_open", text="cart", untrusted=True),
    ]
    history = [*opened, *_approved("a1", "browser_click", {"ref": 7}, remember=True)]
    check = ConfirmationPolicyCheck("risky")
    assert check.on_action(_action("browser_click", {"ref": 9}), _ctx(*history)).verdict == "allow"
    moved = [*history,
             ActionProposed(run_id="r", action_id="a2", call_id="c", tool="browser_open",
                            arguments={"url": "http://bank.test/"}),
             Observation(run_id="r", action_id="a2", call_id="c", tool="browser_open", text="bank", untrusted=True)]
    assert check.on_action(_action("browser_click", {"ref": 9}), _ctx(*moved)).verdict == "confirm"


def test_a_remembered_approval_covers_one_exact_kind_of_action() -> None:
    opened = [
        ActionProposed(run_id="r", action_id="a0", call_id="c", tool="browser_open",
                       arguments={"url": "http://shop.test:8000/cart"}),
        Observation(run_id="r", action_id="a0", call_id="c", tool="browser_open", text="cart", untrusted=True),
    ]
    basket = ['the element says "Add to basket"']
    approved = [
        ActionProposed(run_id="r", action_id="a1", call_id="c", tool="browser_click", arguments={"ref": 7},
                       risk=Risk.CONSEQUENTIAL, risk_reasons=basket),
        ConfirmationResolved(run_id="r", action_id="a1", approved=True, remember=True),
    ]
    ctx = _ctx(*opened, *approved)
    check = ConfirmationPolicyCheck("risky")

    def click(ref: int, reasons: list[str]) -> str:
        action = ActionRequest(action_id="a9", tool="browser_click", arguments={"ref": ref},
                               risk=Risk.CONSEQUENTIAL, risk_reasons=reasons)
        return check.on_action(action, ctx).verdict

    assert click(8, basket) == "allow"  # another "Add to basket" on the same site
    assert click(9, ["submits a form", 'the element says "Place order"', "the form has payment fields"]) == "confirm"
    post = _approved("b1", "http_request", {"url": "http://shop.test:8000/cart", "method": "POST"}, remember=True)
    post[0] = post[0].model_copy(update={"risk_reasons": ["an HTTP POST changes or sends data elsewhere"]})
    delete = ActionRequest(action_id="a9", tool="http_request", risk=Risk.CONSEQUENTIAL,
                           arguments={"url": "http://shop.test:8000/cart", "method": "DELETE"},
                           risk_reasons=["an HTTP DELETE changes or sends data elsewhere"])
    assert check.on_action(delete, _ctx(*post)).verdict == "confirm"


def test_a_connectors_tool_remembers_by_its_server_and_the_target_it_names() -> None:
    check = ConfirmationPolicyCheck("risky", connectors=["chat.work"])
    history = _approved("a1", "chat_work_post", {"channel": "#team", "text": "one"}, remember=True)
    same = check.on_action(_action("chat_work_post", {"channel": "#team", "text": "two"}), _ctx(*history))
    assert same.verdict == "allow" and same.details["remembered"] == "chat_work_post@mcp:chat.work (#team)"
    other_channel = check.on_action(_action("chat_work_post", {"channel": "#all", "text": "two"}), _ctx(*history))
    assert other_channel.verdict == "confirm"
    unknown = ConfirmationPolicyCheck("risky")  # not told the tool is a connector's: only the exact call
    assert unknown.on_action(_action("chat_work_post", {"channel": "#team", "text": "two"}),
                             _ctx(*history)).verdict == "confirm"
