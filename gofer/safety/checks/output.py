"""The output filter: secrets and personal data the user did not provide are redacted from answers."""

from __future__ import annotations

import re
from collections import Counter

from gofer.safety.base import Decision, GuardContext
from gofer.safety.history import user_texts
from gofer.safety.pii import Finding, find_pii, find_secrets, redact
from gofer.safety.pipeline import Check

__all__ = ["OutputFilterCheck"]

_ASKED_FOR = {
    "email": re.compile(r"\b(?:e-?mails?|e-?mail address(?:es)?|contact)\b", re.IGNORECASE),
    "phone": re.compile(r"\b(?:phone|telephone|mobile|cell|call|contact|number to call)\b", re.IGNORECASE),
}


def _key(kind: str, value: str) -> str:
    if kind in ("card", "phone", "national_id", "iban"):
        return re.sub(r"[^0-9A-Za-z]", "", value).lower()
    return value.strip().lower()


class OutputFilterCheck(Check):
    """Redacts from the final answer, with ``[redacted:KIND]`` markers: secret values from settings (always),
    API keys, tokens and private keys, and personal data (emails, phones, cards by Luhn, IBANs, national ids)
    that the user did not give in the task or their messages. Emails and phone numbers stay when the task
    asks for that kind of contact detail; run option ``output_pii="allow"`` keeps all personal data."""

    name = "output_filter"

    def __init__(self, secrets: list[str] | None = None, pii: str = "redact") -> None:
        self.secrets = [s for s in (secrets or []) if len(s) >= 6]
        self.pii = pii

    def _findings(self, answer: str, ctx: GuardContext) -> list[Finding]:
        provided_texts = user_texts(ctx.events, ctx.task)
        provided = "\n".join(provided_texts)
        provided_keys: set[str] = set()
        for f in find_pii(provided) + find_secrets(provided):
            provided_keys.add(_key(f.kind, f.value))
        keep: list[Finding] = []
        for f in find_secrets(answer, self.secrets):
            if f.value in self.secrets or _key(f.kind, f.value) not in provided_keys:
                keep.append(f)
        if self.pii == "allow":
            return keep
        asked = {kind for kind, rx in _ASKED_FOR.items() if any(rx.search(t) for t in provided_texts)}
        for f in find_pii(answer):
            if f.kind in asked or _key(f.kind, f.value) in provided_keys:
                continue
            keep.append(f)
        return keep

    def on_output(self, answer: str, ctx: GuardContext) -> Decision:
        """Allow, with ``replacement`` (the redacted answer) when anything was found."""
        found = self._findings(answer, ctx)
        if not found:
            return Decision(check=self.name, verdict="allow", reason="no secrets or unrequested personal data")
        counts = Counter(f.kind for f in found)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        return Decision(check=self.name, verdict="allow", reason=f"redacted {summary}",
                        replacement=redact(answer, found), details={"redacted": dict(counts)})
