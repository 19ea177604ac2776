"""A fast, local prompt-injection detector: weighted patterns over normalised text, no model, no network.

Each rule is a regular expression for one tell of injected instructions (an override of earlier
instructions, text addressing the AI, a fake system marker, a hijacked task, secrecy towards the user, an
order to send data somewhere, ...) with a weight. A text's evidence is the sum of the weights of the
distinct rules that fire (a rule counts once, with a small bonus when it repeats), and the score is
``1 - exp(-evidence / SCALE)``. Thresholds split clean, suspicious and injection.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from gofer.safety._detector_clauses import directives, is_letter, letter_intrusion
from gofer.safety._detector_payloads import code_payloads, harmful_requests, recipes
from gofer.safety._detector_prior import DOC_FACTOR, STRONG, prior
from gofer.safety._detector_vocab import TriggerIndex, Vocabulary
from gofer.safety._rules import FAR_REACHING, INSIDE_WORDS, RULES
from gofer.safety._rules_intl import RULES_INTL

__all__ = ["INJECTION_THRESHOLD", "SUSPICIOUS_THRESHOLD", "ScanResult", "Span", "scan"]

Verdict = Literal["clean", "suspicious", "injection"]

SUSPICIOUS_THRESHOLD = 0.1718  # the bench's dev threshold at FPR <= 2% (0.171730, round 14), rounded up
INJECTION_THRESHOLD = 0.7
SCALE = 3.0
_MAX_SPANS = 8
_SAME_KIND = 0.35
_SHIFT_WEIGHT = 0.7
_LETTER = 0.85
_SHIFT_NEEDS = 1.4
_WEAK_KINDS = frozenset({"pressure", "credentials", "directive", "verdict_claim"})
# Generic words that manuals, reports and letters use too ("WARNING:", "password", "debug mode", "act as",
# "silently", "is safe", "the contents of the file", "curl -d"): evidence made only of these, each weak, is not
# evidence of instructions.
_GENERIC_KINDS = frozenset({"pressure", "credentials", "jailbreak", "secrecy", "verbatim", "hijack", "new_orders",
                            "addresses_ai", "verdict_claim", "exfiltrate"})
_GENERIC_MAX = 1.05
_DESTINATION = re.compile(r"https?://|www\.|@[\w-]+\.")
_GENERIC_ONLY = 0.45
_SHIFT_MIN_SENTENCES = 6
_SHIFT_MAX_SHARE = 0.15
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_YOU = re.compile(r"\byou(?:rself|r)?\b")
_OPENS_WITH_ORDER = re.compile(
    r"\W*(?:please\s+)?(?:ignore|disregard|forget|send|forward|transfer|visit|open|click"
    r"|print|say|write|respond|reply|answer|output|focus|stop|remember|make sure|ensure|do not|don't|never|always)\b"
)

# How far before a trigger word a rule's match can start: most patterns open with (or a few words before) one of
# their trigger words; a few reach far back ("do ... instead").
_NEAR, _FAR = 60, 200
_ZERO_WIDTH_CHARS = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f")
_AFTER = 180  # the longest pattern reaches ~150 characters past its trigger word
_NOISE = re.compile(r"\\(?:\n[ \t]*\\?|[nrt])|[^\x00-\x7f]")
_ESCAPES = re.compile(r"\\(?:\n[ \t]*\\?|[nrt])")
_ASCII = frozenset(chr(i) for i in range(128))
_B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
# Words joined by hyphens, underscores, pluses or %20 into one token, as in a URL's path or fragment
# ("#OBJECTIVE:-You-MUST-COMPLETE-THIS-..."): read as a phrase when eight or more words are
# joined.
_JOINED = re.compile(r"[A-Za-z0-9:'.,!]+(?:(?:-|_|\+|%20)[A-Za-z0-9:'.,!]+){7,}")
_FUNCTION_WORDS = re.compile(r"\b(?:the|to|and|you|your|this|that|of|in|on|all|must|is|are|be|it|for|with|now)\b")
# The same seen from its first joint (a pattern that opens with a joint is found by a quick scan for the joints).
_JOINTS = re.compile(r"(?:[-_+]|%20)[A-Za-z0-9:'.,!]{1,40}(?:(?:[-_+]|%20)[A-Za-z0-9:'.,!]{1,40}){6}")


@dataclass(frozen=True)
class Span:
    """A suspicious part of the text: character offsets into the original, the text and the rule's kind."""

    start: int
    end: int
    text: str
    kind: str

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(frozen=True)
class ScanResult:
    """The detector's verdict on one text."""

    score: float
    verdict: Verdict
    spans: list[Span] = field(default_factory=list)
    kinds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape ``gofer guard scan`` prints."""
        return {"score": round(self.score, 4), "verdict": self.verdict, "spans": [s.to_dict() for s in self.spans]}


class _OffsetMap:
    """Maps offsets in the normalised text back to the original (anchor points at each rewrite)."""

    def __init__(self) -> None:
        self.norm: list[int] = [0]
        self.orig: list[int] = [0]

    def add(self, norm: int, orig: int) -> None:
        self.norm.append(norm)
        self.orig.append(orig)

    def __call__(self, i: int) -> int:
        k = bisect.bisect_right(self.norm, i) - 1
        return self.orig[k] + (i - self.norm[k])


# Typographic apostrophes read as the plain one ("don’t forget" is "don't forget").
_APOSTROPHES = frozenset("\u2018\u2019\u02bc")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    if ch in _ZERO_WIDTH_CHARS:
        return ""
    if ch in _APOSTROPHES:
        return "'"
    folded = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


def _fold_pattern(pattern: str) -> str:
    """A rule written in a language's own spelling, folded as scanned text is (its ASCII is already lower case)."""
    return "".join(c if c.isascii() else _fold(c) for c in pattern)


_RULES_INTL = [(kind, weight, tuple(_fold_pattern(t) for t in triggers), _fold_pattern(rx))
               for kind, weight, triggers, rx in RULES_INTL]
_RULES = [*RULES, *_RULES_INTL]
# The rules in other languages open with one of their trigger words: they are tried only where one starts.
_ANCHORED = -1
_COMPILED = [*((kind, weight, triggers, re.compile(rx), _FAR if any(t in FAR_REACHING for t in triggers) else _NEAR)
               for kind, weight, triggers, rx in RULES),
             *((kind, weight, triggers, re.compile(rx), _ANCHORED) for kind, weight, triggers, rx in _RULES_INTL)]
# Most texts are ASCII once folded: the rules all of whose trigger words are in other scripts are skipped for them.
_COMPILED_ASCII = [rule for rule in _COMPILED if any(t.isascii() for t in rule[2])]


def _normalise(text: str) -> tuple[str, _OffsetMap | None]:
    """Lower-cased text with zero-width characters dropped, compatibility forms (full-width letters,
    accents) folded, and escaped line breaks of JSON/YAML dumps (``\\n``, a trailing backslash) turned
    into spaces; with a map back to the original offsets when anything moved."""
    if "\\" not in text and text.isascii():
        return text.lower(), None
    noise = _NOISE
    if not text.isascii():
        chars = set(text) - _ASCII
        if _ZERO_WIDTH_CHARS.isdisjoint(chars):
            # Every other character folds to exactly one: offsets do not move, one C-level pass.
            text = text.translate({ord(c): _fold(c) for c in chars})
            noise = _ESCAPES
    else:
        noise = _ESCAPES
    if noise is _ESCAPES:
        # Only escapes to replace (each by one space): one C-level substitution, and the anchors in one light loop.
        spots = [m.span() for m in _ESCAPES.finditer(text)]
        if not spots:
            return text.lower(), None
        offsets = _OffsetMap()
        norm, orig = offsets.norm, offsets.orig
        shift = 0
        for a, b in spots:
            norm.append(a - shift)
            orig.append(a)
            norm.append(a - shift + 1)
            orig.append(b)
            shift += b - a - 1
        return _ESCAPES.sub(" ", text).lower(), offsets
    pieces: list[str] = []
    offsets = _OffsetMap()
    pos = npos = 0
    for m in noise.finditer(text):
        segment = text[pos:m.start()]
        pieces.append(segment)
        npos += len(segment)
        raw = m.group(0)
        rep = _fold(raw) if len(raw) == 1 else " "
        pieces.append(rep)
        if len(rep) != len(raw):
            offsets.add(npos, m.start())
            offsets.add(npos + len(rep), m.end())
        npos += len(rep)
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces).lower(), offsets


def _joined_phrases(text: str) -> list[tuple[int, int, str]]:
    """Phrases smuggled as one hyphen- or underscore-joined token (a URL slug or fragment), spelled out, with
    where the token is."""
    found: list[tuple[int, int, str]] = []
    pos = 0
    while len(found) < 4 and (j := _JOINTS.search(text, pos)):
        # (Never from before ``pos``: a suffix of the token just read would be found again, for ever.)
        m = _JOINED.search(text, max(pos, j.start() - 41), j.end() + 4000)
        if m is None:
            break
        phrase = re.sub(r"-|_|\+|%20", " ", m.group(0))
        if len(_FUNCTION_WORDS.findall(phrase.lower())) >= 2:
            # A sentence, not an identifier ("g_list_store_find_with_equal_func_full").
            found.append((m.start(), m.end(), phrase))
        pos = m.end()
    return found


def _decoded_payloads(text: str) -> list[tuple[int, int, str]]:
    """Base64 blobs that decode to readable text (a common way to smuggle instructions), with where they are."""
    found: list[tuple[int, int, str]] = []
    for m in _B64.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
            decoded = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() and sum(c.isalpha() or c == " " for c in decoded) > 0.85 * len(decoded):
            found.append((m.start(), m.end(), decoded))
        if len(found) >= 4:
            break
    return found


_LETTERS = re.compile(r"[a-z]+")
# Each trigger's longest run of letters: it occurs in the text only if that run occurs inside one of its words.
_TRIGGER_KEY = {t: max(_LETTERS.findall(t), key=len, default=t) for _, _, triggers, _ in _RULES for t in triggers}


_INDEX = TriggerIndex(_TRIGGER_KEY.values())
# Each rule's trigger words as the index knows them.
_RULE_KEYS = {rx: frozenset(_TRIGGER_KEY[t] for t in triggers) for _, _, triggers, rx, _ in _COMPILED}


def vocabulary(text: str) -> Vocabulary:
    """Which trigger words occur in the text (``word in vocabulary``), cheaper than a search per word."""
    return Vocabulary(text, INSIDE_WORDS, _INDEX)


def _trigger_windows(text: str, trigger: str, cache: dict[str, list[tuple[int, int]]], vocab: Vocabulary,
                     before: int = _NEAR) -> list[tuple[int, int]]:
    """Merged stretches of text around the occurrences of one trigger word, computed once per text and shared by
    the rules. Each stretch is grown with one backward search for the last occurrence close enough to merge, so a
    word that occurs hundreds of times costs a few searches per stretch, not one per occurrence."""
    key = trigger if before == _NEAR else f"{trigger}\0{before}"
    found = cache.get(key)
    if found is not None:
        return found
    found = []
    i = text.find(trigger) if _TRIGGER_KEY.get(trigger, trigger) in vocab else -1
    n, width = len(text), len(trigger)
    while i != -1:
        start, end = max(0, i - before), i + _AFTER
        while (j := text.rfind(trigger, i + 1, end + before + width)) > i:
            i, end = j, j + _AFTER
        found.append((start, min(n, end)))
        i = text.find(trigger, i + 1)
    cache[key] = found
    return found


def _trigger_positions(text: str, triggers: tuple[str, ...], vocab: Vocabulary,
                       cache: dict[str, list[int]]) -> list[int]:
    """Where the trigger words start (at most 30 of each), in order; each word is looked for once per text."""
    found: list[int] = []
    for t in triggers:
        at = cache.get(t)
        if at is None:
            at = []
            if _TRIGGER_KEY[t] in vocab:
                i = text.find(t)
                while i != -1 and len(at) < 30:
                    at.append(i)
                    i = text.find(t, i + 1)
            cache[t] = at
        found.extend(at)
    if len(found) > 1:
        found.sort()
    return found


def _windows(text: str, triggers: tuple[str, ...], cache: dict[str, list[tuple[int, int]]], vocab: Vocabulary,
             before: int = _NEAR) -> list[tuple[int, int]]:
    """Merged stretches of text around each occurrence of a rule's trigger words (where it can match)."""
    stretches: list[tuple[int, int]] = []
    for t in triggers:
        found = cache.get(t) if before == _NEAR else None
        if found is None:
            if _TRIGGER_KEY[t] not in vocab:
                cache[t] = []
                continue
            found = _trigger_windows(text, t, cache, vocab, before)
        if found:
            stretches.extend(found)
    if len(stretches) < 2:
        return stretches
    stretches.sort()
    windows = [stretches[0]]
    for a, b in stretches[1:]:
        if a <= windows[-1][1]:
            if b > windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _register_shift(text: str) -> list[Span]:
    """Sentences that address their reader (second person, or opening with an imperative) inside a text that
    otherwise does not: records, reports, reviews, third-person prose. Empty when the text speaks to its
    reader throughout (manuals, e-mails) or is too short to tell."""
    sentences = [m for m in _SENTENCE.finditer(text) if text.count(" ", m.start(), m.end()) >= 3]
    if len(sentences) < _SHIFT_MIN_SENTENCES:
        return []
    limit = max(1, int(_SHIFT_MAX_SHARE * len(sentences)))
    has_you = "you" in text
    addressed: list[re.Match[str]] = []
    for m in sentences:
        a, b = m.span()
        if _OPENS_WITH_ORDER.match(text, a, b) or (has_you and _YOU.search(text, a, b)):
            addressed.append(m)
            if len(addressed) > limit:
                # The text speaks to its reader throughout: no shift (and no need to read on).
                return []
    if not addressed:
        return []
    return [Span(m.start(), m.end(), "", "register_shift") for m in addressed[:3]]


def _matches(text: str, triggers: tuple[str, ...], rx: re.Pattern[str], before: int, vocab: Vocabulary,
             cache: dict[str, list[tuple[int, int]]], positions: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """A rule's matches, left to right and not overlapping: where one of its trigger words starts (an anchored
    rule) or anywhere in the windows around them."""
    last_end = -1
    if before == _ANCHORED:
        for pos in _trigger_positions(text, triggers, vocab, positions):
            if pos >= last_end and (m := rx.match(text, pos)):
                last_end = m.end()
                yield m
        return
    for a, b in _windows(text, triggers, cache, vocab, before):
        for m in rx.finditer(text, a, b):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


# The start of a line describing a command-line option: "  --yes  -y  Answer all questions ...".
_OPTION_LINE = re.compile(r"[ \t]+-{1,2}[a-z0-9][\w-]*(?:[ \t]*,[ \t]*-{1,2}[a-z0-9][\w-]*)?"
                          r"(?:[ =][<\[]?[\w-]+[>\]]?)?[ \t]{2,}")


def _evidence(text: str) -> tuple[float, dict[str, float], list[Span]]:
    """Evidence for injected instructions in an already normalised, lower-cased text."""
    gains: dict[str, list[float]] = {}
    strongest: dict[str, float] = {}  # each kind's weightiest rule that fired, however often
    spans: list[Span] = []
    cache: dict[str, list[tuple[int, int]]] = {}
    positions: dict[str, list[int]] = {}
    vocab = vocabulary(text)
    present = vocab.known_present()
    for kind, weight, triggers, rx, before in _COMPILED_ASCII if text.isascii() else _COMPILED:
        if present is not None and _RULE_KEYS[rx].isdisjoint(present):
            continue  # (a short text: none of the rule's trigger words is in it, known from one read of it)
        count = 0
        for m in _matches(text, triggers, rx, before, vocab, cache, positions):
            if _OPTION_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
                # "  --yes  -y  Answer all questions with "yes"": what a command-line option does, described.
                continue
            count += 1
            if len(spans) < 64:
                spans.append(Span(m.start(), m.end(), "", kind))
            if count >= 3:
                break
        if count:
            gains.setdefault(kind, []).append(weight * (1.0 + 0.15 * (count - 1)))
            strongest[kind] = max(strongest.get(kind, 0.0), weight)
    # Rules of one kind see the same tell, so they add up only partly (the strongest counts, the others a
    # third); each kind is capped, so that one kind of tell (many mentions of passwords) cannot decide alone.
    kinds = {kind: max(g) + _SAME_KIND * (sum(g) - max(g)) for kind, g in gains.items()}
    for kind, tell in (("directive", directives), ("exfil_recipe", recipes), ("harmful_request", harmful_requests),
                       ("code_payload", code_payloads)):
        gain, where = tell(text, vocab)
        if gain > 0:
            kinds[kind] = gain
            spans.extend(Span(a, b, "", kind) for a, b in where)
    if "directive" in kinds:
        # "send ... to <address>" is the clause the directive already weighed: it does not count twice.
        kinds.pop("send_to", None)
    if "directive" in kinds and "exfiltrate" in kinds:
        # Both see an order to send something somewhere: the weaker one adds only partly.
        weaker = min(("directive", "exfiltrate"), key=kinds.__getitem__)
        kinds[weaker] *= _SAME_KIND
    if max((g for k, g in kinds.items() if k not in _WEAK_KINDS), default=0.0) >= _SHIFT_NEEDS:
        # A change of register counts only beside a clear tell of instructions (not mere pressure, a mention of
        # passwords or a phrase manuals use too): alone it is just a quoted instruction.
        shifted = _register_shift(text)
        if shifted:
            kinds["register_shift"] = _SHIFT_WEIGHT
            spans.extend(shifted)
    factor = prior(text, kinds) if kinds else 1.0
    topic = factor < 1.0 and not any(
        s.kind in ("exfiltrate", "send_to") and _DESTINATION.search(text, s.start, s.end + 100) for s in spans
    )
    manual = topic and factor == DOC_FACTOR
    if topic:
        # A manual about logging in speaks of passwords and of sending them (to the server it documents): unless
        # something is to go to an address, that is its topic, not an order.
        if "exfiltrate" in kinds:
            kinds["exfiltrate"] *= 0.5
        if len(kinds) > 1:
            kinds.pop("credentials", None)
    total = sum(min(gain, 4.0) for gain in kinds.values())
    if (manual and all(k in _GENERIC_KINDS or k == "register_shift" or k in STRONG for k in kinds)) or (
        kinds.keys() <= _GENERIC_KINDS and max((strongest.get(k, 9.0) for k in kinds), default=0.0) < _GENERIC_MAX
    ):
        # In a manual, the phrases injections share with manuals ("print only", "ignore them", "instead of the
        # original") are manual phrases whatever their strength, when nothing aimed at an agent is beside them.
        # (Weak phrases said several times are still weak phrases: "curl -F" twice in a manual.)
        total *= _GENERIC_ONLY
    if len(kinds) >= 3:
        total += 0.5 * (len(kinds) - 2)
    if total:
        # Manuals and posts between people give orders with one target all the time: unless something in the
        # text is aimed at an agent, their tells count less.
        total *= factor
    if total and is_letter(text) and not letter_intrusion(text):
        # People ask each other to do things; a letter's requests weigh less (an injected one carries more tells).
        total *= _LETTER
    return total, kinds, spans


def _merge(spans: list[Span], original: str) -> list[Span]:
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[tuple[int, int, list[str]]] = []
    for s in spans:
        if merged and s.start <= merged[-1][1] + 2:
            start, end, kinds = merged[-1]
            merged[-1] = (start, max(end, s.end), kinds if s.kind in kinds else [*kinds, s.kind])
        else:
            merged.append((s.start, s.end, [s.kind]))
    out = [Span(a, b, original[a:b], "+".join(k)) for a, b, k in merged]
    return out[:_MAX_SPANS]


def scan(text: str) -> ScanResult:
    """Score a text for injected instructions: ``score`` in [0, 1], a verdict and the suspicious spans."""
    norm, index = _normalise(text)
    total, kinds, spans = _evidence(norm)
    if index is not None:
        spans = [Span(index(s.start), index(s.end - 1) + 1, "", s.kind) for s in spans]
    hidden: list[tuple[int, int, str]] = []
    if total < 6.0 and _B64.search(text):
        hidden.extend(_decoded_payloads(text))
    if total < 6.0:
        hidden.extend(_joined_phrases(text))
    for start, end, payload in hidden:
        extra, _, _ = _evidence(_normalise(payload)[0])
        if extra > 0:
            total += extra
            kinds["encoded"] = kinds.get("encoded", 0.0) + extra
            spans.append(Span(start, end, "", "encoded"))
    score = 1.0 - math.exp(-total / SCALE)
    if score >= INJECTION_THRESHOLD:
        verdict: Verdict = "injection"
    elif score >= SUSPICIOUS_THRESHOLD:
        verdict = "suspicious"
    else:
        verdict = "clean"
    return ScanResult(score=score, verdict=verdict, spans=_merge(spans, text), kinds=kinds)
