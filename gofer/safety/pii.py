# ruff: noqa: E501
"""Finding secrets and personal data in text: API keys, tokens, private keys, emails, phones, cards, ids.

Keys and tokens found by their form are in ``gofer.safety._secret_patterns``, links that carry a credential in
``gofer.safety._link_tokens``; settings' secrets in their other forms in ``gofer.safety._secret_forms``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from gofer.safety._finding import Finding, Held
from gofer.safety._iban import ibans
from gofer.safety._link_tokens import find_link_tokens
from gofer.safety._national_ids import luhn_ok, national_ids
from gofer.safety._reading import reading
from gofer.safety._settings_secrets import secrets_in, settings_secrets

__all__ = ["Finding", "email_addresses", "find_link_tokens", "find_pii", "find_secrets", "luhn_ok", "named_at", "redact",
           "settings_secrets"]

_EMAIL = re.compile(  # starts only where a run of address characters starts, and each part is bounded: linear
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b")
_CARD = re.compile(r"\b(?:\d[ -]?){12,18}\d\b|\b\d{4}(?:\.\d{4}){2}\.\d{1,7}\b|\b\d{4}\.\d{6}\.\d{5}\b")
_PHONE = re.compile(
    r"(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])"
    r"\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?(?![\w-])"
    r"|(?<![\w.+-])\+\d{1,3}[\s.-]?\d{1,5}(?:[\s.-]?\d{2,5}){1,4}(?![\w-])"  # +CC then groups of up to 5
)
_NOT_DIGIT = re.compile(r"\D")
# An address with letters outside ASCII (``jürgen@例え.jp``, ``имя@пример.рф``): the local part and the labels are
# letters, digits and the usual marks of any script, and the top-level domain letters of any script or IDNA.
_UNICODE_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:[^\W\d_]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-])")
# Where an address in text without spaces (Chinese, Japanese) ends: the top-level domain is the ASCII letters after
# the last dot, or the longest of these that begins the label there; unknown ones keep the whole label.
_IDN_TLDS = frozenset({
    "中国", "中國", "公司", "网络", "網絡", "香港", "台湾", "台灣", "澳門", "澳门", "新加坡", "在线", "网址", "网店", "网站", "商城",
    "商店", "商标", "集团", "企业", "游戏", "娱乐", "我爱你", "中文网", "移动", "手机", "时尚", "微博", "信息", "健康", "八卦",
    "购物", "世界", "慈善", "政务", "公益", "コム", "みんな", "通販", "クラウド", "ストア", "セール", "ファッション", "ポイント", "한국",
    "닷컴", "닷넷", "삼성",
})
_CJK_NAME = 4
# Common Chinese family names (simplified and traditional) and first letters of common Japanese ones.
_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤欧司"
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈鄒閻龔萬錢湯歐"
    "佐鈴渡伊山小加吉松井木斎清森池橋阿")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u3131-\u318e]")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
# Where it starts: after the last of these words in front of it (contact, e-mail, address, send to, ...), after a
# hiragana particle before kanji or katakana (担当は山田@…), or, after CJK letters, where ASCII ones begin.
_LOCAL_CUES = re.compile(
    r"(?:联系人|联系|聯繫|聯絡|联络|邮箱|郵箱|邮件|郵件|电邮|電郵|地址|发送至|发送到|发至|发到|寄到|寄给|发给|写信给|致信|请|"
    r"メールアドレス|メール|アドレス|連絡先|宛先)(?:给|至|到|是)?")
_AT = r"(?:\s*[\[({<]\s*(?i:at)\s*[\])}>]\s*|\s+(?i:at)\s+(?i:(?:the\s+)?domain\s+)?|\s+@\s+|@)"
_DOT = r"(?:\s*[\[({<]\s*(?i:dot|period)\s*[\])}>]\s*|\s+(?i:dot|period)\s+|\s+\.\s+|\.)"
_SPELLED_EMAIL = re.compile(  # "jane dot roe at example dot org", "jane [at] example [dot] org"; bounded: linear
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-]{{1,64}}(?:{_DOT}[A-Za-z0-9_%+-]{{1,64}}){{0,4}}{_AT}"
    rf"[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,4}}{_DOT}[A-Za-z]{{2,24}}\b")
_SPELLED = re.compile(r"\s*[\[({<]\s*(at|dot|period)\s*[\])}>]\s*|\s+(at(?:\s+(?:the\s+)?domain)?|dot|period)\s+"
                      r"|(\s+@\s+|\s+\.\s+)", re.IGNORECASE)
_SPELLED_HINT = re.compile(r"(?i)\s(?:dot|period)\s|[\[({<]\s*(?:at|dot|period)\s*[\])}>]|\sat\s+(?:the\s+)?domain\s"
                           r"|\sat\s+[\w-]+\.[a-z]|\s@\s")
# With "at" and "dot" as plain words, the address must end in a common top-level domain that is not an English
# word, and not follow a word that makes it a noun phrase ("the docs at python dot org"); or, written "at the
# domain" or "at" before a domain with its dots ("jane at example.org"), follow a word saying it is an address
# ("her e-mail: jane at the domain example.org", "write to jane at example.org"; "I work at example.com" and
# "meet at example.org's office" are not), or have a local part that reads as a mailbox ("jane.roe at example.org",
# "jroe42 at example.org"; not "node.js at nodejs.org" or "os.path at docs.python.org") or is a common given name
# before a domain with a common top-level domain ("jane at example.org"; ``_GIVEN_NAMES``). "@" with spaces around it
# is an address when its local part has letters.
_PLAIN_TLDS = frozenset({
    "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "de", "fr", "nl", "ch", "se",
    "dk", "fi", "pl", "ru", "jp", "cn", "br", "au", "ca", "es", "eu", "dev", "app", "ai", "ie", "nz", "za", "mx"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "your", "my", "their", "his",
                          "her", "its"})
_MAIL_CUE = re.compile(r"(?i)\b(?:e-?mail|mail(?:box)?|address|write|contact|reach|inbox)\b[^.;!?\n]{0,24}$")
_ADDRESS_CUE = re.compile(  # right before the address: "her e-mail is", "write to", "address:"
    r"(?i)\b(?:(?:e-?mail(?:\s+address)?|address)\s*(?:is|was|:|-)|write\s+to|mail\s+to|send\s+(?:it|them|this)\s+to)"
    r"\s*$")
_MAILBOX = re.compile(r"[a-z][a-z0-9]*(?:[._+][a-z0-9]+)+|[a-z]{2,}[0-9]{2,}[a-z0-9]*")
# Hosts of documentation and code, where "os.path at docs.python.org" names a page, not an address.
_WEB_HOST = re.compile(r"(?i)(?:www|docs?|wiki|blog|help|learn|api|developers?|en)\.|(?:github|gitlab|pypi|npmjs)\.")
_FILE_EXTENSIONS = frozenset({
    "md", "txt", "py", "js", "ts", "rb", "go", "rs", "sh", "php", "java", "html", "htm", "css", "json", "yaml", "yml",
    "toml", "ini", "cfg", "conf", "xml", "csv", "pdf", "png", "jpg", "jpeg", "gif", "svg", "zip", "gz", "tar", "exe",
    "log", "lock", "net", "io", "org", "com"})
_CUE_CHARS = 80
"""How far before an address the determiner and cue patterns (each anchored at the address) look: searching all
the text before each of many addresses took minutes on 80 kB."""


def _right_before(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether ``pattern`` (anchored with ``$``) matches text ending at ``end``, looking back :data:`_CUE_CHARS`."""
    return pattern.search(text, max(0, end - _CUE_CHARS), end) is not None


_WORD_AT_END = re.compile(r"\w*")


def _after_determiner(text: str, end: int) -> bool:
    """Whether the words right before ``end`` are a determiner and a space ("the docs at ..."), looking back
    :data:`_CUE_CHARS` (cheaper than a pattern anchored with ``$``, which is tried at each character there)."""
    before = text[max(0, end - _CUE_CHARS):end]
    words = before.rstrip()
    if len(words) == len(before):
        return False
    last = _WORD_AT_END.match(words[::-1][:6])  # the longest determiner has five letters
    return last is not None and last.end() < 6 and last.group(0)[::-1].lower() in _DETERMINERS


_PRONOUN = frozenset({"me", "us", "him", "her", "them", "you", "it", "we", "they", "i", "one"})
# Common given names that are not English words ("will", "mark", "grace" and "may" are left out): "jane at
# example.org" is an address without a cue, "meet me at example.org" and "apply online at example.org" are not.
_GIVEN_NAMES = frozenset("""
aaron abdul adam adrian ahmed aisha alan albert alex alexander alexandra alice alicia alison amanda amelia amir amit
amy ana andrea andreas andrew angela anita ann anna anne anthony antonio anya arjun arthur ashley barbara ben benjamin
beth brandon brian carlos carmen carol caroline catherine charles charlotte chen chloe chris christina christopher
claire claudia cynthia daniel daniela david deborah debra dennis diana diego dmitri donald donna dorothy eduardo
elena elizabeth ella emily emma eric erik eva evelyn fatima fernando fiona francesca francisco frank gabriel
gabriela gary george georgia giovanni greg gregory hannah hans harry heather helen henry hiroshi hugo ian igor ingrid
isabel isabella ivan jacob james jane janet jason javier jeffrey jennifer jessica joan joanna joe johan john jonathan
jorge jose joseph joshua juan julia julian justin karen karim katherine kathleen katie kenji kenneth kevin kim laura
lauren leila lena leo linda lisa liam lucas lucia luis marco margaret maria mario marta martin mary matthew
maya mehmet melissa michael michelle miguel mohammed muhammad nancy natalia natasha nathan nicholas nicole nina noah
olga oliver olivia omar oscar pablo patricia patrick paul paula pedro peter philip pierre pooja priya rachel rahul
rajesh raquel raymond rebecca richard robert roberto ronald ryan sahil samantha samuel sandra sara sarah scott
sebastian sergei sharon simon sofia sophia sophie stefan stephanie stephen steven susan tanya thomas timothy tom
tomas victor victoria vikram vincent wei william yuki yusuf zoe
""".split())  # noqa: SIM905 (a list of words reads best as words)


def _spelled_emails(text: str) -> list[Finding]:
    """Addresses with "at" and "dot" spelled out; the value is the address as it would be written."""
    found: list[Finding] = []
    if _SPELLED_HINT.search(text) is None:
        return found
    for m in _SPELLED_EMAIL.finditer(text):
        spelled = m.group(0)
        separators = list(_SPELLED.finditer(spelled))
        if not separators or text.startswith(("'s", "\u2019s"), m.end()):
            continue  # "meet at example.org's office"
        address = _written(spelled, separators)
        local = address.partition("@")[0]
        if "@" in spelled:
            if any(s.group(3) for s in separators) and not re.search(r"[A-Za-z]", local):
                continue  # "3 @ shop.com"
        elif not any(s.group(1) for s in separators) and not _plain_at_address(text, m.start(), address, separators):
            continue  # "the docs are at docs.python.org"
        found.append(Finding(m.start(), m.end(), "email", address))
    return found


def _plain_at_address(text: str, start: int, address: str, separators: list[re.Match[str]]) -> bool:
    """Whether an address spelled with "at" as a plain word, starting at ``start``, reads as one (see above)."""
    local, _, domain = address.partition("@")
    plain_dot = any((s.group(2) or "").lower() in ("dot", "period") or s.group(3) for s in separators)
    tld = address.rsplit(".", 1)[1].lower()
    if not (plain_dot and tld in _PLAIN_TLDS):
        domain_word = any("domain" in (s.group(2) or "").lower() for s in separators)
        named = local.lower() in _GIVEN_NAMES and not plain_dot and tld in _PLAIN_TLDS
        if not ((_mailbox(local) or named) and not _WEB_HOST.match(domain)):
            cue = _MAIL_CUE if domain_word else _ADDRESS_CUE if not plain_dot else None
            if cue is None or local.lower() in _PRONOUN or not _right_before(cue, text, start):
                return False
    return not _after_determiner(text, start)


def _written(spelled: str, separators: list[re.Match[str]]) -> str:
    """A spelled address as it would be written, given its separators (``_SPELLED``'s matches in it)."""
    parts: list[str] = []
    pos = 0
    for s in separators:
        parts += [spelled[pos:s.start()], _separator(s)]
        pos = s.end()
    parts.append(spelled[pos:])
    return "".join(parts)


# One word before "at" and a domain: "Will at example.org", "Rose at mail.acme.io".
# Words that name a role or a topic, not a person: "more info at example.org", "contact support at acme.io" (an
# address such as info@ or support@ is a team's, not a person's data).
_ROLE_WORDS = frozenset({
    "info", "information", "support", "help", "sales", "contact", "contacts", "hello", "team", "office", "press",
    "media", "news", "jobs", "careers", "billing", "admin", "webmaster", "postmaster", "abuse", "security", "privacy",
    "legal", "feedback", "service", "services", "enquiries", "inquiries", "marketing", "hr", "noreply", "docs",
    "details", "updates", "orders", "bookings", "reservations", "hi", "mail", "email",
})
_NAMED_AT = re.compile(
    r"(?<![A-Za-z0-9._%+@'-])([A-Za-z][A-Za-z'-]{0,63})\s+(?i:at)\s+"
    r"([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24})\b(?!['\u2019]s\b|[-@]|\.[A-Za-z0-9])")


def named_at(text: str) -> list[Finding]:
    """Each word written before "at" and a domain, as the address it would be (``Will@example.org`` for "Will at
    example.org"), whatever the word: whether it is an address is for the caller to judge, by whether the run read
    that address (see ``gofer.safety.checks.output``). A pronoun ("me at example.org"), a word naming a role or a
    topic ("more info at example.org") or a word after a determiner ("the docs at example.org") is not one."""
    found: list[Finding] = []
    for m in _NAMED_AT.finditer(text):
        word = m.group(1).lower()
        if word in _PRONOUN or word in _ROLE_WORDS or _after_determiner(text, m.start()):
            continue
        found.append(Finding(m.start(), m.end(), "email", f"{m.group(1)}@{m.group(2)}"))
    return found


def email_addresses(text: str) -> set[str]:
    """The e-mail addresses written with "@" in a text, in lower case."""
    return {m.group(0).lower() for m in _EMAIL.finditer(text)} if "@" in text else set()


def _mailbox(local: str) -> bool:
    """Whether a local part reads as a mailbox rather than a word: lower-case letters with two digits after them, or
    parts joined by ``.``, ``_`` or ``+`` ("jroe42", "jane.roe", "j_roe"; not "sign-up"), the last not a file's extension
    ("README.md", "node.js", "config.yaml" are not)."""
    if not _MAILBOX.fullmatch(local):
        return False
    last = re.split(r"[._+]", local)[-1]
    return not ("." in local and (len(last) < 2 or last in _FILE_EXTENSIONS))


def _separator(s: re.Match[str]) -> str:
    """What a separator of a spelled address stands for: "@" or "."."""
    if s.group(3):
        return s.group(3).strip()
    return "@" if (s.group(1) or s.group(2)).lower().startswith("at") else "."


def _on_folded(text: str, find: Callable[[str], list[Finding]]) -> list[Finding]:
    """Run a finder on the text as it reads (``gofer.safety._reading``), then point its findings back at the
    original (value as it reads)."""
    read = reading(text)
    if read is None:
        return find(text)
    folded, where = read
    return [Finding(where[f.start], where[max(f.start, f.end - 1)] + 1, f.kind, f.value) for f in find(folded)]


def find_secrets(text: str, extra: Iterable[str] = ()) -> list[Finding]:
    """API keys, tokens, private keys, ``password=...`` pairs and the given secret values (from settings), also
    when written with lookalike, full-width or zero-width characters; keys of a known format also when split
    across lines or spaced out, given in parts with words between them, reversed, percent-encoded or in a URL's
    path after a segment naming them; the given values also in pieces, long or short
    (``gofer.safety._secret_forms.pieces`` and ``short_pieces``)."""
    extra = list(extra)
    return _on_folded(text, lambda t: secrets_in(t, extra))


def find_pii(text: str) -> list[Finding]:
    """Emails (also with letters outside ASCII, and spelled out: "jane at example dot org"), payment cards (Luhn), IBANs (country length and
    mod 97, in any case and spacing), national identity and tax numbers (by their check digits; see
    ``gofer.safety._national_ids``) and phone numbers, also when written with lookalike letters from other
    scripts, mathematical, full-width or zero-width characters."""
    return _on_folded(text, _find_pii)


def _find_pii(text: str) -> list[Finding]:
    held = Held()
    found = held.take(Finding(m.start(), m.end(), "email", m.group(0)) for m in _EMAIL.finditer(text))
    if not text.isascii():
        found += held.take(_unicode_emails(text))
    found += held.take(
        Finding(m.start(), m.end(), "card", m.group(0)) for m in _CARD.finditer(text)
        if 13 <= len(digits := _NOT_DIGIT.sub("", m.group(0))) <= 19 and luhn_ok(digits))
    found += held.take(_spelled_emails(text))
    found += held.take(Finding(a, b, "iban", text[a:b]) for a, b in ibans(text))
    found += held.take(Finding(a, b, "national_id", text[a:b]) for a, b in national_ids(text))
    found += held.take(
        Finding(m.start(), m.end(), "phone", m.group(0)) for m in _PHONE.finditer(text)
        if 8 <= len(_NOT_DIGIT.sub("", m.group(0))) <= 15 and not _looks_like_date_or_number(m.group(0)))
    return found


def _unicode_emails(text: str) -> list[Finding]:
    """Addresses with letters outside ASCII, within their bounds (``_address_bounds``)."""
    found: list[Finding] = []
    for m in _UNICODE_EMAIL.finditer(text):
        if m.group(0).isascii():
            continue  # _EMAIL's ("openssl@3-3.3.1.arm64_sonoma.bottle.tar.gz" is not one)
        bounds = _address_bounds(text, m.start(), m.end())
        if bounds is not None:
            found.append(Finding(bounds[0], bounds[1], "email", text[bounds[0]:bounds[1]]))
    return found


def _address_bounds(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the address a match of ``_UNICODE_EMAIL`` holds, in text that may run on without spaces on
    either side (``请联系张三@例子.公司谢谢``): the top-level domain ends with its script (ASCII letters after CJK
    ones) or with the longest known IDN top-level domain that begins the label, and the local part starts after
    the last word that names an address or asks to write, a hiragana particle, or where ASCII follows CJK, and,
    in a run of CJK letters, is a name of four letters at most (``_name_start``)."""
    at = text.index("@", start, end)
    dot = text.rindex(".", at, end)
    label = text[dot + 1:end]
    ascii_tld = re.match(r"xn--[a-z0-9-]{2,59}|[A-Za-z]{2,24}", label)
    if ascii_tld is not None:
        if ascii_tld.end() < len(label) and not _CJK.match(label, ascii_tld.end()):
            return None  # "jürgen@例え.jpx" runs on in Latin: not an address that ends there
        end = dot + 1 + ascii_tld.end()
    elif _CJK.match(label):
        known = [len(t) for t in _IDN_TLDS if label.startswith(t)]
        if known:
            end = dot + 1 + max(known)
    local = text[start:at]
    if _CJK.search(local):
        cut = 0
        for cue in _LOCAL_CUES.finditer(local):
            if cue.end() < len(local):
                cut = cue.end()
        for i in range(len(local) - 1, cut, -1):
            if _HIRAGANA.match(local, i - 1) and not _HIRAGANA.match(local, i):
                cut = i
                break
        ascii_tail = re.search(r"[A-Za-z0-9._%+-]+$", local)
        if ascii_tail is not None and ascii_tail.start() > cut and _CJK.match(local, ascii_tail.start() - 1):
            cut = ascii_tail.start()
        start += cut + _name_start(local[cut:])
    value = text[start:end]
    local_part, _, domain = value.partition("@")
    if not local_part or "." not in domain or local_part.startswith(".") or domain.startswith(("-", ".")):
        return None
    return start, end


def _name_start(local: str) -> int:
    """Where, in a local part of CJK letters run on from the words before it, the name starts: it is the last
    ``_CJK_NAME`` letters at most, from the first common family name among them that has a letter after it
    (``请问张三`` → ``张三``, ``麻烦转交李四`` → ``李四``), so that no list of the words before it is needed."""
    if len(local) <= 2 or not all(_CJK.match(ch) for ch in local):
        return 0
    first = max(len(local) - _CJK_NAME, local.rfind("的") + 1, 0)  # 的, the possessive particle, ends a word
    for i in range(first, len(local) - 1):
        if local[i] in _FAMILY_NAMES:
            return i
    return first


_DATE_OR_NUMBER = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?")


def _looks_like_date_or_number(value: str) -> bool:
    return _DATE_OR_NUMBER.fullmatch(value.strip()) is not None


def redact(text: str, findings: list[Finding]) -> str:
    """The text with each finding replaced by ``[redacted:KIND]`` (overlaps merged, first kind wins)."""
    out: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        out.append(text[pos:f.start])
        out.append(f"[redacted:{f.kind}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


