"""The runner's actions: each tool call proposed with its risk and the guard's verdicts, settled (blocked, waiting
for a person's confirmation or answer, declined, or ready), run (read-only ones together; control tools act on
the run: the plan, a question, the finish) and observed; the finish checks the files and filters the answer."""

from __future__ import annotations

import asyncio
import time

from gofer.agent._reviews import ReviewsMixin
from gofer.agent.state import ActionState
from gofer.computer.browser.policy import display_url
from gofer.computer.workspace import WorkspaceError
from gofer.events import (
    ActionProposed,
    ActionStarted,
    Artifact,
    ComputerReset,
    ConfirmationRequested,
    Event,
    Observation,
    PlanStep,
    PlanUpdated,
    QuestionAsked,
    Risk,
    RunFinished,
    ToolCall,
)
from gofer.ids import new_id
from gofer.safety.base import ActionRequest, Decision
from gofer.safety.checks.output import KEPT_IN_WORKSPACE
from gofer.safety.history import fetched_aside
from gofer.safety.pipeline import final_text, overall_verdict
from gofer.tools.base import RiskJudgement, Tool, ToolArgumentsError, ToolError, ToolResult
from gofer.tools.browser_judges import APPROVED
from gofer.tools.control import plan_steps

__all__ = ["ActionsMixin"]



class ActionsMixin(ReviewsMixin):
    """Proposing, settling, running and finishing."""

    def _parallel_safe(self, call: ToolCall) -> bool:
        tool = self.tools.get(call.name)
        if tool is None or tool.control or call.error:
            return False
        try:
            return tool.judge_risk(call.arguments, self._tool_ctx()).risk == Risk.READ_ONLY
        except Exception:
            return False

    async def _advance(self, pending: list[ToolCall]) -> None:
        """Move the first pending calls of the step forward: propose, decide, run (read-only ones together)."""
        assert self.state is not None
        batch: list[tuple[ToolCall, ActionState]] = []
        for call in pending:
            action = self.state.action_for_call(call)
            if action is None:
                if batch and not (self._parallel_safe(call) and all(self._parallel_safe(c) for c, _ in batch)):
                    break
                action = await self._propose(call)
                if action is None or action.observation is not None:
                    continue
            if self.state.status.terminal:
                return
            readiness = await self._settle(action)
            if readiness == "wait":
                break
            if readiness == "settled":
                continue
            if batch and not (self._parallel_safe(call) and all(self._parallel_safe(c) for c, _ in batch)):
                break
            batch.append((call, action))
            if not self._parallel_safe(call):
                break
        if batch:
            await self._execute(batch)

    async def _propose(self, call: ToolCall) -> ActionState | None:
        assert self.state is not None
        rid = self.run_id
        action_id = new_id("act")
        tool = self.tools.get(call.name)
        proposed = ActionProposed(
            run_id=rid, action_id=action_id, call_id=call.id, tool=call.name, arguments=self._mask_args(call.arguments)
        )
        problem = call.error
        if problem is None and tool is None:
            problem = f"there is no tool named {call.name!r}; available: {', '.join(self.tools.names)}"
        if problem is None and tool is not None:
            try:
                tool.validate(call.arguments)
            except ToolArgumentsError as exc:
                problem = str(exc)
        if problem is not None or tool is None:
            self._stage(
                proposed,
                Observation(run_id=rid, action_id=action_id, call_id=call.id, tool=call.name, error=problem),
            )
            return self.state.actions[action_id]
        try:
            judgement = tool.judge_risk(call.arguments, self._tool_ctx())
        except Exception as exc:  # a judge that fails must not let the action through as harmless
            judgement = RiskJudgement(risk=Risk.CONSEQUENTIAL, reasons=[f"the risk check failed: {exc}"])
        proposed = proposed.model_copy(update={"risk": judgement.risk, "risk_reasons": list(judgement.reasons)})
        request = ActionRequest(
            action_id=action_id,
            tool=call.name,
            arguments=call.arguments,
            risk=judgement.risk,
            risk_reasons=list(judgement.reasons),
        )
        decisions = await self.guard.check_action(request, self._guard_ctx())
        self._stage(proposed, *self._decision_events("action", decisions, action_id))
        return self.state.actions[action_id]

    async def _settle(self, action: ActionState) -> str:
        """Act on the guard's verdict: 'run', 'wait' (for a person) or 'settled' (an Observation was written)."""
        assert self.state is not None
        rid = self.run_id
        proposed = action.proposed

        def refused(error: str) -> Observation:
            return Observation(
                run_id=rid, action_id=proposed.action_id, call_id=proposed.call_id, tool=proposed.tool, error=error
            )

        blocked = action.blocked
        if blocked is not None:
            self._stage(refused(f"blocked by the guard ({blocked.check}): {blocked.reason}"))
            return "settled"
        if action.needs_confirmation:
            if action.confirmation is None:
                reasons = [
                    d.reason for d in action.decisions if d.verdict == "confirm" and d.stage == "action" and d.reason
                ]
                await self._append(
                    ConfirmationRequested(
                        run_id=rid,
                        ts=await self.store.clock(),  # its timeout is read by the store's clock, whoever reads it
                        action_id=proposed.action_id,
                        tool=proposed.tool,
                        arguments=proposed.arguments,
                        reason="; ".join(reasons) or "this action is consequential",
                        screenshot=await self._confirmation_screenshot(proposed.tool),
                    )
                )
                return "wait"
            if action.resolution is None:
                return "wait"
            if not action.resolution.approved:
                res = action.resolution
                who = "the user" if res.decided_by == "user" else f"the user (by {res.decided_by})"
                note = f": {res.note}" if res.note else ""
                self._stage(refused(f"{who} declined this action{note}. Do not try to get around the decision."))
                return "settled"
        if action.question is not None and action.answer is None:
            return "wait"
        return "run"

    async def _confirmation_screenshot(self, tool: str) -> str | None:
        """A screenshot of the page for a browser action that needs approval, stored as a blob."""
        if not tool.startswith("browser") or self.computer is None:
            return None
        browser = self.computer.peek("browser")
        shot = getattr(browser, "screenshot_png", None)
        if shot is None:
            return None
        try:
            data = await shot()
        except Exception:
            return None
        return await self.store.put_blob(data, "image/png") if data else None

    async def _execute(self, batch: list[tuple[ToolCall, ActionState]]) -> None:
        """Run ready actions (several only when all are read-only), observations in the model's call order."""
        assert self.state is not None
        rid = self.run_id
        fresh = [(c, a) for c, a in batch if a.started is None]
        starts: list[Event] = [ActionStarted(run_id=rid, action_id=a.proposed.action_id, tool=c.name) for c, a in fresh]
        # Only a side effect needs ActionStarted on disk before it runs; read-only actions (which are re-run
        # after a crash, harmlessly) write it together with their observations.
        deferred = all(self._parallel_safe(c) for c, _ in batch)
        if starts and not deferred:
            await self._append(*starts)
            starts = []
        fresh_ids = {a.proposed.action_id for _, a in fresh}
        coros = []
        for call, action in batch:
            if action.proposed.action_id in fresh_ids or action.question is not None:
                coros.append(self._run_action(call, action))
            else:
                coros.append(self._unknown_outcome(call, action))
        # One action (the usual case) is simply awaited: a task per action only pays when several run at once.
        results = [await coros[0]] if len(coros) == 1 else list(await asyncio.gather(*coros))
        observations = [o for o in results if o is not None]
        if observations or starts:
            checked: list[Event] = list(starts)
            for obs in observations:
                checked += [obs, *await self._observation_decisions(obs)]
                checked += self._watch_events(obs)
                checked += self._withheld_events(obs)
                if obs.data and obs.data.get("state_lost"):
                    reason = "the Python kernel stopped and was restarted"
                    checked.append(ComputerReset(run_id=rid, reason=reason, parts=["kernel"]))
            if deferred:
                self._stage(*checked)  # read-only work: lost in a crash, it is simply done again
            else:
                await self._append(*checked)

    async def _unknown_outcome(self, call: ToolCall, action: ActionState) -> Observation:
        return Observation(
            run_id=self.run_id,
            action_id=action.proposed.action_id,
            call_id=call.id,
            tool=call.name,
            error=(
                "outcome unknown: the run was interrupted while this action ran. It was not run again; "
                "check its effect before you repeat it."
            ),
        )

    async def _run_action(self, call: ToolCall, action: ActionState) -> Observation | None:
        """Run one tool (control tools act on the run itself) and build its Observation."""
        assert self.state is not None
        rid = self.run_id
        tool = self.tools.get(call.name)
        assert tool is not None
        if tool.control:
            return await self._run_control(tool, call, action)
        before = self.workspace.fingerprint() if action.proposed.risk != Risk.READ_ONLY else None
        started = time.perf_counter()
        error: str | None = None
        result = ToolResult()
        try:
            extras = {**(self._page_requests(call.name) or {}), **self._watch_gate(call.name)}
            if action.resolution is not None and action.resolution.approved:
                extras[APPROVED] = True  # the browser refuses if the page changed while the person decided
            result = await tool(self._tool_ctx(extras), self._real_arguments(call))
        except ToolError as exc:
            error = str(exc)
            if exc.output or exc.data:
                result = ToolResult(text=exc.output or "", untrusted=bool(exc.output), data=exc.data)
        except Exception as exc:  # a crashing tool becomes an error the model sees; the run goes on
            # Its message may quote what the tool was reading (a parser's error on a downloaded file): data.
            error = f"the {call.name} tool failed ({type(exc).__name__}); the error's message follows as data"
            result = ToolResult(text=str(exc) or "(no message)", untrusted=True)
        if error is not None:
            result = self._with_page(call, result)
        images = [await self.store.put_blob(img.data, img.media_type) for img in result.images]
        artifacts = list(result.artifacts)
        if before is not None:
            known = {a.path for a in artifacts}
            changed = self.workspace.changed_since(before)
            artifacts += [a.model_copy(update={"found": True}) for a in changed if a.path not in known]
            made = {a.path for a in changed if a.path not in before}  # not a file in .git, .venv, ... either
            origins: dict[str, str] = {}
            if made:  # a file moved to a new name (it keeps its inode, touched or appended to or not) is whose it was
                after = self.workspace.fingerprint()
                gone = {mark[2]: path for path, mark in before.items() if path not in after}
                origins = {path: gone[after[path][2]] for path in made if path in after and after[path][2] in gone}
                made = {path for path in made if path not in origins or origins[path] in self.state.own_files}
            artifacts = [a.model_copy(update={"new": a.path in made, "moved_from": origins.get(a.path)})
                         for a in artifacts]
        return Observation(
            run_id=rid,
            action_id=action.proposed.action_id,
            call_id=call.id,
            tool=call.name,
            text=self._mask(result.text),
            error=self._mask(error) if error else None,
            images=images,
            artifacts=artifacts,
            data=self._mask_args(result.data) if result.data else result.data,
            duration_ms=(time.perf_counter() - started) * 1000,
            untrusted=result.untrusted,
        )

    def _with_page(self, call: ToolCall, result: ToolResult) -> ToolResult:
        """A failed browser action's result naming the page the browser's judges now read (the active tab's latest
        snapshot) when the error did not name one: a page may have moved itself to another host before or during
        the action, and the log's idea of the page (what a remembered approval's host is read from) must follow."""
        data = result.data if isinstance(result.data, dict) else {}
        if not call.name.startswith("browser_") or "url" in data or fetched_aside(call.name, call.arguments):
            return result
        browser = self.computer.peek("browser") if self.computer is not None else None
        snap = getattr(browser, "last_snapshot", None)
        url = getattr(snap, "url", None)
        if not isinstance(url, str) or not url:
            return result
        return ToolResult(text=result.text, untrusted=result.untrusted, data={**data, "url": display_url(url)})

    async def _run_control(self, tool: Tool, call: ToolCall, action: ActionState) -> Observation | None:
        assert self.state is not None
        rid = self.run_id
        aid = action.proposed.action_id
        args = dict(tool.validate(call.arguments))
        if tool.name == "update_plan":
            steps = plan_steps(args["steps"])
            titles = await self._filter_lines([step.title for step in steps], aid)
            if len(titles) == len(steps):
                steps = [step.model_copy(update={"title": title}) for step, title in zip(steps, titles, strict=True)]
            else:  # withheld whole
                steps = [PlanStep(title=titles[0])]
            self._stage(PlanUpdated(run_id=rid, steps=steps))
        elif tool.name == "ask_user":
            if action.question is None:
                # A question is a message to the user: it passes the output filter as an answer does.
                decisions = await self.guard.check_output(args["question"], self._guard_ctx())
                question = self._mask(final_text(decisions, args["question"], "output"))
                await self._append(
                    *self._decision_events("output", decisions, aid),
                    QuestionAsked(run_id=rid, question_id=new_id("q"), question=question, action_id=aid),
                )
                return None
            assert action.answer is not None
            result = await tool(self._tool_ctx({"answer": action.answer.answer}), call.arguments)
            return Observation(run_id=rid, action_id=aid, call_id=call.id, tool=call.name, text=result.text)
        elif tool.name == "finish":
            return await self._finish(
                args["answer"], args["files"] or [], args["sources"] or [], action=action
            )
        result = await tool(self._tool_ctx(), call.arguments)
        return Observation(run_id=rid, action_id=aid, call_id=call.id, tool=call.name, text=result.text)

    async def _finish(
        self, answer: str, files: list[str], sources: list[str], *, action: ActionState | None
    ) -> Observation | None:
        """Check the files listed, filter the answer, and end the run with RunFinished."""
        assert self.state is not None
        rid = self.run_id
        artifacts: list[Artifact] = []
        problems: list[str] = []
        for path in files:
            try:
                art = self.workspace.artifact(path)
            except (WorkspaceError, OSError) as exc:
                problems.append(f"{path}: {exc}")
                continue
            artifacts.append(art)
            if self.verifier is not None:
                try:
                    found = await asyncio.to_thread(self.verifier, self.workspace, art.path)
                    problems += [f"{art.path}: {p}" for p in found]
                except Exception as exc:
                    problems.append(f"{art.path}: the check itself failed: {exc}")
        if problems and action is not None:
            return Observation(
                run_id=rid,
                action_id=action.proposed.action_id,
                call_id=action.proposed.call_id,
                tool="finish",
                error="cannot finish yet, the files did not pass their checks:\n- " + "\n- ".join(problems),
            )
        decisions = await self.guard.check_output(answer, self._guard_ctx())
        aid = action.proposed.action_id if action else None
        sources = await self._filter_lines(sources, aid)
        self._stage(*self._decision_events("output", decisions, aid))
        kept = self._keep_unredacted(decisions, answer, aid)
        answer = final_text(decisions, answer, "output")
        if kept is not None:
            artifacts.append(kept)
            answer += f"\n\n(The values you asked for are in full in {kept.path}, in your workspace only.)"
        events: list[Event] = []
        if action is not None:
            events.append(
                Observation(
                    run_id=rid,
                    action_id=action.proposed.action_id,
                    call_id=action.proposed.call_id,
                    tool="finish",
                    text="finished",
                    artifacts=artifacts,
                )
            )
        events.append(
            RunFinished(
                run_id=rid,
                answer=self._mask(answer),
                files=artifacts,
                sources=sources,
                usage=self.state.usage,
                cost=self.state.cost,
            )
        )
        await self._append(*events)
        return None

    async def _filter_lines(self, lines: list[str], action_id: str | None) -> list[str]:
        """Short texts the user reads (plan steps, an answer's sources) through the output filter as one message,
        one line each back (a single notice when the filter withholds them)."""
        if not lines:
            return lines
        text = "\n".join(" ".join(line.split()) for line in lines)
        decisions = await self.guard.check_output(text, self._guard_ctx())
        self._stage(*self._decision_events("output", decisions, action_id))
        out = self._mask(final_text(decisions, text, "output")).split("\n")
        return out if len(out) == len(lines) else [" ".join(out)]

    def _keep_unredacted(self, decisions: list[Decision], answer: str, action_id: str | None) -> Artifact | None:
        """When the output filter redacted values of a kind the user asked for, the unredacted answer (settings'
        secrets still masked) is written to the owner's workspace, the one place it is kept."""
        if not any(d.details.get(KEPT_IN_WORKSPACE) for d in decisions) or overall_verdict(decisions) == "block":
            return None
        path = f"unredacted/answer-{action_id or self.run_id}.md"
        try:
            self.workspace.write_text(path, self._mask(answer) + "\n")
            return self.workspace.artifact(path)
        except (WorkspaceError, OSError):
            return None  # the values stay redacted; nothing is lost from the log
