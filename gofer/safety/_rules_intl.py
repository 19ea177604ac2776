# ruff: noqa: E501
"""The detector's rules for the commonest injection in other languages: "ignore (forget) the previous
instructions" and "reveal your system prompt / secret", in the languages most text on the web is in.

Patterns are written in each language's own spelling; the detector folds them exactly as it folds the text it
scans (lower case, accents and other combining marks dropped: "précédentes" → "precedentes", "игнорируй" →
"игнорируи"), so a pattern matches what a scanned text turns into. Each alternative opens with its trigger word (the
verb, or the noun in languages that put the verb last), so the rule runs only near one."""

from __future__ import annotations

# (kind, weight, trigger words, pattern) as in gofer.safety._rules.RULES.
_GAP = r"[^.!?\n。！？।]{0,40}?"
_SHORT_GAP = r"[^.!?\n。！？।]{0,16}?"

_IGNORE_VERB_FIRST: dict[str, tuple[tuple[str, ...], str, str]] = {
    # language: (trigger words, verbs, nouns)
    "de": (("ignorier", "vergiss", "vergessen", "missacht", "beachte"),
           r"(?:ignorier\w*|vergiss|vergessen sie|missachte\w*|beachte\w* nicht)",
           r"(?:anweisung(?:en)?|instruktion(?:en)?|befehle?n?|regeln|vorgaben|aufforderung(?:en)?|prompts?|anleitung(?:en)?|richtlinien)\b"),
    # Where a verb is spelt as in English ("ignore"), the language's own article must follow it, so that English
    # text ("ignore the build instructions below") is left to the English rules.
    "fr": (("ignor", "oubli", "neglig", "ne tiens", "ne tenez"),
           r"(?:ignorez|ignorer|ignore\s+(?:toutes?|tous|les|la|le|vos|tes|ces|mes)\b|oubli\w*|neglig\w*|ne (?:tiens|tenez) pas compte)",
           r"(?:instruction|consigne|directive|regle|ordre|commande|prompt|indication)s?"),
    "es": (("ignor", "olvid", "descart", "omit", "desobedec", "haz caso omiso"),
           r"(?:ignora\w*|ignoren|ignore\s+(?:todas?|todos|las|los|la|el|sus|tus)\b|olvid\w*|descart\w*|omite\w*|omitir|desobedec\w*|haz caso omiso)",
           r"(?:instruccion|indicacion|orden|regla|directiva|comando|consigna)\w*"),
    "it": (("ignor", "dimentic", "trascur", "tralasci"),
           r"(?:ignora(?:te|re|no)?\b|dimentic\w*|trascur\w*|tralasci\w*)",
           r"(?:istruzion|indicazion|ordini|regol|direttiv|comand|consegn)\w*"),
    "pt": (("ignor", "esquec", "desconsider", "desobedec"),
           r"(?:ignora(?:r)?\b|ignore\s+(?:todas?|todos|as|os|a|o|suas|seus)\b|esquec\w*|desconsider\w*|desobedec\w*)",
           r"(?:instruç|orientaç|ordens|ordem|regra|diretiva|diretriz|comando)\w*"),
    "nl": (("negeer", "negeren", "vergeet", "vergeten"),
           r"(?:negeer|negeren|vergeet|vergeten)",
           r"(?:instructie|opdracht|aanwijzing|regel|bevel|richtlijn)\w*"),
    "pl": (("zignoruj", "ignoruj", "zapomnij", "pomiń", "pomin"),
           r"(?:zignoruj\w*|ignoruj\w*|zapomnij\w*|pomiń\w*)",
           r"(?:instrukcj|polece|regu|wskazów|rozkaz|prompt|wytyczn)\w*"),
    "ru": (("игнорир", "проигнорир", "забуд", "забыв", "пренебре", "не обращай"),
           r"(?:проигнорир\w*|игнорир\w*|забуд\w*|забыв\w*|пренебре\w*|не обращай\w* внимани\w* на)",
           r"(?:инструкци|указани|команд|правил|приказ|промпт|распоряжени|установк)\w*"),
    "id": (("abaikan", "lupakan", "acuhkan", "hiraukan"),
           r"(?:abaikan|lupakan|acuhkan|jangan hiraukan)",
           r"(?:instruksi|perintah|petunjuk|aturan|arahan)\w*"),
    "vi": (("bỏ qua", "quên", "phớt lờ", "không tuân"),
           r"(?:bỏ qua|quên|phớt lờ|không tuân theo)",
           r"(?:hướng dẫn|chỉ dẫn|chỉ thị|lệnh|quy tắc|yêu cầu|câu lệnh)"),
    "tl": (("huwag pansinin", "balewalain", "kalimutan", "ipagwalang"),
           r"(?:huwag pansinin|balewalain|kalimutan|ipagwalang-bahala)",
           r"(?:tagubilin|utos|instruksyon|panuto|alituntunin|direksyon)\w*"),
    "ar": (("تجاهل", "اهمل", "أهمل", "انس", "تناس"),
           r"(?:تجاهل\w*|أهمل\w*|اهمل\w*|انس[ىي]?|تناس\w*)",
           r"(?:ال)?(?:تعليمات|أوامر|اوامر|إرشادات|ارشادات|توجيهات|قواعد)"),
    "zh": (("忽略", "无视", "忘记", "忘掉", "不要理会", "不理会", "忽视", "無視", "忘記"),
           r"(?:忽略|无视|無視|忘记|忘記|忘掉|不要理会|不理会|忽视)",
           r"(?:指令|指示|说明|說明|命令|规则|規則|提示|要求)"),
}
# Languages that put the verb last: the noun opens the pattern.
_IGNORE_NOUN_FIRST: dict[str, tuple[tuple[str, ...], str, str]] = {
    "tr": (("talimat", "yönerge", "komut", "kural", "emir"),
           r"(?:talimat|yönerge|komut|kural|emir|istem)\w*",
           r"(?:yok say|görmezden gel|görmezden|unut|dikkate alma|ihmal et|boşver)\w*"),
    # The object particle ("を", or "は") must follow the noun: "命令が使用されました: 無視" is an assembler's message.
    "ja": (("指示", "命令", "指令", "ルール", "プロンプト", "説明"),
           r"(?:指示|命令|指令|ルール|プロンプト|説明)(?:を|は|も)",
           r"(?:無視|忘れ)"),
    "ko": (("지시", "명령", "지침", "규칙", "프롬프트", "안내"),
           r"(?:지시|명령|지침|규칙|프롬프트|안내)",
           r"(?:무시|잊어|잊으)"),
    "hi": (("निर्देश", "आदेश", "नियम"),
           r"(?:निर्देश|आदेश|नियम)",
           r"(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|उपेक्षा|अनसुना)"),
    "bn": (("নির্দেশ", "আদেশ", "নিয়ম"),
           r"(?:নির্দেশ|আদেশ|নিয়ম)",
           r"(?:উপেক্ষা|ভুলে|অগ্রাহ্য|এড়িয়ে)"),
    "th": (("คำสั่ง", "คำแนะนำ", "กฎ"),
           r"(?:คำสั่ง|คำแนะนำ|ข้อกำหนด|กฎ)",
           r"(?:เพิกเฉย|ไม่สนใจ|ละเลย|ลืม|ละทิ้ง)"),
}
# And those whose verb may come first as well ("เพิกเฉยต่อคำสั่ง", "無視して…指示"): tried both ways.
_VERB_FIRST_TOO = {"th": ("เพิกเฉย", "ไม่สนใจ", "ละเลย", "ลืม", "ละทิ้ง"), "ja": ("無視",), "ko": ("무시",)}

RULES_INTL: list[tuple[str, float, tuple[str, ...], str]] = []
for _lang, (_triggers, _verbs, _nouns) in _IGNORE_VERB_FIRST.items():
    # Chinese has no spaces between words: no word boundaries there.
    _edge = "" if _lang == "zh" else r"(?<!\w)"
    RULES_INTL.append(("override", 3.0, _triggers, rf"{_edge}{_verbs}{_GAP}{_edge}{_nouns}"))
for _lang, (_triggers, _nouns, _verbs) in _IGNORE_NOUN_FIRST.items():
    RULES_INTL.append(("override", 3.0, _triggers, rf"{_nouns}{_SHORT_GAP}{_verbs}"))
    if _lang in _VERB_FIRST_TOO:
        RULES_INTL.append(("override", 3.0, _VERB_FIRST_TOO[_lang], rf"{_verbs}{_SHORT_GAP}{_nouns}"))

# Notes addressed to an AI ("note pour l'assistant IA :", "Hinweis für den KI-Assistenten", "si eres una IA"), in the
# Latin-script languages whose directives the detector reads.
_AI_NOUN = r"(?:assistant\w*|asistente|assistente|assistent\w*|agent\w*|agente|ia|ki|ai|bot|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligencia artificial|kunstliche intelligenz)"
RULES_INTL += [
    ("addresses_ai", 2.2, ("note pour", "message pour", "remarque pour", "consigne pour", "instruction pour", "instructions pour", "a l'attention"),
     rf"\b(?:note|message|remarque|consigne|instruction)s?\s+pour\s+(?:l'|le |la |les |tout |toute )?(?:\w+\s+)?{_AI_NOUN}\b|\ba l'attention (?:de |du |des )?(?:l'|la |le )?{_AI_NOUN}\b"),
    ("addresses_ai", 2.2, ("nota para", "mensaje para", "aviso para", "nota al ", "mensagem para", "instruccion", "instrucao", "instrucoes"),
     rf"\b(?:nota|mensaje|aviso|mensagem|instruccion(?:es)?|instrucao|instrucoes)s?\s+(?:para|al|ao)\s+(?:el |la |o |a |los |las |os |as )?(?:\w+\s+)?{_AI_NOUN}s?\b"),
    ("addresses_ai", 2.2, ("hinweis fur", "hinweis an", "nachricht an", "nachricht fur", "notiz fur", "notiz an", "anweisung fur", "anweisung an", "mitteilung an", "mitteilung fur", "an den ki", "an die ki"),
     rf"\b(?:hinweis|nachricht|notiz|anweisung|mitteilung)\s+(?:fur|an)\s+(?:den |die |das |alle )?(?:\w+[- ])?{_AI_NOUN}\b"),
    ("addresses_ai", 2.2, ("nota per", "messaggio per", "avviso per", "istruzion"),
     rf"\b(?:nota|messaggio|avviso|istruzion[ei])\s+per\s+(?:l'|il |la |gli |lo )?(?:\w+\s+)?{_AI_NOUN}\b"),
    ("addresses_ai", 2.2, ("notitie voor", "bericht voor", "bericht aan", "opmerking voor", "instructie"),
     rf"\b(?:notitie|bericht|opmerking|instructies?)\s+(?:voor|aan)\s+(?:de |het |alle )?(?:\w+\s+)?{_AI_NOUN}\b"),
    ("addresses_ai", 2.2, ("voor de ai", "voor de ki", "fur den ki", "fur die ki", "pour l'ia", "pour l'assistant ia", "para el asistente de ia", "para la ia", "per l'ia", "per l'assistente ia"),
     r"\b(?:voor|fur|pour|para|per)\s+(?:de |den |die |das |l'|el |la |il |o |a )?(?:(?:ai|ki|ia)[- ]?(?:assistent\w*|assistant\w*|asistente|assistente|agent\w*)|(?:assistent\w*|assistant|asistente|assistente)[- ](?:ia|ki|ai)|(?:ia|ki|ai)\b)(?:\s+(?:die|der|qui|que|che|das)\b|\s*[:,])"),
    ("addresses_ai", 2.0, ("para el asistente", "para la asistente", "pour l'assistant", "an den assistenten", "an den automatischen", "an den virtuellen", "per l'assistente", "voor de assistent", "para o assistente"),
     r"\b(?:para|pour|per|an|voor|fur)\s+(?:el |la |l'|den |die |de |il |o )?(?:(?:automatischen|virtuellen|digitalen)\s+)?(?:asistente|assistant|assistente|assistenten|assistent)\s+(?:automatico|automatique|virtuel|virtual|virtuale|ia|ki|ai|de ia|digital|inteligente|que|qui|che|der|die|die dit)\b"),
    ("addresses_ai", 2.4, ("si tu es", "si vous etes", "si eres", "si usted es", "wenn du", "wenn sie", "se sei", "se voce", "als je", "als u"),
     r"\b(?:si (?:tu es|vous etes|eres|usted es)|wenn (?:du|sie) (?:eine?|ein) (?:ki|ai|assistent\w*|sprachmodell)|se (?:sei|voce e|você é)|als (?:je|u) (?:een )?(?:ai|ki|assistent|taalmodel)) (?:une? |una |un'|um |uma |een )?(?:ia|ki|ai|assistant\w*|asistente|assistente|agent\w*|modele de langage|modelo de lenguaje|intelligence artificielle|inteligencia artificial)\b"),
]

# "Forget everything (you were told)", which needs no noun.
RULES_INTL += [
    ("override", 2.4, ("vergiss alles",), r"\bvergiss alles\b"),
    ("override", 2.4, ("oublie tout", "oubliez tout"), r"\boubliez? tout\b"),
    ("override", 2.4, ("olvida todo", "olvide todo"), r"\bolvid[ae] todo\b"),
    ("override", 2.4, ("dimentica tutto",), r"\bdimentica tutto\b"),
    ("override", 2.4, ("esqueça tudo", "esqueca tudo"), r"\besqueça tudo\b"),
    ("override", 2.4, ("забудь всё", "забудь все", "забудьте все"), r"забудь(?:те)? вс[её]\b"),
    # Revealing the system prompt or a secret the reader was told to keep.
    # (Only "your" prompt or secret: "donner le mot de passe" is how a passwd program asks for one.)
    ("leak", 1.8, ("zeig", "nenn", "verrat", "gib"), r"\b(?:zeig|nenn|verrat|gib)\w*\s+(?:mir\s+)?(?:dein|deine|deinen|ihr|ihre|ihren)\s+(?:system-?prompt|systemanweisung\w*|anweisungen|geheim\w*|passwort|kennwort)"),
    ("leak", 1.8, ("revel", "montre", "donne", "affiche", "dis-moi", "quel est"), r"\b(?:revel\w*|montre\w*|donne\w*|affiche\w*|dis-moi|quel(?:le)? est)\s+(?:moi\s+)?(?:ton|ta|tes|votre|vos)\s+(?:prompt|instructions? (?:systeme|initiales?)|mot de passe|cle secrete|secret)"),
    ("leak", 1.8, ("revela", "muestra", "dime", "dame", "cual es", "cuál es"), r"\b(?:revela\w*|muestra\w*|dime|dame|cual es)\s+(?:tu|tus|su|sus)\s+(?:prompt|instrucciones (?:del sistema|iniciales)|contrasena|contraseña|clave secreta|secreto)"),
    ("leak", 1.8, ("rivela", "mostra", "dimmi", "qual è", "qual e"), r"\b(?:rivela\w*|mostra\w*|dimmi|qual e)\s+(?:il\s+tuo|la\s+tua|i\s+tuoi|le\s+tue|tuo|tua|tuoi|tue)\s+(?:prompt|istruzioni (?:di sistema|iniziali)|password|chiave segreta|segreto)"),
    ("leak", 1.8, ("покажи", "раскрой", "назови", "скажи", "какой"), r"(?:покажи|раскрои|назови|скажи|какои)\w*\s+(?:мне\s+)?(?:тво[йие]\w*\s+|ваш\w*\s+)?(?:системн\w+ (?:промпт|инструкци\w*)|промпт|парол\w*|секретн\w+ ключ\w*|секрет\w*)"),
]

# The reader called on by what it does, as in gofer.safety._rules_reader: "para quien gestione este buzón:",
# "給处理此邮箱的助手：", "Assistente, por favor adicione ...".
RULES_INTL += [
    ("addresses_ai", 1.8, ("para quien", "a quien", "para quem", "pour la personne", "pour celui", "pour quiconque", "an die person", "an wen", "per chi"),
     r"(?:para quien|a quien|para quem|pour la personne qui|pour celui qui|pour quiconque|an die person,? die|an wen auch immer|per chi)\s+(?:gestion|lea\b|lee\b|le\b|ler\b|proces|revis|administr|manej|gerenc|geri|gere|lit\b|trait|ger|bearbeit|lies|verwalt|legg|elabor)\w*[^:\n]{0,60}:"),
    ("addresses_ai", 1.8, ("asistente,", "assistente,", "assistant,", "assistent,"),
     r"(?:asistente|assistente|assistant|assistent),\s+(?:por favor|favor|per favore|merci de|veuillez|s'il (?:te|vous) plait|bitte)\b"),
    ("addresses_ai", 2.0, ("给", "致", "对"),
     r"[给致对](?:处理|管理|阅读|负责|查看)?[^：:\n。]{0,12}(?:助手|人工智能|智能体|机器人|ai|代理)[：:]"),
]
