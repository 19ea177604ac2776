"""Watch mode: on sensitive sites (banking, payments, health, government, e-mail) a run proceeds only while
a person is watching. The loop asks :func:`needs_watch` about each page the browser lands on, and the browser
and ``http_request`` ask the run's :data:`WATCH_GATE` about the live address right before they act (a page may
have moved itself since the model looked at it).

Configuration: ``GOFER_WATCH_CATEGORIES`` (which of the default categories apply; all by default; empty
turns the defaults off), ``GOFER_WATCH_DOMAINS`` (extra patterns), and per run the options
``watch`` (False turns watch mode off for the run, only with an explicit flag), ``watch_categories`` and
``watch_domains``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gofer.safety.urls import domain_matches, host_of

__all__ = ["CATEGORIES", "WATCH_GATE", "WatchGate", "needs_watch", "unwatched_refusal", "watch_reason_for_host"]

WATCH_GATE = "watch_gate"
"""The ToolContext extra holding the run's :data:`WatchGate` (absent: nothing is gated)."""

WatchGate = Callable[[str], str | None]
"""Asked with the address a tool is about to act on: why it must not act now (a sensitive site and nobody
watching), or None."""

CATEGORIES: dict[str, tuple[str, ...]] = {
    "banking": (
        "*bank*", "*banking*", "chase.com", "wellsfargo.com", "citi.com", "citibank.com", "capitalone.com",
        "usbank.com", "pnc.com", "schwab.com", "fidelity.com", "vanguard.com", "ally.com", "discover.com",
        "americanexpress.com", "hsbc.*", "barclays.*", "lloydsbank.com", "natwest.com", "santander.*",
        "ing.*", "bnpparibas.*", "societegenerale.fr", "creditagricole.fr", "deutsche-bank.de",
        "commerzbank.de", "sparkasse.de", "n26.com", "revolut.com", "monzo.com", "starlingbank.com",
        "wise.com", "ubs.com", "credit-suisse.com", "rbc.com", "td.com", "scotiabank.com",
        "commbank.com.au", "westpac.com.au", "anz.com", "nab.com.au", "coinbase.com", "binance.com",
        "kraken.com",
    ),
    "payments": (
        "paypal.com", "paypal.me", "stripe.com", "checkout.stripe.com", "venmo.com", "cash.app", "zellepay.com",
        "squareup.com", "klarna.com", "afterpay.com", "affirm.com", "pay.google.com", "wallet.google.com",
        "payments.amazon.com", "alipay.com", "adyen.com", "*pay.*", "*checkout*", "*payment*",
    ),
    "health": (
        "mychart.*", "*mychart*", "nhs.uk", "*.nhs.uk", "healthcare.gov", "medicare.gov", "kaiserpermanente.org",
        "patient.info", "zocdoc.com", "doctolib.*", "teladoc.com", "cvs.com", "walgreens.com",
        "unitedhealthcare.com", "aetna.com", "cigna.com", "anthem.com", "bluecrossma.org", "*health*",
        "*clinic*", "*hospital*", "*pharmacy*",
    ),
    "government": (
        "*.gov", "*.gov.*", "gov.uk", "*.gouv.fr", "*.gob.*", "*.gc.ca", "canada.ca", "*.europa.eu", "*.mil",
        "*.bund.de", "irs.gov", "ssa.gov", "login.gov", "id.me", "*.govt.nz", "my.gov.au", "*.admin.ch",
    ),
    "email": (
        "mail.google.com", "gmail.com", "outlook.live.com", "outlook.office.com", "outlook.office365.com",
        "mail.yahoo.com", "mail.proton.me", "proton.me", "protonmail.com", "fastmail.com", "app.fastmail.com",
        "mail.aol.com", "icloud.com", "mail.zoho.com", "tutanota.com", "tuta.com", "gmx.*", "web.de",
        "roundcube.*", "webmail.*", "mail.*",
    ),
}
"""The documented default list: category -> host patterns (``example.com`` covers its subdomains; ``*``
wildcards match the whole host)."""


def watch_reason_for_host(host: str, categories: list[str], extra: list[str]) -> str | None:
    """The reason a host needs watching, or None."""
    for pattern in extra:
        if domain_matches(host, pattern):
            return f"{host} is on the watch list ({pattern})"
    for category in categories:
        for pattern in CATEGORIES.get(category, ()):
            if domain_matches(host, pattern):
                return f"{host} looks like a {category} site ({pattern})"
    return None


def needs_watch(url: str, settings: Any = None, options: dict[str, Any] | None = None) -> str | None:
    """Whether the browser being on ``url`` needs a person watching: the reason, or None.

    Loopback and other non-web URLs are never watched (``about:``, ``file:``, ``data:``).
    """
    opts = options or {}
    if opts.get("watch") is False:
        return None
    host = host_of(url)
    if host is None or host in ("localhost", "127.0.0.1", "::1") or host.endswith(".localhost"):
        extra_only = True
    else:
        extra_only = False
    categories = opts.get("watch_categories")
    if categories is None:
        categories = getattr(settings, "watch_categories", None)
    if categories is None:
        categories = list(CATEGORIES)
    extra = [*(getattr(settings, "watch_domains", None) or []), *(opts.get("watch_domains") or [])]
    if host is None:
        return None
    return watch_reason_for_host(host, [] if extra_only else list(categories), extra)


def unwatched_refusal(reason: str, then: str = "") -> str:
    """The error of an action the gate refused (``reason``: :func:`needs_watch`'s); ``then``: what the model
    should do once the run goes on (it reads the error when a person watches again)."""
    text = f"not done: {reason}, which needs a person watching, and nobody is; the run waits until someone watches"
    return f"{text}. {then}" if then else text
