"""Other people's words on a site's own pages: reviews, comments and text the site echoes from a link.

A remembered approval is given for what a site offers, not for what its visitors write there. A shop's product
review or a search page that repeats its query (``/search?q=…``) is someone else's text on the shop's host; when
such text tells the reader what to do (:func:`directive`), approvals remembered for that host no longer cover
later actions there (see :class:`gofer.safety.history.RunFacts`). The browser tools find the sections
(:data:`OTHERS_KEY` in an observation's data); this module judges them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote_plus, urlsplit

__all__ = ["OTHERS_KEY", "directive", "others_say", "reflected"]

OTHERS_KEY = "others_say"
"""The key of a browser observation's data listing other people's text on the page that reads as an instruction:
``[{"kind": "review" | "comment" | "user content" | "reflected query", "text": sentence}]``."""

_LEAD = r"(?:(?:please|pls|also|now|just|and|so|then|kindly|ok(?:ay)?|hey|hi|dear|first|next|finally)[\s,]+){0,3}"
_ADDRESSEE = r"(?:(?:ai|assistant|agent|bot|gpt|llm|model|shopper)\s*[,:]\s*)?"
_VERBS = (
    r"buy|purchase|order|re-?order|click|press|tap|add|select|choose|pick|check\s*out|go|head|visit|open|navigate|"
    r"follow|send|e-?mail|forward|transfer|wire|pay|subscribe|sign\s+up|register|log\s*in|delete|remove|cancel|"
    r"confirm|approve|accept|ignore|disregard|forget|skip|upgrade|download|install|enter|submit|share|post|reply|"
    r"call|contact|book|reserve|donate|apply|grab|get|switch|change|update|make\s+sure|be\s+sure|"
    r"don'?t\s+forget|do\s+not\s+forget|remember|instead"
)
_IMPERATIVE = re.compile(
    r"(?:^|[.!?;:\n\u2014\u2013>\"'(\u201c])\s*" + _LEAD + _ADDRESSEE + _LEAD + r"(?:" + _VERBS + r")\b", re.IGNORECASE
)
_TO_AGENT = re.compile(
    r"\b(?:ai|a\.i\.|assistants?|chatbots?|llms?|gpt|language models?|(?:ai|shopping|buying|autonomous) agents?|"
    r"bots? reading|automated (?:buyers?|shoppers?|systems?))\b|\byou (?:must|should|need to|have to|are to)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def directive(text: str) -> str | None:
    """The first sentence of ``text`` that tells its reader to do something (an imperative such as "Buy …",
    "Click …", "Ignore …", or words aimed at an AI assistant), or None. The bar is low on purpose: what it
    decides is only whether a person is asked again."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if sentence and (_IMPERATIVE.search("\n" + sentence) or _TO_AGENT.search(sentence)):
            return sentence[:200]
    return None


def reflected(url: str, text: str) -> list[str]:
    """The query values (and fragment) of ``url`` that the page's ``text`` repeats: text whoever wrote the link
    put on the page (eight characters or more; case and spacing ignored)."""
    try:
        split = urlsplit(url)
    except ValueError:
        return []
    values = [v for _, v in parse_qsl(split.query, keep_blank_values=False)]
    if split.fragment:
        values.append(unquote_plus(split.fragment))
    page = " ".join(text.split()).lower()
    found = []
    for value in values:
        norm = " ".join(value.split())
        if len(norm) >= 8 and norm.lower() in page and norm not in found:
            found.append(norm)
    return found


def others_say(sections: list[tuple[str, str]], url: str, text: str) -> list[dict[str, str]]:
    """What :data:`OTHERS_KEY` holds for a page: of its sections of other people's text (``(kind, text)``) and of
    the query text it repeats (:func:`reflected`), each one that reads as an instruction, with that sentence."""
    found = [(kind, body) for kind, body in sections]
    found += [("reflected query", value) for value in reflected(url, text)]
    out: list[dict[str, str]] = []
    for kind, body in found:
        sentence = directive(body)
        if sentence is not None and len(out) < 8:
            out.append({"kind": kind, "text": sentence})
    return out
