"""A run's state, projected from its log. The loop decides every next step from this and nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gofer.agent.loopcheck import LoopTracker
from gofer.events import (
    ActionProposed,
    ActionStarted,
    Artifact,
    ConfirmationRequested,
    ConfirmationResolved,
    ContextCondensed,
    Event,
    GuardDecision,
    ModelResponded,
    Observation,
    PauseRequested,
    PlanStep,
    PlanUpdated,
    QuestionAnswered,
    QuestionAsked,
    RunPaused,
    RunStarted,
    RunStatus,
    ToolCall,
    Usage,
    WatchModeChanged,
    next_status,
)
from gofer.safety.history import RunFacts

__all__ = ["ActionState", "RunState", "project"]


@dataclass
class ActionState:
    """Everything the log says about one proposed action."""

    proposed: ActionProposed
    decisions: list[GuardDecision] = field(default_factory=list)
    confirmation: ConfirmationRequested | None = None
    resolution: ConfirmationResolved | None = None
    started: ActionStarted | None = None
    observation: Observation | None = None
    question: QuestionAsked | None = None
    answer: QuestionAnswered | None = None

    @property
    def blocked(self) -> GuardDecision | None:
        """The first blocking decision on the action, if any."""
        return next((d for d in self.decisions if d.verdict == "block" and d.stage == "action"), None)

    @property
    def needs_confirmation(self) -> bool:
        """True when a check asked for a person's decision on the action."""
        return any(d.verdict == "confirm" and d.stage == "action" for d in self.decisions)


@dataclass
class RunState:
    """The projection of a run's log that the loop works from."""

    started: RunStarted
    status: RunStatus = RunStatus.RUNNING
    events: list[Event] = field(default_factory=list)
    steps: int = 0
    usage: Usage = field(default_factory=Usage)
    cost: float | None = None
    plan: list[PlanStep] = field(default_factory=list)
    last_step: ModelResponded | None = None
    actions: dict[str, ActionState] = field(default_factory=dict)
    by_call: dict[str, str] = field(default_factory=dict)
    condensed: ContextCondensed | None = None
    watch: WatchModeChanged | None = None
    active_seconds: float = 0.0
    last_ts: datetime | None = None
    loops: LoopTracker = field(default_factory=LoopTracker)
    facts: RunFacts = field(default_factory=RunFacts)
    waiting: dict[str, ActionState] = field(default_factory=dict)
    """Actions waiting for a person: a confirmation not yet resolved or a question not yet answered."""
    own_files: set[str] = field(default_factory=set)
    """Paths of files this run's actions created (artifacts marked new), kept as the log is folded."""
    changed_files: set[str] = field(default_factory=set)
    """Paths of the user's files this run's actions changed (artifacts not marked new)."""
    edited: dict[str, tuple[int, int]] = field(default_factory=dict)
    """The user's files ``edit_file`` changed with no person's approval: each one's size before the first such edit
    and the bytes the edits replaced since (small edits can rewrite a whole file between them)."""
    held: list[dict[str, Any]] = field(default_factory=list)
    """The details of the browser effect gate's decisions (GuardDecision check ``effects``): the requests it held."""
    pause_requested: str | None = None
    """The reason of a pause a person sent while the run waited for them (PauseRequested), not yet applied (a
    RunPaused) nor taken back: the run pauses as soon as it would go on."""

    @property
    def next_seq(self) -> int:
        """The seq the next appended event gets."""
        return len(self.events)

    def action_for_call(self, call: ToolCall) -> ActionState | None:
        """The action the log made of one tool call of the last step."""
        action_id = self.by_call.get(call.id)
        return self.actions.get(action_id) if action_id else None

    def pending_calls(self) -> list[ToolCall]:
        """Calls of the last step that have no Observation yet, in the model's order."""
        if self.last_step is None:
            return []
        out = []
        for call in self.last_step.tool_calls:
            action = self.action_for_call(call)
            if action is None or action.observation is None:
                out.append(call)
        return out

    def open_confirmation(self) -> ActionState | None:
        """The action waiting for a person's approval, if any."""
        for action in self.waiting.values():
            if action.confirmation is not None and action.resolution is None:
                return action
        return None

    def open_question(self) -> QuestionAsked | None:
        """The question waiting for an answer, if any."""
        for action in self.waiting.values():
            if action.question is not None and action.answer is None:
                return action.question
        return None

    def apply(self, event: Event) -> None:
        """Fold one more event into the state."""
        if self.last_ts is not None and self.status == RunStatus.RUNNING:
            self.active_seconds += max(0.0, (event.ts - self.last_ts).total_seconds())
        self.last_ts = event.ts
        self.events.append(event)
        self.loops.feed(event)
        self.facts.apply(event)
        self.status = next_status(self.status, event)
        match event:
            case ModelResponded():
                self.usage = self.usage + event.usage
                if event.cost is not None:
                    self.cost = (self.cost or 0.0) + event.cost
                if event.purpose == "step":
                    self.steps += 1
                    self.last_step = event
            case PlanUpdated():
                self.plan = list(event.steps)
            case ActionProposed():
                self.actions[event.action_id] = ActionState(proposed=event)
                self.by_call[event.call_id] = event.action_id
            case GuardDecision():
                if event.check == "effects":
                    self.held.append(event.details)
                if event.action_id in self.actions:
                    self.actions[event.action_id].decisions.append(event)
            case ConfirmationRequested() if event.action_id in self.actions:
                self.actions[event.action_id].confirmation = event
                self.waiting[event.action_id] = self.actions[event.action_id]
            case ConfirmationResolved() if event.action_id in self.actions:
                self.actions[event.action_id].resolution = event
                self._settled(event.action_id)
            case ActionStarted() if event.action_id in self.actions:
                self.actions[event.action_id].started = event
            case Observation() if event.action_id in self.actions:
                self.actions[event.action_id].observation = event
                for artifact in event.artifacts:
                    (self.own_files if artifact.new else self.changed_files).add(artifact.path)
                    if artifact.moved_from in self.edited:  # the tally goes with the file (mv, then more edits)
                        self.edited[artifact.path] = self.edited.pop(artifact.moved_from)
                if event.tool == "edit_file" and event.error is None and event.artifacts:
                    self._tally_edit(self.actions[event.action_id], event.artifacts[0])
            case QuestionAsked() if event.action_id in self.actions:
                self.actions[event.action_id].question = event
                self.waiting[event.action_id] = self.actions[event.action_id]
            case QuestionAnswered():
                for action in list(self.waiting.values()):
                    if action.question is not None and action.question.question_id == event.question_id:
                        action.answer = event
                        self._settled(action.proposed.action_id)
            case ContextCondensed():
                self.condensed = event
            case WatchModeChanged():
                self.watch = event
            case PauseRequested():
                self.pause_requested = None if event.withdrawn else event.reason
            case RunPaused():
                self.pause_requested = None
            case _:
                pass

    def _tally_edit(self, action: ActionState, artifact: Artifact) -> None:
        if artifact.new or artifact.path in self.own_files:
            return
        if action.resolution is not None and action.resolution.approved:
            self.edited.pop(artifact.path, None)  # a person saw this edit: count afresh from the file as it is now
            return
        old, new = (len(str(action.proposed.arguments.get(k, "")).encode()) for k in ("old", "new"))
        before, replaced = self.edited.get(artifact.path, (artifact.size - new + old, 0))
        self.edited[artifact.path] = (before, replaced + old)

    def _settled(self, action_id: str) -> None:
        action = self.waiting.get(action_id)
        if action is None:
            return
        confirming = action.confirmation is not None and action.resolution is None
        asking = action.question is not None and action.answer is None
        if not confirming and not asking:
            del self.waiting[action_id]


def project(events: list[Event]) -> RunState:
    """Fold a whole log (which must begin with RunStarted) into a RunState."""
    if not events or not isinstance(events[0], RunStarted):
        raise ValueError("a run's log must begin with RunStarted")
    state = RunState(started=events[0])
    for event in events:
        state.apply(event)
    return state
