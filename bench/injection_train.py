"""Learn the detector's combination of its tells: logistic regression over the features the rules compute.

Trains ONLY on the dev and own parts (injected and benign, including the handwritten benign texts of dev), chooses
the L2 penalty by grouped cross-validation (whole attack templates, suites, benign packages, pages and e-mail
skeletons are held out together), prints the cross-validated figures next to the hand-set combination's, and
writes the weights and thresholds as a Python module (with --write PATH). Never reads the test, cross or
holdout parts.

The configuration that was shipped for look 10 (and then reverted, see docs/safety.md):

    .venv/bin/python bench/injection_train.py --corpus /tmp/gofer-injection-corpus.jsonl \\
        --corpus /tmp/gofer-docs.jsonl --drop short,long,log_len --near-miss-weight 10 --write /tmp/weights.py
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection import load, threshold_at

from gofer.safety._detector_clauses import is_letter
from gofer.safety._detector_prior import aimed_at_agent, kind_of_text
from gofer.safety._rules import RULES
from gofer.safety.detector import (
    _B64,
    _GENERIC_KINDS,
    _GENERIC_MAX,
    _GENERIC_ONLY,
    _decoded_payloads,
    _evidence,
    _normalise,
)

# Every kind of tell a rule or clause reports (one weight per kind).
KINDS: tuple[str, ...] = tuple(sorted({kind for kind, _, _, _ in RULES}
                                      | {"directive", "exfil_recipe", "harmful_request", "register_shift"}))


def features(text: str) -> dict[str, float]:
    """What the detector's internals see in a text, by name: the evidence of each kind of tell (``k:KIND``, before
    the caps; a tell inside a decoded base64 payload counts as the text's own), how many kinds fired, the hand-set
    evidence before the priors (``raw``) and after them (``hand``), whether only generic tells fired, the kind of
    text (documentation, message between people; ``letter``: greeting and sign-off), whether the evidence is aimed
    at an agent, the raw evidence of each kind of text not aimed at an agent, and the length. Empty when no tell
    fired (the learned score is then 0)."""
    norm, _ = _normalise(text)
    hand, kinds, _ = _evidence(norm)
    found = {f"k:{kind}": gain for kind, gain in kinds.items()}
    encoded = 0.0
    if hand < 6.0 and _B64.search(text):
        for _, _, payload in _decoded_payloads(text):
            extra, hidden, _ = _evidence(_normalise(payload)[0])
            if extra > 0:
                encoded += extra
                for kind, gain in hidden.items():
                    found[f"k:{kind}"] = max(found.get(f"k:{kind}", 0.0), gain)
    if not kinds and not encoded:
        return {}
    # The hand-set combination's total before the priors (the same caps, generic damping and bonus as detector).
    raw = sum(min(gain, 4.0) for gain in kinds.values())
    generic_only = bool(kinds) and kinds.keys() <= _GENERIC_KINDS and max(kinds.values()) < _GENERIC_MAX
    if generic_only:
        raw *= _GENERIC_ONLY
    if len(kinds) >= 3:
        raw += 0.5 * (len(kinds) - 2)
    raw += encoded
    text_kind = kind_of_text(norm)
    aimed = bool(encoded) or aimed_at_agent(norm, kinds)
    letter = is_letter(norm)
    plain = not aimed
    found.update(
        encoded=encoded,
        n_kinds=float(len(kinds) + bool(encoded)),
        raw=raw,
        hand=hand + encoded,
        generic_only=float(generic_only),
        aimed=float(aimed),
        letter=float(letter),
        raw_doc=raw * (plain and text_kind == "doc"),
        raw_message=raw * (plain and text_kind == "message"),
        raw_letter=raw * (letter + (plain and text_kind == "letter")),
        is_doc=float(text_kind == "doc"),
        is_message=float(text_kind == "message"),
        log_len=math.log1p(len(text) / 1000),
        short=float(len(text) < 300),
        long=float(len(text) >= 5000),
    )
    return found

TRAIN_PARTS = ("dev", "own")
FOLDS = 5
PENALTIES = (0.01, 0.1, 1.0, 3.0, 10.0, 30.0, 100.0)
EMAIL_COPIES = 6.0  # one generated e-mail skeleton weighs as much as this many texts
NAMES: tuple[str, ...] = (*(f"k:{k}" for k in KINDS), "encoded", "n_kinds", "raw", "hand", "generic_only", "aimed",
                          "letter", "raw_doc", "raw_message", "raw_letter", "is_doc", "is_message", "log_len",
                          "short", "long")


def group_of(row: dict[str, Any]) -> str:
    """The unit held out together: an attack template on a suite, a probe, a benign package, page or skeleton."""
    return f"{row['label']}:{row['source']}:{row['template']}@{row['suite']}"


def fold_of(group: str) -> int:
    """A stable fold for a group (hash of its name)."""
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float, iters: int = 50) -> np.ndarray:
    """Weighted L2-penalised logistic regression by Newton's method; x has a leading column of ones (the bias,
    not penalised). Returns the coefficients."""
    beta = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 1e-8
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -35, 35)))
        grad = x.T @ (w * (p - y)) + ridge * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def standardise(x: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean and spread of each feature column (spread 1 for constant columns)."""
    mean = np.average(x, axis=0, weights=w)
    sd = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
    sd[sd < 1e-9] = 1.0
    return mean, sd


# Features that measure evidence of instructions: their weights are kept >= 0 (more of a tell never lowers the
# score, so an attacker cannot lower it by adding one; the context features, kind of text and length, are free).
MONOTONE = frozenset(n for n in NAMES if n.startswith("k:") or n in {"encoded", "n_kinds", "raw", "hand"})


def train(x: np.ndarray, y: np.ndarray, w: np.ndarray, penalty: float,
          monotone: bool = True) -> tuple[float, np.ndarray]:
    """Fit on standardised features; return (bias, weights) in the original units. With ``monotone``, evidence
    features whose weight comes out negative are dropped (weight 0) and the rest refitted, until none is."""
    mean, sd = standardise(x, w)
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / sd])
    active = np.ones(len(NAMES), dtype=bool)
    while True:
        cols = np.concatenate([[True], active])
        beta = np.zeros(len(NAMES) + 1)
        beta[cols] = fit(z[:, cols], y, w, penalty)
        negative = [i for i, n in enumerate(NAMES) if monotone and active[i] and n in MONOTONE and beta[i + 1] < 0]
        if not negative:
            break
        # Drop the most negative one at a time (the others may turn positive once it is gone).
        active[min(negative, key=lambda i: beta[i + 1])] = False
    coef = beta[1:] / sd
    return float(beta[0] - coef @ mean), coef


def sigmoid(v: np.ndarray) -> np.ndarray:
    """The logistic function."""
    return 1.0 / (1.0 + np.exp(-np.clip(v, -700, 700)))


def figures(scores: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    """TPR and FPR of ``score >= t``."""
    pos, neg = scores[y == 1], scores[y == 0]
    return float(np.mean(pos >= t)), float(np.mean(neg >= t))


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, report and (with --write) ship the weights."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", default=[], required=True)
    ap.add_argument("--max-fpr", type=float, default=0.02)
    ap.add_argument("--injection-fpr", type=float, default=0.001)
    ap.add_argument("--write", help="write the weights and thresholds as a Python module here (the shipped "
                    "detector does not read it: look 10 reverted to the hand-set combination)")
    ap.add_argument("--email-copies", type=float, default=EMAIL_COPIES,
                    help="one generated e-mail skeleton weighs as much as this many texts")
    ap.add_argument("--near-miss-weight", type=float, default=1.0,
                    help="weight of each handwritten benign near miss and letter (they stand for the kinds of benign "
                         "text the corpus lacks)")
    ap.add_argument("--drop", default="", help="features to leave out (comma-separated names)")
    ap.add_argument("--free", action="store_true", help="let evidence features take negative weights")
    args = ap.parse_args(argv)
    rows = [r for r in load(args.corpus) if r["split"] in TRAIN_PARTS]
    feats = [features(r["text"]) for r in rows]
    dropped = set(filter(None, args.drop.split(",")))
    x_all = np.array([[0.0 if n in dropped else f.get(n, 0.0) for n in NAMES] for f in feats])
    y_all = np.array([r["label"] for r in rows], dtype=float)
    fired = np.array([bool(f) for f in feats])
    copies = Counter(r["template"] for r in rows if r["source"] == "email")
    weight = np.array([min(1.0, args.email_copies / copies[r["template"]]) if r["source"] == "email" else 1.0
                       for r in rows])
    weight[[r["source"] in ("handwritten", "letter") for r in rows]] *= args.near_miss_weight
    # Balance the classes (each weighs as much in total), so the bias does not just follow the mix of the parts.
    for label in (0, 1):
        weight[y_all == label] *= len(rows) / 2 / weight[y_all == label].sum()
    folds = np.array([fold_of(group_of(r)) for r in rows])
    hand = 1.0 - np.exp(-x_all[:, NAMES.index("hand")] / 3.0)
    hand[~fired] = 0.0
    print(f"rows: {len(rows)} ({int(y_all.sum())} injected, {int((1 - y_all).sum())} benign; "
          f"{int(fired.sum())} with at least one tell), {len({group_of(r) for r in rows})} groups, {FOLDS} folds")
    for k in range(FOLDS):
        m = folds == k
        print(f"  fold {k}: {int(y_all[m].sum())} injected, {int((1 - y_all[m]).sum())} benign")

    def cross_validate(penalty: float) -> tuple[np.ndarray, list[tuple[float, float]]]:
        out = np.zeros(len(rows))
        per_fold = []
        for k in range(FOLDS):
            tr, te = (folds != k) & fired, (folds == k)
            bias, coef = train(x_all[tr], y_all[tr], weight[tr], penalty, not args.free)
            s_tr = sigmoid(bias + x_all[folds != k] @ coef) * fired[folds != k]
            s_te = sigmoid(bias + x_all[te] @ coef) * fired[te]
            out[te] = s_te
            t = threshold_at(list(s_tr[y_all[folds != k] == 0]), args.max_fpr)
            per_fold.append(figures(s_te, y_all[te], t))
        return out, per_fold

    def report(name: str, scores: np.ndarray, per_fold: list[tuple[float, float]] | None) -> float:
        t = threshold_at(list(scores[y_all == 0]), args.max_fpr)
        tpr, fpr = figures(scores, y_all, t)
        line = f"{name:>14s}: pooled out-of-fold TPR {tpr:.3f} at FPR {fpr:.4f} (t={t:.3f})"
        if per_fold:
            mt = np.mean([p[0] for p in per_fold])
            mf = np.mean([p[1] for p in per_fold])
            line += (f"; threshold from the training folds, applied to the held-out fold: mean TPR {mt:.3f}, "
                     f"mean FPR {mf:.4f}, worst FPR {max(p[1] for p in per_fold):.4f}, "
                     f"worst TPR {min(p[0] for p in per_fold):.3f}")
        print(line)
        return tpr

    print("\nhand-set combination on the same rows (tuned on them, so optimistic):")
    hand_folds = []
    for k in range(FOLDS):
        t = threshold_at(list(hand[(folds != k) & (y_all == 0)]), args.max_fpr)
        hand_folds.append(figures(hand[folds == k], y_all[folds == k], t))
    report("hand-set", hand, hand_folds)
    print("\nlearned combination, grouped cross-validation:")
    best, best_key = PENALTIES[0], (-1.0, 0.0)
    for penalty in PENALTIES:
        scores, per_fold = cross_validate(penalty)
        pooled = report(f"L2 {penalty:g}", scores, per_fold)
        # Choose by the protocol's figure (held-out fold at the training folds' threshold): TPR, less any FPR
        # above the target.
        mt = float(np.mean([p[0] for p in per_fold]))
        excess = max(0.0, float(np.mean([p[1] for p in per_fold])) - args.max_fpr)
        key = (mt - 5 * excess, pooled)
        if key > best_key:
            best, best_key = penalty, key
    print(f"\nchosen L2 penalty: {best:g}")
    scores, _ = cross_validate(best)
    t = threshold_at(list(scores[y_all == 0]), args.max_fpr)
    by_source: dict[str, list[bool]] = defaultdict(list)
    for r, s, h in zip(rows, scores, hand, strict=True):
        by_source[f"{r['label']}:{r['source']}"].append(bool(s >= t))
        by_source[f"{r['label']}:{r['source']} (hand-set)"].append(bool(h >= 0.1959))
    print(f"out-of-fold rate flagged per source at the pooled threshold {t:.3f} (hand-set at its 0.1959):")
    for name in sorted(by_source):
        print(f"  {name:32s} n={len(by_source[name]):5d} {np.mean(by_source[name]):.4f}")
    bias, coef = train(x_all[fired], y_all[fired], weight[fired], best, not args.free)
    scores = sigmoid(bias + x_all @ coef) * fired
    t_susp = threshold_at(list(scores[y_all == 0]), args.max_fpr)
    t_inj = threshold_at(list(scores[y_all == 0]), args.injection_fpr)
    dev = np.array([r["split"] == "dev" for r in rows])
    dev_benign = list(scores[dev & (y_all == 0)])
    t_dev = threshold_at(dev_benign, args.max_fpr)
    t_dev_inj = threshold_at(dev_benign, args.injection_fpr)
    suspicious = math.ceil(t_dev * 1e4) / 1e4
    injection = max(math.ceil(t_dev_inj * 1e4) / 1e4, suspicious)
    tpr, fpr = figures(scores, y_all, suspicious)
    itpr, ifpr = figures(scores[dev], y_all[dev], injection)
    print(f"trained on all of dev+own: dev benign threshold at FPR <= {args.max_fpr:.0%}: {t_dev:.4f} "
          f"(dev+own: {t_susp:.4f}); at FPR <= {args.injection_fpr:.1%}: {t_dev_inj:.4f} (dev+own: {t_inj:.4f})")
    print(f"  shipped: suspicious >= {suspicious}, injection >= {injection}; in-sample TPR {tpr:.3f} at FPR "
          f"{fpr:.4f}; dev at the injection threshold: TPR {itpr:.3f}, FPR {ifpr:.4f}")
    by_group: dict[str, list[bool]] = defaultdict(list)
    for r, s in zip(rows, scores, strict=True):
        if r["label"] == 1:
            by_group[f"{r['source']}:{r['template']}@{r['suite']}"].append(bool(s >= suspicious))
    weights = {"bias": bias, **{n: float(c) for n, c in zip(NAMES, coef, strict=True) if abs(c) > 1e-9}}
    print("\nweights:")
    for n, c in sorted(weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {n:24s} {c:+.4f}")
    if args.write:
        lines = [
            '"""The learned combination of the detector\'s tells: logistic-regression weights over the features',
            "bench/injection_train.features computes, and thresholds chosen on the dev part's benign scores.",
            f'Generated by bench/injection_train.py (L2 penalty {best:g}, trained on dev and own only)."""',
            "",
            f"SUSPICIOUS_THRESHOLD = {suspicious}  # dev benign FPR <= {args.max_fpr:.0%}: {t_dev:.6f}, rounded up",
            f"INJECTION_THRESHOLD = {injection}  # dev benign FPR <= {args.injection_fpr:.1%}: {t_dev_inj:.6f}, "
            "rounded up",
            "WEIGHTS: dict[str, float] = {",
            *(f'    "{n}": {c!r},' for n, c in weights.items()),
            "}",
            "",
        ]
        Path(args.write).write_text("\n".join(lines))
        print(f"\nwrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
