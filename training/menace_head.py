"""Whether a head of its own for menace, beside the shipped screener, catches threats no rule names.

The threat rules cover the forms they were written from and carry to no threat their writer had
not seen (model card, Architecture step 3); ``menace_separability.py`` found the menace in the
encoder's vectors. This fits a logistic regression on those vectors, hand-made threats against
ordinary council mail and public posts that are not threats, sets its cut on other public posts
(the 99.9th percentile), and adds a `threat` flag wherever the head is over its cut on a text that
stage one already sends to the encoder (the encoder reads no more mail than before). It reports
what that adds on the kept-back probes, the kept-back neutral sentences, the functional suite,
the threshold sentences and the public validation rows, against the shipped screener alone. No
kept-back text is fitted on or sets the cut.

    training/.venv/bin/python training/menace_head.py [--identity-cut SHARE] [--neutral-negatives]

With ``--identity-cut 0.0005`` the cut is raised, as the shipped thresholds are, until no more
than that share of the held-out threshold sentences is over it. With ``--neutral-negatives`` the
neutral sentences about groups that training learns from are among the head's negatives.

Needs scikit-learn (the training environment).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import examples  # noqa: E402
import functional_suite  # noqa: E402
import unseen_mail  # noqa: E402
import unseen_menace  # noqa: E402
import unseen_neutral  # noqa: E402
import unseen_threats  # noqa: E402
import veiled_threats  # noqa: E402
from data import load_public  # noqa: E402
from embed import embed  # noqa: E402
from train import synthetic_rows  # noqa: E402

from councillor_safety.screening.model.screener import Screener, prepare  # noqa: E402

DATA = REPO.parent / "shared/data/abuse"
CUT_QUANTILE = 0.999


def vectors(texts: list[str], name: str) -> np.ndarray:
    return embed([prepare(t) for t in texts], name)


def main() -> None:
    rng = random.Random(1)  # noqa: S311 - reproducible sampling, not security
    threats = examples.THREAT_FRAMES + veiled_threats.THREATS
    ordinary = (
        examples.HARD_NEGATIVE_CIVIC
        + examples._complaints(rng, 200)
        + examples._pleasantries(rng, 200)
        + veiled_threats.ORDINARY
    )
    public = load_public(DATA)
    not_threats = [r.text for r in public if r.split == "train" and not r.labels.get("threat")]
    rng.shuffle(not_threats)
    fit_posts, cut_posts = not_threats[:6000], not_threats[6000:12000]
    if "--neutral-negatives" in sys.argv:
        # neutral sentences about groups that training already learns from (not the threshold
        # sentences, nor any kept-back set)
        held_out = set(examples.threshold_templates())
        trained = [t for t in examples.NEUTRAL_IDENTITY if t not in held_out]
        ordinary += [
            examples._fill(t, adj, plural, person)
            for t in trained + examples.INVITATIONS + examples.GRIEVANCES_FOR_A_GROUP
            for adj, plural, person in examples.IDENTITIES
        ]
    x = np.vstack(
        [vectors(threats, "menace-threats"), vectors(ordinary + fit_posts, "menace-notes")]
    )
    y = np.r_[np.ones(len(threats)), np.zeros(len(ordinary) + len(fit_posts))]
    head = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(x, y)
    cut = float(
        np.quantile(head.predict_proba(vectors(cut_posts, "menace-cut"))[:, 1], CUT_QUANTILE)
    )
    print(
        f"head fitted on {len(threats)} threats and {len(y) - len(threats)} others; cut {cut:.3f}"
    )
    if "--identity-cut" in sys.argv:
        # as the shipped thresholds are bound: no more than a share of the threshold sentences
        share = float(sys.argv[sys.argv.index("--identity-cut") + 1])
        held_out = [r.text for r in synthetic_rows(False, frozenset())[1]]
        scores = head.predict_proba(vectors(held_out, "menace-eval"))[:, 1]
        cut = max(cut, float(np.quantile(scores, 1 - share)))
        print(f"cut raised to {cut:.3f} by the threshold sentences")

    screener = Screener.load()

    def read(texts: list[str], name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Flagged `threat`, flagged at all, and flagged `threat` by the head alone."""
        results = screener.score_batch(texts)
        over = head.predict_proba(vectors(texts, name))[:, 1] > cut
        threat = np.array(["threat" in r.flags for r in results])
        flagged = np.array([bool(set(r.flags) - {"profanity"}) for r in results])
        routed = np.array([r.explanation.stage == "encoder" for r in results])
        return threat, flagged, over & routed & ~threat

    for name, texts in {
        "kept-back veiled threats (unseen_menace)": unseen_menace.THREATS,
        "kept-back threats (unseen_threats)": unseen_threats.THREATS,
        "kept-back threats (unseen_mail)": unseen_mail.THREATS,
    }.items():
        threat, _, added = read(texts, "menace-eval")
        print(
            f"{name}: flagged `threat` {threat.sum()} -> {(threat | added).sum()} of {len(texts)}"
        )
    ordinary_sets = {
        "their ordinary notes (unseen_menace)": unseen_menace.ORDINARY,
        "their ordinary notes (unseen_threats)": unseen_threats.ORDINARY,
        "everyday mail (unseen_mail)": unseen_mail.EVERYDAY_MAIL,
        "kept-back neutral sentences about groups (unseen_neutral)": [
            s
            for _, ts in unseen_neutral.SETS.values()
            for t in ts
            for s in unseen_neutral.sentences(t)
        ],
        "held-out threshold sentences": [r.text for r in synthetic_rows(False, frozenset())[1]],
    }
    for name, texts in ordinary_sets.items():
        _, flagged, added = read(texts, "menace-eval")
        print(f"{name}: flagged {flagged.sum()} -> {(flagged | added).sum()} of {len(texts)}")
        if added.sum() and len(texts) > 1000:
            shown = Counter(t for t, a in zip(texts, added, strict=True) if a).most_common()
            print("    e.g. " + " | ".join(t for t, _ in shown[:4]))

    suite = functional_suite.build()
    neutral = [c for c in suite if not (c.threat or c.hate or c.abusive)]
    _, flagged, added = read([c.text for c in neutral], "menace-eval")
    by_term: Counter[str] = Counter(
        c.term for c, a in zip(neutral, flagged | added, strict=True) if a
    )
    terms = Counter(c.term for c in neutral)
    worst = max((by_term[t] / n for t, n in terms.items() if t), default=0.0)
    print(
        f"functional suite, neutral cases: flagged {flagged.sum()} -> {(flagged | added).sum()} "
        f"of {len(neutral)}; worst term {worst:.2f}"
    )
    suite_threats = [c.text for c in suite if c.threat]
    threat, _, added = read(suite_threats, "menace-eval")
    print(
        f"functional suite, threats: {threat.sum()} -> {(threat | added).sum()} of {len(suite_threats)}"
    )

    val = [r for r in public if r.split == "val"]
    for label, rows in {
        "public abusive posts": [r for r in val if r.labels.get("abuse")],
        "public posts with no label": [
            r for r in val if not any(v for k, v in r.labels.items() if k != "profanity")
        ],
    }.items():
        threat, flagged, added = read([r.text for r in rows], "menace-eval")
        print(
            f"{label}: flagged {flagged.mean():.4f} -> {(flagged | added).mean():.4f}, "
            f"`threat` {threat.sum()} -> {(threat | added).sum()} of {len(rows)}"
        )


if __name__ == "__main__":
    main()
