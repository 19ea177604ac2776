"""How a snapshot is written for the model: its elements, its lines, runs of controls and the budget cut.

An element reads ``[ref] role name: "value" (state, state)``. Links carry no role word (``[3] Pricing``);
a name is quoted only where it would be ambiguous (text follows it on the line, it holds brackets, parentheses
or quotes, or it begins with a role word where no role word is shown). An unchecked box shows no state; a
checked one says ``checked``. A line holding only controls of one kind names the kind once
(``checkboxes: [4] Red [5] Blue (checked)``), and consecutive such lines are joined (``[1] Home [2] News``),
without crossing the edges of the visible screen. A text line that only repeats the name of the control
after it (a ``<label for>``) is dropped. Secret values are never rendered: only whether the field is filled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ROLE_WORDS",
    "Element",
    "FormInfo",
    "Line",
    "compact",
    "line_text",
    "plural",
    "render_body",
    "render_element",
    "role_word",
]

ROLE_WORDS = frozenset({
    "button", "link", "checkbox", "radio", "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "option",
    "switch", "textbox", "searchbox", "combobox", "slider", "spinbutton", "treeitem", "gridcell", "listbox",
    "select", "file-input", "draggable", "drop-target", "clickable", "scrollable",
})
"""Every role word a snapshot can show in front of a name."""

BELOW_SHARE = 0.3
"""Of a page longer than the budget, text below the visible screen takes at most this share of the budget."""

MAX_RUN_CHARS = 400
"""Joined lines of controls stop growing at this length (the budget cut works line by line)."""


@dataclass
class FormInfo:
    """A form on the page: where it posts and what fields it has (for the risk judge)."""

    action: str
    method: str
    name: str
    fields: list[dict[str, Any]]


@dataclass
class Element:
    """One interactive element of a snapshot, addressed by its ref."""

    ref: int
    role: str
    name: str
    raw: dict[str, Any]
    form: FormInfo | None = None
    frame_url: str = ""
    box: tuple[int, int, int, int] | None = None
    """x, y, width, height in the top page's viewport coordinates when the snapshot was taken."""

    @property
    def type(self) -> str:
        """The input or button type (``password``, ``submit``, …) or an empty string."""
        return str(self.raw.get("type") or "")

    @property
    def tag(self) -> str:
        """The lower-case tag name."""
        return str(self.raw.get("tag") or "")

    @property
    def secret(self) -> bool:
        """True for password and payment-card fields, whose values are never shown."""
        return bool(self.raw.get("secret"))


@dataclass
class Line:
    """One line of a snapshot: text pieces (with their own spacing) and elements, in reading order."""

    y: float
    indent: int
    parts: list[str | Element]
    heading: bool = False
    text: str = ""
    """The rendering, filled in by :func:`compact`."""

    @property
    def elements(self) -> list[Element]:
        """The elements on the line."""
        return [p for p in self.parts if isinstance(p, Element)]


def role_word(e: Element) -> str:
    """The word shown for the element's role (a ``<select>`` reads ``select``)."""
    if e.tag == "select" and e.role == "combobox":
        return "select"
    return e.role


def plural(word: str) -> str:
    """``checkbox`` → ``checkboxes``: the heading of a run of one kind of control."""
    return word + ("es" if word.endswith(("x", "s")) else "s")


def _ambiguous(name: str, role_shown: bool) -> bool:
    if any(c in name for c in '"[]()') or ': "' in name:
        return True
    first = name.split(" ", 1)[0]
    return not role_shown and first in ROLE_WORDS


def _value_states(e: Element) -> tuple[str | None, list[str]]:
    raw = e.raw
    kind = raw.get("type")
    states: list[str] = []
    value: str | None = None
    last: list[str] = []
    if e.role in ("textbox", "searchbox") and kind and kind not in ("text", "textarea", "search") \
            and kind not in e.name.lower():
        states.append(str(kind))
    if e.tag == "textarea":
        states.append("multiline")
    if e.role == "button" and kind == "submit" and e.form is not None:
        states.append("submit")
    if raw.get("secret"):
        states.append("filled, value hidden" if raw.get("filled") else "empty")
    elif "options" in raw:
        value = str(raw.get("value") or "") or None
        more = f" | …{raw['more']} more" if raw.get("more") else ""
        last.append("options: " + " | ".join(raw["options"]) + more)
    elif raw.get("checked") is True:
        states.append("checked")
    elif raw.get("value"):
        if not (e.tag not in ("input", "textarea") and raw["value"] == e.name):
            value = str(raw["value"])
    elif "value" in raw:
        hint = str(raw.get("placeholder") or "")
        if hint and hint.lower() not in e.name.lower():
            states.append(f'placeholder "{hint}"')
    for flag in ("disabled", "readonly", "required", "focused"):
        if raw.get(flag):
            states.append(flag)
    aria = {"checked": ("checked", "", "mixed"), "selected": ("selected", "", ""),
            "expanded": ("expanded", "collapsed", ""), "pressed": ("pressed", "not pressed", "mixed")}
    for key, (yes, no, mixed) in aria.items():
        v = raw.get(key)
        if isinstance(v, str):
            word = yes if v == "true" else no if v == "false" else mixed
            if word and word not in states:
                states.append(word)
    if raw.get("download"):
        states.append("download")
    return value, states + last


def render_element(e: Element, *, role: bool = True, quote: bool = False) -> str:
    """``[ref] role name: "value" (states)``: one element as the model sees it.

    ``role=False`` leaves the role word out (a run that names its kind once); ``quote=True`` quotes the name
    (text follows it on the line). Links show no role word unless they have no name.
    """
    word = role_word(e)
    name = e.name
    role_shown = not name or (role and word != "link")
    out = f"[{e.ref}] {word}" if role_shown else f"[{e.ref}]"
    value, states = _value_states(e)
    if name:
        if value is not None:
            name = name.rstrip(" :") or name
        out += f' "{name}"' if quote or _ambiguous(name, role_shown) else f" {name}"
    if value is not None:
        out += f': "{value}"'
    if states:
        out += f" ({', '.join(states)})"
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(":*").strip().lower()


def _prefix_only(parts: list[str | Element]) -> str | None:
    """The line's list or heading prefix when its only text is that prefix (None when it has other text)."""
    text = "".join(p for p in parts if isinstance(p, str))
    stripped = text.strip()
    if not stripped:
        return ""
    if re.fullmatch(r"#{1,6}|-", stripped) and isinstance(parts[0], str) and parts[0].strip() == stripped:
        rest = "".join(p for p in parts[1:] if isinstance(p, str))
        if not rest.strip():
            return stripped + " "
    return None


def _drop_inline_labels(parts: list[str | Element]) -> list[str | Element]:
    """Remove a text run that only repeats the name of the element right after it."""
    out: list[str | Element] = []
    run_start = 0
    for p in parts:
        if isinstance(p, Element):
            run = "".join(x for x in out[run_start:] if isinstance(x, str))
            if p.name and run.strip() and _norm(run) == _norm(p.name):
                del out[run_start:]
                out.append(" ")
            out.append(p)
            run_start = len(out)
        else:
            out.append(p)
    return out


def _join(pieces: list[str]) -> str:
    """Text pieces keep their own spacing (inline boundaries); ``\x00``-marked element renderings get spaces."""
    out = ""
    after_element = False
    for p in pieces:
        if p.startswith("\x00"):
            out += f" {p[1:]} "
            after_element = True
            continue
        if after_element and p.lstrip()[:1] in tuple(",.;:!?)"):
            out = out.rstrip() + p.lstrip()
        else:
            out += p
        after_element = after_element and not p.strip()
    return re.sub(r"\s+", " ", out).strip()


def _run(els: list[Element]) -> str:
    words = {role_word(e) for e in els}
    if len(els) >= 2 and len(words) == 1 and "link" not in words and all(e.name for e in els):
        return f"{plural(words.pop())}: " + " ".join(render_element(e, role=False) for e in els)
    return " ".join(render_element(e) for e in els)


def line_text(line: Line) -> str:
    """The rendering of one line."""
    parts = _drop_inline_labels(line.parts)
    els = [p for p in parts if isinstance(p, Element)]
    prefix = _prefix_only(parts) if els else None
    if prefix is not None:
        return prefix + _run(els)
    pieces: list[str] = []
    for i, p in enumerate(parts):
        if isinstance(p, str):
            pieces.append(p)
            continue
        follows = next((q for q in parts[i + 1:] if not (isinstance(q, str) and not q.strip())), None)
        pieces.append("\x00" + render_element(p, quote=isinstance(follows, str)))
    return _join(pieces)


def _run_kind(line: Line) -> str | None:
    """The one role word of a line that holds only controls of that kind (and no heading), else None."""
    parts = _drop_inline_labels(line.parts)
    els = [p for p in parts if isinstance(p, Element)]
    if not els or line.heading or _prefix_only(parts) not in ("", "- "):
        return None
    words = {role_word(e) for e in els}
    return words.pop() if len(words) == 1 else None


def compact(lines: list[Line], top: float, bottom: float) -> list[Line]:
    """Drop label lines that repeat the next control's name, join runs of one kind of control, render."""
    kept: list[Line] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not line.elements and not line.heading and nxt is not None and nxt.elements \
                and nxt.indent == line.indent:
            first = next((p for p in nxt.parts if not (isinstance(p, str) and not p.strip())), None)
            text = "".join(p for p in line.parts if isinstance(p, str))
            if isinstance(first, Element) and first.name and _norm(text) == _norm(first.name):
                continue
        kept.append(line)
    out: list[Line] = []
    for line in kept:
        prev = out[-1] if out else None
        kind = _run_kind(line)
        if prev is not None and kind is not None and prev.indent == line.indent and _run_kind(prev) == kind \
                and not (prev.y < top <= line.y) and not (prev.y < bottom <= line.y):
            rest = [p for p in line.parts if isinstance(p, Element)]
            merged = Line(prev.y, prev.indent, [*prev.parts, " ", *rest])
            merged.text = line_text(merged)
            if len(merged.text) <= MAX_RUN_CHARS:
                out[-1] = merged
                continue
        line.text = line_text(line)
        out.append(line)
    return out


def _summary(lines: list[Line], where: str, hint: str) -> str:
    chars = sum(len(x.text) for x in lines)
    roles: dict[str, int] = {}
    for x in lines:
        for e in x.elements:
            roles[e.role] = roles.get(e.role, 0) + 1
    counts = ", ".join(f"{n} {plural(r) if n > 1 else r}" for r, n in sorted(roles.items(), key=lambda kv: -kv[1]))
    heads = [x.text.lstrip("# ") for x in lines if x.heading][:8]
    parts = [f"[{where}: {chars:,} more characters of text"]
    if counts:
        parts.append(f"; controls: {counts}")
    if heads:
        parts.append("; headings: " + "; ".join(heads))
    parts.append(f". {hint}]")
    return "".join(parts)


def render_body(lines: list[Line], vp: dict[str, Any], budget: int) -> str:
    """The rendered lines, cut after about ``budget`` characters past the viewport with a summary of the rest."""

    def fmt(x: Line) -> str:
        return "  " * x.indent + x.text

    top, bottom = float(vp["sy"]), float(vp["sy"]) + float(vp["h"])
    total = sum(len(fmt(x)) + 1 for x in lines)
    taller = float(vp["dh"]) > float(vp["h"]) + 4
    if total <= budget:
        out: list[str] = []
        marked_top = marked_bottom = top <= 0
        for x in lines:
            if not marked_top and x.y >= top - 1:
                out.append("--- visible screen starts here ---")
                marked_top = True
            if taller and not marked_bottom and x.y >= bottom:
                out.append("--- below the visible screen (browser_scroll to see it) ---")
                marked_bottom = True
            out.append(fmt(x))
        return "\n".join(out)
    start = 0
    while start < len(lines) and lines[start].y < top - 40:
        start += 1
    kept: list[str] = []
    used = below = 0
    end = start
    while end < len(lines):
        s = fmt(lines[end])
        under = lines[end].y >= bottom
        if under and (used + len(s) + 1 > budget or below + len(s) + 1 > budget * BELOW_SHARE):
            break
        if used + len(s) + 1 > budget * 1.5:
            break
        kept.append(s)
        used += len(s) + 1
        below += len(s) + 1 if under else 0
        end += 1
    out = []
    if start > 0:
        out.append(_summary(lines[:start], "above the visible screen", 'Scroll up with browser_scroll("up").'))
    out.extend(kept)
    if end < len(lines):
        pct = int(100 * min(1.0, bottom / max(float(vp["dh"]), 1.0)))
        out.append(
            _summary(
                lines[end:], f"below (you have seen {pct}% of the page height)",
                'Scroll with browser_scroll("down"), or read all of it as text with browser_read().',
            )
        )
    return "\n".join(out)
