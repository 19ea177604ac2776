"""How the quota's token estimate (``text_size``) compares with a real tokenizer, script by script, and how fast it is.

For each text below: the estimate (``text_size`` / 4) against OpenAI's cl100k_base count of the same text. The
count is taken live when ``tiktoken`` (its table cached) or the ``bpe-openai`` package (which ships the table) can
be imported, neither of which gofer depends on; otherwise the counts in ``CL100K`` below, measured with
``bpe-openai`` 0.1.4, are used. A ratio under 1.0 is an under-count: a quota's hold of a step with that text is
smaller than what the step takes. Then the time ``text_size`` takes for 200 kB of each kind, and beside it the
ratio against o200k_base (GPT-4o's tokenizer; ``O200K`` when not live), which the estimate does not read: o200k
takes fewer tokens than cl100k for most scripts, so the ratios there are higher. Anthropic's tokenizer is not
published for offline use and is not measured.

Run: ``python bench/text_size.py`` (from the repository root, gofer importable).
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import time
import uuid
from collections.abc import Callable

from gofer.models._common import _DEAR_PREFIXES, _ONE_TOKEN_HAN, text_size

ENGLISH = (
    "A run started under a token or cost quota stops before a model step that would pass it. Before each step the "
    "runner counts the user's usage this month with one indexed store query and adds the next step's likely size: "
    "its prompt, the tools' schemas included, plus an output bound. The step's estimate is held in the store, in one "
    "transaction with the user's row locked, and counted against the user's other runs until the call's reply lands. "
    "So runs stepping at once cannot all take the same room, and a cost quota's first step is priced from its prompt. "
    "The weather was mild this spring and the beans grew tall; we picked them every morning before the heat came."
)
CODE = '''def step_output_bound(info: ModelInfo) -> tuple[int, str]:
    """The output tokens a model call under a quota is bounded at, and where that comes from."""
    if info.max_output is not None:
        return info.max_output, info.max_output_from or "the model's stated most"
    return STEP_OUTPUT_ESTIMATE, "assumed: the model states no bound; GOFER_MODEL_MAX_OUTPUT sets one"


async def _hold(self, caps: Sequence[UsageCap], tokens: float, cost: float) -> StepRefused | None:
    seconds = self.settings.quota_hold_seconds
    refused = await self.store.hold_step(self.run_id, caps, tokens, cost, seconds=seconds)
    if refused is None and self._hold_keeper is None:
        self._hold_keeper = asyncio.create_task(self._keep_holds(seconds), name=f"gofer-holds-{self.run_id}")
    return refused
'''
GREEK = (
    "Ένας πράκτορας τεχνητής νοημοσύνης μπορεί να περιηγείται στο διαδίκτυο, να εκτελεί εντολές, να γράφει κώδικα "
    "και να διαχειρίζεται αρχεία. Για την προστασία του χρήστη, κάθε σημαντική ενέργεια χρειάζεται την έγκριση "
    "ενός ανθρώπου πριν εκτελεστεί. Για παράδειγμα, όταν ο πράκτορας ετοιμάζεται να αγοράσει ένα προϊόν από ένα "
    "ηλεκτρονικό κατάστημα, σταματά, δείχνει στον χρήστη το ποσό της παραγγελίας και τη διεύθυνση αποστολής, και "
    "περιμένει την έγκρισή του. Κάθε χρήστης έχει ένα μηνιαίο όριο μονάδων, και όταν το ξεπεράσει, τα νέα βήματα "
    "δεν εκτελούνται και το σύστημα του εξηγεί καθαρά τον λόγο."
)
HEBREW = (
    "סוכן בינה מלאכותית יכול לגלוש באינטרנט, להריץ פקודות, לכתוב קוד ולנהל קבצים. כדי להגן על המשתמש, כל פעולה "
    "חשובה דורשת אישור של אדם לפני שהיא מתבצעת. לדוגמה, כאשר הסוכן מתכונן לקנות מוצר בחנות מקוונת, הוא עוצר, "
    "מציג למשתמש את סכום ההזמנה ואת כתובת המשלוח, ומחכה לאישורו. לכל משתמש יש מכסה חודשית של אסימונים, וכאשר "
    "הוא עובר אותה, הצעדים החדשים אינם מבוצעים והמערכת מסבירה לו בבירור את הסיבה."
)
RUSSIAN = (
    "Агент искусственного интеллекта может просматривать веб-страницы, выполнять команды, писать код и управлять "
    "файлами. Чтобы защитить пользователя, каждое важное действие перед выполнением требует подтверждения человека. "
    "Например, когда агент собирается купить товар в интернет-магазине, он останавливается, показывает пользователю "
    "сумму заказа и адрес доставки и ждёт его одобрения. У каждого пользователя есть месячная квота токенов, и когда "
    "он её превышает, новые шаги не выполняются, а система ясно объясняет ему причину."
)
ARABIC = (
    "يمكن لوكيل الذكاء الاصطناعي تصفح الويب وتشغيل الأوامر وكتابة التعليمات البرمجية وإدارة الملفات. لحماية "
    "المستخدم، يحتاج كل إجراء مهم إلى موافقة شخص قبل تنفيذه. على سبيل المثال، عندما يستعد الوكيل لشراء منتج من "
    "متجر إلكتروني، يتوقف ويعرض على المستخدم مبلغ الطلب وعنوان الشحن، ثم ينتظر موافقته."
)
ZH = ("人工智能代理可以浏览网页、运行命令、编写代码并管理文件。"
      "为了保护用户，每一个重要的操作在执行之前都需要得到人的确认。"
      "例如，当代理准备在网上商店购买商品时，它会先暂停，把订单的金额和收货地址展示给用户，然后等待用户批准。"
      "如果网页中隐藏着恶意的指令，比如要求代理把密码发送到某个陌生的网址，安全层会识别这种注入攻击并阻止它。"
      "每个用户每个月都有一定的令牌配额，超过配额后，新的步骤将不会被执行，系统会明确告诉用户原因。")
JA = ("AIエージェントはウェブを閲覧し、コマンドを実行し、コードを書き、ファイルを管理することができます。"
      "ユーザーを守るため、重要な操作はすべて実行前に人の確認が必要です。たとえば、オンラインショップで商品を購入する前に、"
      "エージェントは一時停止して注文の金額と配送先を表示し、ユーザーの承認を待ちます。")
KO = ("인공지능 에이전트는 웹을 탐색하고, 명령을 실행하고, 코드를 작성하며 파일을 관리할 수 있습니다. "
      "사용자를 보호하기 위해 중요한 작업은 모두 실행하기 전에 사람의 확인이 필요합니다. 예를 들어 온라인 상점에서 "
      "상품을 구매하기 전에 에이전트는 잠시 멈추고 주문 금액과 배송지를 보여 준 다음 사용자의 승인을 기다립니다.")
EMOJI = ("Great job team! 🎉🎉 The launch went well 🚀 and users love it ❤️. Next: fix the bugs 🐛🐛🐛, "
         "write docs 📚, and celebrate 🍕🍺🥳. Family: 👨‍👩‍👧‍👦 flags: 🇯🇵🇫🇷🇧🇷 skin: 👍🏽👋🏿 " + "🙂🤖🦀🧪🛒📦🔒🗝️" * 8)
BASE64 = base64.b64encode(b"".join(hashlib.sha256(bytes([i])).digest() for i in range(96))).decode()
HEX = "".join(hashlib.sha256(bytes([i, 1])).hexdigest() for i in range(24))


def _random_text(seed: int, pick: Callable[[random.Random], str], n: int) -> str:
    rng = random.Random(seed)
    return "".join(pick(rng) for _ in range(n))


RARE_HAN = _random_text(1, lambda r: chr(r.randrange(0x4E00, 0xA000)), 1500)
RANDOM_HANGUL = _random_text(2, lambda r: chr(r.randrange(0xAC00, 0xD7A4)), 1500)
PUNCTUATION = _random_text(3, lambda r: r.choice(string.punctuation), 3000)
PUNCTUATION_WORDS = _random_text(
    4, lambda r: "".join(r.choice(string.punctuation) for _ in range(r.randrange(3, 12))) + " ", 400)

_RNG = random.Random(7)
JSON_DENSE = json.dumps({a + b: _RNG.randrange(100) for a in string.ascii_lowercase for b in ("", "x", "y", "z")},
                        separators=(",", ":"))
JSON_ROWS = json.dumps([{"id": i, "x": _RNG.randrange(100), "y": _RNG.randrange(1000), "ok": _RNG.random() < 0.5}
                        for i in range(200)], separators=(",", ":"))
API_REPLY = json.dumps({"data": [{"id": 1000 + i, "type": "user", "attributes": {
    "name": _RNG.choice(["ann", "bob", "cy"]), "age": _RNG.randrange(18, 90), "score": round(_RNG.random() * 100, 2),
    "tags": [_RNG.choice("abc") for _ in range(3)], "active": True}} for i in range(80)],
    "meta": {"page": 1, "total": 80}}, separators=(",", ":"))
_CHEAP_HAN = [code for code in range(0x4E00, 0xA000) if chr(code) not in _ONE_TOKEN_HAN
              and not _DEAR_PREFIXES[0xE0 | code >> 12] >> (code >> 6 & 63) & 1]
RARE_HAN_CHEAP = "".join(chr(_RNG.choice(_CHEAP_HAN)) for _ in range(1500))
"""Rare Han whose first two UTF-8 bytes are one cl100k token, so two tokens each, where prose's take one."""
_DUMPED = _RNG.randbytes(16 * 150)
HEXDUMP = "\n".join(f"{o:08x}  " + " ".join(f"{b:02x}" for b in _DUMPED[o:o + 16]) + "  |"
                    + "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in _DUMPED[o:o + 16]) + "|"
                    for o in range(0, len(_DUMPED), 16))
"""What ``hexdump -C`` prints of random bytes."""
UUIDS = "\n".join(str(uuid.UUID(int=_RNG.getrandbits(128))) for _ in range(200))
LOG_LINES = "\n".join(
    f"2026-11-{_RNG.randrange(1, 29):02d}T{_RNG.randrange(24):02d}:{_RNG.randrange(60):02d}:{_RNG.randrange(60):02d}."
    f"{_RNG.randrange(1000):03d}Z INFO [worker-{_RNG.randrange(8)}] request id={_RNG.randrange(10**6)} took "
    f"{_RNG.randrange(1000)}ms status={_RNG.choice([200, 404, 500])}" for _ in range(200))
_ZWJ = ["\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F469\u200d\U0001F4BB",
        "\U0001F3F3\ufe0f\u200d\U0001F308", "\U0001F468\U0001F3FD\u200d\U0001F680",
        "\U0001F9D1\u200d\U0001F91D\u200d\U0001F9D1", "\U0001F43B\u200d\u2744\ufe0f", "\u2764\ufe0f\u200d\U0001F525"]
EMOJI_ZWJ = "".join(_RNG.choice(_ZWJ) for _ in range(300))
"""Emoji joined by zero-width joiners (a family, a technologist, a rainbow flag)."""
FLAGS = "".join(chr(0x1F1E6 + _RNG.randrange(26)) + chr(0x1F1E6 + _RNG.randrange(26)) for _ in range(300))
BASE64_WORDS = " ".join(base64.b64encode(_RNG.randbytes(12)).decode() for _ in range(300))
"""Short base64 words (16 characters, as nonces): under the 20 a run needs to count as base64."""
BASE64_SHORT = ", ".join(base64.b64encode(_RNG.randbytes(_RNG.randrange(6, 19))).decode() for _ in range(400))
"""Base64 words of 8 to 24 characters, separated by commas (nonces, salts, short keys)."""


def _jwt(rng: random.Random) -> str:
    def part(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    claims = {"sub": str(rng.randrange(10**9)), "name": rng.choice(["ann", "bob"]),
              "iat": 1_700_000_000 + rng.randrange(10**7)}
    return ".".join((part(b'{"alg":"HS256","typ":"JWT"}'), part(json.dumps(claims).encode()), part(rng.randbytes(32))))


JWTS = "\n".join(_jwt(_RNG) for _ in range(60))
"""JSON web tokens, one a line: three base64url parts joined by dots."""
_RECORDS = {"data": [{"id": 1000 + i, "type": "user", "attributes": {
    "name": _RNG.choice(["ann", "bob", "cy"]), "age": _RNG.randrange(18, 90), "score": round(_RNG.random() * 100, 2),
    "tags": [_RNG.choice("abc") for _ in range(3)], "active": True, "email": f"user{i}@example.com"}}
    for i in range(40)], "meta": {"page": 1, "total": 40}}
JSON_INDENTED = json.dumps(_RECORDS, indent=2)
"""An API reply pretty-printed with two spaces."""
JSON_TABS = json.dumps(_RECORDS, indent="\t")
"""The same indented with tabs."""
HAN_IN_WORDS = " ".join(f"abc{chr(_RNG.randrange(0x4E00, 0xA000))}{chr(_RNG.randrange(0x4E00, 0xA000))}def"
                        for _ in range(300))
"""Han inside Latin words (``abc漢字def``): one piece for cl100k's pre-tokenizer."""
KO_HAN = ("大韓民國은 民主共和國이다. 大韓民國의 主權은 國民에게 있고, 모든 權力은 國民으로부터 나온다. "
          "國家는 法律이 정하는 바에 의하여 在外國民을 保護할 義務를 진다.") * 6
"""Korean written with Han (mixed script, as in law texts)."""
ZH_EN = ("我们用Python写了一个agent，它可以调用OpenAI的API，还能用Playwright打开Chrome浏览器。"
         "部署在Kubernetes上，用Redis做队列，PostgreSQL存数据。") * 6
"""Chinese with Latin words inside its sentences."""

def _random_words(alphabet: str, low: int, high: int, n: int) -> str:
    return " ".join("".join(_RNG.choice(alphabet) for _ in range(_RNG.randrange(low, high))) for _ in range(n))


RANDOM_WORDS = _random_words(string.ascii_lowercase, 4, 13, 400)
"""Random lower-case words of 4 to 12 letters (generated names, ids of letters only): a token every two letters."""
BASE32_WORDS = " ".join(base64.b32encode(_RNG.randbytes(10)).decode() for _ in range(300))
"""Base32 words of 16 characters (TOTP secrets, short ids)."""
BASE32_LOWER = "\n".join(base64.b32encode(_RNG.randbytes(35)).decode().lower() + ".onion" for _ in range(100))
"""Lower-case base32 host names (onion addresses)."""
BASE36_IDS = _random_words(string.ascii_lowercase + string.digits, 8, 17, 400)
"""Random lower-case ids of letters and digits, 8 to 16 characters."""
JA_EN = ("このPRではPythonのasyncioを使ってAPIクライアントをrefactorしました。"
         "テストはpytestで書き、CIはGitHub Actionsで動きます。DockerイメージはUbuntuベースです。"
         "詳しくはREADMEとdocs/setup.mdを見てください。") * 6
"""Japanese with Latin words inside its sentences."""
KANA_RANDOM = "".join(chr(_RNG.randrange(0x3000, 0x3100)) for _ in range(1500))
"""Random kana and CJK marks (U+3000-30FF): about half of them two tokens each."""

TEXTS = {"english": ENGLISH, "code": CODE, "greek": GREEK, "hebrew": HEBREW, "russian": RUSSIAN, "arabic": ARABIC,
         "zh": ZH, "ja": JA, "ko": KO, "emoji": EMOJI, "base64": BASE64, "hex": HEX, "rare_han": RARE_HAN,
         "random_hangul": RANDOM_HANGUL, "punctuation": PUNCTUATION, "punctuation_words": PUNCTUATION_WORDS,
         "json_dense": JSON_DENSE, "json_rows": JSON_ROWS, "api_reply": API_REPLY, "rare_han_cheap": RARE_HAN_CHEAP,
         "hexdump": HEXDUMP, "uuids": UUIDS, "log_lines": LOG_LINES, "emoji_zwj": EMOJI_ZWJ, "flags": FLAGS,
         "base64_words": BASE64_WORDS, "base64_short": BASE64_SHORT, "jwts": JWTS, "json_indented": JSON_INDENTED,
         "json_tabs": JSON_TABS, "han_in_words": HAN_IN_WORDS, "ko_han": KO_HAN, "zh_en": ZH_EN,
         "random_words": RANDOM_WORDS, "base32_words": BASE32_WORDS, "base32_lower": BASE32_LOWER,
         "base36_ids": BASE36_IDS, "ja_en": JA_EN, "kana_random": KANA_RANDOM}
"""The texts measured, by kind: prose by script, code, encoded bytes, random text made to cost the most, and
machine text of short pieces (JSON, dumps, ids, logs)."""

CL100K = {"english": 141, "code": 194, "greek": 523, "hebrew": 381, "russian": 219, "arabic": 201, "zh": 210, "ja": 146,
          "ko": 143, "emoji": 300, "base64": 2949, "hex": 864, "rare_han": 3547, "random_hangul": 3883,
          "punctuation": 1958, "punctuation_words": 1884, "json_dense": 428, "json_rows": 3202, "api_reply": 3053,
          "rare_han_cheap": 3000, "hexdump": 7466, "uuids": 4797, "log_lines": 6798, "emoji_zwj": 3187, "flags": 1800,
          "base64_words": 3555, "base64_short": 5522, "jwts": 6299, "json_indented": 3390, "json_tabs": 3834,
          "han_in_words": 2015, "ko_han": 570, "zh_en": 312,
          "random_words": 1791, "base32_words": 3318, "base32_lower": 3842, "base36_ids": 3223, "ja_en": 402,
          "kana_random": 2314}
"""What cl100k_base counts each text in ``TEXTS`` at (bpe-openai 0.1.4)."""
O200K = {"english": 138, "code": 193, "greek": 200, "hebrew": 146, "russian": 114, "arabic": 87, "zh": 133, "ja": 103,
         "ko": 89, "emoji": 243, "base64": 2798, "hex": 870, "rare_han": 2872, "random_hangul": 3350,
         "punctuation": 1994, "punctuation_words": 1910, "json_dense": 421, "json_rows": 3202, "api_reply": 3134,
         "rare_han_cheap": 2804, "hexdump": 7443, "uuids": 4789, "log_lines": 6798, "emoji_zwj": 2068, "flags": 1200,
         "base64_words": 3415, "base64_short": 5277, "jwts": 6100, "json_indented": 3390, "json_tabs": 3875,
         "han_in_words": 1747, "ko_han": 378, "zh_en": 246,
         "random_words": 1728, "base32_words": 3237, "base32_lower": 3739, "base36_ids": 3163, "ja_en": 361,
         "kana_random": 1943}
"""What o200k_base (GPT-4o's tokenizer) counts each text at (bpe-openai 0.1.4), printed beside: the estimate is
made for cl100k and does not read it."""


def cl100k_counter(encoding: str = "cl100k_base") -> Callable[[str], int] | None:
    """A token counter of ``encoding`` (cl100k_base, o200k_base) when ``tiktoken`` (with its table at hand) or
    ``bpe-openai`` can be imported."""
    try:
        import tiktoken  # type: ignore[import-not-found]

        tiktoken.get_encoding(encoding)
        return lambda text: len(tiktoken.get_encoding(encoding).encode(text, disallowed_special=()))
    except Exception:
        pass
    try:
        import bpe_openai  # type: ignore[import-not-found]

        bpe_openai.get_encoding(encoding)
        return lambda text: len(bpe_openai.get_encoding(encoding).encode(text))
    except Exception:
        return None


def ratios(count: Callable[[str], int] | None = None,
           committed: dict[str, int] = CL100K) -> dict[str, tuple[int, int, float]]:
    """Per kind: (estimated tokens, counted tokens, estimate / counted), counted live by ``count`` or taken from
    ``committed`` (``CL100K`` or ``O200K``)."""
    out = {}
    for kind, text in TEXTS.items():
        counted = count(text) if count else committed[kind]
        estimate = text_size(text) / 4
        out[kind] = (round(estimate), counted, estimate / counted)
    return out


def seconds_per_200kb(text: str, repeat: int = 20) -> float:
    """The best time of ``repeat`` runs of ``text_size`` over about 200 kB (UTF-8) made of ``text``."""
    big = text * max(1, 200_000 // len(text.encode()))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        text_size(big)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print the ratio and the time per kind, and the ratio against o200k beside."""
    count = cl100k_counter()
    print(f"cl100k and o200k counts: {'live' if count else 'the ones committed in this file'}")
    print(f"{'kind':<18}{'estimate':>9}{'cl100k':>8}{'ratio':>7}{'ms/200kB':>10}{'o200k':>8}{'ratio':>7}")
    o200k = ratios(cl100k_counter("o200k_base") if count else None, O200K)
    for kind, (estimate, counted, ratio) in ratios(count).items():
        ms = 1000 * seconds_per_200kb(TEXTS[kind])
        print(f"{kind:<18}{estimate:>9}{counted:>8}{ratio:>7.2f}{ms:>10.2f}{o200k[kind][1]:>8}{o200k[kind][2]:>7.2f}")


if __name__ == "__main__":
    main()
