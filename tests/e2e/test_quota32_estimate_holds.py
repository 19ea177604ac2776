"""A step's quota hold counts its prompt with an estimate that holds for Chinese text (and emoji, base64), not
characters / 4. Before, the step of a Chinese task of 33,000 characters (43,700 tokens by OpenAI's cl100k with
the system prompt and the tools' schemas) was held at about 21,000 tokens, output bound included, so under a
30,000-token quota it ran and passed the quota by 13,700 tokens. Real runs on a real SQLite store against a real
chat-completions server on 127.0.0.1 that reports what cl100k counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agent_helpers import gofer_env

from gofer.events import ModelResponded, RunFailed
from gofer.store.base import usage_caps
from gofer.testing import CannedResponse, ScriptedHTTPServer

ZH = ("人工智能代理可以浏览网页、运行命令、编写代码并管理文件。"
      "为了保护用户，每一个重要的操作在执行之前都需要得到人的确认。"
      "例如，当代理准备在网上商店购买商品时，它会先暂停，把订单的金额和收货地址展示给用户，然后等待用户批准。"
      "如果网页中隐藏着恶意的指令，比如要求代理把密码发送到某个陌生的网址，安全层会识别这种注入攻击并阻止它。"
      "每个用户每个月都有一定的令牌配额，超过配额后，新的步骤将不会被执行，系统会明确告诉用户原因。")
TASK = "把下面的文字总结成一句话：" + ZH * 160
PROMPT_TOKENS = 43_700
"""What cl100k_base counts the request at (the task, the system prompt and the tools' schemas)."""


def _answer(prompt_tokens: int) -> CannedResponse:
    return CannedResponse(body={
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "finish", "arguments": json.dumps({"answer": "代理在重要操作前请人确认。"})}}]}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 20, "total_tokens": prompt_tokens + 20}})


async def _run(tmp_path: Path, limit: float) -> tuple[list[Any], list[dict[str, Any]], float]:
    """A run of TASK under a tokens quota of ``limit``: its log, its model requests and the user's tokens after."""
    with ScriptedHTTPServer([_answer(PROMPT_TOKENS)]) as server:
        async with gofer_env(home=tmp_path / "home") as env:
            user = await env.store.create_user("mei")
            caps = usage_caps({"tokens_per_month": limit})
            run = await env.service.create_run(TASK, f"openai-compat:{server.url}/v1#m", user_id=user.id,
                                               workspace=tmp_path, start=False, caps=caps)
            await env.runtime.drive(run.id)
            log = await env.store.read(run.id)
            used = float((await env.store.run_usage(user.id, caps[0].since)).tokens)
        return log, [r.json() for r in server.requests], used


async def test_a_chinese_step_the_quota_has_no_room_for_is_not_made(tmp_path: Path) -> None:
    log, requests, used = await _run(tmp_path, 30_000)
    assert requests == [] and used <= 30_000, (len(requests), used)
    failed = log[-1]
    assert isinstance(failed, RunFailed) and failed.error == "quota_exceeded", failed
    estimate = float(failed.reason.split("the next step about ")[1].split(";")[0])
    assert estimate >= PROMPT_TOKENS, failed.reason  # the hold would have covered what the step takes


async def test_a_chinese_step_with_room_runs(tmp_path: Path) -> None:
    """Ordinary use: the same run under a quota with room for it finishes, counted as the server reports."""
    log, requests, used = await _run(tmp_path, 1_000_000)
    assert log[-1].type == "RunFinished" and len(requests) == 1
    assert [e.usage.input_tokens for e in log if isinstance(e, ModelResponded)] == [PROMPT_TOKENS]
    assert used == PROMPT_TOKENS + 20
