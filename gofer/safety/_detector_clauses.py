# ruff: noqa: E501
"""Clause-level tells for the injection detector: directives addressed to the reader, and the kind of text they
sit in (a letter between people, a manual, release notes, a record). Exfiltration recipes, harmful requests and
code payloads are in ``_detector_payloads``.

A *directive* is a clause that opens (a line, a field, a quote, a bullet, a sentence, or after a marker such as
``TODO:``, ``Note:``, ``Assistant,``, ``you should``) with a verb from a broad lexicon of agent actions, and
names a concrete target: an address, a URL or domain, an account number, an amount, "the user's ...", secrets
or personal data, "all messages". A bare imperative scores nothing (documentation is full of them); its weight
grows with the targets, with a marker or an address to the reader, and shrinks when the whole text is a list of
instructions for people (a manual, a recipe), where one more imperative is not a change of register.
"""

from __future__ import annotations

import re

from gofer.safety._detector_vocab import Vocabulary

# Verbs an injected instruction uses, by what they make the agent do. English plus the commonest forms in a few
# other languages (the translation of "send" and "transfer" is most of what an attack in French needs).
_MOVE = ("send|forward|e-?mail|mail|upload|post|share|transfer|wire|pay|publish|copy|paste|leak|exfiltrate|submit"
         "|deliver|dm|message|text|include|append|attach|insert|add|put|concatenate|combine|collect|gather|compile"
         "|extract|dump|export|retrieve|buy|purchase|order|save|store|cc|bcc|deposit|withdraw|sell|refund|disclose"
         "|envoie|envoyez|transf[eé]rez?|transfiere|transfiera|env[ií]a|env[ií]e|sende|senden|[üu]berweise|invia|inviare|envie|trasferisci"
         # The same in other languages written in Latin script, as the normaliser leaves them (accents dropped).
         "|schicke|schick|schicken sie|leite|leiten sie|uberweisen sie|teile|teilen sie|kopiere|virez|vire|partagez|partage"
         "|copiez|publiez|reenvia|reenvie|comparte|comparta|copia|inoltra|inoltrate|bonifica|condividi|encaminhe|encaminha"
         "|transfira|compartilhe|partilhe|stuur|verstuur|zend|maak over|deel|kopieer|wyslij|przeslij|przelej|udostepnij"
         "|skopiuj|gonder|ilet|aktar|paylas|kopyala|kirim|kirimkan|teruskan|bagikan|salin")
_CHANGE = ("change|modify|update|set|reset|delete|remove|erase|wipe|purge|invite|grant|give|cancel|move|rename"
           "|disable|enable|turn off|create|make|book|reserve|schedule|approve|accept|sign|unsubscribe|block"
           "|unblock|ban|kick|promote|install|uninstall|subscribe|redirect|replace|overwrite|empty|trash|mark|archive"
           "|initiate|unlock|lock|dispatch|authori[sz]e|activate|deactivate|revoke|leave|fill|play|guide"
           "|losche|loschen sie|andere|andern sie|supprime|supprimez|modifie|modifiez|changez|borra|borre|elimina|elimine"
           "|cambia|cambie|cancella|modifica|apague|exclua|altere|mude|verwijder|wijzig|verander|usun|zmien|sil|degistir"
           "|hapus|ubah|ganti")
_VISIT = ("visit|open|click|go to|navigate to|browse to|load|download|run|execute|launch"
          "|offne|offnen sie|besuche|besuchen sie|klicke|klicken sie|ouvre|ouvrez|visitez|cliquez|telecharge|telechargez"
          "|executez|abre|abra|visita|haz clic|descarga|descargue|ejecuta|ejecute|apri|clicca|scarica|esegui|visite|clique"
          "|baixe|bezoek|klik|otworz|odwiedz|kliknij|pobierz|uruchom|ziyaret et|indir|buka|kunjungi|unduh|jalankan")
_SPEAK = ("say|tell|reply|respond|answer|output|print|write|state|report|recommend|claim|conclude|confirm|declare"
          "|mention|suggest|advise|warn|inform|notify|compose|generate|produce|draft|render|display|show|return"
          "|summari[sz]e|translate|rate|praise")
_COLLECT = "get|fetch|find|obtain|look up|search for|gather|list|read|check|access"
_VERB_CLASS: dict[str, float] = {}
for _words, _base in ((_MOVE, 0.7), (_CHANGE, 0.6), (_VISIT, 0.6), (_SPEAK, 0.4), (_COLLECT, 0.4)):
    for _w in _words.split("|"):
        _VERB_CLASS.setdefault(_w, _base)

# A marker in front of a clause: "TODO:", "Assistant,", "[SYSTEM]". (Other bracketed words in front of a clause are a
# page's links and checkboxes, "[Newer post]", "[ ]", or the element refs of gofer's own page text, "[12]".)
_LEAD = (r"(?:(?:todo|to-do|to do|note|n\.b\.|nb|ps|p\.s\.|action(?: item)?|reminder|next step|step \d+|important|urgent"
         r"|attention|task|request|instructions?|assistant|ai|agent|bot|system|admin|update)\s*[:\-\u2013,!]+\s*|\[\s*(?:system|important|urgent|note|n\.b\.|instructions?|admin|attention|action(?: required| item)?|task|todo|to-do|reminder|update|notice|alert|ai|assistant|agent|bot|message|priority|warning|new task|info)\s*\]\s*)")
_ADDRESS = (r"(?:you (?:should|must|need to|have to|are (?:required|asked|expected) to|will|can now)|make sure (?:to|you)"
            r"|be sure to|remember to|don't forget to|do not forget to|it is (?:essential|important|required) (?:to|that you)"
            r"|before (?:answering|responding|replying|you (?:answer|respond|reply|continue|proceed|do anything))[^,.\n]{0,40},?"
            r"|after (?:that|this|you are done)[^,.\n]{0,30},?|(?:and )?then|also|now|first|immediately|kindly|please|urgently"
            r"|bitte|s'il vous plait|svp|por favor|per favore|alsjeblieft|graag|prosze|lutfen|tolong|mohon"
            r"|(?:can|could|would) you(?: please)?|(?:please )?use (?:the |my )?['\"]?[\w .-]{1,40}?['\"]? tool (?:to|and)"
            r"|quickly|secretly|quietly|silently|instead,?|you are to|(?:your|the) (?:only |real |new )?(?:job|task|priority"
            r"|mission|next step) (?:now |instead |today )?is to|the only thing that matters now is to)")
_VERBS = "|".join(sorted(_VERB_CLASS, key=len, reverse=True)).replace(" ", r"\s+")
# Tried only where a clause can start (the text's start, after a line break, punctuation, a quote, a bullet or
# a marker): a few hundred anchored matches on a page instead of a search from every character.
_CLAUSE_START = re.compile(r"\n+|[.!?;:]+(?=[ \t\"'])|[>\]*#(\u2022]+|(?<=\s)[\"'\-]+|(?<=[:=(])[\"']")
DIRECTIVE = re.compile(
    rf"[ \t\"'*#>\-\u2022(]*(?P<lead>{_LEAD})?(?P<addr>(?:{_ADDRESS},?\s+){{0,3}})"
    rf"(?P<verb>{_VERBS})(?=[ \t]|:\s)(?P<tail>[^\n]{{0,220}})"
)


def _first_words() -> frozenset[str]:
    """The words a directive can open with (its marker, its address to the reader or its verb), so that the full
    pattern is tried only where one of them starts a clause."""
    words = {"to", "n", "nb", "ps", "p", "step", "next", "action", "don", "do", "be", "make", "it", "and"}
    words.update(re.findall(r"[a-z]+", "todo note reminder important urgent attention task request instruction "
                                       "instructions assistant ai agent bot system admin update you remember before "
                                       "after then also now first immediately kindly please urgently quickly "
                                       "secretly quietly silently instead bitte svp por per alsjeblieft graag "
                                       "prosze lutfen tolong mohon can could would use"))
    for verb in _VERB_CLASS:
        options = [""]
        for part in re.findall(r"\[[^\]]+\]|.\?|.", verb):
            if part.startswith("["):
                options = [o + c for o in options for c in part[1:-1]]
            elif part.endswith("?") and len(part) == 2:
                options = [o + part[0] for o in options] + options
            else:
                options = [o + part for o in options]
        words.update(re.split(r"[^a-z\u00e0-\u00ff]+", o)[0] for o in options)
    return frozenset(w for w in words if w)


_FIRST_WORDS = _first_words()
# Each alternative opens with one character (not a repeat, and lookbehinds come after it), so that the regex
# engine can skip to the candidates with a character-set test; the text's start is tried separately.
_CLAUSE_WORD = re.compile(
    r"(?:\n[a-z][\w-]{0,30}:(?=[a-z])|\n\n*|,(?=[ \t]+(?:please|kindly)\b)|[.!?;:][.!?;:]*(?=[ \t\"'])|[>\]*#(\u2022][>\]*#(\u2022]*|[\"'\-](?<=\s[\"'\-])[\"'\-]*|[\"'](?<=[:=(][\"']))"
    r"[ \t\"'*#>\-\u2022(]*(\[|[a-z\u00e0-\u00ff]+)"
)
_FIRST_CLAUSE_WORD = re.compile(r"[ \t\"'*#>\-\u2022(]*(\[|[a-z\u00e0-\u00ff]+)")


def _directive_matches(text: str) -> list[re.Match[str]]:
    """Directive-shaped clauses, left to right, not overlapping."""
    found: list[re.Match[str]] = []
    last = -1
    first = _FIRST_CLAUSE_WORD.match(text)
    for w in ([first] if first else []) + list(_CLAUSE_WORD.finditer(text)):
        pos = w.start(1)
        if pos < last or (w.group(1) not in _FIRST_WORDS and w.group(1) != "[") or text[pos - 2 : pos] == "--":
            # ("--lock", "--fill": a command-line option's name, not an order.)
            continue
        m = DIRECTIVE.match(text, pos)
        if m:
            found.append(m)
            # The next clause may start right after this one's end ("Run make. Assistant, send ..."), not after
            # the 220 characters its tail may reach.
            cut = _CLAUSE_END.search(text, m.start("tail"), m.end())
            last = cut.end() if cut else m.end()
    return found
# Imperatives that are also nouns ("modifica", "copia", "copie"): followed by "of", they head a title or a
# message ("Modifica delle informazioni", "copie des fichiers"), they do not give an order.
_ALSO_NOUNS = frozenset({"modifica", "copia", "copie"})
_ALSO_NOUNS_EN = frozenset({"access", "fill", "lock", "play", "guide", "leave", "dispatch", "deposit", "refund"})
_NOUN_NEXT = re.compile(r"\s*(?:(?:of|to|for|is|are|was|were|and|or|by|with|in|on|from|file|mode|time)\b|::=|=|:|,|\(|\)|$)")
_ORDER_NO = re.compile(r"\s*(?:#|\d|(?:number|no|id|ref)\b)")
_NOMINAL = re.compile(r"\s+(?:de|del|della|delle|dello|degli|dei|di|des|du)\b")
_SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)|\n")
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\s-\s|;")

_DOC_LINK = re.compile(r"\[[^\]\n]{1,80}\]\(\s*[^)\s]+\)|`[^`<\n]{1,80}<[^>\s]+>`_+")
_POSSESSIVE = re.compile(r"\b(?:my|our|his|her|their)\b|\buser'{1,2}s\b")
_GENERIC_THING = re.compile(r"(?:(?:files?|folder|documents?|repositor(?:y|ies)|messages?|access)\s*)+")
_RETURNS = re.compile(r"\s+(?:a|an|the|true|false|none|\"|'|\d|-1|non-?zero|zero|its|their|whether)\b|\s+[\"'`]")
# A password one is asked to make up ("choose a new password when prompted") is not a secret to hand over.
_NEW_SECRET = re.compile(r"\b(?:choose|pick|create)\s+(?:a\s+)?(?:new\s+|strong\s+|secure\s+)?(?:password|passcode|pin)\b")
_THIS_MESSAGE = re.compile(r"\bthis\s+(?:e-?mail|message|mail|letter|notice|card number|reference number|number|form)\b")
_PRONOUN = re.compile(r"\s+(?:it|them)\b")
_REMINDER = re.compile(r"(?:please\s+)?(?:make sure(?: to| you)?|be sure to|remember to|don't forget to|do not forget to)")
_CALL_TO_ACTION = re.compile(r"\s+(?:here|below|the (?:link|button)(?: below)?|on (?:the )?(?:link|button)(?: below)?)\s+(?:to|and)\s+(?!send|forward|transfer|pay|share|give|grant|download|install|run)")
_CAPTION_NEXT = re.compile(r"[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*(?:`|\$ |>>> |```|#\s)|    [ \t]*\S|[ \t]*- [^\n]{3,200}:[ \t]*(?:\n|$))")
_SETTING_CONDITION = re.compile(
    r"\b(?:when|if|unless|once)\s+(?:the\s+)?[-\w`'\".=]{2,40}\s+(?:option\s+|flag\s+|setting\s+|variable\s+)?(?:is|are)\s+"
    r"(?:not\s+)?(?:given|set|enabled|disabled|used|specified|passed|present|configured|true|false|on|off)\b")
_LOOPBACK = re.compile(r"\b(?:https?://)?(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?::\d+)?(?:/\S*)?")
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\b(?:[\w-]{2,40}\.){1,4}(?:com|net|org|io|xyz|ru|info|biz|co|me|app|site|online|top|cc|tk|de|fr|uk)\b"
    r"|\b[a-z]{2}\d{2}[a-z0-9]{10,30}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b|\+\d[\d ()-]{7,}\d|\bchannel\b|#[a-z][\w-]+"
)
_USER = re.compile(r"\buser'{1,2}s\b|\busers'|\buser[ _](?:information|info|data|details|name|id)\b|\bmy (?:calendar|inbox|cloud|drive|files?|passport|credit card|bank|contacts|messages|e-?mails|password|friend|new)\b|\b(?:benutzer\w*|usuari[oa]s?|utilisateur\w*|utente)\b|\bthe\s+(?:user|owner|account holder|customer|victim)\b|\bmy (?:new )?(?:e-?mail|address|account|iban)\b")
_SENSITIVE = re.compile(
    r"\b(?:passwords?|passwd|passcodes?|pins?|api[\s_-]?keys?|secret|secrets|credentials?|private[\s_-]?keys?|ssh|id_rsa|tokens?"
    r"|cookies?|2fa|two-factor|2-factor|multi-factor|mfa|one-time|otp|security codes?|(?:verification|confirmation|sms|login) codes?|login details|logins?|passports?|social security|ssn|date of birth|birthday"
    r"|home address|phone numbers?|credit cards?|card numbers?|cvv|bank (?:account|details)|iban|medical|health records?"
    r"|(?:passport|id|bank_account|credit_card|card|account|social_security|phone)_(?:number|no|id)s?|personal (?:information|data|details)"
    r"|salary|payslips?|tax returns?|id[_ ]numbers?|inbox|private|confidential|contracts?|invoices?|savings|balance"
    r"|conversation|chat history|previous messages?|messages?|emails?|e-mails?|files?|documents?|folder|drive|repositor(?:y|ies)"
    r"|admin rights?|access|permissions?|root|sudo|(?:stored|saved|company) (?:card|payment method)|zugangsdaten|passwort|senha|contrase\w+|mot de passe|identifiants)\b"
)
_BULK = re.compile(r"\b(?:all|every|each|entire|whole|everything|as much|as many|any|the rest of|last \w+|most expensive|maximum|highest|tous|toutes|todos?|todas?|alle|tutti)\b")
_MONEY = re.compile(r"[$\u20ac\u00a3]\s?\d|\b\d[\d,.]*\s?(?:usd|eur|euros?|dollars?|gbp|pounds)\b|\bmoney\b|\bfunds\b"
                    r"|\b\d[\d,.]*\s+(?:units\s+of\s+(?:my\s+)?)?(?:bitcoins?|btc|eth|ether|usdt|crypto\w*)\b")
# The writer speaking as the account's owner about what an agent could act on ("unlock my front door", "my saved
# addresses", "my bank account 555-..."): impersonation when the text is not a letter from that person.
_MINE = re.compile(r"\bmy\s+(?:[a-z0-9-]+\s+){0,2}?(?:accounts?|front door|door|home|house|residence|apartment|records?|data"
                   r"|details|information|history|holdings|shipments?|passwords|wallet|profile|portfolio|devices?|lock|documents|files"
                   r"|security (?:policy|settings)|addresses|payment methods?|prescriptions?|website)\b")
# An account or record number to act on ("account number 123-1234-1234", "payee P-123456", "(ID 001)").
_ACCOUNT_NO = re.compile(r"\b(?:account|acct|payee|wallet|patient|id|no\.?|number)\b[\s:#(']{1,4}(?:number\s+|id\s+)?[a-z]{0,4}-?\d[\d-]{2,}")
_QUOTED = re.compile(r"'[^'\n]{2,60}'|\"[^\"\n]{2,60}\"|\u201c[^\u201d\n]{2,60}\u201d")
_TO_READER = re.compile(r"you (?!please|$)|tool (?:to|and)|make sure|be sure|remember|forget|before|after|secretly|quietly|silently|essential|important|job|task|priority|mission|matters now")
_TO_AI = re.compile(r"(?:assistant|ai|agent|bot|system|admin)\b")
# Things of the user's that an agent can act on (and an injection wants changed).
_ASSET = re.compile(r"\b(?:calendar|meeting|appointment|payee|delivery address|forwarding rule|(?:calendar )?event|reservation|booking|hotel|flight|cloud drive|cloud|file with (?:the )?id|inbox|channel|workspace|recurring|scheduled|standing order|transaction|subscription)s?\b")
_URLISH = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b(?:[\w-]+\.)+(?:com|net|org|io|xyz|ru|info|biz|co|me|app|de|fr|uk)\b\S*")
# Secrets whose only use is to get into an account: asking to hand them over is a target of its own weight.
_SECRET = re.compile(
    r"\b(?:passwords?|passcodes?|api[\s_-]?keys?|credentials|private[\s_-]?keys?|id_rsa|one-time (?:codes?|passwords?)|otp"
    r"|(?:verification|security|confirmation|sms|login|2fa|mfa) codes?|cvv|card numbers?|social security|ssn|passport numbers?"
    r"|recovery (?:codes?|phrases?)|seed phrases?)\b"
)
# A street address: where goods are to be delivered.
_STREET = re.compile(r"\b\d{1,4}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|square|place)\b")
_TARGETS = ((_CONTACT, 0.7), (_USER, 0.8), (_SENSITIVE, 0.5), (_BULK, 0.3), (_MONEY, 0.4), (_SECRET, 0.3), (_STREET, 0.5))
_YOUR = re.compile(r"\byour(?:s|self)?\b(?!\s+(?:final\s+)?(?:answer|reply|response|summary|output|report|next message)s?\b)")
# "in your answer", "in your summary": the reader is one that answers, i.e. the AI, not a person told about their things.
_YOUR_OUTPUT = re.compile(r"\byour\s+(?:final\s+)?(?:answer|reply|response|summary|output|report|next message)s?\b")
# What people send to a project's maintainers, lists and support desks.
_UPKEEP = re.compile(r"\b(?:bugs?|bug reports?|patch(?:es)?|questions?|feedback|comments?|issues?|problems?|suggestions?"
                     r"|mailing lists?|maintainers?|support|bugtracker|bugzilla|discussions?|unsubscribe|subscribe"
                     # the same words in the languages of the translated messages that say where to report them
                     r"|\w*fehler\w*|fehlerberichte?|bogues?|rapports?|errores|errori|erros|fouten|bledy|błedy|hatalar\w*|hata"
                     r"|kesalahan|laporan|informes?|segnalazioni|relatorios?|meldingen|problemen|problemi|problemas|zgłoszenia"
                     r"|sugerencias|suggerimenti|sugestoes|vorschlage|commentaires|comentarios|commenti)\b")
# Credits and cross-references in changelogs ("by [@name](https://github.com/name) in [#123](...)").
# A changelog entry's credit at the end of its line: "(Kalev Lember)", "(#1234, Jane Doe)", "[Jane Doe]".
_CREDITED = re.compile(r"[(\[](?:#\d+,?\s*)?[a-z][\w'.-]+(?:\s+[a-z][\w'.-]+){1,3}[)\]]\.?[ \t]*$")
_ATTRIBUTION = re.compile(r"\b(?:by|in|see|from|thanks to)\s+\[[@#]?[^\]\n]{1,60}\]\([^)\s]{1,200}\)|\((?:https?://)?(?:github|gitlab)\.com/[^)\s]*\)")

# Texts that are instructions for people throughout: shell prompts, code fences, numbered steps.
# (The patterns below run on the text's first part with a line break put in front: each alternative opens with one
# character, so that the regex engine skips to the candidates with a character-set test.)
_DOC_TELLS = re.compile(r"\n\s*(?:\$ |>>> |```|\.\. )|[pancgsmeu](?<!\w[pancgsmeu])(?:(?<=p)(?:ip3?|ython3?)|(?<=a)pt(?:-get)?|(?<=n)pm|(?<=g)it|(?<=s)udo|(?<=m)ake|(?<=c)d|(?<=e)xport|(?<=u)v)\s+(?:-|install|run|add|clone|config|init|build|get)")
# Release notes: bullets that open with what changed, often credited to someone.
_CHANGELOG = re.compile(
    r"\n\s*(?:[-*\u2022+]|\d+\.)\s+(?:add|fix|remove|update|make|use|rename|drop|support|improve|bump|allow|avoid|don't|do not|ensure|move|replace|return|set|handle|switch|port|document|correct|convert|change|disable|enable|deprecate|refactor|expose|implement|merge|revert)\w*\b"
    r"|\([a-z]+ [a-z]+(?: [a-z]+)?\)[ \t]*(?=\n)|b(?<!\wb)y \[@[\w-]+\]"
    # dated entries: "3/23/07: Update: Change ntfs_load_secure to ...", "2004-09-29: Bug fix: ..."
    r"|\n\s*\d{1,4}[/-]\d{1,2}[/-]\d{1,4}:?\s+(?:update|bug ?fix|fix|new|change)\w*\b"
)
_GREETING = re.compile(r"\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|team|all|welcome)\b[^\n]{0,40}[,!:\n]"
                       r"|[a-z][\w'-]{1,20}(?: [a-z][\w'-]{1,20})?,[ \t]*\n)")
_SIGN_OFF = re.compile(r"\b(?:thanks|thank you|cheers|regards|best|sincerely|faithfully|yours|love|talk soon|see you|all the best"
                       r"|(?:best|warm|kind|many) (?:wishes|thanks))\b[^\n]{0,30}(?:\n[^\n]{1,60}){0,4}\s*$|\n\s*(?:-- ?\n)?[a-z][\w .,'()-]{1,50}\s*$")
# Mail headers before a letter's greeting ("From: ...", "Subject: ...").
_HEADERS = re.compile(r"(?:[ \t]*(?:from|to|cc|bcc|subject|date|sent|reply-to)[ \t]*:[^\n]*\n){1,8}\s*")
_FIELD = re.compile(r"\n\s*-?\s*[\"']?[a-z_][\w .-]{1,30}[\"']?\s*:\s*\S")


def is_letter(text: str) -> bool:
    """A short message from one person to another: a greeting first (after mail headers, if any) and a sign-off
    last."""
    if len(text) >= 4000:
        return False
    headers = _HEADERS.match(text)
    return bool(_GREETING.match(text, headers.end() if headers else 0)) and bool(_SIGN_OFF.search(text[-240:]))


# Marks that do not belong in a letter between people: a "###" heading opening a sentence, a bracketed task or
# system tag, a line addressed to a system or an assistant, "change of plans:", "scratch that". A letter carrying
# one is not spared as a letter.
_INTRUSION = re.compile(
    r"(?:^|\n|[.!?]\s+)[ \t]*(?:#{2,}[ \t]*[a-z(\[]|\[(?:task|system|admin|instructions?|assistant|ai|agent)\]"
    r"|(?:system|assistant|ai|agent|admin)[ \t]*:[ \t]|change of plans?[ \t]*[:!,.\u2013-]|scratch that\b)"
)


def letter_intrusion(text: str) -> bool:
    """Whether a letter carries a mark that letters between people do not (see ``_INTRUSION``)."""
    return _INTRUSION.search(text) is not None


# What kind of text it is (a manual, release notes, a record) is judged on its first 10,000 characters.
_CONTEXT_SPAN = 10_000
_YOU_WORD = re.compile(r"\byou(?:r|rs|rself)?\b")


def _at_least(rx: re.Pattern[str], text: str, n: int) -> bool:
    """Whether ``rx`` matches at least ``n`` times in the text's first part (stops at the n-th)."""
    return any(k >= n for k, _ in enumerate(rx.finditer(text), 1))


def _fields_dominate(head: str) -> bool:
    fields = len(_FIELD.findall(head))
    return fields >= 3 and fields >= 0.3 * (head.count("\n") - 1)


# A page's front matter (Markdown, Jekyll, Hugo): a block of fields between two "---" lines at its very start. The
# page is what follows it.
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:[^\n]*\n){1,60}?---[ \t]*\n")


def is_record(text: str) -> bool:
    """A record: ``key: value`` lines make up a good part of the text's start (a WHOIS answer, a YAML or JSON dump, a
    ticket, an invoice's fields). A mail's headers or a page's front matter do not make it one."""
    headers = _HEADERS.match(text) or _FRONT_MATTER.match(text)
    start = headers.end() if headers else 0
    return _fields_dominate("\n" + text[start:start + _CONTEXT_SPAN] + "\n")


def _context(text: str) -> float:
    """A factor for directives: below 1 in documentation (commands, numbered steps) and in a letter from one
    person to another (a greeting first, a sign-off last), above in records (``key: value`` lines)."""
    head = "\n" + text[:_CONTEXT_SPAN] + "\n"
    factor = 1.0
    if _at_least(_DOC_TELLS, head, 2) or _at_least(_CHANGELOG, head, 3):
        factor *= 0.6
    if is_letter(text) and not letter_intrusion(text):
        factor *= 0.7
    if _fields_dominate(head):
        factor *= 1.15
    elif _at_least(_YOU_WORD, head, 3) and "the user" not in head and "assistant" not in head:
        # A notice that speaks to its reader about their own things ("your parcel", "your bill", "you can"): its
        # orders are asked of a person.
        factor *= 0.75
    return factor


# "Your password" after change/reset/update: a person's own secret (see _NOT_AN_ORDER).
_OWN_PASSWORD = (r"\s+your\s+(?:[\w-]+\s+){0,2}?(?:password|passcode|pin|passphrase)s?\b(?!\s+to\b)"
                 r"(?![^.\n]*(?:https?://|www\.|@|\b(?:this|the|below|following)\s+link))")


# Verbs that, followed by these words, name a thing or say something else than an order: "Modifica delle
# informazioni" (a noun heading a message), "access to the file system", "fill ::= <any character>", "Return True
# if ..." (what a function gives back), "make sure the name matches" (a reminder), "Order #NW-882014" (a number).
_NOT_AN_ORDER: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(_ALSO_NOUNS, _NOMINAL),
    **dict.fromkeys(_ALSO_NOUNS_EN, _NOUN_NEXT),
    "return": _RETURNS,
    # "this change was necessary because ...", "change log": the noun.
    # "set target www.hping.org" on a line of its own: an assignment in a script (Tcl, shell, a config file).
    "set": re.compile(r"[ \t]+[a-z_][\w.-]*[ \t]+(?:\"[^\"\n]*\"|\S+)[ \t]*(?:\n|$)"),
    "change": re.compile(r"\s+(?:was|were|is|are|has|had|have|log|history)\b|" + _OWN_PASSWORD),
    # "Reset your password now", "update your Wi-Fi password": a person told to change their own secret (not to a
    # value given, nor at an address given: "change your password at https://..." is how phishing reads).
    "reset": re.compile(_OWN_PASSWORD),
    "update": re.compile(_OWN_PASSWORD),
    "make": re.compile(r" sure "),
    "order": _ORDER_NO,
    # "Subscribe for unlimited access", "Subscribe by email": a page asking its reader to sign up ("subscribe the
    # user to ..." and "subscribe to ..." stay orders).
    "subscribe": re.compile(r"\s+(?:for|by|now|today|here|free|and save)\b"),
    # "Open | Priority: normal", "status: open,": a ticket's state in a record, not an order to open something.
    "open": re.compile(r"[ \t]*(?:[|,;\]})]|$|\n)"),
    # "POST https://api.example/v1/export 201", "GET /v2/orders/77", gofer's own "GET https://... -> 200 OK": a
    # request line in a log, a trace or an http_request observation (HTTP methods come before the address; an order
    # to post something names what is posted first).
    **dict.fromkeys(("get", "post", "put", "delete", "patch"), re.compile(r"[ \t]+(?:https?://|/)[^\s]*[ \t]*(?:$|\n|\s+(?:http/\d|->|=>|\d{3}\b|\(|\[|\{|-\s|\u2192))")),
    # "NOTICE [sshd] Ban 203.0.113.7": a log's entry (fail2ban and firewalls write the verb before an address).
    "ban": re.compile(r"[ \t]+\d{1,3}(?:\.\d{1,3}){3}\b|[ \t]+[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b"),
}


_NEW_ABILITY = re.compile(r"\byou can now\s+$")
_LOOK_UP = frozenset({"check", "see", "visit", "consult", "read", "refer to", "go to"})
_FOR_MORE = re.compile(r"\s+(?:<?https?://\S+|www\.\S+|the\s+(?:website|web site|homepage|home page|wiki|faq|manual)\b[^.\n]{0,40}?)"
                       r"\s+for\s+(?:more|further|additional|full|complete|the\s+latest|updated|detailed|up-to-date)\b")

# "Read the full caveat at: http://...", "read the wiki: https://...": where something is to be read.
_AT_ADDRESS = re.compile(r"[^.\n@]{0,60}?(?:\b(?:at|on|from)\s*:?|:)\s*<?(?:https?://|www\.)[^\s,]+"
                         r"(?:,?\s+(?:where|which|for|with|to (?:find|learn|read|see))\b[^.\n]{0,80})?")


def _not_an_order(verb: str, tail: str) -> bool:
    """Whether a directive-shaped clause opening with ``verb`` is not an order after all: a header or a field's
    name ("Cc: Name <address>", "email: sarah@..."), or one of the idioms of ``_NOT_AN_ORDER``."""
    if tail.startswith(":"):
        return True
    idiom = _NOT_AN_ORDER.get(verb)
    return bool(idiom and idiom.match(tail))


_SECURITY_POLICY = re.compile(r"\b(?:report(?:ing)?\s+(?:a\s+|any\s+)?(?:security\s+)?vulnerabilit|security\s+(?:vulnerabilit"
                              r"|issues?\b|bugs?\b|reports?\b|advisor)|responsible disclosure|coordinated disclosure|psirt\b)")


# Where a scam or spam is reported: "forward it to abuse@...", "report it to phishing@...".
_ABUSE_DESK = re.compile(r"\b(?:abuse|phishing|phish|spam|fraud|scams?|report-?phishing|reportfraud)@"
                         # a mailing list's robot: "send a mail to <list-request@...> with the subject subscribe"
                         r"|[\w.]-(?:request|subscribe|unsubscribe|owner|help)@|\+(?:help|subscribe|unsubscribe)@")


def _security_policy(text: str) -> bool:
    """Whether the text is a project's security policy: how to report a vulnerability, and to whom."""
    return bool(_SECURITY_POLICY.search(text, 0, 4000))


# A page's control as a text browser writes it, right before its label: "[Link: ", "[Button: ", "[Radio: ", and gofer's
# own "[12] " or "[12] button ".
_CONTROL_BEFORE = re.compile(r"(?:\[(?:link|button|radio|checkbox|select|option|menu ?item|tab|switch|toggle)\s*:\s*"
                             r"|\[\d+\]\s+(?:(?:button|link|checkbox|radio|option|menuitem|tab|switch)\s+)?)"
                             r"(?:(?:yes|no|ok|okay)[,.!]?\s+)?$")
_LABEL = re.compile(r"[^\]\n]{0,80}\]")
_NOT_A_LABEL = re.compile(r"@|\buser\b|\b[a-z]{2}\d{2}[a-z0-9]{10,}")


def _control_label(text: str, at: int) -> bool:
    """Whether the clause starting at ``at`` is the short label of a link or a button ("[Link: Add a return](…)",
    "[Radio: Mail to my address on file]", "[3] Download invoice"): what a page offers, not an order. (A long label,
    or one naming an address, an account or "the user", is read as a clause.)"""
    if not _CONTROL_BEFORE.search(text, max(0, at - 36), at):
        return False
    label = _LABEL.match(text, at)
    return bool(label and len(label.group(0).split()) <= 14 and not _NOT_A_LABEL.search(label.group(0)))


def directives(text: str, vocab: Vocabulary | None = None) -> tuple[float, list[tuple[int, int]]]:
    """Evidence from clauses that tell their reader to act on a concrete target, and where they are."""
    found: list[tuple[float, int, int]] = []
    total_imperatives = 0
    for m in _directive_matches(text):
        total_imperatives += 1
        tail = m.group("tail")
        if _not_an_order(m.group("verb"), tail) or _control_label(text, m.start("verb")):
            continue
        end = _CLAUSE_END.search(tail)
        # Keep URLs and addresses (which contain dots) whole: cut at a sentence end outside them.
        while end is not None and end.group(0) == "." and end.end() < len(tail) and not tail[end.end()].isspace():
            end = _CLAUSE_END.search(tail, end.end())
        clause = _ATTRIBUTION.sub(" ", tail[: end.start()] if end else tail)
        verb = re.sub(r"\s+", " ", m.group("verb"))
        base = _VERB_CLASS.get(verb, 0.5)
        addr = m.group("addr") or ""
        lead = m.group("lead") or ""
        to_reader = bool(_TO_READER.search(addr) or _TO_AI.match(lead) or _YOUR_OUTPUT.search(clause))
        if to_reader and _REMINDER.fullmatch(addr.strip(" ,")) and _YOUR.search(clause) and not _TO_AI.match(lead):
            # "make sure the name on your booking matches your passport": a reminder to a person about their things.
            to_reader = False
        # Addresses and URLs are a target themselves; their words ("best-event-organizers.com") are not.
        # "this email", "this card number": the message pointing at itself, not the user's data.
        plain = _NEW_SECRET.sub(" ", _THIS_MESSAGE.sub(" ", _URLISH.sub(" ", clause)))
        # A loopback address is where a local program listens, not a destination data can leave to.
        contact_text = _LOOPBACK.sub(" ", clause)
        features = [weight for rx, weight in _TARGETS if rx.search(contact_text if rx is _CONTACT else plain)]
        if _CONTACT.search(contact_text) and not _CONTACT.search(_DOC_LINK.sub(" ", contact_text)):
            # The only address is a link's ("Check out the [CLI guide](https://...)"): a reference, half a target.
            features[features.index(0.7)] = 0.35
        if base <= 0.5 and _QUOTED.search(clause):
            features.append(0.3)
        if _ASSET.search(plain):
            features.append(0.4)
        if not _USER.search(plain) and _MINE.search(plain):
            features.append(0.5)
        if _ACCOUNT_NO.search(plain):
            features.append(0.3)
        if to_reader:
            features.append(0.6)
        if lead:
            features.append(0.3)
        if (_GENERIC_THING.fullmatch(" ".join(_SENSITIVE.findall(plain))) and not _POSSESSIVE.search(plain)
                and not lead and not to_reader and all(f in (0.3, 0.5) for f in features) and features.count(0.5) == 1):
            # "Show all commits since 'v2.6.12'", "Overwrite all files and directories": a manual's objects (with
            # "all" or a quoted name at most), one weak target.
            features = [0.5]
        target = sum(features)
        if target < 0.6:
            continue
        if len(features) == 1:
            # One tell only ("send questions to bugs@example.org"): what manuals and mail say all the time.
            target *= 0.7
        score = base + min(target, 1.6) + (0.4 if to_reader else 0.0)
        if _CONTACT.search(clause) and (_UPKEEP.search(plain) or _ABUSE_DESK.search(clause) or _security_policy(text)):
            # "send bug reports to bugs@...", "mail patches to the list", a security policy's "report them by
            # e-mail to security@...", "forward it to abuse@...": how a project or a service is looked after.
            score *= 0.3
        if _YOUR.search(clause) or (_PRONOUN.match(tail) and _YOUR.search(text, max(0, m.start() - 80), m.start())):
            # "reset your password", "post your question": addressed to a person about their own things (also
            # "Your temporary password is ...; please change it at ...").
            score *= 0.6
        if verb in ("click", "tap") and _CALL_TO_ACTION.match(tail):
            # "Click here to shop the sale: https://...": a call to action of marketing mail and web pages.
            score *= 0.5
        if tail.rstrip().endswith(":") and _CAPTION_NEXT.match(text, m.end("tail")):
            # "- Extract an archive to a directory:" above `tar xf ...`: the caption of a command's example.
            score *= 0.4
        if _NEW_ABILITY.search(text, max(0, m.start("verb") - 16), m.start("verb")):
            # "You can now attach from more than one terminal": release notes telling what has become possible.
            score *= 0.5
        if verb in _LOOK_UP and (_FOR_MORE.match(tail) or _AT_ADDRESS.fullmatch(clause.rstrip())):
            # "check http://wiki... for more information": where to read on, a reference.
            score *= 0.3
        if _SETTING_CONDITION.search(clause):
            # "... when --remote is given", "if the option is set": what a program does, described.
            score *= 0.6
        if _CREDITED.search(tail):
            # "- hif: Set ALLOW_DOWNGRADE flag for all transactions (Kalev Lember)": a change, with who made it.
            score *= 0.3
        if lead:
            score += 0.5
        found.append((score, m.start("verb"), m.start("tail") + len(clause)))
    if not found:
        return 0.0, []
    factor = _context(text)
    # A text made of imperatives (a how-to, a to-do list) is instructions for people: one more is not a tell.
    if total_imperatives >= 4 and total_imperatives >= 0.4 * max(1, len(_SENTENCE_ENDS.findall(text))):
        factor *= 0.7
    found.sort(reverse=True)
    best = found[0][0] + (0.3 * found[1][0] if len(found) > 1 else 0.0)
    return min(3.0, best * factor), [(a, b) for _, a, b in found[:3]]
