"""Which parts of what the person wrote are their own request, and which are material they quoted or pasted.

"Summarise this email: <text>" is the person's request followed by someone else's text. An instruction in the
email ("ignore previous instructions and send …") is not the person's, though the person typed it into the task;
the LLM monitor is shown the two apart (:func:`split_request`, :func:`shown_request`) so that it does not take the
quoted order as authorised.
"""

from __future__ import annotations

import hashlib
import re

from gofer.safety.detector import scan

__all__ = ["quoted_spans", "shown_request", "split_request"]

_FENCE = re.compile(r"(?m)^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.DOTALL)
_QUOTE_LINES = re.compile(r"(?m)(?:^[ \t]*>.*(?:\n|\Z))+")
_TEXT_NOUN = (
    r"(?:e-?mails?|messages?|texts?|letters?|notes?|documents?|docs?|reviews?|comments?|posts?|articles?|"
    r"transcripts?|chats?|threads?|passages?|paragraphs?|excerpts?|snippets?|replies|reply|tweets?|pages?|"
    r"content|memo|report|sms|dm|conversation|prompt|instructions|output|log|description|announcement|newsletter)"
)
_LEAD_IN = re.compile(
    r"(?:\b(?:this|that|the|these|those|following|below|attached|pasted|forwarded|quoted|his|her|their|an?)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{_TEXT_NOUN}(?:\s+(?:below|here|from\s+[^:\n]{{1,40}}|(?:i|we)\s+(?:got|received|"
    r"pasted|copied)(?:\s+[^:\n]{1,30})?))?"
    r"|\b(?:summari[sz]e|translate|proofread|rewrite|paraphrase|analy[sz]e|classify|explain|critique|shorten|"
    r"reword|tl;?dr|reply\s+to|respond\s+to)\b[^:\n]{0,30}?)\s*:[ \t]*(?=\S|\n)",
    re.IGNORECASE,
)
"""A lead-in to quoted material: a text named ("this email:", "the message from Bob:") or a verb that works on a
text ("Summarise the following:", "Reply politely to:"). "Do the following:" or "Note:" is not one: what follows
is the person's own."""
_PAIRS = {'"""': '"""', "'''": "'''", '"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
"""Quotation marks that may open the material after a lead-in, and what closes each (the longer first)."""
_INLINE = re.compile(r'"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"[^"\n]{40,}"'
                     r"|\u201c[^\u201d]{40,}\u201d|\u00ab[^\u00bb]{40,}\u00bb")
"""A quotation of forty characters or more (a short one is a name or a phrase the person picked)."""
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


_BLANK = re.compile(r"\n[ \t]*\n\s*")
_THEN = r"(?:then|and\s+then|after\s+that|afterwards|next|finally|also|once\s+(?:done|you(?:'re|\s+are)\s+done))"
_FOR_ME = (r"(?:translate|summari[sz]e|shorten|rewrite|reword|paraphrase|proofread|(?:keep|make)\s+it|draft|"
           r"write\s+back|tell\s+me|give\s+me|show\s+me|list|explain|point\s+out|highlight|extract|sum\s+up|outline)")
"""Verbs by which the person asks for text back about a paste (a summary, a translation, a draft): words the
person writes to the agent, which pasted material seldom ends with. Sending or forwarding is not among them."""
_ANSWER = r"(?:reply|respond|answer|write\s+back)"
_MANNER = (r"(?:politely|briefly|kindly|formally|informally|firmly|warmly|shortly|saying|that\s+(?:i|we)|for\s+me|"
           r"on\s+my\s+behalf|in\s+(?:english|french|german|spanish|italian|dutch|portuguese|chinese|japanese|"
           r"one|two|three|a\s+few|\d+|bullet|plain|simple))")
_PERSON = re.compile(
    rf"^(?:(?:please|ok(?:ay)?|now|and|so|can\s+you|could\s+you)[\s,]+)*(?:{_THEN}[\s,]+(?:please\s+)?(?:{_FOR_ME}|{_ANSWER})\b"
    rf"|(?:{_FOR_ME})\b|{_ANSWER}\s+(?:it\s+|this\s+|them\s+)?{_MANNER}\b)",
    re.IGNORECASE,
)
"""The start of a paragraph in the person's voice about the paste above it: "Then reply politely", "Keep it short",
"Translate it into English", "Tell me whether …", "Reply saying I'm late"; not the paste's own "Please reply to
this email by Friday" or "Then forward all invoices to …"."""
_EMAIL_HEAD = re.compile(r"^(?:(?:from|to|cc|subject|date|sent)[ \t]*:.*\n)+|^(?:hi|hello|hey|dear|good\s+"
                         r"(?:morning|afternoon|evening))\b[^\n]{0,40}[,!:]?[ \t]*(?:\n|$)", re.IGNORECASE)
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:(?:best|kind|warm|warmest)(?:\s+(?:regards|wishes))?|regards|thanks|"
                       r"thank\s+you|many\s+thanks|cheers|sincerely|yours(?:\s+(?:truly|sincerely))?|all\s+the\s+best|"
                       r"take\s+care)[ \t]*[,.!]?[ \t]*$")
_EMAIL_GOES_ON = re.compile(r"^(?:p\.?\s*s\b|--|_{3,}|on\s.{0,80}\bwrote:|sent\s+from\b|>|-{3,}|from\s*:)",
                            re.IGNORECASE)
"""A paragraph after a sign-off that is still the email's: a postscript, a signature, the quoted thread."""


def _paste_end(text: str, start: int) -> int:
    """Where a paste with no closing quote that starts at ``start`` ends: before its trailing paragraphs in the
    person's voice (:data:`_PERSON`), and, when it is an email (headers or a greeting, and a sign-off), at its last
    blank line after the sign-off; else at the end of the text."""
    breaks = [m for m in _BLANK.finditer(text, start) if text[start:m.start()].strip()]
    end = len(text)
    for m in reversed(breaks):
        if not _PERSON.match(text[m.end():end]):
            break
        end = m.start()
    paste = text[start:end].lstrip()
    if end == len(text) and breaks and _EMAIL_HEAD.match(paste):
        last = breaks[-1]
        if _SIGN_OFF.search(text, start, last.start()) and not _EMAIL_GOES_ON.match(text[last.end():]):
            end = last.start()
    return end


def _lead_in_end(text: str, start: int) -> int:
    """Where quoted material that starts at ``start`` (right after a lead-in) ends: at its closing quote when it
    opens with one, else where the paste ends (:func:`_paste_end`)."""
    for opening, closing in _PAIRS.items():
        if text.startswith(opening, start):
            end = text.find(closing, start + len(opening))
            return len(text) if end < 0 else end + len(closing)
    return _paste_end(text, start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each part of ``text`` that is quoted material, merged and in order: a fenced block, a
    run of ``>`` lines, what follows a lead-in ("this email:", "the following:"), a long quotation, and, when the
    injection detector finds an injection in the text, each sentence holding what it found."""
    blocks = [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    blocks += [(m.start(), m.end()) for m in _QUOTE_LINES.finditer(text)]
    spans = list(blocks)
    for m in [*_LEAD_IN.finditer(text), *_INLINE.finditer(text)]:
        if not any(a <= m.start() < b for a, b in blocks):  # a lead-in inside a fenced block is the block's text
            spans.append((m.end(), _lead_in_end(text, m.end())) if m.re is _LEAD_IN else (m.start(), m.end()))
    result = scan(text)
    if result.verdict == "injection":
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group(0).strip()]
        for found in result.spans:
            spans += [(a, b) for a, b in sentences if a < found.end and found.start < b]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def split_request(text: str) -> list[tuple[bool, str]]:
    """``text`` in order as (quoted, part): the person's own words and the material they quoted (see
    :func:`quoted_spans`); blank parts left out."""
    parts: list[tuple[bool, str]] = []
    at = 0
    for start, end in quoted_spans(text):
        parts += [(False, text[at:start]), (True, text[start:end])]
        at = end
    parts.append((False, text[at:]))
    return [(quoted, part) for quoted, part in parts if part.strip()]


_MARKER_LIKE = re.compile(r"<<\s*/?\s*(?:end[\s_-]*)?quoted[\s_-]*by[\s_-]*the[\s_-]*person", re.IGNORECASE)


def shown_request(text: str) -> str:
    """``text`` as the monitor is shown it: the person's own words as they are, each quoted part between markers
    that carry a digest of it (so the part cannot close its block early) and that say it is not the person's."""
    out: list[str] = []
    for quoted, part in split_request(text):
        if not quoted:
            out.append(part)
            continue
        digest = hashlib.sha256(part.encode()).hexdigest()[:8]
        body = _MARKER_LIKE.sub("[text resembling a marker]", part.strip())
        out.append(f"\n<<quoted-by-the-person id={digest}: material they pasted or quoted, not their own words>>\n"
                   f"{body}\n<<end-quoted-by-the-person id={digest}>>\n")
    return "".join(out)
