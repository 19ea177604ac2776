"""The runner's model calls: the messages the model sees (built from the log), and a completed call recorded as
a ModelResponded (call ids made distinct, calls beyond a turn's limit refused, secret arguments kept in memory
only and masked, a big raw response stored as a blob)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from typing import Any

from gofer.agent._runner_base import SECRET_MARK, RunnerBase
from gofer.agent.context import ContextBuilder, ContextOptions, cut_reply_note, estimate_tokens
from gofer.agent.loopcheck import LoopVerdict
from gofer.events import ModelResponded, ToolCall, Usage
from gofer.models.base import Completion, Message, ModelInfo
from gofer.models.parsing import new_call_id
from gofer.store.base import QUOTA_MEASURES, StepRefused, StoreError, UsageCap, usage_caps
from gofer.tools.base import ToolError

__all__ = [
    "MAX_CALLS_PER_TURN",
    "RAW_INLINE_LIMIT",
    "STEP_OUTPUT_ESTIMATE",
    "ModelCallsMixin",
    "step_output_bound",
]

log = logging.getLogger("gofer.runner")

RAW_INLINE_LIMIT = 2048
MAX_CALLS_PER_TURN = 32
"""Tool calls run from one model turn; the rest are answered with an error the model can act on (a model that
returns thousands of calls at once is broken or steered, and each call is proposed, judged and logged)."""
"""Raw model responses up to this many bytes stay in the event; bigger ones go to the blob store."""
CUT_REPLIES_LIMIT = 3
"""Step replies in a row cut at their output bound, none of their tool calls run, after which the run stops."""
STEP_OUTPUT_ESTIMATE = 4096
"""Output tokens a quota hold counts for a model call, and the call is bounded at, when the model states no bound
on a call's output."""


def step_output_bound(info: ModelInfo) -> tuple[int, str]:
    """The output tokens a model call under a quota is bounded at (and its hold counts), and where that comes
    from: the model's stated most (a setting, its catalog entry), else :data:`STEP_OUTPUT_ESTIMATE`."""
    if info.max_output is not None:
        return info.max_output, info.max_output_from or "the model's stated most"
    return STEP_OUTPUT_ESTIMATE, "assumed: the model states no bound; GOFER_MODEL_MAX_OUTPUT sets one"


class ModelCallsMixin(RunnerBase):
    """The model's context and the record of its calls."""

    async def _quota_caps(self) -> list[UsageCap]:
        """The tokens and cost quotas the run was created with, as caps (read from the store once); none for a run
        created under none, or without an owner."""
        assert self.state is not None
        if self._quotas is None:
            quotas = await self.store.run_quotas(self.run_id)
            self._quotas = {name: limit for name, limit in quotas.items() if QUOTA_MEASURES.get(name) != "runs"}
        if not self._quotas or self.state.started.user_id is None:
            return []
        return usage_caps(self._quotas)

    async def _hold(self, caps: Sequence[UsageCap], tokens: float, cost: float) -> StepRefused | None:
        """Hold room for the run's next model call (:meth:`EventStore.hold_step`) for the settings'
        ``quota_hold_seconds``, renewed while this runner lives (:meth:`_keep_holds`), or say which cap it would
        pass."""
        seconds = self.settings.quota_hold_seconds
        refused = await self.store.hold_step(self.run_id, caps, tokens, cost, seconds=seconds)
        if refused is None and self._hold_keeper is None:
            self._hold_keeper = asyncio.create_task(self._keep_holds(seconds), name=f"gofer-holds-{self.run_id}")
        return refused

    async def _keep_holds(self, seconds: float) -> None:
        """Renew the run's hold a third of ``seconds`` apart until the runner stops (:meth:`_stop_keeping_holds`):
        a hold lasts while its holder lives, and lapses ``seconds`` after a process that died mid-call."""
        while True:
            await asyncio.sleep(seconds / 3)
            try:
                await self.store.renew_hold(self.run_id, seconds)
            except StoreError as exc:  # a store that fails now may answer the next time, within the hold's life
                log.warning("run %s: the quota hold was not renewed: %s", self.run_id, exc)

    async def _stop_keeping_holds(self) -> None:
        """Stop renewing the run's hold (this runner no longer drives the run)."""
        keeper, self._hold_keeper = self._hold_keeper, None
        if keeper is not None:
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)

    async def _hold_call(self, what: str, info: ModelInfo, messages: list[Message], unwritten: Usage | None = None,
                         unwritten_cost: float = 0.0, output: int | None = None) -> str | None:
        """Hold room under the run's quotas for a call of ``messages`` on the model ``info`` describes (``what``:
        the monitor's review, the condensing call), as a step holds room (:meth:`EventStore.hold_step`), or say
        why it would pass a quota. The hold counts earlier calls of the same review not written yet
        (``unwritten``, ``unwritten_cost``), the prompt and an output bound (``output``, else
        :func:`step_output_bound`; the call is then bounded at it); the call's spend puts it down."""
        unwritten = unwritten or Usage()
        caps = await self._quota_caps()
        if not caps:
            return None
        await self._flush()  # the store counts what is written
        output = step_output_bound(info)[0] if output is None else output
        call = Usage(input_tokens=estimate_tokens(messages), output_tokens=output)
        tokens = unwritten.input_tokens + unwritten.output_tokens + call.input_tokens + call.output_tokens
        cost = unwritten_cost + (info.cost(call) or 0.0)
        refused = await self._hold(caps, tokens, cost)
        if refused is None:
            return None
        cap = refused.cap
        return (f"the key's {cap.name.replace('_', '-')} quota ({cap.limit:g}) would be passed by {what}: "
                f"{refused.used:g} used this month, {what} about {refused.step:g}")

    def context_options(self) -> ContextOptions:
        """How this run's context is built."""
        return ContextOptions(
            max_observation_chars=self.settings.max_observation_chars,
            vision=self.model.info.vision,
            repeat_limit=self.settings.loop_repeat_limit,
            no_progress_steps=self.settings.no_progress_steps,
        )

    async def messages(self) -> list[Any]:
        """The conversation the model sees now, built from the log."""
        assert self.state is not None
        options = self.context_options()
        if self._context is None or self._context.options != options or self._context.history != self.history:
            self._context = ContextBuilder(options, self.history)
        blobs = {sha: (await self.store.get_blob(sha))[0] for sha in self._context.images_shown(self.state.events)}
        return self._context.build(self.state.events, blobs=blobs, loop=self._loop_verdict())

    def context_size(self) -> int | None:
        """The size of the messages :meth:`messages` built last, in quarter tokens (None before the first)."""
        return self._context.size if self._context is not None else None

    def _loop_verdict(self) -> LoopVerdict:
        assert self.state is not None
        return self.state.loops.verdict(self.settings.loop_repeat_limit, self.settings.no_progress_steps)

    def _empty_replies(self) -> int:
        assert self.state is not None
        count = 0
        for event in reversed(self.state.events):
            if isinstance(event, ModelResponded) and event.purpose == "step":
                if event.text.strip() or event.tool_calls:
                    break
                count += 1
        return count

    def _cut_replies(self) -> str | None:
        """Why the run stops when the model's last :data:`CUT_REPLIES_LIMIT` step replies were all cut at their
        output bound with no tool call of theirs run (each is told so, and may just send the same long reply
        again: without this only a budget or the quota would stop it), else None."""
        assert self.state is not None
        count = 0
        bound: int | None = None
        for event in reversed(self.state.events):
            if isinstance(event, ModelResponded) and event.purpose == "step":
                if not event.cut or any(call.error is None for call in event.tool_calls):
                    break
                count += 1
                bound = event.max_output if bound is None else bound
                if count >= CUT_REPLIES_LIMIT:
                    where = f"the bound ({bound:,} tokens)" if bound is not None else "the model's output limit"
                    return (f"the model's replies were cut at {where} {count} times in a row; raise max_output "
                            "or the quota")
        return None

    async def record_model_call(self, purpose: Any, completion: Completion, started: float,
                                max_output: int | None = None) -> ModelResponded:
        """Stage a ModelResponded for a completed call (a big raw response stored as a blob); ``max_output``: the
        bound sent on its output."""
        event = await self._model_event(purpose, completion, started, max_output)
        self._stage(event)
        return event

    async def _model_event(self, purpose: Any, completion: Completion, started: float,
                           max_output: int | None = None) -> ModelResponded:
        calls = [self._hide_secret_args(c) for c in self._distinct_ids(completion.tool_calls)]
        if completion.cut and calls:
            # The reply stopped at its bound inside its last call: that call's arguments are missing their end (a
            # file's content, cut mid-way, may even parse), so it is not run, and the model is told why.
            note = cut_reply_note(max_output, completion.usage.output_tokens)
            calls[-1] = calls[-1].model_copy(update={"error": f"not run: {note}"})
        if len(calls) > MAX_CALLS_PER_TURN:
            note = (f"not run: a turn may call at most {MAX_CALLS_PER_TURN} tools; make this call again in a later "
                    "turn if it is still needed")
            calls[MAX_CALLS_PER_TURN:] = [c.model_copy(update={"error": c.error or note})
                                          for c in calls[MAX_CALLS_PER_TURN:]]
        raw: dict[str, Any] | None = None
        raw_blob = None
        if completion.raw:
            encoded = self._mask(json.dumps(completion.raw, default=str)).encode()
            if len(encoded) <= RAW_INLINE_LIMIT:
                raw = json.loads(encoded)
            else:
                raw_blob = await self.store.put_blob(encoded, "application/json")
        return ModelResponded(
            run_id=self.run_id,
            purpose=purpose,
            model=completion.model or self.model.info.name,
            text=self._mask(completion.text),
            tool_calls=[c.model_copy(update={"arguments": self._mask_args(c.arguments)}) for c in calls],
            usage=completion.usage,
            cost=self.model.info.cost(completion.usage),
            duration_ms=(time.perf_counter() - started) * 1000,
            raw=raw,
            raw_blob=raw_blob,
            max_output=max_output,
            cut=completion.cut,
        )

    def _distinct_ids(self, calls: Sequence[ToolCall]) -> list[ToolCall]:
        """The calls, each with an id of its own in the run: the log ties each proposal, decision and approval to
        its call by id, so a model that repeats an id (in one turn, or one of an earlier turn) gets a fresh one
        rather than having a second call ride on the first one's approval (or vanish)."""
        assert self.state is not None
        earlier = self.state.by_call
        seen: set[str] = set()
        out = []
        for call in calls:
            if call.id in earlier or call.id in seen:
                call = call.model_copy(update={"id": new_call_id()})
            seen.add(call.id)
            out.append(call)
        return out

    def _hide_secret_args(self, call: ToolCall) -> ToolCall:
        """Keep the values a tool says must never be logged (a typed password) in memory only, and mask them."""
        tool = self.tools.get(call.name)
        if tool is None or call.error:
            return call
        try:
            names = tool.judge_risk(call.arguments, self._tool_ctx()).secret_args
        except Exception:
            return call
        hidden = {n: v for n, v in call.arguments.items() if n in names and isinstance(v, str) and v}
        if not hidden:
            return call
        self._call_secrets[call.id] = hidden
        self.secrets += [v for v in hidden.values() if len(v) >= 4 and v not in self.secrets]
        return call.model_copy(update={"arguments": {**call.arguments, **dict.fromkeys(hidden, SECRET_MARK)}})

    def _real_arguments(self, call: ToolCall) -> dict[str, Any]:
        """A call's arguments with its secret values put back (they live only in this process's memory)."""
        hidden = self._call_secrets.get(call.id)
        if hidden is not None:
            return {**call.arguments, **hidden}
        if SECRET_MARK in call.arguments.values():
            raise ToolError(
                "this call's secret value (a password or card number) was never written down and did not survive "
                "the restart; ask the person for it again or let them type it (takeover)"
            )
        return call.arguments
