# ruff: noqa: E501
"""The detector's rules: (kind, weight, trigger words, pattern). Patterns run on lower-cased text, and only
when one of the rule's trigger words occurs in it (a substring test, far cheaper than the regex)."""

from __future__ import annotations

AI = r"(?:ai|a\.i\.|assistant|agent|model|llm|bot|chatbot|language model|gpt[\w.-]*|chatgpt|claude|gemini|llama|copilot|mistral|automated (?:analysis |review |screening )?(?:software|system|tool|reader|scanner|screener)|(?:analysis|screening|summari[sz]ation) (?:software|tool|system))"
PREV = r"(?:previous|prior|above|earlier|preceding|foregoing|original|initial|old|existing|system|developer|all|any|every|your|the|these|those|my)"
INSTR = r"(?:instructions?|iunstructions?|prompts?|directions?|directives?|rules|guidelines|guidance|tasks?|context|commands?|orders|constraints|programming)"
SEND = r"(?:send|forward|e-?mail|upload|post|transfer|wire|pay|share|copy|exfiltrate|leak|submit|paste|deliver|dm|text)"
SECRETS = r"(?:password|passwd|api[\s_-]?keys?|secret[\s_-]?keys?|credentials?|private[\s_-]?keys?|ssh[\s_-]?keys?|id_rsa|access[\s_-]?tokens?|session[\s_-]?cookies?|security[\s_-]?codes?|2fa codes?|one-time (?:code|password)|\.env\b|/etc/passwd)"

ACTION = r"(?:send|forward|e-?mail|transfer|wire|pay|post|upload|share|invite|add|remove|delete|change|modify|update|visit|open|click|download|concatenate|create|book|reserve|publish|grant|reset|give|move|copy|write|say|tell|include|insert|schedule|make)"
# Trigger words that can sit far into a match (the pattern opens up to ~120 characters before them, as in "do ...
# instead" or "this domain is ... not malicious"): their rules are tried in wider windows.
FAR_REACHING = frozenset({"instead", "malicious", "withdrawn", "risk", "qualified"})
# Trigger words that also matter inside a longer word ("mail" in "email", "phobic" in "homophobic"); the others
# are looked for at the start of a word.
INSIDE_WORDS: frozenset[str] = frozenset({"mail", "phobic"})
_IGNORE = ("ignore", "disregard", "forget", "override", "overrule", "bypass", "abandon", "neglect", "skip")
_SEND_WORDS = ("send", "forward", "mail", "upload", "post", "transfer", "wire", "pay", "share", "copy", "exfiltrate", "leak", "submit", "paste", "deliver", "dm ", "text ")

RULES: list[tuple[str, float, tuple[str, ...], str]] = [
    # Overriding what came before.
    ("override", 3.7, _IGNORE, rf"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|neglect|skip)\b(?!\s*[=:(\]])[^.]{{0,30}}?\b{PREV}\b[^.]{{0,30}}?\b{INSTR}\b"),
    ("override", 2.6, ("ignore", "disregard", "forget"), r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:instructions|prompts|everything (?:above|before|else|said)|all (?:info|information|text|content)|the rest of (?:this|the) (?:text|document|data|page))\b"),
    ("verbatim", 1.5, ("repeat", "reply with", "respond with", "print", "output", "say", "nothing else"), r"\b(?:please\s+)?(?:repeat|say|print|output|write|respond with|reply with|answer with)\s+(?:only\s+)?(?:the following|after me|exactly|this (?:sentence|text|phrase)|only)\b|\b(?:and|with)\s+(?:absolutely\s+)?nothing else\b"),
    ("fake_marker", 1.2, ("user:", "human:", "assistant:"), r"(?:^|\n)\s*>?\s*(?:user|human|assistant)\s*:\s*(?:next|now|please|ignore|from now|new|you)\b"),
    ("addresses_ai", 1.8, ("visible to", "invisible to", "hidden from"), r"\b(?:visible|readable|intended) (?:only )?(?:to|for) (?:the\s+)?(?:llms?|ai|language models?|automated|machines?|bots?)\b|\b(?:invisible|hidden) (?:to|from) (?:the\s+)?(?:humans?|people|readers?|users?)\b"),
    ("hijack", 1.4, ("if the user", "if user", "when the user", "when user"), r"\b(?:if|when)\s+(?:the\s+)?user\s+(?:asks|requests|wants|says)\b[^.]{0,60}\b(?:reply|respond|answer|say|tell|output|print)\b"),
    ("override", 2.5, ("follow", "obey", "listen"), rf"\b(?:do not|don't|stop)\s+(?:follow|obey|listen to)(?:ing)?\b[^.]{{0,25}}\b{INSTR}\b"),
    ("new_orders", 1.3, ("instruction", "task", "directive", "order", "objective", "goal", "assignment"), r"\b(?:new|real|actual|true|revised|urgent|secret|hidden)\s+(?:instructions?|tasks?|directives?|orders|objectives?|goals?|assignments?)\b(?!\s+(?:for|on|about|regarding)\s+(?:the|our|this)\s+(?!(?:ai|assistant|agent|model|bot|llm|system|reader)\b)[a-z])"),
    ("new_orders", 0.9, ("instruction", "task", "directive", "order", "objective", "goal", "assignment"), r"\b(?:updated|changed|additional)\s+(?:instructions?|tasks?|directives?|orders|objectives?|goals?|assignments?)\b"),
    ("new_orders", 1.6, ("adhere", "follow", "obey", "execute"), r"\b(?:strictly|carefully|exactly)\s+(?:adhere to|follow|obey|execute)\b"),
    ("new_orders", 1.4, ("your ",), r"\byour\s+(?:new|real|actual|only|primary|next)\s+(?:task|goal|job|objective|mission|instruction)s?\b"),
    ("new_orders", 1.2, ("from now on", "henceforth", "going forward"), r"\b(?:from now on|henceforth|going forward),?\s+(?:you|always|never|do|respond|answer|reply)\b"),
    # Text that speaks to the AI.
    ("addresses_ai", 2.2, ("dear", "attention", "hey", "hi ", "hello", "note to", "notice to", "message", "instruction", "reminder"), rf"\b(?:dear|attention|hey|hi|hello|note to|notice to|message (?:for|to)|instructions? (?:for|to)|reminder (?:for|to))\s+(?:the\s+|all\s+|any\s+)?(?:ai|a\.i\.)?\s*{AI}s?\b"),
    ("addresses_ai", 2.4, ("to you",), rf"\bto you,?\s+(?:the\s+)?{AI}\b"),
    ("addresses_ai", 2.6, ("you are", "you're"), rf"\b(?:if|when|since|because|as)\s+you(?:'re| are)\s+(?:an?\s+)?(?:ai|a\.i\.|artificial|automated|large|language|llm|{AI})\b"),
    ("addresses_ai", 1.6, ("ai ", "llm", "automated", "autonomous"), r"\b(?:ai|llm|automated|autonomous)\s+(?:assistant|agent|model|system|crawler|reader)s?\b[^.]{0,40}\b(?:must|should|shall|need to|are required|reading this|processing this)\b"),
    ("addresses_ai", 1.6, ("user",), r"\b(?:before|after|when|while|instead of)\s+(?:answering|responding to|replying to|you (?:answer|respond to|reply to))\s+the\s+user\b"),
    ("addresses_ai", 1.4, ("you are now", "pretend", "you must now"), r"\byou\s+are\s+now\b|\bpretend (?:to be|you are)\b|\byou must now\b"),
    ("addresses_ai", 0.6, ("act as",), r"\bact as\b"),
    ("addresses_ai", 1.4, ("assistant", "agent", " ai", "model"), rf"(?:^|[\n.!>\-])\s*(?:the\s+)?(?:ai\s+)?{AI}s?\s*[:,]\s*(?:important|please|you|ignore|stop|do|send|before)\b"),
    # Fake conversation or system markers.
    ("fake_marker", 2.4, ("system", "sys", "admin", "developer", "root", "inst", "operator"), r"(?:#{2,}|\[|<|\{|\()\s*\(?\s*(?:system|sys|admin|administrator|developer|instructions?|inst)(?:[\s_-]*(?:message|prompt|note|instructions?|override|command|mode))?\s*\)?\s*(?:#{2,}|\]|>|\}|\)|:)"),
    ("fake_marker", 2.4, ("im_start", "im_end", "<|", "[inst]", "[/inst]", "<<sys"), r"<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\|?>|\[/?inst\]|<</?sys>>"),
    ("fake_marker", 1.8, ("system", "assistant", "developer", "admin"), r"(?:^|\n)\s*(?:system|assistant|developer|admin)\s*(?:message|prompt|note)?\s*:\s*\S"),
    ("fake_marker", 1.4, ("information>", "important>", "instruction>", "instructions>", "admin>", "secret>", "hidden>", "note_to_ai>", "ai>"), r"<\s*/?\s*(?:information|important|instructions?|admin|secret|hidden|note_to_ai|ai)\s*>"),
    # Taking over the agent's task.
    ("hijack", 1.8, ("before",), r"\bbefore\s+(?:you\s+)?(?:can\s+|do\s+|start\s+|continue\s+|proceed\s+)?(?:solv|do|complet|continu|answer|proceed|respond|finish|summari[sz]|start|perform|reply)\w*\b[^.]{0,40}?\b(?:(?:the|your|my|this|that|any|my)\s+(?:task|request|question|work)\b(?!\s+(?:list|force|bar|manager|queue|runner|scheduler)\b)|anything)"),
    ("hijack", 2.2, ("gave", "assigned", "asked"), r"\b(?:the|your)\s+(?:task|request|job|question)\s+(?:that\s+)?(?:i|the user|they)\s+(?:gave|assigned|asked|set)\b"),
    ("hijack", 1.4, ("after", "once"), r"\b(?:after|once)\s+you(?:'ve|\s+have)?\s+(?:do(?:ne)?|complet\w*|finish\w*)\s+(?:that|this|these|those|it)\b"),
    ("hijack", 1.4, ("instead of",), r"\binstead\s+of\s+(?:your|the|what)\s+(?:task|user|original|request|summar\w*|answer\w*)"),
    ("hijack", 1.0, ("instead",), r"\b(?:do|perform|execute|complete|run)\b[^.]{1,120}\binstead\b"),
    ("hijack", 1.3, ("important", "urgent", "critical", "priority"), r"\b(?:this is an?|here is an?)\s+(?:important|urgent|critical|priority)\s+(?:message|instruction|notice|request|update)\b"),
    ("hijack", 1.0, ("first", "immediately", "now"), r"\b(?:please|you must|you should|you need to|make sure to|be sure to)\s+(?:first|immediately|now)\b"),
    # Hiding from the user.
    ("secrecy", 2.6, ("not", "n't", "never", "without"), r"\b(?:do not|don't|never|without)\s+(?:tell|telling|inform|informing|mention|mentioning|notify|notifying|reveal|revealing|alert|alerting|let|letting|show|showing|ask|asking|warn|warning)\b[^.]{0,25}\b(?:the\s+)?(?:user|human|person|owner|anyone|them)\b"),
    ("secrecy", 1.2, ("secretly", "covertly"), r"\b(?:secretly|covertly)\s+\w+"),
    ("secrecy", 0.5, ("silently", "quietly", "discreetly"), r"\b(?:silently|quietly|discreetly)\s+\w+"),
    ("secrecy", 1.2, ("must not", "should not", "mustn't", "shouldn't", "will not", "won't"), r"\b(?:the user|they)\s+(?:must not|should not|mustn't|shouldn't|will not|won't)\s+(?:know|find out|see|notice)\b"),
    # Orders to move data or money somewhere.
    ("send_to", 0.8, _SEND_WORDS, rf"\b{SEND}\b[^\n]{{0,100}}?\b(?:to|at|into|towards)\s++(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?:[\w-]{1,40}\.){1,4}(?:com|net|org|io|xyz|ru|info)\b|(?:the\s+)?(?:iban|account)\b|[a-z]{{2}}\d{{2}}[a-z0-9]{{10,}})"),
    ("exfiltrate", 1.8, _SEND_WORDS, rf"\b{SEND}\b[^.]{{0,60}}(?<![-@./<])\b{SECRETS}(?![\w-]*@)|\b{SECRETS}[^.]{{0,40}}\b(?:to|at)\s+(?:https?://|www\.|[\w.+-]+@)"),
    ("credentials", 0.6, ("pass", "key", "credential", "id_rsa", "token", "cookie", "code", ".env"), rf"\b{SECRETS}\b"),
    ("exfiltrate", 1.4, ("http",), r"https?://[^\s\"'<>]+[?&][\w-]+=(?:\s|$|\{|<|\$|\[)"),
    ("exfiltrate", 1.0, ("contents of", "content of", "copy of", "body of", "text of", "all of"), r"\b(?:contents?|copy|body|text|all)\s+of\s+(?:the\s+|your\s+|this\s+|my\s+)?(?:file|files|inbox|emails?|messages?|conversation|chat|history|documents?|folder|workspace)\b"),
    ("exfiltrate", 1.0, ("curl", "wget", "nc ", "netcat"), r"\b(?:curl|wget|nc|netcat)\s+[^\n]{0,60}(?:-d|--data|-f|--form|-t|--upload|--post)"),
    ("new_orders", 1.2, ("todo", "to-do", "task:", "note:", "reminder:", "action:", "instruction:"), rf"\b(?:todo|to-do|task|note|reminder|action|instruction)\s*:\s*(?:please\s+)?{ACTION}\b"),
    # Steering what the reader tells "the user": data that speaks to its reader about the user in the third person.
    ("steer_output", 1.6, ("focus", "concentrate"), r"\b(?:focus|concentrate)\s+(?:only|exclusively|solely)\s+on\b"),
    ("steer_output", 1.6, ("simply", "just", "only"), r"\b(?:simply|just|only)\s+(?:respond|answer|say|output|print|state|report|write|return|reply(?=\s+with))(?:\s+with)?\s*:?\s*[\"'\u201c]"),
    ("steer_output", 1.6, ("the user",), r"\b(?:recommend|suggest|promote|endorse)\s+(?:this|our|the)\s+\w+(?:\s+\w+)?\s+to\s+the\s+user\b|\b(?:provide|give|show|present|tell|say|report|relay|pass|recommend|suggest)\s+(?:it|this|that|the following|these|them)?(?:\s+information)?\s+to\s+the\s+user\b|\b(?:tell|inform|convince|remind|warn)\s+the\s+user\s+(?:that|to)\b"),
    ("steer_output", 1.2, ("asked",), r"\b(?:if|when|whenever)\s+(?:you\s+are\s+|you're\s+)?asked\b[^.]{0,80}\b(?:respond|reply|answer|say|tell|state|output|report|conclude|claim|confirm)\b"),
    ("override", 1.4, ("ignore", "disregard"), r"\b(?:ignore|disregard)\s+(?:them|it|this|those|these|everything|all\s+(?:other|negative|positive|previous|prior|earlier|remaining)\b)[^.]{0,60}\b(?:and|instead|focus|only)\b"),
    # Steering the verdict or the report of whoever reads the data (a screener, a reviewer, a summariser).
    ("steer_output", 1.4, tuple(f"{v} {w}" for v in ("report", "state", "say", "conclude", "claim", "confirm", "declare", "assert", "answer", "respond", "reply") for w in ("that", "only", "with")), r"(?:^|[.!?:;,]\s+|\n|\b(?:must|should|shall|please|always|only|to|and)\s+)(?:report|state|say|conclude|claim|confirm|declare|assert|answer|respond|reply)\s+(?:only\s+)?(?:that|with)\b(?!\s+(?:(?:your|any|a|the|some|their|our|his|her|all)\s+)?(?:comments?|feedback|corrections?|thoughts|questions?|availability|suggestions?|changes|edits|input|notes|objections?|ideas|preferences?|votes?|rsvps?|the results)\b)"),
    ("steer_output", 1.8, ("whoever", "anyone", "any one", "any assess", "any evaluat", "any review", "any analys", "any summar", "any model", "any reader", "any screen"), r"\b(?:whoever|anyone (?:who|that)|any (?:one|assessment|evaluation|review|analysis|summary|summari[sz]ation|model|reader|reviewer|screener))\b[^.\n]{0,50}(?:\b(?:must|should|shall|will|is to|has to)\s+|[:,]\s*)(?:conclude|state|say|report|answer|find|rate|score|classify|recommend|treat|consider|mark)\b"),
    ("steer_output", 1.6, ("answer", "respond", "reply"), r"\b(?:answer|respond to|reply to)\s+(?:every|all|any|each)\s+(?:\w+\s+)?(?:questions?|queries|requests?|messages?)\b[^.\n]{0,60}\bwith\b"),
    ("steer_output", 1.4, ("verdict", "assessment", "conclusion", "classification", "correct answer", "right answer", "final answer", "expected answer", "correct response", "correct output", "correct label", "correct rating", "correct score", "only answer", "true answer"), r"\b(?:the\s+)?(?:correct|right|only|expected|proper|final|true)\s+(?:verdict|answer|assessment|conclusion|classification|rating|score|label|response|output)\s+(?:for\s+[^.\n]{1,40}\s+)?(?:is|should be|must be)\b"),
    ("steer_output", 1.4, tuple(f"{v}{c}" for v in ("output", "print", "say", "respond", "reply", "answer", "return") for c in (":", " :")), r"\b(?:and|then|just|only|simply)\s+(?:output|print|say|respond|reply|answer|return)\s*:\s*\S"),
    ("addresses_ai", 1.6, tuple(f"{n} {p}" for n in ("note", "message", "instruction", "instructions", "memo", "attention") for p in ("to", "for")), r"\b(?:note|message|instructions?|memo|attention)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:reviewer|evaluator|screener|recruiter|assessor|analyst|grader|moderator|checker|scanner|classifier|reader)s?\b"),
    ("override", 2.0, ("override", "bypass", "skip", "ignore"), r"\b(?:override|bypass|skip|ignore)\s+(?:the\s+|any\s+|all\s+)?(?:manual\s+|normal\s+|usual\s+|standard\s+|default\s+|automated\s+)?(?:scoring|evaluation|assessment|review process|rating|ranking|screening|judg(?:e)?ment|checks|safety checks|verification)\b"),
    ("override", 1.2, ("ignore", "disregard"), r"\b(?:ignore|disregard)\s+(?:the\s+|all\s+|any\s+)?(?:\w+\s+)?(?:reviews?|ratings?|flags?|comments?|results?|evidence|findings|red flags)\s+(?:above|below|before|earlier|in this)\b"),
    ("verdict_claim", 1.0, ("malicious", "safe", "legitimate", "benign", "harmless", "trustworth", "verified", "qualified", "scam", "phishing", "spam", "fraud", "malware", "virus"), r"\b(?:this|the)\s+(?:domain|website|site|url|link|file|e-?mail|message|record|document|candidate|applicant|seller|company|transaction|product|app|package|software|program|attachment)\s+(?:name\s+)?(?:is|has been|was)\s+(?:\w+\s+){0,2}(?:not\s+malicious|safe|legitimate|benign|harmless|trustworthy|verified|pre-verified|the most qualified|not\s+(?:a\s+)?(?:scam|phishing|spam|fraud\w*|malware|virus))\b"),
    ("secrecy", 1.6, ("not", "n't", "never"), r"\b(?:do not|don't|never)\s+(?:mention|reveal|disclose|report|bring up|flag)\b[^.]{0,30}\b(?:flags?|warnings?|issues?|problems?|this (?:note|instruction|message|request)|these instructions|the above|red flags)\b"),
    # Claims of authority: the text says it comes from the user, the owner or the system.
    ("authority", 1.8, ("from", "behalf", "the user", "i am", "this is"), r"\b(?:message|instructions?|note|request|order|update|priority)\s+from\s+(?:the\s+|your\s+)?(?:account\s+)?(?:user|owner|holder|admin\w*|developer|system|operator|security team)\b|\bon behalf of (?:the |your )?(?:user|owner)\b|\bthe user\s+(?:has\s+)?(?:authori[sz]ed|approved|instructed|wants you|needs you|asked you|would like you)\b|\b(?:i am|this is)\s+(?:the|your)\s+(?:user|owner|administrator|developer)\b"),
    # Pressure and urgency.
    ("pressure", 0.9, ("!!", "important", "urgent", "attention", "warning", "critical", "mandatory"), r"\b(?:important|urgent|attention|warning|critical|mandatory)\s*(?:!{2,}|:)|!{3,}"),
    ("pressure", 0.8, ("important", "mandatory", "required", "critical"), r"\b(?:extremely|very|vitally|critically)\s+important\b|\bthis is (?:mandatory|required|critical)\b"),
    ("pressure", 1.0, ("todo", "to-do", "action required", "required action"), r"\b(?:todo|to-do|action required|required action)\s*:\s*(?:please\s+)?[a-z]+\b"),
    # Prompt and system leaks; jailbreak modes.
    ("leak", 1.8, ("prompt", "instructions", "rules"), r"\b(?:reveal|print|repeat|output|show|display|tell me|leak)\b[^.]{0,30}\b(?:your|the)\s+(?:system\s+)?(?:prompt|instructions|initial prompt|hidden prompt|rules)\b"),
    ("jailbreak", 1.2, (" mode",), r"\b(?:dan|god|jailbreak|unrestricted|unfiltered)\s+mode\b"),
    # Phrases manuals use too: too weak to flag a text alone.
    ("jailbreak", 0.8, (" mode", "no restrictions", "no limitations", "no filters", "no rules"), r"\b(?:developer|debug)\s+mode\b|\bno (?:restrictions|limitations|filters|rules)\b"),
    # Dropping the reader's task in other words than "ignore the previous instructions".
    ("override", 2.4, ("disregard", "forget", "ignore", "never mind", "aside", "abandon", "skip", "stop"), r"\b(?:disregard|forget|ignore|never\s+mind|set\s+aside|put\s+aside|abandon|skip|stop)\s+(?:what\s+you\s+(?:were|are|have been)\s+(?:asked|told|doing|working on|about to)|(?:the|your|that)\s+(?:earlier|original|previous|prior|current|initial|other)\s+(?:request|question|task|assignment|job|query|prompt|goal)s?\b|your\s+(?:current|original|present|assigned)\s+(?:\w+\s+)?(?:task|assignment|work|job|goal|request)|the\s+(?:summary|answer|reply|report|response|translation)\s+you\s+(?:were|are)\s+(?:about|going|asked)\s+to)"),
    ("override", 2.0, ("withdrawn", "cancelled", "canceled", "revoked", "void", "superseded", "overridden", "no longer valid"), r"\b(?:the|your|all|any)\s+(?:previous|earlier|original|prior|initial|current)\s+(?:request|task|instruction|assignment|question|prompt|order)s?\s+(?:has|have|was|were|is|are)\s+(?:been\s+|now\s+)?(?:withdrawn|cancell?ed|revoked|void|superseded|overridden|no longer valid)"),
    ("new_orders", 1.6, ("job", "task", "mission", "priority", "matters now", "assignment"), r"\b(?:your|the)\s+(?:only\s+|real\s+|new\s+)?(?:job|task|mission|priority|goal|assignment)\s+(?:now|from now on|instead|today)\s+is\b|\bthe only thing that matters now\b|\b(?:new|top|highest|urgent)\s+priority\s+(?:from|for you)\b"),
    ("new_orders", 0.8, ("change of plan", "scratch that"), r"\bchange of plans?\s*[:!,.\u2013-]|\bscratch that\b"),
    # Steering the verdict of whoever reads a record: "classify this domain as low risk", "risk score ... should be 0".
    ("steer_output", 1.55, ("risk", "safe", "benign", "clean", "trusted", "whitelist", "allowlist", "legitimate", "verified", "approved", "harmless", "malicious", "star", "excellent", "the best", "top-rated", "top rated", "reputable", "trustworth"), r"\b(?:classify|mark|label|flag|treat|rate|score|consider|categori[sz]e|describe|present|rank|tag|list)\s+(?:this|it|them|these|the)\b[^.\n]{0,40}?\bas\s+(?:(?:a|an|the)\s+)?(?:low[- ]risk|no[- ]risk|safe|safest|benign|clean|trusted|whitelisted|allowlisted|legitimate|verified|approved|harmless|not malicious|non-malicious|(?:5|five)[- ]stars?|excellent|the best\b|top[- ]rated|risk[- ]free|reputable|trustworthy)"),
    ("steer_output", 1.55, ("rate", "score", "give"), r"\b(?:rate|score|give)\s+(?:this|it|the)\b[^.\n]{0,30}?\b(?:5|five|10|ten)\s+(?:stars?|points|out of)"),
    ("steer_output", 1.6, ("risk", "trust", "threat", "fraud", "spam", "safety", "reputation"), r"\b(?:risk|trust|threat|fraud|spam|safety|reputation)\s+(?:score|rating|level|assessment)\b[^.\n]{0,40}\b(?:should|must|shall|is to|has to)\s+(?:be|read|show|say)\b"),
    ("steer_output", 1.4, ("out of",), r"\b(?:leave|keep)\s+[^.\n]{0,40}\bout\s+of\s+(?:your|the|any|every)\s+(?:summary|summaries|report|answer|reply|response|review|assessment|analysis|output)\b"),
    ("steer_output", 1.2, ("summari", "describing", "reviewing", "evaluating", "assessing", "rating", "ranking", "comparing", "reporting"), r"\b(?:when|while|if|in)\s+(?:you(?:'re| are)?\s+)?(?:summari[sz]\w*|describing|reviewing|evaluating|assessing|rating|ranking|comparing|reporting on)\b[^.\n]{0,50}?\b(?:present|describe|call|portray|say|state|mention|recommend|rank|rate|list|treat|omit|leave out|do not mention|don't mention)\b"),
    ("steer_output", 1.4, ("reading", "processing", "parsing", "analys", "analyz", "scanning", "reviewing", "summari", "evaluating", "checking", "indexing"), r"\b(?:systems?|tools?|scanners?|models?|assistants?|agents?|bots?|crawlers?|readers?|reviewers?|analysts?|screeners?|programs?|software|ais?|llms?|anyone)\s+(?:reading|processing|parsing|analy[sz]ing|scanning|reviewing|summari[sz]ing|evaluating|checking|indexing)\s+(?:this|these)\s+\w+(?:\s+\w+)?\s+(?:should|must|shall|are (?:asked|required) to|is (?:asked|required) to)\s+(?:treat|skip|ignore|output|classify|report|mark|consider|say|answer|rate|approve|trust|whitelist|allow|conclude|recommend)\b"),
    ("steer_output", 1.4, ("output", "say", "answer", "respond", "reply", "report", "return", "print", "state", "conclude", "classify"), r"\b(?:assistant|ai|a\.i\.|llm|chatbot|bot|agent|screener|analy[sz]er|analysis tool|scanner|classifier|summari[sz]er|tool|system|model|software)s?\s+(?:must|should|shall|will|needs? to|is (?:required|expected) to)\s+(?:always\s+|only\s+)?(?:output|say|answer|respond|reply|report|return|print|state|conclude|classify)\s+(?:only\s+)?(?:that\b|['\"\u201c](?:benign|safe|clean|legitimate|trusted|approved|ok|yes|no|true|false|pass)|(?:benign|safe|clean|legitimate|trusted|approved|low risk|no risk|not malicious)\b)"),
    ("addresses_ai", 2.0, ("assistant", "agent", "llm", "ais ", "ai ", "language model", "chatbot", "bots "), r"\b(?:every|any|all|each)\s+(?:ai\s+)?(?:assistants?|agents?|bots?|llms?|ais|language models?|chatbots?)\s+(?:should|must|shall|will|needs? to|reading|that reads)\b"),
    ("steer_output", 1.2, ("you must", "you should", "you have to", "you need to"), r"\byou\s+(?:must|should|have to|need to)\s+(?:always\s+)?(?:recommend|suggest|endorse|promote|praise|choose|pick|prefer)\b"),
    ("verdict_claim", 1.0, ("qualified", "ideal", "perfect", "strongest", "best possible"), r"\bis\s+(?:\w+\s+){0,3}(?:the\s+)?(?:most qualified|best qualified|ideal|perfect|strongest|best possible)\s+(?:candidate|applicant|hire|choice|fit|option)\b"),
    ("secrecy", 1.2, ("not send", "n't send", "not notify", "n't notify", "without send", "without notify", "not inform", "without inform"), r"\b(?:do not|don't|without)\s+(?:send(?:ing)?|notify(?:ing)?|inform(?:ing)?)\s+(?:an?\s+|any\s+)?(?:update|notification|notice|confirmation|alert|e-?mail|message)s?\b"),
    # Text hidden from people on a web page (and left for machines).
    ("hidden", 1.0, ("display:", "display :", "visibility", "font-size", "opacity", "color:"), r"style\s*=\s*[\"'][^\"'>]{0,80}(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*[;\"']|opacity\s*:\s*0\s*[;\"']|color\s*:\s*(?:white|#fff(?:fff)?)\b)"),
]
