# ruff: noqa: E501
"""Tells about what an injection wants done with the reader's data or work: exfiltration recipes (a URL that is to
carry the conversation or the user's data, and the instructions that fill it), requests for hateful or dangerous
text, and code to be slipped into the reader's work that sends data out, destroys, or fetches and runs a program.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gofer.safety._detector_vocab import Vocabulary

# Exfiltration recipes: a URL (often a markdown image or link) that is to carry data, and the instructions that
# fill it from the conversation or the user's data.
_PLACEHOLDER_URL = re.compile(
    r"(?:\]\(|\b(?:src|href)=[\"']?)\s*(?:https?://)?[^\s)\"']*(?:[?&=/]|\.(?:png|gif|jpg|svg))[^\s)\"']*(?:\[[a-z_ ]+\]|\{\{?[a-z_ ]+\}?\}|<[a-z_ ]+>|\$[a-z_]+"
    r"|=(?:[a-z]+_)*[a-z]*(?:data|info|secret|user|conv|chat|summary|message|history|content|payload|key|password|token|email|name)(?:_[a-z]+)*(?=[&)\"'\s]))"
)
# A URL whose last parameter is left empty for the data to be appended ("https://x.test/save?text=").
_EMPTY_PARAM = re.compile(r"https?://[^\s\"'<>()]+[?&][\w-]+=(?=[\s\"')\]>]|$)")
_CONVERSATION = re.compile(
    r"\b(?<!join )(?:the|our|this|previous|earlier|prior|entire|whole|current)\s+(?:conversation|chat(?: history| log)?|dialog(?:ue)?|discussion|(?:chat |message )?history|messages? (?:above|so far|before))\b"
    r"|\b(?:everything|anything|all|whatever)\s+(?:that\s+)?(?:the user|they|i|you've been|you were)\s+(?:told|said|wrote|shared|typed|sent|asked)\b"
    r"|\b(?:the\s+)?user'{0,2}s\s+(?:(?:previous|last|earlier|first|prior|\w+)\s+){0,2}(?:messages?|questions?|inputs?|prompts?|requests?|answers?|data|information|details|name|e-?mail)\b"
    r"|\b(?:mentioned|shared|discussed|provided)\s+(?:earlier|before|above|so far|previously)(?:\s+in\s+(?:this|the)\s+(?:conversation|chat))?"
    r"|\bprevious (?:messages?|turns?|prompts?|questions?)\b|\bchat so far\b"
    r"|\b(?:the\s+)?user'{0,2}s\s+(?:password|api key|key|credentials|token|address|phone number|e-?mail address)\b"
    r"|\b(?:last|previous|latest|first)\s+messages?\s+(?:of|from)\s+the\s+user\b|\b(?:key|password|token|code|secret)\s+(?:from|given)\s+earlier\b"
)
_FILL = re.compile(
    r"\b(?:replace|replacing|substitute|substituting|fill(?:ing)?(?: in)?|swap)\b[^.\n]{0,60}\bwith\b|\bwhere\s+(?:\[[^\]]{1,30}\]|\{[^}]{1,30}\}|[a-z_]{3,20})\s+(?:is|are|stands for|should be)\b"
    r"|\b(?:url-?encod\w*|base64[- ]?encod\w*|encode\w*\s+[^.\n]{0,50}\b(?:base64|hex|url)|percent-encod\w*|(?:in|as|to)\s+base64)\b"
    r"|\b(?:build|construct|create|make|form|assemble)\s+(?:the|a|this|an)\s+(?:url|link|address|image url)\b"
    r"|\b(?:after|before)\s+the\s+(?:equals?|=)\s+sign\b|\bat\s+the\s+end\s+of\s+the\s+(?:url|link|address)\b"
    r"|\b(?:append|add|attach|concatenate|join|put)\w*\b[^.\n]{0,80}\b(?:to|after|at the end of|onto|into)\s+(?:the\s+|this\s+|that\s+)?(?:url|link|query|address|parameter|https?://|'https?://|\"https?://)"
    r"|\b(?:load|open|fetch|visit|request|render|show|display|print|include|insert|output)\b[^\n]{0,80}?\b(?:followed by|plus|with)\b[^.\n]{0,40}\b(?:result|text|data|it|them|that)\b"
    r"|\b(?:join|concatenate|combine|chain)\w*\b[^.\n]{0,40}\b(?:with|using|by)\s+['\"]?[+&_,;|-]"
)
_CONVERSATION_WORDS = ("conversation", "chat", "dialog", "discussion", "history", "told", "said", "wrote", "typed",
                       "user's", "users'", "mentioned", "shared", "provided", "previous", "messages ", "earlier",
                       "of the user", "from the user")
# A URL assembled from pieces, so that no whole URL appears: quoted fragments joined with "+" or commas, a variable
# holding the start of a URL, a scheme spelled letter by letter.
_ASSEMBLED_URL = re.compile(
    r"['\"][^'\"\n]{0,12}(?:https?|://)[^'\"\n]{0,40}['\"]\s*[+,]\s*['\"]"
    r"|\b(?:let|set)\s+\w{1,10}\s*=\s*['\"]https?://[^'\"\s]+['\"]"
)
_SPELLED_URL = re.compile(r"\bh\s*,\s*t\s*,\s*t\s*,\s*p\b|\bh-t-t-p|\b(?:visit|open|load|fetch|request)\s+\w\s*\+\s*\w\b")


def _assembled(text: str, vocab: Vocabulary) -> re.Match[str] | None:
    """A URL put together from pieces (tried only near "http", "://" and the other pieces' marks)."""
    if "http" in vocab or "://" in text:
        found = _windowed(_ASSEMBLED_URL, text, ("http", "://"), 1, vocab)
        if found:
            return found[0]
    if "h, t" in text or "h,t" in text or "h-t-t-p" in text or " + " in text:
        return _SPELLED_URL.search(text)
    return None
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,80}\]\(\s*https?://[^\s)]+\)")


def _windowed(rx: re.Pattern[str], text: str, words: tuple[str, ...], limit: int, vocab: Vocabulary) -> list[re.Match[str]]:
    """Matches of ``rx`` near the trigger words (at most 30 occurrences of each; cheaper than a search of the whole
    text from every character). ``vocab`` holds the text's words (a cheap first test for words of letters)."""
    spots: list[int] = []
    for w in words:
        i = text.find(w) if (not w.isalpha() or w in vocab) else -1
        n = 0
        while i >= 0 and n < 30:
            spots.append(i)
            n += 1
            i = text.find(w, i + len(w))
    spots.sort()
    found: list[re.Match[str]] = []
    done = 0
    for i in spots:
        a, b = max(done, i - 160), min(len(text), i + 200)
        if a < b:
            found.extend(rx.finditer(text, a, b))
            done = b
        if len(found) >= limit:
            break
    return found[:limit]


def recipes(text: str, vocab: Vocabulary) -> tuple[float, list[tuple[int, int]]]:
    """Evidence of an exfiltration recipe: a placeholder URL, filling it from the conversation, encodings."""
    spans: list[tuple[int, int]] = []
    evidence = 0.0
    m = _PLACEHOLDER_URL.search(text) if ("](" in text or "src=" in text or "href=" in text) else None
    if m:
        evidence += 1.0
        spans.append(m.span())
    elif "=" in text and (e := _EMPTY_PARAM.search(text)):
        m = e
        evidence += 0.6
        spans.append(e.span())
    if not m and (a := _assembled(text, vocab)):
        m = a
        evidence += 1.0
        spans.append(a.span())
    found = _windowed(_CONVERSATION, text, _CONVERSATION_WORDS, 1, vocab)
    c = found[0] if found else None
    if not (m or c):
        return 0.0, []
    f = _FILL.search(text)
    if c:
        spans.append(c.span())
        evidence += 0.7
    if f:
        spans.append(f.span())
        evidence += 0.6
    if c and f:
        evidence += 0.6
    if evidence and (m or c) and _MD_IMAGE.search(text):
        evidence += 0.5
    if evidence < 1.2:
        return 0.0, []
    return min(evidence, 3.0), spans


_HARM_ADJ = (r"(?:toxic|hateful|hate|offensive|insulting|derogatory|discriminatory|racist|sexist|homophobic|transphobic"
             r"|xenophobic|misogynistic|demeaning|degrading|abusive|harassing|threatening|obscene|vulgar|humiliating"
             r"|disparaging|bigoted|inflammatory|defamatory|cruel)")
# Milder words ("a negative review") count only when the text is aimed at a group of people.
_WEAK_ADJ = r"(?:negative|unfriendly|mean|rude|harmful|hostile|nasty|violent|unkind|insensitive|biased|prejudiced)"
_GROUP = (r"(?:\w+\s+){0,2}(?:people|persons|women|men|girls|boys|immigrants|migrants|refugees|foreigners|muslims|jews"
          r"|jewish|christians|hindus|buddhists|atheists|gays?|lesbians?|trans\w*|bisexual\w*|black|white|asians?|africans?"
          r"|latin[oa]s?|hispanics?|arabs?|roma|disabled|elderly|minorit\w+|group|communit\w+|religions?|races?|ethnicit\w+"
          r"|nationalit\w+|genders?|lgbt\w*|queer)\b")
_HARM_NOUN = (r"(?:sentences?|statements?|jokes?|comments?|remarks?|tweets?|posts?|poems?|messages?|paragraphs?|texts?"
              r"|slogans?|stor(?:y|ies)|insults?|speech(?:es)?|rants?|essays?|lines?|words?|phrases?|reviews?|songs?|lyrics"
              r"|descriptions?|content|stereotypes?|slurs?|things?|points?|reasons?)")
_HARM_WORDS = ("toxic", "hate", "offens", "insult", "derogat", "discrimin", "racis", "sexis", "phobic", "misogyn",
               "demean", "degrad", "abus", "harass", "violen", "threat", "negative", "unfriendly", "mean ", "rude",
               "harm", "obscen", "vulgar", "hostil", "humiliat", "disparag", "bigot", "inflammat", "defamat", "nasty",
               "cruel", "bomb", "explosive", "napalm", "meth", "nerve agent", "poison", "weapon", "steal", "kill",
               "hurt", "stalk", "kidnap", "shoplift", "hack into", "break into", "inferior", "mock", "belittl",
               "ridicul", "dehumani")
HARMFUL = re.compile(
    rf"\b(?:write|compose|generate|produce|create|draft|give|list|provide|come up with|craft|tell|say|make)\b[^.\n]{{0,30}}?\b{_HARM_ADJ}\s+(?:\w+\s+)?{_HARM_NOUN}\b"
    rf"|\b(?:write|compose|generate|produce|create|draft|give|list|provide|come up with|craft|tell|say|make)\b[^.\n]{{0,30}}?\b{_WEAK_ADJ}\s+(?:\w+\s+)?{_HARM_NOUN}\s+(?:about|against|towards?|targeting|on|mocking|regarding)\s+{_GROUP}"
    r"|\b(?:how to|ways to|guide to|steps to|instructions (?:for|to))\s+(?:make|build|assemble|synthesi[sz]e|cook)\s+(?:a\s+|an\s+)?(?:pipe\s+)?(?:bomb|explosive|napalm|meth\w*|nerve agent|poison|weapon)"
    r"|\b(?:how to|ways to|guide to)\s+(?:steal|poison|kill|hurt|stalk|harass|kidnap|shoplift|hack into|break into)\b"
    r"|\bwhy\s+[\w\s]{3,30}\s+are\s+(?:inferior|stupid|subhuman|evil|worthless|lazy|criminals|animals|dirty)\b"
    rf"|\b(?:harass|mock|insult|demean|belittl|ridicul|humiliat|threaten|dehumani[sz])\w*\s+{_GROUP}"
)


def harmful_requests(text: str, vocab: Vocabulary) -> tuple[float, list[tuple[int, int]]]:
    """Evidence of a request to produce hateful or dangerous text."""
    spans = [m.span() for m in _windowed(HARMFUL, text, _HARM_WORDS, 3, vocab)]
    if not spans:
        return 0.0, []
    return 2.6 + 0.2 * (len(spans) - 1), spans


# Code to be slipped into what the reader writes or runs: a request to take up "the following code" next to code
# that sends local data out, destroys data or downloads and runs a program. Manuals and answers say "add the
# following code to settings.py" all the time; the code's content is what tells.
_TAKE_VERB = re.compile(
    r"\b(?:add|includ|inclusion|insert|integrat|incorporat|embed|merg|append|us(?:e|ing)\b|utili[sz]|adopt|enlist|infus|meld"
    r"|blend|execut|run|past|put|inject|implant|weav|fold|combin|harmoni[sz]|assimilat|plug|employ|deploy|fus|engag"
    r"|enrich|featur|presence|addition|introduc|leverag|apply|copy|drop|keep|let|ensure|mak|interweav|absorb|bak|wir)\w*"
)
_CODE_NOUN = re.compile(
    r"\b(?:following|below|subsequent|this|these|given|provided|attached)\s+(?:\w+\s+)?(?:code|snippet|script|lines?"
    r"|block|excerpt|section|fragment|commands?)\b"
)
_YOUR_WORK = re.compile(
    r"\b(?:in|into|within|to)\s+your\s+(?:own\s+)?(?:code(?:base)?|solution|implementation|algorithm|program|script|project"
    r"|response|answer)\b"
)


def _take_code(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Requests to take up code between ``a`` and ``b``: "<verb> ... the following code" (the verb at most 60
    characters before, in the same sentence) or "... into your solution"."""
    for m in _CODE_NOUN.finditer(text, a, b):
        head = text[max(0, m.start() - 80): m.start()]
        cut = max(head.rfind("."), head.rfind("\n"))
        verb = _TAKE_VERB.search(head, cut + 1)
        if verb:
            yield m.start() - len(head) + verb.start(), m.end()
    for m in _YOUR_WORK.finditer(text, a, b):
        yield m.span()


_CODE_SEND = re.compile(
    r"\brequests\.(?:post|put|patch)\b|\bhttpx\.(?:post|put)\b|urlopen\([^)\n]{0,80}data|\bsmtplib\b|\.send(?:all|to|mail)?\(|\.connect\(\("
    r"|\bftplib\b|\bparamiko\b|\bpublish\.single\b|\bcookies\s*=|\bcurl\b[^\n]{0,80}(?:-d\b|--data|-f\b|--form|-t\b|--upload)"
)
_CODE_SOURCE = re.compile(
    r"\bos\.environ\b|\bgetpass\b|\bcookiejar\b|\bcookies?\b|\bpynput\b|\bkeyboard\b|\bpsutil\b|\bimagegrab\b|\bscreenshot\b"
    r"|\bpyperclip\b|\bclipboard\b|/etc/(?:passwd|shadow)|\.ssh\b|id_rsa|\bplatform\.(?:node|uname)|\bsocket\.gethostname|\busb\.core"
    r"|\bbluetooth\b|\bsounddevice\b|\bopen\([^)\n]{0,80}\)|\bos\.(?:listdir|walk)\b|\bglob\.glob\b|\bsqlite3\b|\bhistory\b"
)
_CODE_HARM = re.compile(
    r"\brm\s+-(?:rf|fr|r)\s+(?:/|~|\*|--no-preserve-root)|\bshutil\.rmtree\(|\bdd\s+if=[^\n]{0,40}of=/dev/|\bmkfs\b|:\(\)\s*\{"
    r"|\bformat\s+c:|\bos\.remove\(|\bos\.unlink\(|\bfernet\b|\bxmrig\b|\bminers?\b|\bcrypto-?min\w*|\bransom"
    r"|\bshutdown\s+(?:-h|/s)|\breboot\b|/etc/(?:rc\.local|crontab|profile)\b|\biptables\s+-(?:f|p)|\bkill\s+-9\s+-1|\bchmod\s+(?:-r\s+)?777\s+/|\bsystemctl\s+(?:stop|disable|mask)\b"
)
_CODE_FETCH = re.compile(r"\b(?:curl|wget|urlretrieve|urlopen|urllib3|requests\.get|httpx\.get)\b")
_CODE_RUN = re.compile(r"\bsubprocess\.\w+\(|\bos\.system\(|\bexec\(|\beval\(|\bpopen\(|\bchmod\s+\+x\b|\bnohup\b|\|\s*(?:sudo\s+)?(?:ba|z)?sh\b")

# Words at least one of the code patterns above needs (a cheap test before any of them runs).
_CODE_WORDS = ("requests.", "httpx.", "urlopen", "smtplib", ".send", ".connect((", "ftplib", "paramiko", "urlretrieve",
               "publish.single", "cookies", "curl", "wget", "rm -", "rmtree", "dd if", "mkfs", "format c", "os.remove",
               "os.unlink", "fernet", "xmrig", "miner", "crypto", "ransom", "shutdown", "reboot", "/etc/", "iptables",
               "kill -9", "chmod", "systemctl", ":()", "subprocess", "os.system", "exec(", "eval(", "popen", "nohup")
_LOOK_BACK = 700  # how far before a piece of code its "add the following code" may be


def code_payloads(text: str, vocab: Vocabulary) -> tuple[float, list[tuple[int, int]]]:
    """Evidence of code to be slipped into the reader's work: a request to take up "the following code" and,
    in the 600 characters after it, code that sends local data out, destroys data or fetches and runs a program.
    The request is looked for only in the stretch before a word such code needs (a long manual is not searched
    whole)."""
    if "code" not in vocab and "snippet" not in vocab and "script" not in vocab and "block" not in vocab:
        return 0.0, []
    spots: list[int] = []
    for w in _CODE_WORDS:
        i = text.find(w)
        n = 0
        while i >= 0 and n < 20:
            spots.append(i)
            n += 1
            i = text.find(w, i + len(w))
    if not spots:
        return 0.0, []
    spots.sort()
    done = 0
    for i in spots:
        a = max(done, i - _LOOK_BACK)
        if a >= i:
            continue
        done = i
        for start, end in _take_code(text, a, i):
            window = text[start: end + 600]
            send = _CODE_SEND.search(window)
            if _CODE_HARM.search(window) or (send and _CODE_SOURCE.search(window)):
                return 1.8, [(start, end)]
            if send or (_CODE_FETCH.search(window) and _CODE_RUN.search(window)):
                return 1.2, [(start, end)]
    return 0.0, []
