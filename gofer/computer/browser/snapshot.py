"""Page snapshots: what the model sees of a page, compact, with stable numeric refs for every control.

A snapshot is the visible text of the page in reading order with each interactive element inline as
``[ref] role name: "value" (state)`` (links without the role word; see :mod:`.render` for the rules);
forms are grouped, same-origin iframes spliced in where they sit, and a long page is cut after the viewport
with a summary of what lies below and how to scroll. Refs stay the same for an element as long as its
document lives; they restart at 1 on a new page. Secret values (passwords, card numbers) are never read out
of the page: only whether the field is filled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page

from gofer.computer.browser._snapshot_js import LOOKUP_JS, SNAPSHOT_JS
from gofer.computer.browser.render import Element, FormInfo, Line, compact, render_body, render_element

__all__ = ["Element", "FormInfo", "RefMap", "Snapshot", "origin", "render_element", "take_snapshot"]

DEFAULT_BUDGET = 7000
"""Characters of page body a snapshot shows before it summarises the rest."""

_CAPTCHA = re.compile(r"recaptcha|hcaptcha|turnstile|captcha|i'?m not a robot|verify you are human", re.I)


@dataclass
class Snapshot:
    """One snapshot of a tab: the rendered text plus the elements and forms behind its refs."""

    title: str
    url: str
    text: str
    elements: dict[int, Element] = field(default_factory=dict)
    forms: list[FormInfo] = field(default_factory=list)
    viewport: dict[str, float] = field(default_factory=dict)
    has_captcha: bool = False
    has_password: bool = False
    cross_origin_frames: list[str] = field(default_factory=list)
    other_site_boxes: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)
    """Where each frame from another site sits in the viewport (x, y, width, height): its inside is not read."""
    hidden_fields: list[tuple[str, str, str]] = field(default_factory=list)
    """The hidden inputs of the page's forms as (form action, name, value), and those outside any form (action
    ""): what a submit sends that the text does not show (never shown to the model; the judges compare them before
    and after a person decides)."""

    def element(self, ref: int) -> Element | None:
        """The element with this ref, if the snapshot has it."""
        return self.elements.get(ref)


class RefMap:
    """The refs of one tab: stable per (document, element) and reset when the top document changes."""

    def __init__(self) -> None:
        self.main_token: str | None = None
        self._next = 1
        self._keys: dict[tuple[str, int], int] = {}
        self.targets: dict[int, tuple[Frame, int]] = {}

    def begin(self, main_token: str) -> None:
        """Start a snapshot; a new top document restarts the numbering."""
        if main_token != self.main_token:
            self.main_token = main_token
            self._next = 1
            self._keys.clear()
        self.targets = {}

    def ref_for(self, token: str, local_id: int, frame: Frame) -> int:
        """The ref of a frame-local element id, allocating one the first time it is seen."""
        key = (token, local_id)
        ref = self._keys.get(key)
        if ref is None:
            ref = self._next
            self._next += 1
            self._keys[key] = ref
        self.targets[ref] = (frame, local_id)
        return ref

    async def resolve(self, ref: int) -> Any:
        """The ElementHandle behind a ref, or None when it is gone from the page."""
        target = self.targets.get(ref)
        if target is None:
            return None
        frame, local_id = target
        try:
            handle = await frame.evaluate_handle(LOOKUP_JS, local_id)
        except PlaywrightError:
            return None
        element = handle.as_element()
        if element is None:
            await handle.dispose()
        return element


def origin(url: str) -> str:
    """A URL's origin as ``scheme://host[:port]``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _same_origin(parent_url: str, child_url: str) -> bool:
    if child_url in ("", "about:blank", "about:srcdoc"):
        return True
    return origin(parent_url) == origin(child_url)


_CONTROL_TAGS = ("input", "select", "textarea", "button")


async def _collect(
    frame: Frame,
    refs: RefMap,
    snap: Snapshot,
    out: list[Line],
    *,
    offset: tuple[float, float],
    indent: int,
    depth: int,
    is_main: bool,
    y_offset: float = 0.0,
) -> dict[str, Any]:
    data: dict[str, Any] = await frame.evaluate(SNAPSHOT_JS, {"maxEls": 1500})
    token = str(data["token"])
    if is_main:
        refs.begin(token)
    forms = []
    for f in data["forms"]:
        info = FormInfo(action=f["action"], method=f["method"], name=f["name"], fields=f["fields"])
        forms.append(info)
        snap.forms.append(info)
        snap.hidden_fields += [(info.action, str(name), str(value)) for name, value in f.get("hidden", ())]
    snap.hidden_fields += [("", str(name), str(value)) for name, value in data.get("loose", ())]
    ox, oy = offset
    level = indent
    for line in data["lines"]:
        y = float(line["y"]) + y_offset
        if "formStart" in line:
            f = forms[line["formStart"]]
            label = f' "{f.name}"' if f.name else ""
            target = urlsplit(f.action).path or f.action
            out.append(Line(y, level, [f"form{label} {f.method.upper()} {target}:"]))
            level = indent + 1
            continue
        if "formEnd" in line:
            level = indent
            continue
        segs = line["segs"]
        if len(segs) == 1 and isinstance(segs[0], dict) and "frame" in segs[0]:
            await _child_frame(frame, refs, snap, out, segs[0], (ox, oy), y_offset, level, depth, data["vp"])
            continue
        parts: list[str | Element] = []
        elements: list[Element] = []
        for seg in segs:
            if isinstance(seg, str):
                parts.append(seg)
                continue
            raw = seg["el"]
            if elements and raw.get("tag") in _CONTROL_TAGS and any(e.tag in _CONTROL_TAGS for e in elements):
                # a second form control starts a new line; text after the first (its label) moves along
                cut = max(i for i, p in enumerate(parts) if isinstance(p, Element)) + 1
                out.append(Line(y, level, parts[:cut]))
                parts, elements = parts[cut:], []
            ref = refs.ref_for(token, int(raw["id"]), frame)
            bx, by, bw, bh = raw.get("box", (0, 0, 0, 0))
            el = Element(
                ref=ref,
                role=raw["role"],
                name=raw.get("name", ""),
                raw=raw,
                form=forms[raw["form"]] if isinstance(raw.get("form"), int) and raw["form"] < len(forms) else None,
                frame_url=data["url"],
                box=(int(bx + ox), int(by + oy), int(bw), int(bh)),
            )
            snap.elements[ref] = el
            elements.append(el)
            parts.append(el)
        text = "".join(p for p in parts if isinstance(p, str)).strip()
        if text.strip("#- ") or elements:
            out.append(Line(y, level, parts, heading=text.startswith("#")))
    return data


async def _child_frame(
    parent: Frame,
    refs: RefMap,
    snap: Snapshot,
    out: list[Line],
    seg: dict[str, Any],
    offset: tuple[float, float],
    y_offset: float,
    level: int,
    depth: int,
    parent_vp: dict[str, Any],
) -> None:
    label = seg.get("name") or seg.get("src") or "iframe"
    bx, by = seg["box"][0], seg["box"][1]
    y = by + parent_vp["sy"] + y_offset
    try:
        handle = await parent.evaluate_handle(LOOKUP_JS, int(seg["frame"]))
        element = handle.as_element()
        child = await element.content_frame() if element is not None else None
    except PlaywrightError:
        child = None
    if child is None or depth >= 3:
        out.append(Line(y, level, [f"[iframe {label}: not readable]"]))
        return
    if not _same_origin(parent.url, child.url):
        snap.cross_origin_frames.append(child.url)
        w, h = seg["box"][2], seg["box"][3]
        snap.other_site_boxes.append(
            (child.url, (int(bx + offset[0]), int(by + offset[1]), int(w), int(h)))
        )
        if _CAPTCHA.search(child.url):
            snap.has_captcha = True
        out.append(Line(y, level, [
            f"[iframe from {origin(child.url)} (other site, not shown): use browser_screenshot and "
            f"browser_click_at; it sits at x={bx}, y={by}, {seg['box'][2]}x{seg['box'][3]}]"
        ]))
        return
    out.append(Line(y, level, [f"iframe {label}:"]))
    try:
        await _collect(
            child, refs, snap, out, offset=(offset[0] + bx, offset[1] + by), indent=level + 1,
            depth=depth + 1, is_main=False, y_offset=y,
        )
    except PlaywrightError:
        out.append(Line(y, level + 1, ["[iframe content not readable]"]))


async def take_snapshot(page: Page, refs: RefMap, *, budget: int = DEFAULT_BUDGET) -> Snapshot:
    """Snapshot the page's top frame and its same-origin iframes, assigning refs through ``refs``."""
    snap = Snapshot(title="", url=page.url, text="")
    lines: list[Line] = []
    data = await _collect(page.main_frame, refs, snap, lines, offset=(0.0, 0.0), indent=0, depth=0, is_main=True)
    vp = data["vp"]
    snap.title = str(data["title"])
    snap.url = str(data["url"])
    snap.viewport = {k: float(v) for k, v in vp.items()}
    snap.has_password = any(e.type == "password" for e in snap.elements.values())
    top = float(vp["sy"])
    lines = compact(lines, top, top + float(vp["h"]))
    body_text = " ".join(x.text for x in lines[:400])
    if _CAPTCHA.search(body_text) and any(
        "captcha" in (e.name + str(e.raw.get("fname", ""))).lower() or "robot" in e.name.lower()
        for e in snap.elements.values()
    ):
        snap.has_captcha = True
    snap.text = render_body(lines, vp, budget)
    return snap


