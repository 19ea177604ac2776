"""The sections of a page that other people wrote (reviews, comments, marked user content), for the observation's
data (see :mod:`gofer.safety._others_words`)."""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from gofer.safety._others_words import others_say

__all__ = ["others_on_page"]

_SECTIONS_JS = r"""
() => {
  const sel = '[itemprop~="review" i],[itemprop~="comment" i],[itemtype*="schema.org/Review" i],' +
    '[itemtype*="schema.org/Comment" i],[role="comment" i],ugc,[data-ugc],[class*="review" i],[class*="comment" i]';
  const cls = /^(?:user[-_]?)?(review|comment)s?(?:[-_](?:body|text|content|item|list|section|thread|card))?$/i;
  const kindOf = (el) => {
    const prop = (el.getAttribute('itemprop') || '').toLowerCase().split(/\s+/);
    if (prop.includes('review')) return 'review';
    if (prop.includes('comment')) return 'comment';
    const type = (el.getAttribute('itemtype') || '').toLowerCase();
    if (type.includes('schema.org/review')) return 'review';
    if (type.includes('schema.org/comment')) return 'comment';
    if ((el.getAttribute('role') || '').toLowerCase() === 'comment') return 'comment';
    if (el.localName === 'ugc' || el.hasAttribute('data-ugc')) return 'user content';
    for (const c of el.classList) { const m = cls.exec(c); if (m) return m[1].toLowerCase(); }
    return null;
  };
  const marked = new Map();
  for (const el of document.querySelectorAll(sel)) { const k = kindOf(el); if (k) marked.set(el, k); }
  const out = [];
  for (const [el, kind] of marked) {
    let up = el.parentElement, nested = false;
    while (up) { if (marked.has(up)) { nested = true; break; } up = up.parentElement; }
    if (nested) continue;
    out.push([kind, (el.innerText || el.textContent || '').slice(0, 4000)]);
    if (out.length >= 60) break;
  }
  return out;
}
"""


async def others_on_page(page: Page, url: str, text: str) -> list[dict[str, Any]]:
    """Other people's text on the page (its marked sections, and the link's query text it repeats) that reads as
    an instruction; empty when there is none or the page cannot be asked."""
    try:  # a page busy in a script of its own must not hold the observation up
        raw = await asyncio.wait_for(page.evaluate(_SECTIONS_JS), 2.0)
    except (PlaywrightError, TimeoutError):
        raw = []
    sections = [(str(k), str(t)) for k, t in raw if isinstance(t, str)] if isinstance(raw, list) else []
    return list(others_say(sections, url, text))
