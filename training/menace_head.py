"""The menace head's cut and negatives, measured against the screener without the head.

The shipped menace head (``menace.py``, model notes, Architecture step 4) is fitted with the
trained neutral sentences about groups among its negatives and its cut bound by the threshold
sentences. This fits the head the same way with other choices and reports, against the shipped
screener with its head turned off, what the head adds on the kept-back probes, the kept-back
neutral sentences, the functional suite, the threshold sentences and the public validation
rows. No kept-back text is fitted on or sets the cut.

    training/.venv/bin/python training/menace_head.py [--identity-cut SHARE] [--neutral-negatives]
        [--more-threats] [--worded-cut SHARE]

Without ``--identity-cut`` the cut is the public posts' 99.9th percentile; with it, the cut is
raised until no more than SHARE of the held-out threshold sentences is over it (0.0005 as
shipped). Without ``--neutral-negatives`` the neutral sentences about groups are not among the
head's negatives. ``--neutral-negatives --identity-cut 0.0005`` as shipped: the shipped head,
refitted here. Not shipped: ``--more-threats`` fits on the 216 more threats of
``menace_threats.py`` and their twins as well; ``--worded-cut SHARE`` adds a lower cut for texts
with words of menace, over which no more than SHARE of the other public posts with such words
lie (``menace.worded_cut``).

Needs scikit-learn (the training environment).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import functional_suite  # noqa: E402
import menace  # noqa: E402
import unseen_mail  # noqa: E402
import unseen_menace  # noqa: E402
import unseen_neutral  # noqa: E402
import unseen_threats  # noqa: E402
import unseen_veiled  # noqa: E402
from data import load_public  # noqa: E402
from embed import embed  # noqa: E402
from train import synthetic_rows  # noqa: E402

from councillor_safety.screening.model.lexicon import hints_at_menace  # noqa: E402
from councillor_safety.screening.model.screener import (  # noqa: E402
    Screener,
    menace_probability,
    prepare,
)

DATA = REPO.parent / "shared/data/abuse"


def vectors(texts: list[str], name: str) -> np.ndarray:
    return embed([prepare(t) for t in texts], name)


def main() -> None:
    public = load_public(DATA)
    suite = functional_suite.build()
    texts = menace.training_texts(
        [r.text for r in public if r.split == "train" and not r.labels.get("threat")],
        {c.text.lower() for c in suite},
        neutral_negatives="--neutral-negatives" in sys.argv,
        more_threats="--more-threats" in sys.argv,
    )
    w, b = menace.fit(
        vectors(texts.threats, "menace-threats"),
        np.vstack(
            [vectors(texts.ordinary, "menace-notes"), vectors(texts.fit_posts, "menace-posts")]
        ),
    )
    threshold_texts = [r.text for r in synthetic_rows(False, frozenset())[1]]
    share = (
        float(sys.argv[sys.argv.index("--identity-cut") + 1])
        if "--identity-cut" in sys.argv
        else None
    )
    # encoded once for both cuts
    cut_vectors = vectors(texts.cut_posts, "menace-cut")
    threshold_vectors = [vectors(threshold_texts, "menace-eval")]
    cut, posts = menace.cut(w, b, cut_vectors, threshold_vectors, share)
    low = (
        menace.worded_cut(
            w,
            b,
            cut,
            float(sys.argv[sys.argv.index("--worded-cut") + 1]),
            (texts.cut_posts, cut_vectors),
            (threshold_texts, threshold_vectors),
        )
        if "--worded-cut" in sys.argv
        else cut
    )
    print(
        f"head fitted on {len(texts.threats)} threats and "
        f"{len(texts.ordinary) + len(texts.fit_posts)} others; cut {cut:.3f} "
        f"(public posts {posts:.3f}), with words of menace {low:.3f}"
    )

    screener = Screener.load()
    screener.menace_cut = math.inf  # the shipped screener without its head
    with_head = Screener()
    with_head.heads.menace_w, with_head.heads.menace_b, with_head.menace_cut = w, b, low
    batch: list[str] = []  # the texts the head is reading, for the lower cut's words

    def menace_scores(emb: np.ndarray) -> np.ndarray:
        """The head's scores, those under the cut kept only for texts with words of menace."""
        scores = menace_probability(w, b, emb)
        worded = np.array([hints_at_menace(t) for t in batch], dtype=bool)
        return np.where((scores >= cut) | worded, scores, 0.0)

    with_head.heads.menace = menace_scores  # type: ignore[method-assign]

    def read(texts: list[str], name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Flagged `threat` without the head, flagged at all, and flagged `threat` by it alone."""
        embedded = dict(zip([prepare(t) for t in texts], vectors(texts, name), strict=True))

        def lookup(texts: list[str]) -> np.ndarray:
            batch[:] = texts
            # a longer message's sentences of menace, which the screener reads apart
            missing = [t for t in dict.fromkeys(texts) if t not in embedded]
            if missing:
                embedded.update(zip(missing, embed(missing, f"{name}-sentences"), strict=True))
            return np.stack([embedded[t] for t in texts])

        before = screener.score_batch(texts, embed=lookup)
        after = with_head.score_batch(texts, embed=lookup)
        threat = np.array(["threat" in r.flags for r in before])
        flagged = np.array([bool(set(r.flags) - {"profanity"}) for r in before])
        added = np.array(["threat" in r.flags for r in after]) & ~threat
        return threat, flagged, added

    for name, texts in {
        "kept-back veiled threats (unseen_menace)": unseen_menace.THREATS,
        "kept-back threats (unseen_threats)": unseen_threats.THREATS,
        "kept-back threats (unseen_mail)": unseen_mail.THREATS,
        "kept-back veiled threats (unseen_veiled)": unseen_veiled.THREATS,
    }.items():
        threat, _, added = read(texts, "menace-eval")
        print(
            f"{name}: flagged `threat` {threat.sum()} -> {(threat | added).sum()} of {len(texts)}"
        )
    ordinary_sets = {
        "their ordinary notes (unseen_menace)": unseen_menace.ORDINARY,
        "their ordinary notes (unseen_threats)": unseen_threats.ORDINARY,
        "their ordinary notes (unseen_veiled)": unseen_veiled.ORDINARY,
        "everyday mail (unseen_mail)": unseen_mail.EVERYDAY_MAIL,
        "kept-back neutral sentences about groups (unseen_neutral)": [
            s
            for _, ts in unseen_neutral.SETS.values()
            for t in ts
            for s in unseen_neutral.sentences(t)
        ],
        "held-out threshold sentences": threshold_texts,
    }
    for name, texts in ordinary_sets.items():
        _, flagged, added = read(texts, "menace-eval")
        print(f"{name}: flagged {flagged.sum()} -> {(flagged | added).sum()} of {len(texts)}")
        if added.sum() and len(texts) > 1000:
            shown = Counter(t for t, a in zip(texts, added, strict=True) if a).most_common()
            print("    e.g. " + " | ".join(t for t, _ in shown[:4]))

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
