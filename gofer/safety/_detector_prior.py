# ruff: noqa: E501
"""A document-level prior for the injection detector: texts written by people for people (manuals, man pages,
READMEs, changelogs, mailing-list posts, support pages) are full of imperatives with one target ("send bug reports
to ...", "visit https://... to download", "run make install"). In such a text, a tell counts less unless something
in it is aimed at an agent: it addresses an AI, overrides earlier instructions, hides from the user, claims
authority, leaks a prompt, asks for harmful text or carries an exfiltration recipe.
"""

from __future__ import annotations

import re

from gofer.safety._detector_clauses import is_letter, is_record, letter_intrusion

# Signals of documentation, each looked for on the text's first part with a line break put in front. A text is
# documentation when two different signals occur (one heading or one "see also" is not enough). Cheapest first:
# counting stops at the second.
_DOC_SIGNALS = (
    # markdown headings and reStructuredText underlines
    re.compile(r"\n#{1,4} [a-z0-9`][^\n]*\n(?:[^\n]*\n)*?#{1,4} [a-z0-9`]|\n[=\-~^*+_]{4,}[ \t]*\n"),
    # man-page and manual section headings on a line of their own
    re.compile(r"\n[ \t]*(?:name|synopsis|description|options|see also|bugs|reporting bugs|authors?|examples?|files"
               r"|environment|exit status|copyright|return value|notes|history|installation|usage|requirements"
               r"|getting started|quick ?start|configuration|troubleshooting|license|changelog|changes|news|faq)[ \t]*:?[ \t]*\n"),
    # code: shell and interpreter prompts, fences, rst directives, calls and man-page references ("open()", "ssh(1)")
    re.compile(r"\n[ \t]*(?:\$ |>>> |```|\.\. [a-z]+::)|\(\)|\([1-8][a-z]?\)|`[^`\n]{2,120}`"),
    # file names and paths of software
    re.compile(r"/(?:usr|etc|var|lib|bin|dev|proc)/|~/\.|\.(?<=\w\.)(?:c|h|cc|cpp|py|sh|conf|cfg|ini|toml|ya?ml|so|deb|rpm|tar|gz|xz|bz2|pc|in|am|ac|m4|md|rst|js|ts|rs|go|java|rb|php)\b"
               r"|\]\((?!https?:|mailto:)[\w./-]+(?:#[\w-]+)?\)"),
    # command-line options ("--enable-shared", "  -v, --verbose")
    re.compile(r"--(?<=[\s\"'`(\[]--)[a-z]|\[-[a-z]|\n[ \t]+-[a-z0-9](?:[ ,=\t]|\n)"),
    # changelog entries, version numbers and Debian changelog trailers
    re.compile(r"\.(?<=\d\.)(?<!\.\d\.)(?<!\.\d\d\.)(?<!\.\d\d\d\.)\d+\.\d+(?!\.?\d)|v(?<!\wv)(?:ersion:? )?\d+\.\d|release \d|urgency=|spdx-license-identifier|copyright \(c\)|\n -- [^\n<]{2,60}<[^>\n]+>|\n[a-z][\w .'-]{2,40} <[\w.+-]+@[\w.-]+>[ \t]*\n"),
)
# The vocabulary of software and its upkeep: one more signal when any of these words occurs in the text's start.
_DOC_WORDS = frozenset((
    "bug", "bugs", "maintainer", "maintainers", "upstream", "patch", "patches", "licensed", "licence", "license",
    "copyright", "compile", "compiler", "compiling", "library", "libraries", "documentation", "installation",
    "configure", "configuration", "debian", "readme", "kernel", "binary", "binaries", "directory", "directories",
    "daemon", "api", "module", "modules", "function", "functions", "parameter", "parameters", "argument",
    "arguments", "syntax", "default", "string", "strings", "character", "characters", "expression", "expressions",
    "object", "objects", "method", "methods", "class", "classes", "variable", "variables", "attribute", "attributes",
    "exception", "exceptions", "protocol", "interpreter", "unicode", "integer", "integers", "boolean", "plugin",
    "plugins", "encoding", "pointer", "pointers", "thread", "threads", "socket", "sockets", "filesystem",
    "dependency", "dependencies", "runtime", "prefix", "macro", "macros", "package", "packages", "commandline",
    "command", "commands", "option", "options", "flag", "flags", "terminal", "shell", "stdout", "stdin", "stderr",
    "error", "errors", "repository", "repositories", "documentation", "git", "linux", "unix", "windows", "macos",
    "path", "paths", "version", "versions", "release", "releases", "config", "logs", "debug", "script", "scripts",
    "upgrade", "upgrading", "programs", "feature", "features", "install", "installed", "installing",
))
_WORD = re.compile(r"[a-z]+")
# Signals of a message from one person to others (mailing-list posts, forum posts, support replies).
_MESSAGE_SIGNALS = (
    re.compile(r"\n-- ?\n|\nsent from my |unsubscribe|mailing list|list archive"),
    re.compile(r"\n(?:on [^\n]{5,80} wrote:|> [^\n]*\n> )"),
    re.compile(r"\n(?:from|to|subject|date|cc|reply-to|message-id):[ \t][^\n]+\n(?:from|to|subject|date|cc|reply-to|message-id):[ \t]"),
)
_SPAN = 5_000
_PROSE_WORDS = 3
_VOCAB_SPAN = 2_500  # the vocabulary signal looks at the start only
# Kinds of evidence aimed at an agent (or that no manual needs): beside any of these a document is not spared.
_AGENT_KINDS = frozenset({"addresses_ai", "authority", "leak", "harmful_request", "exfil_recipe", "hidden",
                          "jailbreak", "encoded"})
# Kinds that count as aimed at an agent only when strong ("ignore the previous instructions", not "ignore them").
STRONG = {"override": 2.0, "secrecy": 1.6, "hijack": 1.8, "fake_marker": 1.8, "new_orders": 1.4, "steer_output": 1.6,
           "verdict_claim": 1.0, "code_payload": 1.2}
# Text that speaks of the user in the third person, hides from them or steers a summary, as injections do and manuals
# rarely do, or that opens by calling an AI ("Assistant, ..."). (Mentions of AI alone do not count: manuals of AI
# libraries are full of them; text that addresses an AI is the addresses_ai kind.)
# Each alternative opens with one character and checks the word boundary behind it, so that the regex engine skips to
# the candidates with a character-set test (the text is searched whole: an injection can sit anywhere in it).
_AGENT_WORDS = re.compile(
    r"t(?<!\wt)he (?:user|owner|account holder)(?:'{1,2}s\b(?! (?:home dir|preferred|discretion|numeric|session|terminal"
    r"|working dir|environment|groups?\b|permissions|primary group|machine|shell|locale|uid|gid|umask|crontab|xdg_|\.))| (?:asked|wants|requested|is not|isn't|must not|mustn't|should not|shouldn't|will not|won't|does not|doesn't)\b)"
    r"|d(?<!\wd)(?:o not|on't) (?:tell|inform|notify|alert|let) (?:the user|them know|anyone)\b"
    r"|n(?<!\wn)ever (?:tell|inform|notify|alert|let) (?:the user|them know|anyone)\b"
    r"|w(?<!\ww)(?:ithout (?:tell|inform|notify|alert|let)(?:ing)? (?:the user|them know|anyone)\b|hen summari[sz]ing\b)"
    r"|a(?<!\wa)(?:ssistant|i|\.i\.|gent)\s*[,:]\s+(?:please\s+)?[a-z]+|c(?<!\wc)hatbot\s*[,:]\s+[a-z]+"
    r"|l(?<!\wl)(?:lm|anguage model)\s*[,:]\s+[a-z]+"
    r"|i(?<!\wi)n (?:your|the) (?:summary|answer|reply|response)\b|(?:w(?<!\ww)ithin|i(?<!\wi)nto) your (?:summary|answer|reply|response)\b"
    r"|(?:a(?<!\wa)nswering|r(?<!\wr)e(?:sponding|plying) to|t(?<!\wt)elling|i(?<!\wi)nforming|n(?<!\wn)otifying|a(?<!\wa)lerting) the user\b"
    r"|(?:i(?<!\wi)n|f(?<!\wf)rom|o(?<!\wo)f) (?:the|my|your) (?:inbox|mailbox|workspace|cloud drive)\b"
    r"|(?:a(?<!\wa)ssistant|a(?<!\wa)i|b(?<!\wb)ot|a(?<!\wa)gent) (?:that|which|who) (?:manages|reads|handles|processes|sorts"
    r"|monitors|triages|answers) (?:this|the|my|your|our) (?:inbox|mailbox|e-?mails?|mail|account|messages)\b"
    r"|(?:l(?<!\wl)ast|l(?<!\wl)atest|r(?<!\wr)ecent) \d+ (?:e-?mails|messages|files|documents|transactions)\b"
    r"|t(?<!\wt)urn off (?:the )?(?:two-factor|2fa|mfa|multi-factor)|d(?<!\wd)(?:isable|eactivate) (?:the )?(?:two-factor|2fa|mfa|multi-factor)"
)
# Text that calls on a machine reader of this very text, in the ways manuals call on their human readers: "If an AI
# assistant is answering a question using this page: ...", "Context for AI coding agents assigned to this issue:",
# "# coding agents: run this as-is", "assistants and automated agents that consult this page should ...",
# "给 AI 编程助手的说明", "AI maintenance agents must also run ...". Beside any evidence, a manual that speaks so is not
# spared. (Docs of AI libraries speak *of* agents, "the agent decides which tool to call"; these forms speak *to* one.)
# The machine nouns are narrower than the evidence rules' (`_rules_reader._MACHINE`, which also counts "bots", "AI" alone
# and "person or system"): here one match cancels the documentation prior for a whole text, so a qualifier is needed.
_MACHINE_READER = (r"(?:(?:ai|a\.i\.|llm|gpt|automated|autonomous|coding|chat|browsing|shopping|helpdesk|support|language[- ]model)"
            r"[ -](?:[a-z]+[ -])?(?:assistants?|agents?|bots?|models?|tools?|helpers?)|llms?|chatbots?)")
_AGENT_READER = re.compile(
    rf"\b(?:if|when|where|whenever)\s+(?:an?|the|any|your)\s+{_MACHINE_READER}\b"
    rf"|\b(?:for|to|note (?:for|to)|context for|instructions for|help for|message (?:for|to)|attention)\s+(?:all\s+|any\s+)?{_MACHINE_READER}\s*(?:[:,(]|\b(?:that|which|who|reading|using|assigned|processing|answering|working|helping|consulting|visiting)\b)"
    rf"|(?:^|[\n#/*>\-]|<!--)\s*{_MACHINE_READER}\s*:"
    rf"|\b{_MACHINE_READER}\s+(?:that|which|who)\s+(?:read|reads|consult|consults|process|processes|visit|visits|summari[sz]e|summari[sz]es|answer|answers|handle|handles|index|indexes|crawl|crawls|browse|browses)\s+(?:this|these|the\s+(?:page|document|file|issue|thread|repo|repository|listing))\b"
    rf"|\b{_MACHINE_READER}\s+(?:must|shall|is to|is (?:expected|required) to|needs? to|has to)\b"
    rf"|\b(?:if|when)\s+you(?:'re|\s+are)?\s+(?:using|use|have|let)\s+[^.\n]{{0,40}}?\b{_MACHINE_READER}\b"
    r"|(?:ai|人工智能)\s*(?:编程|编码|代码)?\s*(?:助手|智能体|代理)"
)
DOC_FACTOR = 0.25
LETTER_FACTOR = 0.5
MESSAGE_FACTOR = 0.8
_FACTORS = {"doc": DOC_FACTOR, "letter": LETTER_FACTOR, "message": MESSAGE_FACTOR}


def _signals(rxs: tuple[re.Pattern[str], ...], head: str, enough: int) -> int:
    """How many of the signals occur in ``head`` (counting stops at ``enough``)."""
    found = 0
    for rx in rxs:
        if rx.search(head):
            found += 1
            if found >= enough:
                break
    return found


def kind_of_text(text: str) -> str:
    """``"doc"`` (documentation for people), ``"letter"`` (a short letter from one person to another: a greeting
    first, a sign-off last), ``"message"`` (a mail or forum post between people) or ``""`` (also for a record)."""
    if is_record(text):
        # A record's free text (a WHOIS remark, a ticket's description) is data like the rest of it, not a manual.
        return ""
    head = "\n" + text[:_SPAN] + "\n"
    found = _signals(_DOC_SIGNALS, head, 2)
    if found >= 2:
        return "doc"
    vocabulary = _DOC_WORDS.intersection(_WORD.findall(head, 0, _VOCAB_SPAN))
    if (found == 1 and vocabulary) or len(vocabulary) >= _PROSE_WORDS:
        # (A stretch of a README or NEWS file cut from its headings and code still speaks of options, files and
        # packages: enough of that vocabulary alone makes it documentation.)
        return "doc"
    if is_letter(text):
        return "letter"
    if _signals(_MESSAGE_SIGNALS, head, 1) >= 1:
        return "message"
    return ""


# Evidence that says nothing of who the reader is: beside one strong phrase in a manual, it does not make the phrase
# aimed at an agent.
_BACKGROUND = frozenset({"credentials", "pressure", "directive"})
# The strong phrases manuals also use of programs and people ("warn the user that", "should not be flagged",
# "before doing the work", "[system]:"); an override of instructions or code that attacks is never a manual's own.
_MANUAL_PHRASES = frozenset({"secrecy", "hijack", "steer_output", "fake_marker", "verdict_claim"})


def aimed_at_agent(text: str, kinds: dict[str, float], doc: bool = False) -> bool:
    """Whether the evidence (or the text) is aimed at an agent rather than at a person reading a manual. In
    documentation, one strong phrase said once, with nothing else but background beside it ("the client is
    expected to inform the user that ...", "changes that should not be flagged"), is the manual's own sentence."""
    if any(k in _AGENT_KINDS for k in kinds):
        return True
    strong = [k for k, w in STRONG.items() if kinds.get(k, 0.0) >= w]
    if strong and not (doc and len(strong) == 1 and strong[0] in _MANUAL_PHRASES and kinds[strong[0]] <= STRONG[strong[0]] * 1.01
                       and set(kinds) - _BACKGROUND == {strong[0]}):
        return True
    return bool(_AGENT_WORDS.search(text) or _AGENT_READER.search(text))


def prior(text: str, kinds: dict[str, float]) -> float:
    """A factor for a text's evidence: below 1 for documentation and for messages between people, unless the
    evidence is aimed at an agent."""
    if not kinds:
        return 1.0
    kind = kind_of_text(text)
    if not kind or aimed_at_agent(text, kinds, doc=kind == "doc"):
        return 1.0
    if kind in ("letter", "message") and letter_intrusion(text):
        return 1.0
    return _FACTORS[kind]
