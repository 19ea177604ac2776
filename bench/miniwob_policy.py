"""A rule-based MiniWoB++ policy that uses only gofer's browser tools and reads only their observations.

Run ``python bench/miniwob_policy.py [--episodes N] [TASK ...]`` to print the reward per task. The policy
parses the snapshot text (``[ref] role name: "value" (states)`` items, links without a role word,
runs of one kind as ``checkboxes: [3] a [4] b``, and the instruction line); the harness (not the
policy) raises the episode time limit and reads ``WOB_RAW_REWARD_GLOBAL`` at the end, as MiniWoB intends.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from miniwob_harness import serve_miniwob

from gofer.computer.base import Computer
from gofer.computer.browser.render import ROLE_WORDS, plural
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext
from gofer.tools.browser import TOOLS

__all__ = ["POLICIES", "Obs", "parse_elements", "run_task", "run_tasks"]

_TOOLS = {t.name: t for t in TOOLS}
_REF = re.compile(r"\[(\d+)\]")
_GROUPS = {plural(w): w for w in ROLE_WORDS}


@dataclass
class El:
    """An element as the policy reads it from the observation."""

    ref: int
    role: str
    name: str
    state: str


def _element(ref: int, body: str, group: str | None) -> El:
    """One ``[ref] role name: "value" (states)`` item; links have no role word, runs name it once."""
    role = group
    if role is None:
        word = re.match(r"[a-z-]*", body)[0]  # type: ignore[index]
        role, body = (word, body[len(word):].lstrip(" ")) if word in ROLE_WORDS else ("link", body)
    if body.startswith('"'):
        close = body.find('"', 1)
        close = len(body) if close < 0 else close
        return El(ref, role, body[1:close], body[close + 1:].strip())
    m = re.match(r'(.*?)(: ".*|\s\(.*)?$', body)
    assert m is not None
    return El(ref, role, m[1].strip(), (m[2] or "").strip())


def parse_elements(body: str) -> list[El]:
    """Every element of a snapshot's text, in page order."""
    out: list[El] = []
    for line in body.splitlines():
        marks = list(_REF.finditer(line))
        if not marks:
            continue
        head = line[: marks[0].start()].strip().removeprefix("- ")
        group = _GROUPS.get(head[:-1]) if head.endswith(":") else None
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            out.append(_element(int(m[1]), line[m.end():end].strip(), group))
    return out


class Obs:
    """One observation parsed: the instruction line, the elements and the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        body = text.split("\nURL: ", 1)[-1].split("\n", 1)[-1]
        self.query = body.split("\n", 1)[0].strip()
        self.elements = parse_elements(body)

    def find(self, name: str | None = None, role: str | None = None, *, exact: bool = True) -> El | None:
        """The first element with this name (exact, or contained) and role."""
        for e in self.elements:
            if role is not None and e.role != role:
                continue
            if name is None or (e.name == name if exact else name.lower() in e.name.lower()):
                return e
        return None

    def all(self, role: str) -> list[El]:
        """Every element with this role, in page order."""
        return [e for e in self.elements if e.role == role]

    def quoted(self) -> list[str]:
        """The quoted strings of the instruction."""
        return re.findall(r'"([^"]*)"', self.query)


Act = Callable[..., Awaitable[Obs]]


def _actor(ctx: ToolContext) -> Act:
    async def act(name: str, **arguments: Any) -> Obs:
        result = await _TOOLS[name](ctx, arguments)
        return Obs(result.text)

    return act


async def _submit(act: Act, obs: Obs, label: str = "Submit") -> Obs:
    button = obs.find(label, "button") or obs.find(label, None, exact=False)
    assert button is not None, f"no {label} button"
    return await act("browser_click", ref=button.ref)


async def click_button(act: Act, obs: Obs) -> None:
    """Click on the "X" button."""
    target = obs.quoted()[0]
    el = obs.find(target, "button")
    assert el is not None
    await act("browser_click", ref=el.ref)


async def click_link(act: Act, obs: Obs) -> None:
    """Click on the link "X"."""
    target = obs.quoted()[0]
    el = next((e for e in obs.elements if e.role in ("link", "clickable")
               and e.name.rstrip(".,") == target.rstrip(".,")), None)
    assert el is not None
    await act("browser_click", ref=el.ref)


async def enter_text(act: Act, obs: Obs) -> None:
    """Enter "X" into the text field and press Submit (also the upper/lower-case variant)."""
    text = obs.quoted()[0]
    if "upper case" in obs.query:
        text = text.upper()
    elif "lower case" in obs.query:
        text = text.lower()
    box = obs.find(None, "textbox")
    assert box is not None
    obs = await act("browser_type", ref=box.ref, text=text)
    await _submit(act, obs)


async def login_user(act: Act, obs: Obs) -> None:
    """Enter the username "U" and the password "P" and press login."""
    user, password = obs.quoted()[:2]
    boxes = obs.all("textbox")
    obs = await act("browser_type", ref=boxes[0].ref, text=user)
    obs = await act("browser_type", ref=boxes[1].ref, text=password)
    await _submit(act, obs, "Login")


async def enter_password(act: Act, obs: Obs) -> None:
    """Enter the password "P" into both text fields and press submit."""
    password = obs.quoted()[0]
    for box in obs.all("textbox"):
        obs = await act("browser_type", ref=box.ref, text=password)
    await _submit(act, obs)


async def click_checkboxes(act: Act, obs: Obs) -> None:
    """Select A, B and click Submit."""
    m = re.match(r"Select (.*) and click Submit", obs.query)
    assert m is not None
    wanted = set() if m[1] == "nothing" else {w.strip() for w in m[1].split(",")}
    for box in obs.all("checkbox"):
        if box.name in wanted:
            obs = await act("browser_check", ref=box.ref, checked=True)
    await _submit(act, obs)


async def click_option(act: Act, obs: Obs) -> None:
    """Select X (a radio button) and click Submit."""
    m = re.match(r"Select (.*) and click Submit", obs.query)
    assert m is not None
    radio = obs.find(m[1].strip(), "radio")
    assert radio is not None
    obs = await act("browser_check", ref=radio.ref, checked=True)
    await _submit(act, obs)


async def choose_list(act: Act, obs: Obs) -> None:
    """Select X from the list and click Submit."""
    m = re.match(r"Select (.*) from the list", obs.query)
    assert m is not None
    box = obs.find(None, "select")
    assert box is not None
    obs = await act("browser_select", ref=box.ref, option=m[1])
    await _submit(act, obs)


_ORDINALS = {"1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4, "6th": 5, "7th": 6, "8th": 7, "9th": 8}


async def focus_text(act: Act, obs: Obs) -> None:
    """Focus into the (Nth) textbox."""
    m = re.search(r"(\d+(?:st|nd|rd|th))", obs.query)
    boxes = obs.all("textbox")
    box = boxes[_ORDINALS[m[1]]] if m else boxes[0]
    await act("browser_click", ref=box.ref)


async def click_dialog(act: Act, obs: Obs) -> None:
    """Close the dialog box by clicking the "x" (or the button labelled X)."""
    target = obs.quoted()[0]
    el = obs.find("Close", "button") if target == "x" else obs.find(target, "button")
    assert el is not None
    await act("browser_click", ref=el.ref)


async def click_tab(act: Act, obs: Obs) -> None:
    """Click on Tab #N."""
    m = re.search(r"Tab #\d+", obs.query)
    assert m is not None
    tab = obs.find(m[0], "tab")
    assert tab is not None
    await act("browser_click", ref=tab.ref)


async def click_tab_2(act: Act, obs: Obs) -> None:
    """Switch between the tabs to find and click on the link "X"."""
    target = obs.quoted()[0]
    for tab in obs.all("tab"):
        obs = await act("browser_click", ref=tab.ref)
        link = next((e for e in obs.elements if e.role in ("link", "clickable") and e.name == target), None)
        if link is not None:
            await act("browser_click", ref=link.ref)
            return
    raise AssertionError(f"link {target!r} not found in any tab")


async def click_collapsible(act: Act, obs: Obs) -> None:
    """Expand the section below and click submit."""
    section = next(e for e in obs.elements if e.name.startswith("Section"))
    obs = await act("browser_click", ref=section.ref)
    await _submit(act, obs)


_WIDGETS = {"checkbox": ("checkbox", ""), "radio": ("radio", ""), "button": ("button", ""),
            "text": ("textbox", "single"), "textarea": ("textbox", "multiline")}


async def click_widget(act: Act, obs: Obs) -> None:
    """Click on a "kind" widget."""
    role, flavour = _WIDGETS[obs.quoted()[0]]
    for e in obs.all(role):
        multiline = "multiline" in e.state
        if flavour == "" or (flavour == "multiline") == multiline:
            await act("browser_click", ref=e.ref)
            return
    raise AssertionError("no widget of that kind")


async def click_test(act: Act, obs: Obs) -> None:
    """Click the button (or "button ONE")."""
    m = re.search(r"button (\w+)\.", obs.query)
    el = obs.find(m[1], "button") if m else obs.find(None, "button")
    assert el is not None
    await act("browser_click", ref=el.ref)


async def use_autocomplete(act: Act, obs: Obs) -> None:
    """Enter an item that starts with "A" (and ends with "B") using the suggestions."""
    quoted = obs.quoted()
    start, end = quoted[0], quoted[1] if len(quoted) > 1 else ""
    box = obs.find(None, "textbox")
    assert box is not None
    obs = await act("browser_type", ref=box.ref, text=start)
    for _ in range(5):
        match = next((e for e in obs.elements if e.role in ("menuitem", "option", "clickable", "link")
                      and e.name.startswith(start) and e.name.endswith(end)), None)
        if match is not None:
            obs = await act("browser_click", ref=match.ref)
            break
        obs = await act("browser_hover", ref=box.ref)  # the suggestions open after a short delay: look again
    await _submit(act, obs)


async def search_engine(act: Act, obs: Obs) -> None:
    """Search for X and click the Nth result (results come three to a page)."""
    term = obs.quoted()[0]
    m = re.search(r"(\d+)(?:st|nd|rd|th) search result", obs.query)
    assert m is not None
    index = int(m[1]) - 1
    box = obs.find(None, "textbox")
    assert box is not None
    obs = await act("browser_type", ref=box.ref, text=term)
    obs = await _submit(act, obs, "Search")
    page = 0
    while True:
        results = [e for e in obs.elements if e.role in ("link", "clickable") and not e.name.isdigit()
                   and e.name not in (">", "<", "Search")]
        if index < (page + 1) * 3:
            await act("browser_click", ref=results[index - page * 3].ref)
            return
        page += 1
        nxt = obs.find(str(page + 1))
        assert nxt is not None, "no next page"
        obs = await act("browser_click", ref=nxt.ref)


async def navigate_tree(act: Act, obs: Obs) -> None:
    """Expand folders until the named file or folder shows, then click it."""
    target = obs.quoted()[0]
    clicked: set[str] = set()
    for _ in range(20):
        named = {e.name: e for e in obs.elements if e.role == "clickable" and e.name}  # the innermost wins
        if target in named:
            await act("browser_click", ref=named[target].ref)
            return
        folder = next((e for name, e in named.items() if name not in clicked), None)
        assert folder is not None, "target not found in the tree"
        clicked.add(folder.name)
        obs = await act("browser_click", ref=folder.ref)
    raise AssertionError("tree too deep")


POLICIES: dict[str, Callable[[Act, Obs], Awaitable[None]]] = {
    "click-button": click_button,
    "click-link": click_link,
    "enter-text": enter_text,
    "enter-text-dynamic": enter_text,
    "enter-text-2": enter_text,
    "login-user": login_user,
    "enter-password": enter_password,
    "click-checkboxes": click_checkboxes,
    "click-option": click_option,
    "choose-list": choose_list,
    "focus-text": focus_text,
    "focus-text-2": focus_text,
    "click-dialog": click_dialog,
    "click-dialog-2": click_dialog,
    "click-tab": click_tab,
    "click-tab-2": click_tab_2,
    "click-collapsible": click_collapsible,
    "click-widget": click_widget,
    "click-test": click_test,
    "click-test-2": click_test,
    "use-autocomplete": use_autocomplete,
    "search-engine": search_engine,
    "navigate-tree": navigate_tree,
}
"""The tasks the policy knows, by MiniWoB name."""


async def run_task(ctx: ToolContext, base: str, task: str) -> float:
    """One episode of a task: open it, click START, let the policy act, return the raw reward (1 or -1)."""
    act = _actor(ctx)
    obs = await act("browser_open", url=f"{base}/{task}.html")
    page = ctx.computer.peek("browser").tab.page  # type: ignore[union-attr]
    await page.evaluate("core.EPISODE_MAX_TIME = 120000")
    cover = obs.find("START")
    assert cover is not None, "no START cover"
    obs = await act("browser_click", ref=cover.ref)
    with contextlib.suppress(AssertionError):  # the policy gave up: the episode's reward says so
        await POLICIES[task](act, obs)
    done = await page.evaluate("WOB_DONE_GLOBAL")
    return float(await page.evaluate("WOB_RAW_REWARD_GLOBAL")) if done else -1.0


async def run_tasks(tasks: list[str], episodes: int = 1) -> dict[str, float]:
    """Mean raw reward per task over ``episodes`` episodes, on a fresh computer with its own browser."""
    with tempfile.TemporaryDirectory() as tmp, serve_miniwob() as base:
        settings = Settings(home=Path(tmp) / "home")
        computer = Computer("miniwob", Workspace(Path(tmp) / "ws"), settings)
        ctx = ToolContext(run_id="miniwob", session_id="miniwob", workspace=computer.workspace.root,
                          computer=computer, settings=settings)
        rewards: dict[str, float] = {}
        try:
            for task in tasks:
                total = 0.0
                for _ in range(episodes):
                    total += await run_task(ctx, base, task)
                rewards[task] = total / episodes
        finally:
            await computer.aclose()
        return rewards


def main() -> None:
    """Print the reward per task."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("tasks", nargs="*", default=list(POLICIES))
    parser.add_argument("--episodes", type=int, default=3)
    args = parser.parse_args()
    rewards = asyncio.run(run_tasks(args.tasks, args.episodes))
    for task, reward in rewards.items():
        print(f"{task:24s} {reward:+.2f}")
    solved = sum(1 for r in rewards.values() if r > 0)
    print(f"{solved}/{len(rewards)} tasks with positive mean reward; mean {sum(rewards.values()) / len(rewards):+.2f}")


if __name__ == "__main__":
    main()
