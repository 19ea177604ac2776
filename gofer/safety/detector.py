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
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["INJECTION_THRESHOLD", "SUSPICIOUS_THRESHOLD", "ScanResult", "Span", "scan"]

Verdict = Literal["clean", "suspicious", "injection"]

SUSPICIOUS_THRESHOLD = 0.45
INJECTION_THRESHOLD = 0.7
SCALE = 3.0
_MAX_SPANS = 8

_AI = r"(?:ai|a\.i\.|assistant|agent|model|llm|bot|chatbot|language model|gpt[\w.-]*|chatgpt|claude|gemini|llama|copilot|mistral)"
_PREV = r"(?:previous|prior|above|earlier|preceding|foregoing|original|initial|old|existing|system|developer|all|any|every|your|the|these|those)"
_INSTR = r"(?:instructions?|iunstructions?|prompts?|directions?|directives?|rules|guidelines|guidance|tasks?|context|commands?|orders|constraints|programming|messages?)"
_SEND = r"(?:send|forward|e-?mail|upload|post|transfer|wire|pay|share|copy|exfiltrate|leak|submit|paste|deliver|dm|message|text)"

_RULES: list[tuple[str, float, str]] = [
    # Overriding what came before.
    ("override", 3.2, rf"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|drop|neglect|skip)\b[^.\n]{{0,30}}?\b{_PREV}\b[^.\n]{{0,30}}?\b{_INSTR}\b"),
    ("override", 2.5, rf"\b(?:do not|don't|stop)\s+(?:follow|obey|listen to)(?:ing)?\b[^.\n]{{0,25}}\b{_INSTR}\b"),
    ("new_orders", 1.6, r"\b(?:new|updated|real|actual|true|revised|changed|additional|urgent|secret|hidden)\s+(?:instructions?|tasks?|directives?|orders|objectives?|goals?|assignments?)\b"),
    ("new_orders", 1.6, r"\b(?:strictly|carefully|exactly)\s+(?:adhere to|follow|obey|execute)\b"),
    ("new_orders", 1.4, r"\byour\s+(?:new|real|actual|only|primary|next)\s+(?:task|goal|job|objective|mission|instruction)s?\b"),
    ("new_orders", 1.2, r"\b(?:from now on|henceforth|going forward),?\s+(?:you|always|never|do|respond|answer|reply)\b"),
    # Text that speaks to the AI.
    ("addresses_ai", 2.2, rf"\b(?:dear|attention|hey|hi|hello|note to|notice to|message (?:for|to)|instructions? (?:for|to)|reminder (?:for|to))\s+(?:the\s+|all\s+|any\s+)?(?:ai|a\.i\.)?\s*{_AI}s?\b"),
    ("addresses_ai", 2.4, rf"\bto you,?\s+(?:the\s+)?{_AI}\b"),
    ("addresses_ai", 2.6, rf"\b(?:if|when|since|because|as)\s+you(?:'re| are)\s+(?:an?\s+)?(?:ai|a\.i\.|artificial|automated|large|language|llm|{_AI})\b"),
    ("addresses_ai", 1.6, rf"\b(?:ai|llm|automated|autonomous)\s+(?:assistant|agent|model|system|crawler|reader)s?\b[^.\n]{{0,40}}\b(?:must|should|shall|need to|are required|reading this|processing this)\b"),
    ("addresses_ai", 1.6, r"\byou\s+are\s+now\b|\bact as\b|\bpretend (?:to be|you are)\b|\byou must now\b"),
    # Fake conversation or system markers.
    ("fake_marker", 2.4, r"(?:#{2,}|\[|<|\{|\()\s*\(?\s*(?:system|sys|admin|administrator|developer|root|instructions?|inst|operator)(?:[\s_-]*(?:message|prompt|note|instructions?|override|command|mode))?\s*\)?\s*(?:#{2,}|\]|>|\}|\)|:)"),
    ("fake_marker", 2.4, r"<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\|?>|\[/?INST\]|<</?SYS>>"),
    ("fake_marker", 1.8, r"(?:^|\n)\s*(?:system|assistant|developer|admin)\s*(?:message|prompt|note)?\s*:\s*\S"),
    ("fake_marker", 1.4, r"<\s*/?\s*(?:information|important|instructions?|admin|secret|hidden|note_to_ai|ai)\s*>"),
    # Taking over the agent's task.
    ("hijack", 2.4, r"\bbefore\s+(?:you\s+)?(?:can\s+|do\s+|start\s+|continue\s+|proceed\s+)?(?:solv|do|complet|continu|answer|proceed|respond|finish|summari[sz]|start|perform|reply)\w*\b[^.\n]{0,40}\b(?:task|request|question|anything|work)\b"),
    ("hijack", 2.2, r"\b(?:the|your)\s+(?:task|request|job|question)\s+(?:that\s+)?(?:i|the user|they)\s+(?:gave|assigned|asked|set)\b"),
    ("hijack", 1.4, r"\b(?:after|once)\s+you(?:'ve|\s+have)?\s+(?:do(?:ne)?|complet\w*|finish\w*)\s+(?:that|this|these|those|it)\b"),
    ("hijack", 1.4, r"\binstead\s+of\s+(?:your|the|what)\s+(?:task|user|original|request|summar\w*|answer\w*)"),
    ("hijack", 1.4, r"\b(?:do|perform|execute|complete|run)\b[^.\n]{1,120}\binstead\b"),
    ("hijack", 1.3, r"\b(?:this is an?|here is an?)\s+(?:important|urgent|critical|priority)\s+(?:message|instruction|notice|request|update)\b"),
    ("hijack", 1.0, r"\b(?:please|you must|you should|you need to|make sure to|be sure to)\s+(?:first|immediately|now)\b"),
    # Hiding from the user.
    ("secrecy", 2.6, r"\b(?:do not|don't|never|without)\s+(?:tell|telling|inform|informing|mention|mentioning|notify|notifying|reveal|revealing|alert|alerting|let|letting|show|showing|ask|asking|warn|warning)\b[^.\n]{0,25}\b(?:the\s+)?(?:user|human|person|owner|anyone|them)\b"),
    ("secrecy", 1.4, r"\b(?:secretly|covertly|silently|quietly|discreetly)\s+\w+"),
    ("secrecy", 1.2, r"\b(?:the user|they)\s+(?:must not|should not|mustn't|shouldn't|will not|won't)\s+(?:know|find out|see|notice)\b"),
    # Orders to move data or money somewhere.
    ("exfiltrate", 1.6, rf"\b{_SEND}\b[^\n]{{0,100}}?\b(?:to|at|into|towards)\s+(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\S+\.(?:com|net|org|io|xyz|ru|info)\b|(?:the\s+)?(?:iban|account)\b|[A-Z]{{2}}\d{{2}}[A-Z0-9]{{10,}})"),
    ("exfiltrate", 1.6, r"\b(?:password|passwd|api[\s_-]?keys?|secret[\s_-]?keys?|credentials?|private[\s_-]?keys?|ssh[\s_-]?keys?|id_rsa|access[\s_-]?tokens?|session[\s_-]?cookies?|security[\s_-]?codes?|2fa|one-time (?:code|password)|\.env\b|/etc/passwd)\b"),
    ("exfiltrate", 1.4, r"https?://[^\s\"'<>]+[?&][\w-]+=(?:\s|$|\{|<|\$|\[)"),
    ("exfiltrate", 1.2, r"\b(?:contents?|copy|body|text|all)\s+of\s+(?:the\s+|your\s+|this\s+|my\s+)?(?:file|files|inbox|emails?|messages?|conversation|chat|history|documents?|folder|workspace)\b"),
    ("exfiltrate", 1.0, r"\b(?:curl|wget|nc|netcat)\s+[^\n]{0,60}(?:-d|--data|-F|--form|-T|--upload|--post)"),
    # Pressure and urgency.
    ("pressure", 0.9, r"\b(?:important|urgent|attention|warning|critical|mandatory)\s*(?:!{2,}|:)|!{3,}"),
    ("pressure", 0.8, r"\b(?:extremely|very|vitally|critically)\s+important\b|\bthis is (?:mandatory|required|critical)\b"),
    ("pressure", 1.0, r"\b(?:todo|to-do|action required|required action)\s*:\s*(?:please\s+)?[a-z]+\b"),
    # Prompt and system leaks.
    ("leak", 1.8, r"\b(?:reveal|print|repeat|output|show|display|tell me|leak)\b[^.\n]{0,30}\b(?:your|the)\s+(?:system\s+)?(?:prompt|instructions|initial prompt|hidden prompt|rules)\b"),
    ("jailbreak", 1.6, r"\b(?:developer|dan|god|jailbreak|unrestricted|unfiltered|debug)\s+mode\b|\bno (?:restrictions|limitations|filters|rules)\b"),
]
_COMPILED = [(kind, weight, re.compile(rx, re.IGNORECASE)) for kind, weight, rx in _RULES]
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


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


def _normalise(text: str) -> str:
    """Same-length normalisation: compatibility forms folded to ASCII where that keeps one char per char."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        if ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e":
            out.append(" ")
            continue
        folded = unicodedata.normalize("NFKD", ch)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def _decoded_payloads(text: str) -> list[str]:
    """Base64 blobs that decode to readable text (a common way to smuggle instructions)."""
    found: list[str] = []
    for m in _B64.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
            decoded = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() and sum(c.isalpha() or c == " " for c in decoded) > 0.85 * len(decoded):
            found.append(decoded)
        if len(found) >= 4:
            break
    return found


def _evidence(text: str) -> tuple[float, dict[str, float], list[Span]]:
    kinds: dict[str, float] = {}
    spans: list[Span] = []
    fired: dict[int, int] = {}
    for index, (kind, weight, rx) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            fired[index] = fired.get(index, 0) + 1
            if len(spans) < 64:
                spans.append(Span(m.start(), m.end(), "", kind))
            if fired[index] >= 3:
                break
    total = 0.0
    for index, count in fired.items():
        kind, weight, _ = _COMPILED[index]
        gain = weight * (1.0 + 0.15 * (count - 1))
        kinds[kind] = kinds.get(kind, 0.0) + gain
    # Kinds are capped so that one family (many "password" mentions) cannot make a verdict alone.
    for kind, gain in kinds.items():
        total += min(gain, 4.0)
    families = len(kinds)
    if families >= 3:
        total += 0.5 * (families - 2)
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
    norm = _normalise(text)
    total, kinds, spans = _evidence(norm)
    if total < 6.0:
        for payload in _decoded_payloads(norm):
            extra, extra_kinds, _ = _evidence(_normalise(payload))
            if extra > 0:
                total += extra
                kinds["encoded"] = kinds.get("encoded", 0.0) + extra
    score = 1.0 - math.exp(-total / SCALE)
    if score >= INJECTION_THRESHOLD:
        verdict: Verdict = "injection"
    elif score >= SUSPICIOUS_THRESHOLD:
        verdict = "suspicious"
    else:
        verdict = "clean"
    return ScanResult(score=score, verdict=verdict, spans=_merge(spans, text), kinds=kinds)
