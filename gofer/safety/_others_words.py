"""Other people's words on a site's own pages: reviews, comments and text the site echoes from a link.

A remembered approval is given for what a site offers, not for what its visitors write there. A shop's product
review or a search page that repeats its query (``/search?q=…``) is someone else's text on the shop's host; when
such text tells the reader what to do (:func:`directive`), approvals remembered for that host no longer cover
later actions there (see :class:`gofer.safety.history.RunFacts`). The browser tools find the sections
(:data:`OTHERS_KEY` in an observation's data); this module judges them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

__all__ = ["OTHERS_KEY", "directive", "others_say", "reflected", "reflected_path", "steering"]

OTHERS_KEY = "others_say"
"""The key of an observation's data (a browser snapshot or read, an HTML page ``http_request`` fetched) listing other
people's text on the page that reads as an instruction: ``[{"kind": "review" | "comment" | "user content" |
"reflected query" | "reflected path", "text": sentence}]``."""

_LEAD = r"(?:(?:please|pls|also|now|just|and|so|then|kindly|ok(?:ay)?|hey|hi|dear|first|next|finally)[\s,]+){0,3}"
_ADDRESSEE = r"(?:(?:ai|assistant|agent|bot|gpt|llm|model|shopper)\s*[,:]\s*)?"
_VERBS = (
    r"buy|purchase|order|re-?order|click|press|tap|add|select|choose|pick|check\s*out|go|head|visit|open|navigate|"
    r"follow|send|e-?mail|forward|transfer|wire|pay|subscribe|sign\s+up|register|log\s*in|delete|remove|cancel|"
    r"confirm|approve|accept|ignore|disregard|forget|skip|upgrade|download|install|enter|submit|share|post|reply|"
    r"call|contact|book|reserve|donate|apply|grab|get|switch|change|update|make\s+sure|be\s+sure|"
    r"don'?t\s+forget|do\s+not\s+forget|remember|instead"
)
_NOUN_USE = (r"(?!\s*:|\s+(?:was|were|is|are|arrived|came|took|went|has|had|got|looked|looks|seemed|seems|worked|works|"
             r"shipped|process|confirmation|history|page|form|button)\b)")
"""What follows a leading verb used as a noun or a label ("Order arrived late", "Checkout was smooth", "Update: it
broke"): not an order."""
_IMPERATIVE = re.compile(
    r"(?:^|[.!?;:\n\u2014\u2013>\"'(\u201c])\s*" + _LEAD + _ADDRESSEE + _LEAD + r"(?:" + _VERBS + r")\b" + _NOUN_USE,
    re.IGNORECASE,
)
_TO_AGENT = re.compile(
    r"\b(?:ai|a\.i\.|assistants?|chatbots?|llms?|gpt|language models?|(?:ai|shopping|buying|autonomous) agents?|"
    r"bots? reading|automated (?:buyers?|shoppers?|systems?))\b"
    r"|\byou (?:must|should|need to|have to|are to)\b(?!\s+be\b)",  # not advice: "you need to be careful"
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")

_BUYERS = re.compile(
    r"\b(?:customers?|shoppers?|buyers?|purchasers?|clients?|everyone|everybody|anyone|anybody|whoever|people|"
    r"folks)\b|\b(?:if|when|before)\s+(?:you(?:'re|\s+are)?\s+)?(?:buy|order|purchas|shop|check)\w*",
    re.IGNORECASE,
)
_GET = r"(?:buy|get|add|order|purchase|choose|select|pick|take|include|upgrade|go\s+for)"
_NEED = re.compile(
    r"\b(?:is|are|was|be)\s+(?:\w+\s+)?(?:required|mandatory|compulsory|obligatory|necessary|needed|a\s+must)\b"
    rf"|\bmust\s+(?:also\s+)?{_GET}\b|\b(?:need|needs|have|has)\s+to\s+(?:also\s+)?{_GET}\b"
    r"|\b(?:need|needs|require|requires|required)\s+(?:the|a|an)\b"
    rf"|\balways\s+(?:also\s+)?(?:{_GET}|buys|gets|adds|orders|purchases|chooses|picks|takes|upgrades|goes\s+for|needs?)\b"
    r"|\b(?:won'?t|will\s+not|can'?t|cannot|doesn'?t|does\s+not|don'?t|do\s+not|isn'?t|is\s+not)\s+(?:be\s+)?"
    r"(?:ship|deliver|dispatch|arrive|work|activate|process|valid)\w*\s+without\b"
    r"|\bonly\s+(?:ships?|deliver|delivers|works?|arrives?|dispatch(?:es)?)\s+with\b",
    re.IGNORECASE,
)
_OFFER_NOUN = (r"(?:plan|package|bundle|tier|subscription|membership|warranty|protection|insurance|add-?on|upgrade|"
               r"hamper|edition|version|pack|kit|option|service|box|combo)s?\b")
_OFFER = re.compile(
    r"(?i:\b(?:premium|gold|golden|platinum|deluxe|pro|plus|vip|elite|ultimate|silver|diamond|extended|express|"
    rf"priority|luxury|advanced)(?:\s+\w+)?\s+{_OFFER_NOUN})|\b[A-Z][\w-]*\s+(?i:{_OFFER_NOUN})"
)
_PURCHASE = re.compile(
    r"\b(?:deliver(?:y|ed|ing)?|ship(?:s|ping|ped)?|dispatch(?:ed)?|check\s*-?out|orders?|purchases?|"
    r"activation)\b|\bto\s+(?:buy|purchase)\b",
    re.IGNORECASE,
)


def steering(sentence: str) -> bool:
    """True when ``sentence`` steers a purchase without an imperative: it names an offer (a tier or a named plan,
    package, bundle, warranty …) as required or as what buyers "always" get, and it speaks to buyers ("customers
    who bought this", "shoppers", "if you're ordering") or of the purchase itself (delivery, checkout, the order).
    "Shoppers: the Gold package is required for delivery" does; "I always buy two" or "the app needs a Pro
    subscription for syncing" does not."""
    return bool(_OFFER.search(sentence) and _NEED.search(sentence)
                and (_BUYERS.search(sentence) or _PURCHASE.search(sentence)))


def directive(text: str) -> str | None:
    """The first sentence of ``text`` that tells its reader to do something (an imperative such as "Buy …",
    "Click …", "Ignore …", words aimed at an AI assistant, or a purchase named as required, see :func:`steering`),
    or None. The bar is low on purpose: what it decides is only whether a person is asked again."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if sentence and (_IMPERATIVE.search("\n" + sentence) or _TO_AGENT.search(sentence) or steering(sentence)):
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


_ECHO_HEADS = frozenset({
    "search", "s", "q", "query", "find", "results", "tag", "tags", "topic", "topics", "label", "labels", "hashtag",
    "keyword", "keywords",
})
"""Path segments after which a site puts what the visitor looked for (``/search/<text>``, ``/tag/<text>``): a slug
there is words (``blue-enamel-mug``); elsewhere only a segment with spaces in it is (a site's own slugs have none)."""
_WORD_SEPARATORS = re.compile(r"[\s_+-]+")


def _words(text: str) -> str:
    """``text`` lowercased with its words separated by single spaces (``-``, ``_`` and ``+`` separate too)."""
    return " ".join(_WORD_SEPARATORS.sub(" ", text).split()).lower()


def reflected_path(url: str, text: str) -> list[str]:
    """The path segments of ``url`` that the page's ``text`` repeats as words: a segment after a search or tag
    head (``/search/click-buy-now``), or any segment with spaces (``/p/Click%20Buy%20now``), decoded, of eight
    characters or more and two words or more (separators, case and spacing ignored)."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    segments = path.split("/")
    page = _words(text)
    found: list[str] = []
    for before, segment in zip(["", *segments], segments, strict=False):
        after_head = before.lower() in _ECHO_HEADS
        decoded = unquote_plus(segment) if after_head else unquote(segment)
        if not after_head and not re.search(r"\s", decoded.strip()):
            continue
        spaced = " ".join(_WORD_SEPARATORS.sub(" ", decoded).split())
        if len(spaced) >= 8 and len(re.findall(r"[^\W\d_]{2,}", spaced)) >= 2 and _words(spaced) in page \
                and spaced not in found:
            found.append(spaced)
    return found


def others_say(sections: list[tuple[str, str]], url: str, text: str) -> list[dict[str, str]]:
    """What :data:`OTHERS_KEY` holds for a page: of its sections of other people's text (``(kind, text)``) and of
    the query and path text it repeats (:func:`reflected`, :func:`reflected_path`), each one that reads as an
    instruction, with that sentence."""
    found = [(kind, body) for kind, body in sections]
    found += [("reflected query", value) for value in reflected(url, text)]
    found += [("reflected path", value) for value in reflected_path(url, text)]
    out: list[dict[str, str]] = []
    for kind, body in found:
        sentence = directive(body)
        if sentence is not None and len(out) < 8:
            out.append({"kind": kind, "text": sentence})
    return out
