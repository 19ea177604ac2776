"""Helpers shared by the providers: delta delivery, rough token counts, the test-time remote-call refusal."""

from __future__ import annotations

import inspect
import ipaddress
import json
import os
import re
import string
from itertools import compress
from urllib.parse import urlsplit

from gofer.models.base import DeltaHandler, Message, ModelError, ToolSpec

__all__ = [
    "REFUSE_REMOTE_ENV",
    "emit_delta",
    "estimate_tokens",
    "is_loopback_url",
    "message_size",
    "prompt_size",
    "refuse_remote_in_tests",
    "text_size",
]

REFUSE_REMOTE_ENV = "GOFER_REFUSE_REMOTE_MODELS"


async def emit_delta(on_delta: DeltaHandler | None, text: str) -> None:
    """Hand one text delta to ``on_delta`` (sync or async), if there is a handler and any text."""
    if on_delta is None or not text:
        return
    result = on_delta(text)
    if inspect.isawaitable(result):
        await result


_RUN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-"
_RUNS = bytes(ord("a") if i in _RUN_BYTES else ord(" ") for i in range(256))
"""Maps the bytes of base64, hex and identifiers to ``a``, every other byte to a space."""
_NOT_DIGIT = bytes(i for i in range(256) if not 0x30 <= i <= 0x39)
_NOT_DIGIT_OR_UPPER = bytes(i for i in range(256) if not (0x30 <= i <= 0x39 or 0x41 <= i <= 0x5A))
_LONG_RUN = b"a" * 20
_RUN_CLASSES = bytes(ord("d") if 0x30 <= i <= 0x39 else ord("u") if 0x41 <= i <= 0x5A else ord("a") if i in _RUN_BYTES
                     else ord(" ") for i in range(256))
"""Maps digits to ``d``, capitals to ``u``, the other bytes of :data:`_RUN_BYTES` to ``a``, every other byte to a
space."""


def _encoded_runs(data: bytes, mixed: bytes) -> int:
    """Quarter tokens to add for the runs of 20 or more letters, digits and ``+/=_-`` of ``data`` that have digits
    and at least 30% digits or capitals (base64, hex, ids): 2 a character, half a quarter less a digit (hex, half
    digits, takes fewer tokens than base64). ``mixed`` is ``data`` translated by :data:`_UPPER_OR_DIGIT`."""
    runs = data.translate(_RUNS)
    start = runs.find(_LONG_RUN)
    if start < 0:
        return 0
    size = 0
    if 200 * runs.count(_LONG_RUN) >= len(data):
        # Many runs (a page of keys or ids): one split of all words and two counts a run cost less than two finds.
        words = data[start:].translate(_RUN_CLASSES).split()
        for run in compress(words, map((19).__lt__, map(len, words))):
            digits = run.count(b"d")
            if digits and 10 * (digits + run.count(b"u")) >= 3 * len(run):
                size += 2 * len(run) - digits // 2
        return size
    while start >= 0:
        end = runs.find(b" ", start)
        end = len(runs) if end < 0 else end
        digits = mixed.count(b"d", start, end)
        if digits and 10 * (digits + mixed.count(b"u", start, end)) >= 3 * (end - start):
            size += 2 * (end - start) - digits // 2
        start = runs.find(_LONG_RUN, end)
    return size
_PUNCTUATION = bytes(ord("p") if chr(i) in string.punctuation and i != 0x22 else ord(" ") for i in range(256))
"""Maps ASCII punctuation but the double quote (counted twice already; ``\"\"\"`` is one token) to ``p``, every
other byte to a space."""
_REPEATED = tuple(c * 3 for c in (b"-", b"=", b"#", b"*", b"_", b"~", b".", b"/", b"`"))
"""Rules and fences (``---``, ``===``, a code fence): a tokenizer takes a long run of one of these as one token."""
_NOT_CYRILLIC = bytes(i for i in range(256) if not 0xD0 <= i <= 0xD3)
_NOT_ARABIC = bytes(i for i in range(256) if not 0xD8 <= i <= 0xDB)
_NOT_GREEK_HEBREW = bytes(i for i in range(256) if not (0xCD <= i <= 0xCF or 0xD4 <= i <= 0xD7 or 0xDC <= i <= 0xDF))
"""Lead bytes kept: of Cyrillic (U+0400-04FF), of Arabic (U+0600-06FF), of Greek, Armenian, Hebrew, Syriac, Thaana
and NKo (U+0370-03FF, U+0500-05FF, U+0700-07FF)."""
_DEAR_PREFIXES = {
    0xE0: 0xC800300F00000000, 0xE1: 0xF3FFFFFF3FFFFFF6, 0xE2: 0xFFFFFFFF0C0DFC88, 0xE3: 0xFFFFFFFFFFFFFFD0,
    0xE4: 0x00FFFFFFFFFFFFFF, 0xE5: 0x00781F4047840014, 0xE6: 0xE0000FD4000900E4, 0xE7: 0x83C90009C1CE3CED,
    0xE8: 0x1F001831FDFE4070, 0xE9: 0xB7FFFDB0C003EF70, 0xEA: 0xFC50FFFFFFFFFFFF, 0xEB: 0xFEB279143FE653CB,
    0xEC: 0xFDBAFF2E801FF383, 0xED: 0x00000000FCDFEBE5, 0xEE: 0xFFFFFFFFFFFFFFFF, 0xEF: 0x0EFFFFFFFFFFFFFB,
}
"""For each lead byte of a three-byte UTF-8 character, bit ``i`` set when the two bytes ``lead, 0x80 + i`` are not
one token of cl100k: such a character (a rare Han or Hangul one, most symbols) takes about three tokens, one a byte,
where the others take one or two."""
_DEAR_HIGH = bytes(sum(1 << q for q in range(4) if high >= 8 and _DEAR_PREFIXES.get(0xE0 | high >> 4, 0) >> (
    (high & 15) << 2 | q) & 1) for high in range(256))
"""For a character's UTF-16 high byte, bit ``q`` set when it and a low byte whose top two bits are ``q`` make a
character of a dear three-byte prefix."""
_LOW_BLOCK = bytes(1 << (low >> 6) for low in range(256))
"""For a character's UTF-16 low byte, bit ``q`` set for its top two bits ``q``."""


_CLASSES = ("lower", "upper", "digit", "punctuation", "space", "wide")


def _class_of(byte: int) -> int:
    char = chr(byte)
    name = ("wide" if byte >= 0x80 else "lower" if char.islower() else "upper" if char.isupper()
            else "digit" if char.isdigit() else "space" if char.isspace() else "punctuation")
    return _CLASSES.index(name)


_CLASS = bytes(_class_of(i) for i in range(256))
_JOINED = {("space", "lower"), ("space", "upper"), ("punctuation", "lower"), ("punctuation", "upper"),
           ("upper", "lower"), ("space", "punctuation"), ("lower", "wide"), ("upper", "wide"), ("digit", "wide"),
           ("space", "wide"), ("punctuation", "wide")}
"""Neighbours cl100k's pre-tokenizer keeps in one piece: a space or one mark before a word (`` the``, ``.get``), a
space before marks (`` {"``), a capital and the lower case after it. A non-ASCII word is counted by script, not
here, and so is the space or mark before it."""


def _starts(first: str, second: str, third: str) -> int:
    """For three bytes in a row of these classes: 1 when a piece starts at the third, 2 when the second is a space
    or mark going with the non-ASCII word the third starts (the piece it started is taken back), else 0."""
    if second == third:
        return 0
    if second == "punctuation" and third in ("lower", "upper"):
        # one mark before a word goes with it after a letter (``self.get``), not after marks, a space or a digit
        return int(first in ("punctuation", "space", "digit"))
    if third == "wide" and second in ("space", "punctuation"):
        return 2
    if (first, second, third) == ("upper", "upper", "lower"):
        return 1  # ``JSONData``: a word starts at its last capital
    return int((second, third) not in _JOINED)


_PIECE_STARTS = bytes(_starts(_CLASSES[v % 6], _CLASSES[v // 6 % 6], _CLASSES[v // 36]) if v < 216 else 0
                      for v in range(256))
""":func:`_starts` by ``36 * third + 6 * second + first`` of the three bytes' classes."""
_PIECES_CHUNK = 16_384
"""Bytes measured at a time: the big integers of a chunk stay in the CPU's cache (a third faster at 200 kB)."""
_UPPER_OR_DIGIT = bytes(ord("d") if 0x30 <= i <= 0x39 else ord("u") if 0x41 <= i <= 0x5A else ord(" ")
                        for i in range(256))
"""Maps digits to ``d``, capitals to ``u``, every other byte to a space: runs of four digits or more, and a capital
next to a digit, rare in prose and code and about one every four characters of base64, keys and random ids."""
_CASED_OR_DIGIT = bytes(ord("l") if 0x61 <= i <= 0x7A else c for i, c in enumerate(_UPPER_OR_DIGIT))
"""As :data:`_UPPER_OR_DIGIT` but lower-case letters ``l``: a capital next to a digit next to a lower-case letter is
random case (base64: ``aZ3k``), not an upper-case id (``SHA256``, ``H2SO4``, upper-case hex)."""
_RANDOM_CASE = (b"lud", b"ldu", b"udl", b"dul")


_CONSONANTS = bytes(ord("c") if chr(i) in "bcdfgjklmnpqrstvwxz" else ord("C") if chr(i) in "BCDFGJKLMNPQRSTVWXZ"
                    else ord(" ") for i in range(256))
"""Maps lower-case consonants to ``c``, capital ones to ``C``, every other byte to a space. ``y`` and ``h`` count as
vowels (``rhythm``, ``https``, ``strengths``): five consonants of one case in a row are then about one in twenty
letters of random letters (ids, base32, keys) and about one in two thousand of English, code and URLs."""
_LETTER_OR_DIGIT = bytes(ord("l") if chr(i) in "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ" else ord("d")
                         if 0x30 <= i <= 0x39 else ord(" ") for i in range(256))
"""Maps the letters ``g-z`` and ``G-Z`` to ``l``, digits to ``d``: a letter next to a digit, one in five characters
of base32 and base36 ids, hardly in prose; hex (``a-f``) is not counted so."""


def _pieces(data: bytes, wide: bool) -> int:
    """How many pieces cl100k's pre-tokenizer cuts the ASCII of UTF-8 ``data`` into, roughly: a piece is a word
    with a space or one mark before it, a run of digits (three at most), a run of marks, a run of spaces. Each is
    at least one token, so dense JSON, hex dumps and tables take a token every two or three characters. At C
    speed: one big integer holds each byte's class and its two left neighbours' (:data:`_PIECE_STARTS`). Runs of
    four digits or more are counted by the caller. ``wide``: whether ``data`` has non-ASCII characters."""
    pieces = 1 if data else 0
    for start in range(0, len(data), _PIECES_CHUNK):
        part = data[max(0, start - 2):start + _PIECES_CHUNK]  # with the two bytes before: its first's neighbours
        classes = int.from_bytes(part.translate(_CLASS))
        left = classes >> 8
        marks = (36 * classes + 6 * left + (left >> 8)).to_bytes(len(part)).translate(_PIECE_STARTS)
        counted = 2 if start else 1  # the first bytes were measured with the chunk before, or have no left
        pieces += marks.count(1, counted) - (marks.count(2, counted) if wide else 0)
    return pieces


_ONE_TOKEN_HAN = (
    "一万三上下不与专业东两个中串为主么义之也书了事二于五些交产享京人亿今介从他付代以们件价任份企优会传但"
    "位体何余作你使例供価保信修倍值停像元先入全公共关其具内円册再写出击分列则初利别到制前力功加务动動包化"
    "北区十午华单南即历原去县参及友反发取变口只可台右号司合同名后向否含听启告员周命和品哈商問器四回因国图"
    "土在地场址型城基報場填增声处备复外多大天失头女好如始子字存学安宋完定实审客家容密对导将小少尔就局展山"
    "岁州工左已市布常平年并广序库应店度建开异式引张当录形影径待後得微心必志态思性总息您情意感成我或户所手"
    "打找技投报拉持指按换据排接推提播支收改放政效数整文料断新方族无日时明易星是時景更最月有服期木未本机权"
    "束条来板构析果查标样核格案检模次款止正此步歳段每比民気水求江汽没治法注活流海消清游源火点無然片版物特"
    "率环现球理生用由电男画界番登的监目直相省看県真知码确示社票私种科秒称移程稍税稿空立站章端笑符第等签简"
    "算管箱米类系素索约级线组经结给络统编网置美老考者而联能自至色节英藏行表装西要見见规视角解言計記話読计"
    "认议记论设证评试话询该详语误说请读调象责败账货购费资起超路身车转软载辑输达过运近还这进连述退送选通速"
    "造連道邮部都配释里重量金钟钮链销错键长開間関门闭问间队阳陆限院除雅集雷需非面音页项预频题额首验高黑"
)
"""The Han characters that are one cl100k token each (549 of U+4E00-9FFF's 20,992): the common ones of prose. Most
others whose first two UTF-8 bytes are one token (:data:`_DEAR_PREFIXES`) take two tokens."""


def _two_token_han() -> re.Pattern[str]:
    one = set(_ONE_TOKEN_HAN)
    ranges: list[str] = []
    start = -1
    for code in range(0x4E00, 0xA001):
        two = code < 0xA000 and chr(code) not in one and not _DEAR_PREFIXES[0xE0 | code >> 12] >> (code >> 6 & 63) & 1
        if two and start < 0:
            start = code
        elif not two and start >= 0:
            ranges.append(f"{chr(start)}-{chr(code - 1)}")
            start = -1
    return re.compile(f"[{''.join(ranges)}]+")


_TWO_TOKEN_HAN = _two_token_han()
"""Runs of Han characters of a cheap two-byte prefix that are not one token: two tokens each."""
_NOT_HAN_HIGH = bytes(i for i in range(256) if not 0x4E <= i <= 0x9F)
_ONE_TOKEN_KANA = (
    "\u3000、。《》「」『』【】〜あいうえおかがきくけこごさざしじすせそただちっつてでとどなにのはばまみめもやよらりるれろわをん"
    "アィイウェエオカキクグコサシジスズセタダチッテデトドナニバパビピフブプペポマムメャュョラリルレロン・ー"
)
"""The kana and CJK marks (U+3000-30FF) that are one cl100k token each (110 of 256): those of Japanese prose. The
others take two."""
_ONE_TOKEN_HANGUL = (
    "가간값개거게결경고공과구그글기나내는능니다당대도동되된드든들디라래러력로록료류른를름리만메면명목문미버번보복부분비사산상색생서"
    "성세션소수스습시식신아야어에여열오와요용우운원위으은을음의이인일임입자작장재적전정제져조주지진째체출치크태터턴트튼하한할함해"
    "호화환회"
)
"""The Hangul syllables that are one cl100k token each (129 of 11,172): most of Korean prose's."""
_HANGUL_GROUP = bytes(1 << (high & 7) if 0xAC <= high <= 0xD7 else 0 for high in range(256))
"""For a character's UTF-16 high byte of Hangul syllables, a bit for its group (the high byte's last three bits)."""
_ONE_TOKEN_HANGUL_LOW = bytes(sum({1 << (ord(c) >> 8 & 7) for c in _ONE_TOKEN_HANGUL if ord(c) & 0xFF == low})
                              for low in range(256))
"""For a UTF-16 low byte, the groups of high bytes with which it makes a one-token syllable: one big-integer AND
finds them at C speed, and takes about one in twenty of the other syllables for one too (a quarter short each)."""
_KANA_LOW = bytes(1 if chr(0x3000 + low) in _ONE_TOKEN_KANA else 2 for low in range(256))
"""For a character's UTF-16 low byte: 1 when U+30xx of it is one token, 2 when two."""
_KANA_HIGH = bytes(3 if high == 0x30 else 0 for high in range(256))
_ZWJ = "\u200d".encode()
"""The zero-width joiner of emoji sequences: about two tokens there, where its prefix counts it at 1.5."""


def _dear_three(utf16: bytes) -> int:
    """How many characters of the UTF-16-BE ``utf16`` have a dear three-byte prefix (:data:`_DEAR_PREFIXES`): one
    big-integer AND of the two translated halves stands in for a pass over each character, at C speed."""
    n = len(utf16) // 2
    high = int.from_bytes(utf16[0::2].translate(_DEAR_HIGH))
    low = int.from_bytes(utf16[1::2].translate(_LOW_BLOCK))
    return n - (high & low).to_bytes(n).count(0)


def text_size(text: str) -> int:
    """How many tokens ``text`` may take, in quarter tokens, meant as an upper-ish bound for any tokenizer.

    An ASCII character is a quarter (English prose and code take about four characters a token); a digit or a double
    quote counts twice, a character of a run of 20 or more letters, digits and ``+/=_-`` with digits and at least 30%
    digits or capitals (base64, hex, ids) three times (a digit there 3.5 quarters, not 4), one of a run of three or more
    ASCII punctuation marks but double quotes (not a rule like ``---``) 3.3 times. The ASCII is counted at least at 1.15
    tokens a piece of cl100k's pre-tokenizer (:func:`_pieces`): dense JSON, tables, hex dumps and logs take a token
    every two or three characters; a quote after indentation (a key of indented JSON) adds two pieces. A capital next to
    a digit next to a lower-case letter (random case, ``aZ3k``) adds 2 tokens: short base64 words, keys and random ids
    take more than a quarter a character, and such a run of three is about one in ten of their characters; upper-case
    ids (``SHA256``, ``H2SO4``, upper-case hex) are not counted so. Five consonants of one case in a row (``y`` and
    ``h`` vowels) add 8 tokens and a letter ``g-z`` next to a digit half a token: random letters (ids, base32 keys) take
    a token every two letters, and such clusters are one in twenty of their letters, one in two thousand of English,
    code and URLs. A character of two UTF-8 bytes is 3/4 of a token (accented Latin), 1/2 (Cyrillic), 1 (Arabic) or 5/4
    (Greek, Hebrew); of three, 1.5 (Korean, Indic, Thai; a common Hangul syllable 1.25; a kana or CJK mark 1.25 when it
    is one cl100k token, else 2; a Han one 1.25, or 2.25 when it is not one of the Han characters that are one cl100k
    token), or 3.75 when its first two bytes are not one cl100k token (rare Hangul, most symbols; rare Han 3.5), a
    zero-width joiner 2; of four (emoji, rare Han) 3. Against OpenAI's cl100k tokenizer (bench/text_size.py) that counts
    English 1.2x, code 1.05x, Russian 1.1x, Greek 1.2x, Hebrew 1.1x, Arabic 1.3x, Japanese prose 1.4x (with Latin words
    1.45x), Chinese prose 1.5x, Korean 1.45x, random rare Han and Hangul 1.1-1.15x, random kana 1.1x, random punctuation
    1.1-1.2x, emoji 1.0-1.1x, base64 1.55x, short base64 words 1.2-1.25x, JWTs 1.5x, hex 1.5x, random lower-case words
    1.15x, base32 and base36 ids 1.05-1.2x, dense JSON and API replies 1.1-1.15x, indented JSON 1.15-1.3x, hex dumps
    1.05x, log lines 1.2x, UUIDs 1.25x. Passes in C, but for a short loop over runs of 20 or more
    (:func:`_encoded_runs`): about 2-4 ms for 200 kB, up to 6 of Han, 10 of short base64 words.
    """
    n = len(text)
    if not n:
        return 0
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate (wire_text replaces them before a request)
        data = text.encode("utf-8", "surrogatepass")
    digits = len(data.translate(None, _NOT_DIGIT))
    quotes = data.count(b'"')
    size = n + digits + quotes
    mixed = data.translate(_UPPER_OR_DIGIT) if digits else b""
    if digits:
        size += _encoded_runs(data, mixed)
    punctuation = data.translate(_PUNCTUATION).count(b"ppp")
    if punctuation:
        punctuation -= sum(data.count(rule) for rule in _REPEATED)
        size += 7 * max(0, punctuation)  # about 2.3 quarters more for each of the three characters
    ascii_chars = n if len(data) == n else len(text.encode("ascii", "ignore"))
    # Each piece is at least one token; where the pieces are short (JSON, tables, dumps, logs), count them.
    pieces = _pieces(data, len(data) != n)
    if quotes:
        # A key of indented JSON (``\n    "name": ``): cl100k cuts the newline, the indentation but its last space and
        # the space with the quote into three pieces, one in _pieces' classes.
        pieces += 2 * (data.count(b'  "') + (data.count(b'\t"') if b"\t" in data else 0))
    size += max(0, 23 * (pieces + mixed.count(b"dddd")) // 5 - (size - n + ascii_chars))
    if digits and (mixed.count(b"ud") or mixed.count(b"du")):
        # random case and digits in short words (base64 under 20, keys, JWT parts): 2 tokens more for each
        cased = data.translate(_CASED_OR_DIGIT)
        size += 8 * sum(map(cased.count, _RANDOM_CASE))
    if ascii_chars:
        # Random letters (ids, base32, keys) take a token every two letters where words take one every four.
        consonants = data.translate(_CONSONANTS)
        size += 32 * (consonants.count(b"ccccc") + consonants.count(b"CCCCC"))
        if digits:
            letters = data.translate(_LETTER_OR_DIGIT)
            size += 2 * (letters.count(b"ld") + letters.count(b"dl"))
    if len(data) != n:
        wide = n - ascii_chars
        utf16 = text.encode("utf-16-be", "surrogatepass")
        astral = len(utf16) // 2 - n
        three = len(data) - ascii_chars - 2 * wide - 2 * astral
        two = wide - three - astral
        size += 2 * two + 5 * three + 11 * astral  # each counted once above: 3, 6 and 12 quarters in all
        if two:
            size -= len(data.translate(None, _NOT_CYRILLIC))
            size += len(data.translate(None, _NOT_ARABIC)) + 2 * len(data.translate(None, _NOT_GREEK_HEBREW))
        if three:
            size += 9 * _dear_three(utf16) + 2 * data.count(_ZWJ)
            high = utf16[0::2]
            han = len(high.translate(None, _NOT_HAN_HIGH))
            if han:  # a one-token Han character 5 quarters, a two-token one 9
                size += 4 * sum(map(len, _TWO_TOKEN_HAN.findall(text))) - han
            low = utf16[1::2]
            groups = high.translate(_HANGUL_GROUP)
            if groups.count(0) != len(groups):  # a one-token Hangul syllable 5 quarters, not 6
                cheap = int.from_bytes(groups) & int.from_bytes(low.translate(_ONE_TOKEN_HANGUL_LOW))
                size -= len(high) - cheap.to_bytes(len(high)).count(0)
            if high.count(0x30):  # a one-token kana or CJK mark 5 quarters, a two-token one 8
                kinds = (int.from_bytes(high.translate(_KANA_HIGH)) & int.from_bytes(low.translate(_KANA_LOW)))
                counted = kinds.to_bytes(len(high))
                size += 2 * counted.count(2) - counted.count(1)
    return size


def estimate_tokens(size: int) -> int:
    """A rough token count for a text of ``size`` (:func:`text_size`, quarter tokens), at least 1 when non-empty."""
    return 0 if size <= 0 else max(1, size // 4)


def prompt_size(messages: list[Message], tools: list[ToolSpec], memo: dict[int, int] | None = None) -> int:
    """How big a request is (messages, tool calls and tool schemas) in :func:`text_size`'s quarter tokens; an
    image counts 1000.

    ``memo`` maps ``id()`` of messages and tool specs to their sizes; pass one only while something keeps
    every object it names alive (ids of live objects are never reused).
    """
    total = 0
    for message in messages:
        size = memo.get(id(message)) if memo is not None else None
        if size is None:
            size = message_size(message)
            if memo is not None:
                memo[id(message)] = size
        total += size
    for spec in tools:
        size = memo.get(id(spec)) if memo is not None else None
        if size is None:
            size = text_size(spec.name) + text_size(spec.description) + text_size(json.dumps(spec.parameters))
            if memo is not None:
                memo[id(spec)] = size
        total += size
    return total


def message_size(message: Message) -> int:
    """One message's size in :func:`text_size`'s quarter tokens: its text, its tool calls, 1000 an image."""
    size = text_size(message.content) + 1000 * len(message.images)
    return size + sum(text_size(call.name) + text_size(json.dumps(call.arguments)) for call in message.tool_calls)


def is_loopback_url(url: str) -> bool:
    """True when ``url`` points at this machine: ``localhost``, 127.0.0.0/8 or ::1."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refuse_remote_in_tests(base_url: str) -> None:
    """Raise ModelError, before any network I/O, for a non-loopback model URL while tests forbid them."""
    if os.environ.get(REFUSE_REMOTE_ENV, "").strip().lower() not in ("1", "true", "yes", "on"):
        return
    if not is_loopback_url(base_url):
        raise ModelError(
            f"refusing a real model call during tests ({REFUSE_REMOTE_ENV}=1): {base_url} is not a loopback "
            "address; use a scripted model or a local server on 127.0.0.1"
        )
