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

__all__ = [
    "OTHERS_KEY",
    "Shape",
    "directive",
    "echoed_segment",
    "echoed_slug",
    "others_say",
    "reflected",
    "reflected_path",
    "same_route",
    "segment_parts",
    "slug_parts",
    "steering",
]

OTHERS_KEY = "others_say"
"""The key of an observation's data (a browser snapshot or read, an HTML page ``http_request`` fetched) listing other
people's text on the page that reads as an instruction: ``[{"kind": "review" | "comment" | "user content" |
"listing" | "reflected query" | "reflected path", "text": sentence}]``."""

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

_GOT = r"(?:get|gett|buy|add|order|choos|pick|tak|upgrad|includ|purchas|go(?:ing)?\s+for)\w*"
_SKIPPED = (r"(?:skipp\w*|skips?|pass(?:ed|es|ing)?\s+(?:on|up)|w[ea]nt?\s+without|going\s+without|left\s+out|"
            r"leaving\s+out|declin\w*|(?:did|do|does)(?:\s*not|n'?t)\s+" + _GOT + r")")
_CROWD = (r"(?:(?:most|many|all|the|other|smart|savvy|experienced|regular|seasoned|real)\s+)?"
          r"(?:buyers|customers|shoppers|purchasers|owners|people|users|folks|clients)"
          r"|everyone|everybody|anyone|anybody|those|you(?:'ll|\s+will|'d|\s+would)?")
_REGRET = re.compile(
    rf"\b(?:{_CROWD})\s+(?:\w+\s+)?(?:(?:regret\w*|(?:are|were|will\s+be|'ll\s+be)\s+sorry(?:\s+for)?)\s+"
    rf"(?:(?:not|never)\s+{_GOT}(?!\s+(?:it|this|one|them)\b)|{_SKIPPED})|wish(?:es|ed)?\s+(?:they|you)\s+had\s+(?:got|gotten|bought|added|"
    r"ordered|chosen|picked|taken|upgraded|gone\s+for|included))\b"
    rf"|\b(?:nobody|no\s*-?\s*one|none\s+of\s+(?:us|them|the\s+\w+))\s+who\s+{_SKIPPED}\b.{{0,80}}?"
    r"\b(?:was|were|is|are|has\s+been|have\s+been|ended\s+up|felt|seemed|stayed)\s+(?:\w+\s+)?"
    r"(?:happy|satisfied|pleased|glad|content)\b"
    rf"|\b(?:{_CROWD})\s+who\s+{_SKIPPED}\b.{{0,80}}?\b(?:regret\w*|(?:was|were|is|are|ended\s+up)\s+"
    r"(?:\w+\s+)?(?:sorry|disappointed|unhappy|miserable|stuck|stranded))\b"
    r"|(?:^|[.!?;:,]\s*)(?:(?:but|and|so|just|please|seriously)\s+)?(?:don'?t|do\s+not|never)\s+(?:skip|pass\s+(?:on|up)|go\s+without|leave\s+out)\b",
    re.IGNORECASE,
)
"""Social proof that steers without an imperative: buyers "regret not getting" something, "nobody who skipped" it
"was happy", "you'll be sorry for skipping", "don't skip". Said of the speaker alone ("I regret not buying two"),
it is a review."""

_ADD_ON = (r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:plan|package|bundle|tier|subscription|membership|warranty|protection|"
           r"insurance|add-?on|upgrade|hamper|pack|kit|option|service|box|combo|extras?)s?\b")
_GLAD = (r"(?:(?:was|were|is|are|ended\s+up|felt|seem(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+\s+)?"
         r"(?:glad|happy|happier|happiest|satisfied|pleased|delighted|thrilled|content|grateful|relieved)"
         r"|lov(?:e|es|ed)\s+(?:it|them|the)|never\s+looked\s+back|(?:had|have|has)\s+no\s+regrets|swear\s+by)")
_TOOK = rf"(?:{_GOT}|got|gotten|bought|chose|chosen|took|went\s+for|opted\s+for|splurged\s+on|sprang\s+for)"
_PRAISE = re.compile(
    rf"\b(?:{_CROWD})\s+(?:who|that)\s+(?:\w+\s+)?{_TOOK}(?:\s+(?:to|on|with))?\s+{_ADD_ON}.{{0,80}}?\b{_GLAD}\b"
    r"|\b(?:happiest|most\s+(?:satisfied|pleased|delighted)|(?:only|all\s+the)\s+(?:happy|satisfied)\s+)"
    rf"\s*(?:{_CROWD})\s+(?:are|were|have\s+been)\s+(?:those|the\s+ones|(?:the\s+)?(?:people|ones))\s+who\s+"
    rf"(?:\w+\s+)?{_TOOK}(?:\s+(?:to|on|with))?\s+{_ADD_ON}",
    re.IGNORECASE,
)
"""Social proof that praises an add-on without regret or skipping: "Everyone who got the bundle was glad",
"Customers who added the warranty were happiest", "The happiest customers were the ones who added the warranty".
Of the product itself ("Everyone who bought it was happy") or of the speaker alone ("I got the bundle and was
glad"), it is a review."""

_KIT = (r"(?:plan|package|bundle|tier|subscription|membership|warranty|protection|insurance|add-?on|upgrade|hamper|"
        r"pack|kit|option|service|box|combo|extra|case|cover|charger|adapter|stand|bag|sleeve|protector|cable|"
        r"batter(?:y|ie)|lens|lense|mount|strap|filter|refill|accessor(?:y|ie))s?")
"""What is sold with a product: an offer (a plan, a warranty) or an accessory (a case, a charger)."""
_PROS = (r"(?:the\s+)?(?:pros|professionals|experts|regulars|veterans|insiders|enthusiasts|power\s+users|"
         r"those\s+in\s+the\s+know)")
_KIT_PRAISE = re.compile(
    rf"\b{_KIT}\s+(?:buyers|owners|customers|users|subscribers|members|holders|purchasers)\s+"
    rf"(?:(?:all|really|absolutely|just|always)\s+)?(?:{_GLAD}|adore|rave\s+about|never\s+regret)"
    rf"|\b(?:{_CROWD}|{_PROS})\s+(?:(?:all|also|just|really)\s+)?(?:(?:always|usually|invariably)\s+(?:also\s+)?"
    r"(?:adds?|gets?|buys?|takes?|grabs?|picks?|chooses?|includes?|orders?|throws?\s+in|go(?:es)?\s+for|"
    r"pairs?\s+it\s+with|upgrades?\s+to)|never\s+(?:go(?:es)?\s+without|skips?|pass(?:es)?\s+(?:on|up)))"
    rf"\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_KIT}\b",
    re.IGNORECASE,
)
"""Praise of an add-on by those who bought it or by the knowing: "Warranty buyers love it", "Gold plan customers are
the happiest", "The pros always add the case", "Regulars never go without the protection plan". Of the product
("Kettle owners love it") or of one's own habit ("I always add the case"), it is a review."""

_A_KIT = rf"(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{_KIT}\b"
_MUST_HAVE = re.compile(
    rf"\b{_A_KIT}\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?:(?:absolute|total|real|definite|true)\s+)?"
    r"(?:must(?:\s*-\s*|\s+)?haves?|must|essentials?|non-?negotiable|indispensable|no-?brainer|"
    r"worth\s+(?:it|every\s+(?:penny|cent)))\b"
    rf"|\byou(?:'ll|\s+will|'d|\s+would)\s+(?:(?:definitely|really|also|probably|absolutely)\s+)?(?:want|need)\s+{_A_KIT}"
    rf"|\b(?:crazy|mad|foolish|silly|nuts)\s+not\s+to\s+{_GOT}\s+{_A_KIT}"
    rf"|\bdo\s+yourself\s+a\s+favou?r\s*,?\s+(?:and\s+)?{_GOT}\s+{_A_KIT}",
    re.IGNORECASE,
)
"""An add-on named as a must-have to the reader: "The case is a must-have", "The Gold plan is worth every penny",
"You'll want the warranty", "You'd be crazy not to get the protection plan", "Do yourself a favour and get the case".
Of the product ("This case is a must-have", "The kettle is essential") or of other advice ("You'll want to descale
it"), it is a review."""


def steering(sentence: str) -> bool:
    """True when ``sentence`` steers a purchase without an imperative: it names an offer (a tier or a named plan,
    package, bundle, warranty …) as required or as what buyers "always" get, and it speaks to buyers ("customers
    who bought this", "shoppers", "if you're ordering") or of the purchase itself (delivery, checkout, the order).
    "Shoppers: the Gold package is required for delivery" does; "I always buy two" or "the app needs a Pro
    subscription for syncing" does not. So does social proof about skipping something (:data:`_REGRET`): "Most
    buyers regret not getting the hamper", "Nobody who skipped the insurance was happy"; "I regret not buying two"
    does not. And so does praise from the crowd for an add-on (:data:`_PRAISE`): "Everyone who got the bundle was
    glad"; "Everyone who bought it was happy" does not; and so does praise of an add-on by its buyers or the knowing
    (:data:`_KIT_PRAISE`): "Warranty buyers love it", "The pros always add the case"; and so does an add-on named a
    must-have (:data:`_MUST_HAVE`): "The case is a must-have", "You'll want the warranty"."""
    return bool(_OFFER.search(sentence) and _NEED.search(sentence)
                and (_BUYERS.search(sentence) or _PURCHASE.search(sentence))) \
        or bool(_REGRET.search(sentence) or _PRAISE.search(sentence) or _KIT_PRAISE.search(sentence)
                or _MUST_HAVE.search(sentence))


def directive(text: str) -> str | None:
    """The first sentence of ``text`` that tells its reader to do something (an imperative such as "Buy …",
    "Click …", "Ignore …", words aimed at an AI assistant, or a purchase named as required, see :func:`steering`),
    or None. The bar is low on purpose: what it decides is only whether a person is asked again."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if sentence and (_IMPERATIVE.search("\n" + sentence) or _TO_AGENT.search(sentence) or steering(sentence)):
            return sentence[:200]
    return None


_WORD_SEPARATORS = re.compile(r"[\s_+-]+")


def fold_words(text: str) -> str:
    """``text`` lowercased with its words separated by single spaces (``-``, ``_`` and ``+`` separate too)."""
    return " ".join(_WORD_SEPARATORS.sub(" ", text).split()).lower()


def reflected(url: str, text: str) -> list[str]:
    """The query values (and fragment) of ``url`` that the page's ``text`` repeats: text whoever wrote the link
    put on the page (eight characters or more; case, spacing and the separators ``-``, ``_`` and ``+`` ignored:
    ``?ref=click-buy-now`` echoed as "click buy now" counts)."""
    try:
        split = urlsplit(url)
    except ValueError:
        return []
    values = [v for _, v in parse_qsl(split.query, keep_blank_values=False)]
    if split.fragment:
        values.append(unquote_plus(split.fragment))
    page = fold_words(text)
    found = []
    for value in values:
        norm = " ".join(value.split())
        if len(norm) >= 8 and fold_words(norm) in page and norm not in found:
            found.append(norm)
    return found


_ECHO_HEADS = frozenset({
    "search", "s", "q", "query", "find", "results", "tag", "tags", "topic", "topics", "label", "labels", "hashtag",
    "keyword", "keywords",
})
"""Path segments after which a site puts what the visitor looked for (``/search/<text>``, ``/tag/<text>``): a slug
there is words (``blue-enamel-mug``); elsewhere only a segment with spaces in it is (a site's own slugs have none)."""
_NOT_FOUND = re.compile(
    r"\b(?:not\s+(?:be\s+)?found|no\s+(?:results?|matches|such|page)|nothing\s+(?:was\s+)?(?:found|match\w*)|"
    r"(?:could|can|did)(?:\s*not|n'?t)\s+(?:be\s+)?(?:find|found|locate)|cannot\s+(?:be\s+)?(?:find|found|locate)|"
    r"(?:does|do|did)(?:\s*not|n'?t)\s+exist|no\s+longer\s+(?:exists?|available|here)|"
    r"(?:is|was|are)(?:\s*not|n'?t)\s+(?:available|here)|did\s+you\s+mean|you\s+(?:searched|looked|asked)\s+for|"
    r"(?:moved|removed|deleted)\s+or\s+(?:moved|removed|deleted)|error\s+404|404)\b",
    re.IGNORECASE,
)
"""What a page says when it could not serve what its address asked for ("not found", "no results", "did you mean",
"404"): a page that says so near a slug of its address is repeating the address, not showing its own title."""
_ECHO_REACH = 200
_MISSING = frozenset({404, 410})
"""HTTP statuses that say the address names nothing: what such a page shows of the address is the address's."""


_BARE_WORDS = 20
"""Words a page may have besides a slug it repeats and still be "little more than the slug": a site's "not found"
template (a logo, a few links, a footer) around the words of its address."""


def _long_slug(words: str) -> bool:
    """Whether ``words`` are a slug of three words or more and sixteen characters ("contact us" is a site's own
    page's name, which a "not found" page may well show in its links)."""
    return len(words) >= 16 and words.count(" ") >= 2


def _bare(words: str, page: str) -> bool:
    """Whether ``page`` is little more than ``words`` (a slug of three words or more and sixteen characters) and
    those words are pointed (:func:`_pointed`) or the page says anywhere that it found nothing ("Page not found" as
    its title, far from the echo): a page that only echoes its address. A short real page that shows its slug as its
    title ("Buy one get one free", "Click here to subscribe") says nothing pointed and finds what it shows."""
    return _long_slug(words) and words in page and len(page.replace(words, " ").split()) <= _BARE_WORDS \
        and (_pointed(words) or bool(_NOT_FOUND.search(page)))


def _pointed(words: str) -> bool:
    """Whether ``words`` say more than a site's own page title could: they speak to an AI assistant, the injection
    detector calls them an injection, they steer a purchase, or they order the reader to get a named offer ("click
    buy on the gold plan")."""
    from gofer.safety.detector import scan  # its rule tables compile on first use, not when the tools import

    ordered_offer = _IMPERATIVE.search("\n" + words) and _OFFER.search(words)
    return bool(_TO_AGENT.search(words) or steering(words) or ordered_offer or scan(words).verdict == "injection")


def _echoed(words: str, page: str, slug: bool, missing: bool = False) -> bool:
    """Whether ``page`` (see :func:`fold_words`) repeats ``words``; a ``slug`` (a segment outside a search or tag head,
    without spaces) only where the page says, within :data:`_ECHO_REACH` characters, that it found nothing, where
    the page is little more than the slug (:func:`_bare`), or anywhere when the server said the page is ``missing``
    (404, 410) and the slug is long (:func:`_long_slug`)."""
    if slug and (_bare(words, page) or (missing and _long_slug(words) and words in page)):
        return True
    start = page.find(words)
    while slug and start >= 0:
        if _NOT_FOUND.search(page, max(0, start - _ECHO_REACH), start + len(words) + _ECHO_REACH):
            return True
        start = page.find(words, start + 1)
    return start >= 0


def reflected_path(url: str, text: str, missing: bool = False) -> list[str]:
    """The path segments of ``url`` that the page's ``text`` repeats as words: a segment after a search or tag
    head (``/search/click-buy-now``), any segment with spaces (``/p/Click%20Buy%20now``), and any other segment
    where the page says near it that nothing was found (a "not found" page that repeats ``/click-buy-now`` as
    "click buy now"; a site's own page that repeats its slug as its title says no such thing) or where the page is
    little more than the slug (:func:`_bare`), or anywhere on a page the server said is ``missing`` (a 404 that
    shows "Buy now and confirm" for ``/buy-now-and-confirm``); decoded, of eight characters or more and two words or
    more (separators, case and spacing ignored)."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    segments = path.split("/")
    page = fold_words(text)
    found: list[str] = []
    for before, segment in zip(["", *segments], segments, strict=False):
        after_head = before.lower() in _ECHO_HEADS
        decoded = unquote_plus(segment) if after_head else unquote(segment)
        slug = not after_head and not re.search(r"\s", decoded.strip())
        spaced = " ".join(_WORD_SEPARATORS.sub(" ", decoded).split())
        if len(spaced) >= 8 and len(re.findall(r"[^\W\d_]{2,}", spaced)) >= 2 and spaced not in found \
                and _echoed(fold_words(spaced), page, slug, missing):
            found.append(spaced)
    return found


_SLUG = re.compile(r"^(.*/)([^/]+?)((?:\.(?:html?|php|aspx?|jsp))?/?)$", re.IGNORECASE)


def slug_parts(path: str) -> tuple[str, str, str]:
    """An address's path as a catch-all route reads it: its folder (up to the slash before the slug), its slug (the
    last segment with a name) and what the route writes after every slug, a slash (Django's ``/p/<slug>/``) or a
    page's extension (``/p/<slug>.html``); ``(path, "", "")`` for a path with no segment (``/``)."""
    m = _SLUG.match(path)
    return (m.group(1), m.group(2), m.group(3)) if m else (path, "", "")


def segment_parts(path: str) -> list[tuple[str, str, str]]:
    """Each way a catch-all route may read ``path``: the slug in its last named segment (:func:`slug_parts`) first,
    then in each segment before it (``/p/<slug>/reviews``), as ``(folder, slug, what follows it)``."""
    found = [parts] if (parts := slug_parts(path))[1] else []
    segments = path.split("/")
    last = max((at for at, segment in enumerate(segments) if segment), default=0)
    for at in range(last - 1, 0, -1):
        if segments[at]:
            found.append(("/".join(segments[:at]) + "/", segments[at], "/" + "/".join(segments[at + 1:])))
    return found


def echoed_segment(url: str, text: str, status: int | None = None) -> tuple[tuple[str, str, str], str] | None:
    """The segment of ``url``'s path (:func:`segment_parts`, the last named one first) whose words the page's
    ``text`` repeats (as whole words) and would read as an instruction that :func:`reflected_path` did not take as
    the address's (a 200 page titled "Buy now and confirm" at ``/p/buy-now-and-confirm``, at ``/p/buy-hamper/``, or
    at ``/p/buy-now-and-confirm/reviews``), with those words: a slug of one word or more of two letters on a page
    not said to be missing. Such a page is either a real page showing its own title or a catch-all route echoing
    whatever the link said, which only a probe of a sibling slug tells apart (:func:`same_route`); None for any
    other page."""
    try:
        candidates = segment_parts(urlsplit(url).path)
    except ValueError:
        return None
    if status in _MISSING:
        return None
    page: str | None = None  # a page's text of a MB takes a while to fold: only for a segment that orders
    taken: set[str] | None = None
    for parts in candidates:
        words = fold_words(unquote(parts[1]))
        if not re.search(r"[^\W\d_]{2}", words) or re.search(r"[^\w ]", words) or directive(words) is None:
            continue
        page = fold_words(text) if page is None else page
        if not _whole(words).search(page):
            continue
        if taken is None:
            taken = {fold_words(w) for w in reflected_path(url, text)}
        if words not in taken:
            return parts, words
    return None


def echoed_slug(url: str, text: str, status: int | None = None) -> str | None:
    """The words of :func:`echoed_segment`: those of the segment of ``url`` its page repeats that a probe must tell
    a real page's title from a catch-all's echo in; None for any other page."""
    found = echoed_segment(url, text, status)
    return None if found is None else found[1]


def _whole(words: str) -> re.Pattern[str]:
    """``words`` (see :func:`fold_words`) as whole words: "buy" is not in "buyers"."""
    return re.compile(rf"(?<!\S){re.escape(words)}(?!\S)")


_NUMBERED = re.compile(r"\S*\d\S*")
"""A word with a digit (a time, a count, an id): a route's page may differ by them from one request to the next."""

Shape = list[tuple[str, str]]
"""A page's text nodes in document order, each with the path of tag names of the element it is in
(``("body/article/h1", "Buy now")``): what :func:`same_route` compares."""


def same_route(words: str, page: Shape, probes: list[tuple[str, Shape]]) -> bool:
    """Whether a page (``page``) that shows ``words``, its address's slug, is what its route makes of any slug: each
    probe of a sibling address with a random slug (``(its words, its page)``) came back with its words where the
    page has the slug, element for element (the same elements, in the same order), with the same text in each
    element, words with digits aside, but where the probes disagree (what the route adds per request, a random pick
    or a date): there the page's text must only begin and end with the words all the probes begin and end that
    element with ("Today's pick: …"). The slug must be in what the probes agree on, in one element or across
    elements in a row (a route that makes an element of each word, probed with a slug of as many words: each probe
    word stands for the slug's word in its place). A real page ("Buy one get one
    free" with its offer) differs from what the route shows for a slug it does not know (a 404, a page of its own,
    nothing echoed)."""
    mine = [text.split() for text in _echo_of(page)]
    same: list[list[list[str]]] = []
    for probe_words, probe in probes:
        said = _whole(probe_words)
        if [p for p, _ in probe] != [p for p, _ in page] or not said.search(" ".join(fold_words(t) for _, t in probe)):
            return False
        # a probe of the slug's shape (as many words, as long) may have its words apart, an element each: each
        # random word stands for the slug's word in its place
        each = dict(zip(probe_words.split(), words.split(), strict=True)) \
            if len(probe_words.split()) == len(words.split()) else {}
        same.append([_echo_of([(p, _swap(said.sub(words, fold_words(t)), each))])[0].split() for p, t in probe])
    agreed: list[str] = []
    for at, text in enumerate(mine):
        shown = [probe[at] for probe in same]
        if all(s == shown[0] for s in shown):
            if text != shown[0]:
                return False
            head, tail = text, []
        else:
            head = _common(shown)
            tail = _common([s[::-1] for s in shown])[:min(len(s) for s in shown) - len(head)][::-1]
            if text[:len(head)] != head or text[len(text) - len(tail):] != tail or len(text) < len(head) + len(tail):
                return False
        agreed += [*head, "\n", *tail] if tail else head
    return bool(_whole(words).search(" ".join(agreed)))


def _swap(text: str, each: dict[str, str]) -> str:
    """``text`` (see :func:`fold_words`) with each of its words that ``each`` names replaced by what it stands for."""
    return " ".join(each.get(word, word) for word in text.split()) if each else text


def _common(texts: list[list[str]]) -> list[str]:
    """The words all of ``texts`` begin with."""
    first = texts[0]
    size = next((i for i in range(len(first)) if any(len(t) <= i or t[i] != first[i] for t in texts)), len(first))
    return first[:size]


def _echo_of(page: Shape) -> list[str]:
    """The text of each of ``page``'s nodes as :func:`same_route` compares it: :func:`fold_words`, words with digits
    left out."""
    return [" ".join(_NUMBERED.sub("", fold_words(text)).split()) for _, text in page]


def others_say(sections: list[tuple[str, str]], url: str, text: str, status: int | None = None
               ) -> list[dict[str, str]]:
    """What :data:`OTHERS_KEY` holds for a page: of its sections of other people's text (``(kind, text)``) and of
    the query and path text it repeats (:func:`reflected`, :func:`reflected_path`; its HTTP ``status``, when known,
    may say the page is missing), each one that reads as an instruction, with that sentence."""
    found = list(dict.fromkeys(sections))  # a host's words found both in a listing and in the host's own object
    found += [("reflected query", value) for value in reflected(url, text)]
    found += [("reflected path", value) for value in reflected_path(url, text, status in _MISSING)]
    out: list[dict[str, str]] = []
    for kind, body in found:
        sentence = directive(body)
        if sentence is not None and len(out) < 8:
            out.append({"kind": kind, "text": sentence})
    return out
