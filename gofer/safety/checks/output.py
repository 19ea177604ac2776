"""The output filter: secrets and personal data the user did not provide are redacted from answers; values of
a kind the user asked for that may not stand in an answer are kept, in full, in a file of the owner's workspace."""

from __future__ import annotations

import re
from collections import Counter

from gofer.events import Event, Observation
from gofer.safety._finding import Held
from gofer.safety._link_tokens import bare_tokens, link_values
from gofer.safety._secret_forms import encodings
from gofer.safety.base import Decision, GuardContext
from gofer.safety.checks._flow_log import WEB_PREFIXES
from gofer.safety.history import LogFold, fold_of, user_text
from gofer.safety.pii import Finding, email_addresses, find_link_tokens, find_pii, find_secrets, named_at, redact
from gofer.safety.pipeline import Check

__all__ = ["KEPT_IN_WORKSPACE", "OutputFilterCheck"]

_ASKED_FOR = {
    "email": re.compile(r"\b(?:e-?mails?|e-?mail address(?:es)?|contact)\b", re.IGNORECASE),
    "phone": re.compile(r"\b(?:phone|telephone|mobile|cell|call|contact|number to call)\b", re.IGNORECASE),
}
# Kinds that are redacted from an answer even when the user asked for them (an answer is shown, streamed and
# stored); when asked for, the unredacted answer goes to a workspace file instead (see ``KEPT_IN_WORKSPACE``).
_ASKED_TO_KEEP = {
    "card": re.compile(r"\b(?:(?:credit|debit|payment|bank) cards?|card (?:numbers?|details))\b", re.IGNORECASE),
    "iban": re.compile(r"\b(?:ibans?|bank (?:details|account)|account numbers?)\b", re.IGNORECASE),
    "national_id": re.compile(
        r"\b(?:ssns?|social security|national (?:id|identity|insurance)|identity (?:card|number)|id numbers?"
        r"|passport|tax (?:id|number|code)|ni number|nino|itin|codice fiscale|cpf|aadhaar|pan (?:card|number)"
        r"|social insurance|bsn|dni|nie number|steuer-?id|numéro de sécurité sociale)\b", re.IGNORECASE),
    "secret": re.compile(
        r"\b(?:passwords?|passphrases?|secrets?|credentials?|(?:api|access|private|secret|ssh|licen[cs]e)[ _-]?keys?"
        r"|tokens?)\b", re.IGNORECASE),
}
_ASKED_TO_KEEP.update({k: _ASKED_TO_KEEP["secret"] for k in ("api_key", "token", "private_key")})

KEPT_IN_WORKSPACE = "kept_in_workspace"
"""The key in an output decision's details listing the kinds the user asked for that were redacted from the
answer: the runner then writes the unredacted answer (settings' secrets still masked) to the owner's workspace."""


_WORDISH = re.compile(r"[A-Za-z0-9_-]+")
_AFTER_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}([A-Za-z0-9_-]+)")


class _OutputLog(LogFold):
    """What the output filter reads from a run's log, folded one event at a time (kept in the run's facts under
    ``folds["output"]``, like the data-flow rules' log): what the person wrote, the personal data and secrets in
    it, and the credentials of links the run read from its workspace (files, command and code output; not pages)."""

    def __init__(self, task: str) -> None:
        super().__init__(task)
        self.user: list[str] = [task] if task else []
        """What the person wrote (as :func:`~gofer.safety.history.user_texts` gives it)."""
        self._provided: set[str] | None = None
        self._words: set[str] | None = None
        self.values: set[str] = set()
        """Credentials of links in the workspace (``gofer.safety._link_tokens.link_values``) of letters, digits,
        ``-`` and ``_``, and random tokens standing alone there (``bare_tokens``), found in an answer by its words
        (also right after a ``%XX`` escape)."""
        self.odd_values: dict[str, str] = {}
        """Those with other characters (``+``, ``/``, ``%``), and the forms of each that the answer may re-encode it
        in (base64, base32, hex, reversed, ROT13: ``gofer.safety._secret_forms.encodings``), found in an answer by
        search: each with the credential it stands for."""
        self.addresses: set[str] = set()
        """The e-mail addresses in what the run read (any tool's observation), in lower case, and the first word of
        each one's local part with its domain (``will@example.org`` for ``will.smith@example.org``)."""
        self._said: set[str] | None = None

    def apply(self, event: Event) -> None:
        """Fold one event in."""
        if (said := user_text(event, self.user)) is not None:
            self._add_user(said)
            return
        if isinstance(event, Observation):
            for address in email_addresses(event.text):
                local, _, domain = address.partition("@")
                self.addresses |= {address, f"{re.split(r'[._+-]', local)[0]}@{domain}"}
        if isinstance(event, Observation) and not event.tool.startswith(WEB_PREFIXES):
            for value in link_values(event.text):
                if _WORDISH.fullmatch(value):
                    self.values.add(value)
                else:
                    self.odd_values.setdefault(value, value)
                for form in encodings(value):
                    self.odd_values.setdefault(form, value)
            self.values |= bare_tokens(event.text)

    def _add_user(self, text: str) -> None:
        self.user.append(text)
        self._provided = None
        self._words = None
        self._said = None

    def named_addresses(self, answer: str) -> list[Finding]:
        """Addresses the answer spells as a word before "at" and a domain ("Will at example.org", "Rose at
        acme.io") when the run read that address, or one whose local part starts with that word at that domain
        (``will.smith@example.org``), and the person did not write it (either way)."""
        if not self.addresses:
            return []
        if self._said is None:
            text = "\n".join(self.user)
            self._said = email_addresses(text) | {f.value.lower() for f in named_at(text)}
        return [f for f in named_at(answer) if f.value.lower() in self.addresses and f.value.lower() not in self._said]

    @property
    def provided(self) -> set[str]:
        """The keys (see ``_key``) of the personal data, secrets and link tokens the person wrote."""
        if self._provided is None:
            text = "\n".join(self.user)
            found = find_pii(text) + find_secrets(text) + find_link_tokens(text)
            self._provided = {_key(f.kind, f.value) for f in found}
        return self._provided

    @property
    def words(self) -> set[str]:
        """The person's words of letters, digits, ``-`` and ``_`` (lower case), and their whole texts."""
        if self._words is None:
            self._words = {w.lower() for text in self.user for w in _WORDISH.findall(text)}
        return self._words

    def run_values(self, answer: str) -> list[Finding]:
        """The workspace's link credentials in an answer that the person did not write."""
        found: list[Finding] = []
        # Words are listed first (no match objects) and only an answer holding some of the values is read for where.
        if self.values and not self.values.isdisjoint(_WORDISH.findall(answer)):
            found += [Finding(m.start(), m.end(), "token", m.group(0)) for m in _WORDISH.finditer(answer)
                      if m.group(0) in self.values]
        if "%" in answer and self.values:  # a percent-encoded link: "%2Fx7kq2mzp9lw4" is one word
            found += [Finding(m.start(1), m.end(1), "token", m.group(1)) for m in _AFTER_ESCAPE.finditer(answer)
                      if m.group(1) in self.values]
        for form, value in self.odd_values.items():
            start = answer.find(form)
            while start != -1:
                found.append(Finding(start, start + len(form), "token", value))
                start = answer.find(form, start + len(form))
        said = "\n".join(self.user) if self.odd_values else ""
        return [f for f in found if f.value.lower() not in self.words and f.value not in said]


def _output_log(ctx: GuardContext) -> _OutputLog:
    """The run's :class:`_OutputLog`, caught up with the context's log."""
    return fold_of(ctx, "output", _OutputLog, lambda: _OutputLog(ctx.task))


def _key(kind: str, value: str) -> str:
    if kind in ("card", "phone", "national_id", "iban"):
        return re.sub(r"[^0-9A-Za-z]", "", value).lower()
    return value.strip().lower()


class OutputFilterCheck(Check):
    """Redacts from the final answer, with ``[redacted:KIND]`` markers: secret values from settings (always),
    API keys, tokens and private keys, credential-like tokens in a link's path, and personal data (emails,
    phones, cards by Luhn, IBANs, national ids) that the user did not give in the task or their messages.
    Emails and phone numbers stay when the task asks for that kind of contact detail; other values of a kind
    the user asked for (cards, IBANs, national ids, passwords and keys found in their files) are redacted all
    the same and listed in the decision's ``details["kept_in_workspace"]``, so that the full answer is kept in
    their workspace only. Secrets from settings are never kept anywhere. Run option ``output_pii="allow"``
    keeps all personal data."""

    name = "output_filter"

    def __init__(self, secrets: list[str] | None = None, pii: str = "redact") -> None:
        self.secrets = [s for s in (secrets or []) if len(s) >= 6]
        self.pii = pii

    def _findings(self, answer: str, log: _OutputLog) -> list[Finding]:
        provided_texts = log.user
        provided_keys = log.provided
        keep: list[Finding] = []
        for f in find_secrets(answer, self.secrets) + find_link_tokens(answer):
            if f.value in self.secrets or _key(f.kind, f.value) not in provided_keys:
                keep.append(f)
        keep += Held((f.start, f.end) for f in keep).outside(log.run_values(answer))
        if self.pii == "allow":
            return keep
        asked = {kind for kind, rx in _ASKED_FOR.items() if any(rx.search(t) for t in provided_texts)}
        for f in find_pii(answer):
            if f.kind in asked or _key(f.kind, f.value) in provided_keys:
                continue
            keep.append(f)
        if "email" not in asked:
            keep += [f for f in Held((f.start, f.end) for f in keep).outside(log.named_addresses(answer))
                     if _key(f.kind, f.value) not in provided_keys]
        return keep

    def on_output(self, answer: str, ctx: GuardContext) -> Decision:
        """Allow, with ``replacement`` (the redacted answer) when anything was found."""
        log = _output_log(ctx)
        found = self._findings(answer, log)
        if not found:
            return Decision(check=self.name, verdict="allow", reason="no secrets or unrequested personal data")
        counts = Counter(f.kind for f in found)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        details: dict[str, object] = {"redacted": dict(counts)}
        texts = log.user
        kept = sorted({
            f.kind for f in found
            if f.kind in _ASKED_TO_KEEP and f.value not in self.secrets
            and any(_ASKED_TO_KEEP[f.kind].search(t) for t in texts)
        })
        if kept:
            details[KEPT_IN_WORKSPACE] = kept
        return Decision(check=self.name, verdict="allow", reason=f"redacted {summary}",
                        replacement=redact(answer, found), details=details)
