"""The token estimate a quota holds and condensing decides by (``text_size``): an upper-ish bound for text that
takes more tokens per character than English (Chinese, Japanese, Korean, emoji, base64, hex), as English was
counted before. Before, it was characters / 4 for everything, which counted Chinese at a quarter of what a real
tokenizer does. The figures below are OpenAI's cl100k_base counts of these very texts (measured with the
bpe-openai package, which is not a dependency of gofer)."""

from __future__ import annotations

import base64
import hashlib

import pytest

from gofer.agent.context import estimate_tokens
from gofer.events import ToolCall
from gofer.models.base import Message

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
CL100K = {"zh": (ZH, 210), "ja": (JA, 146), "ko": (KO, 143), "emoji": (EMOJI, 300), "base64": (BASE64, 2_949),
          "hex": (HEX, 864)}
"""Texts and what cl100k_base counts them at."""


def _estimate(text: str) -> int:
    """The estimate of one message holding ``text``, less the 10 tokens a message is counted for."""
    return estimate_tokens([Message(role="user", content=text)]) - 10


@pytest.mark.parametrize("kind", sorted(CL100K))
def test_text_that_takes_more_tokens_a_character_is_estimated_at_least_at_its_count(kind: str) -> None:
    """Before: chars / 4 counted this Chinese at 51 tokens (cl100k: 210), the emoji at 58 (300), the base64 at
    1,024 (2,949), so a step's hold was a quarter of what the step took."""
    text, counted = CL100K[kind]
    assert counted <= _estimate(text) <= 2 * counted, (kind, _estimate(text), counted)


def test_a_tool_calls_arguments_are_estimated_alike() -> None:
    """A model writing a Chinese file puts its text in a tool call's arguments, which the next prompt carries."""
    call = ToolCall(id="c1", name="write_file", arguments={"path": "notes.md", "content": ZH * 4})
    message = Message(role="assistant", tool_calls=[call])
    assert estimate_tokens([message]) - 10 >= 4 * CL100K["zh"][1]


@pytest.mark.parametrize(("text", "counted"), [(ENGLISH, 141), (CODE, 194)], ids=["english", "code"])
def test_english_and_code_are_counted_as_before(text: str, counted: int) -> None:
    """Ordinary use: English prose and code cost what chars / 4 said (their holds and condensing do not move)."""
    assert _estimate(text) <= len(text) // 4 + 4
    assert counted <= _estimate(text) <= 1.25 * counted
