"""The runner's reviews of what actions bring back: the guard's verdicts on an observation or a condensed summary,
the LLM monitor's reviews of untrusted text, watch mode turned on or off by where the browser went, the gates
the browser asks before acting (watch gate, page-request rule), and the requests it refused pages."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlsplit

from gofer.agent._commands import CommandsMixin
from gofer.agent._model_calls import ModelCallsMixin, step_output_bound
from gofer.agent.context import SUMMARY_SOURCE
from gofer.events import ContextCondensed, Event, GuardDecision, ModelResponded, Observation, Usage, WatchModeChanged
from gofer.models.base import ModelError
from gofer.safety.base import Decision
from gofer.safety.checks.dataflow import DataFlowCheck
from gofer.safety.history import fetched_aside
from gofer.safety.pipeline import final_text
from gofer.safety.watch import WATCH_GATE, needs_watch

__all__ = ["ReviewsMixin"]



class ReviewsMixin(ModelCallsMixin, CommandsMixin):
    """Verdicts on observations and summaries; watch mode; the browser's gates."""

    async def _observation_decisions(self, obs: Observation) -> list[Event]:
        """The guard's verdicts on an observation, to be appended right after it."""
        if obs.error and not obs.text:
            return []
        decisions = await self.guard.check_observation(obs.tool, obs.text, obs.untrusted, self._guard_ctx())
        events = self._decision_events("observation", decisions, obs.action_id)
        if self.monitor is not None and obs.untrusted and obs.text.strip():
            events += await self._monitor_review(obs.tool, final_text(decisions, obs.text), obs.action_id)
        return events

    async def summary_decisions(self, condensed: ContextCondensed) -> list[Event]:
        """The guard's verdicts on a condensed summary, scanned as untrusted data (the model wrote it from what
        pages, files and tools said), to be appended right after it; ``details["summary_seq"]`` names the summary
        (it will be the next event), and a replacement is what the model reads instead of it. The LLM monitor,
        when configured, reviews it after the checks, as it reviews an observation."""
        assert self.state is not None
        seq = self.state.next_seq
        decisions = await self.guard.check_observation(SUMMARY_SOURCE, condensed.summary, True, self._guard_ctx())
        events = self._decision_events("observation", decisions, None)
        if self.monitor is not None and condensed.summary.strip():
            events += await self._monitor_review(SUMMARY_SOURCE, final_text(decisions, condensed.summary), None)
        return [
            e.model_copy(update={"details": {**e.details, "summary_seq": seq}}) if isinstance(e, GuardDecision) else e
            for e in events
        ]

    async def _monitor_review(self, source: str, text: str, action_id: str | None) -> list[Event]:
        """The LLM monitor's call (ModelResponded purpose=monitor) and its verdict on untrusted text (an
        observation of ``action_id``, or a summary when None); a monitor that fails leaves a decision saying so,
        and the run goes on on the other layers. Each call holds room under the run's quotas first, as a step
        does; one that would pass a quota is not made and the run stops with quota_exceeded before its next step."""
        assert self.monitor is not None
        events: list[Event] = []
        windows = self.monitor.windows(text)
        for start, window in windows:  # a long text in windows, each its own call; the first flag ends the review
            spent = [e for e in events if isinstance(e, ModelResponded)]
            passed = await self._hold_call(
                "the monitor's review", self.monitor.client.info, self.monitor.messages(source, window),
                Usage(input_tokens=sum(e.usage.input_tokens for e in spent),
                      output_tokens=sum(e.usage.output_tokens for e in spent)),
                sum(e.cost or 0.0 for e in spent))
            if passed is not None:  # the run stops before its next step: the model never reads the text
                self._quota_passed = passed
                stopped = Decision(check=self.monitor.name, verdict="allow", details={"quota": True},
                                   reason=f"not reviewed: {passed}; the run stops")
                return events + self._decision_events("observation", [stopped], action_id)
            # under a quota the review's answer is bounded at what its hold counted for it
            bound = step_output_bound(self.monitor.client.info)[0] if await self._quota_caps() else None
            started = time.perf_counter()
            try:
                review = await self.monitor.review(source, window, whole=text, max_output=bound)
            except (ModelError, OSError, ValueError) as exc:
                failed = Decision(check=self.monitor.name, verdict="allow", reason=f"the monitor model failed: {exc}")
                return events + self._decision_events("observation", [failed], action_id)
            decision = review.decision
            if len(windows) > 1:
                where = {"window": [start, start + len(window)], "of_chars": len(text)}
                decision = decision.model_copy(update={"details": {**decision.details, **where}})
            events += [await self._model_event("monitor", review.completion, started, bound),
                       *self._decision_events("observation", [decision], action_id)]
            if decision.details.get("taint"):
                break
        return events

    def _watch_events(self, obs: Observation) -> list[Event]:
        """Watch mode: the browser reaching a sensitive site turns it on (the run waits for a watcher); leaving
        the site turns it off (a document read aside, ``browser_read(url=…)``, only ever turns it on). An
        ``http_request`` to a sensitive site turns it on too, and one elsewhere turns it off unless the browser is
        on a sensitive site. An action the watch gate refused names the live address in its data, so a page that
        moved itself turns watch mode on here as well. A sensitive site in a frame of the page the browser shows
        (``frames`` in the observation's data) counts as the page."""
        assert self.state is not None
        url = (obs.data or {}).get("url")
        request = obs.tool == "http_request"
        if not (obs.tool.startswith("browser") or request) or not isinstance(url, str):
            return []
        options = dict(self.state.started.options)
        reason = needs_watch(url, self.settings, options)
        frames = (obs.data or {}).get("frames") if not request else None
        for frame in frames if isinstance(frames, list) else ():
            if reason is None and isinstance(frame, str) and (reason := needs_watch(frame, self.settings, options)):
                url = frame  # a sensitive site in a frame of the page: acting in it acts on that site
        current = self.state.watch
        active = current is not None and current.active
        action = self.state.actions.get(obs.action_id)
        if action is not None and fetched_aside(action.proposed.tool, action.proposed.arguments):
            # A document read with the browser's cookies: on a sensitive site that needs a watcher, but the page
            # stays where it was, so reading something elsewhere does not leave the sensitive site.
            reason = reason or (current.reason if active and current is not None else None)
        elif request and active and not reason:
            # The browser stays where it was: watch mode stays on while its page is on a sensitive site.
            page = self.state.facts.page_url
            reason = needs_watch(page, self.settings, options) if page else None
        if reason and not active:
            domain = urlsplit(url).hostname
            watched = self._watched_now()
            return [WatchModeChanged(run_id=self.run_id, active=True, watched=watched, domain=domain, reason=reason)]
        if not reason and active and current is not None:
            return [
                WatchModeChanged(
                    run_id=self.run_id, active=False, watched=current.watched, domain=current.domain,
                    reason="the request went elsewhere and the browser is not on a sensitive site" if request
                    else "the browser left the sensitive site",
                )
            ]
        return []

    def _watch_gate(self, tool: str) -> dict[str, Any]:
        """For the browser and ``http_request``: the gate they ask about the live address right before acting
        (ToolContext extra ``WATCH_GATE``); it refuses a sensitive site while nobody watches."""
        if not (tool.startswith("browser") or tool == "http_request"):
            return {}
        assert self.state is not None
        options = dict(self.state.started.options)

        def gate(url: str) -> str | None:
            return None if self._watched_now() else needs_watch(url, self.settings, options)

        return {WATCH_GATE: gate}

    def _page_requests(self, tool: str) -> dict[str, Any] | None:
        """For a browser action: the data-flow rule the browser applies to the requests pages make by themselves
        (ToolContext extra ``page_requests``)."""
        if not tool.startswith("browser"):
            return None
        check = next((c for c in getattr(self.guard, "checks", ()) if isinstance(c, DataFlowCheck)), None)
        if check is None:
            return None
        return {"page_requests": check.page_rule(self._guard_ctx())}

    def _withheld_events(self, obs: Observation) -> list[Event]:
        """GuardDecisions for the requests the browser refused pages since the last browser observation."""
        browser = self.computer.peek("browser") if self.computer is not None and obs.tool.startswith("browser") \
            else None
        take = getattr(browser, "take_withheld", None)
        take_held = getattr(browser, "take_held", None)
        if take is None or take_held is None:
            return []
        refused: list[Event] = [
            GuardDecision(run_id=self.run_id, stage="observation", check="dataflow", verdict="block",
                          reason=self._mask(f"refused a request the page made itself to {w['destination']}: "
                                            f"{w['reason']}"),
                          action_id=obs.action_id, details={**self._mask_args(w), "page_request": True})
            for w in take()
        ]
        held = [
            GuardDecision(run_id=self.run_id, stage="observation", check="effects", verdict="block",
                          reason=self._mask(f"held a request the page made itself: {h.describe()}; the action that "
                                            "made it was judged harmless"),
                          action_id=obs.action_id,
                          details=self._mask_args({"page_request": True, "method": h.method, "url": h.url,
                                                   "why": h.reason, "during": h.action}))
            for h in take_held()
        ]
        return refused + held
