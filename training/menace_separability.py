"""Whether the encoder's sentence vectors tell veiled threats from ordinary notes in the same words.

A logistic regression on the shipped int8 encoder's vectors, fitted on hand-made rows only, is
scored on the kept-back veiled threats and their ordinary twins (``unseen_menace.py``), beside the
shipped screener's own ``threat`` score with every text sent to stage two. It answers one
question before a retrain: is the menace in the vectors, for a head to learn, or must rules name
it? (Model card, Experiments.)

``--longer`` asks it of the sentences of longer messages (``menace_mail.py``, 120 messages with a
threat in a sentence or two, each beside its twin with those sentences made harmless in the same
words): how well the shipped menace head, and heads fitted on the hand-made pairs alone or with
the other pairs of this set too (five folds), rank each pair's changed sentences; and what the
shipped head would flag if it read every sentence of every message, not only those with words of
menace. It answers whether reading more of a message's sentences would find more threats.

    training/.venv/bin/python training/menace_separability.py [--longer]

Needs scikit-learn (the training environment).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import examples  # noqa: E402
import menace_mail  # noqa: E402
import menace_threats  # noqa: E402
import unseen_menace  # noqa: E402
import veiled_threats  # noqa: E402

from councillor_safety.screening.model.lexicon import sentences  # noqa: E402
from councillor_safety.screening.model.screener import (  # noqa: E402
    _SENTENCE_LINE_BREAK_RE,
    Screener,
    prepare,
)


def every_sentence(text: str) -> list[str]:
    """Every sentence of a message, its lines split where the screener may split them."""
    lines = (prepare(line) for line in _SENTENCE_LINE_BREAK_RE.split(text))
    return sentences("\n".join(line for line in lines if line))


def longer() -> None:
    """The changed sentences of each pair of ``menace_mail``, ranked; and every sentence read."""
    from sklearn.model_selection import GroupKFold

    screener = Screener.load()
    changed: list[str] = []
    y: list[int] = []
    pair: list[int] = []
    for i, (threat, twin) in enumerate(menace_mail.PAIRS):
        mine, theirs = every_sentence(threat), every_sentence(twin)
        for label, ours, other in ((1, mine, theirs), (0, theirs, mine)):
            news = [s for s in ours if s not in other]
            changed += news
            y += [label] * len(news)
            pair += [i] * len(news)
    x = screener.encoder.encode(changed)
    labels = np.array(y)
    print(
        f"{len(menace_mail.PAIRS)} pairs: {labels.sum()} sentences changed in the threats, "
        f"{len(labels) - labels.sum()} in their twins"
    )
    print(f"shipped menace head, ROC-AUC: {roc_auc_score(labels, screener.heads.menace(x)):.3f}")
    everything = Screener.load()
    everything.gates[:] = 0.0  # every sentence to stage two, as in ``main``
    shipped = [r.scores["threat"] for r in everything.score_batch(changed)]
    print(f"shipped screener's threat score, ROC-AUC: {roc_auc_score(labels, shipped):.3f}")
    hand = menace_threats.PAIRS
    fit_threats = [t for t, _ in hand] + veiled_threats.THREATS
    fit_twins = [o for _, o in hand] + veiled_threats.ORDINARY
    x_hand = screener.encoder.encode([prepare(t) for t in fit_threats + fit_twins])
    y_hand = np.r_[np.ones(len(fit_threats)), np.zeros(len(fit_twins))]
    head = LogisticRegression(C=1.0, max_iter=3000).fit(x_hand, y_hand)
    print(
        f"fitted on the {len(y_hand) // 2} hand-made pairs, ROC-AUC: "
        f"{roc_auc_score(labels, head.decision_function(x)):.3f}"
    )
    folded = np.zeros(len(labels))
    for fit, held in GroupKFold(5).split(x, labels, pair):
        model = LogisticRegression(C=1.0, max_iter=3000).fit(
            np.vstack([x_hand, x[fit]]), np.r_[y_hand, labels[fit]]
        )
        folded[held] = model.decision_function(x[held])
    print(f"and on four fifths of these pairs, ROC-AUC: {roc_auc_score(labels, folded):.3f}")
    # every sentence of every message read by the shipped head, with the whole, at its cut
    over = []
    for texts in ([t for t, _ in menace_mail.PAIRS], [o for _, o in menace_mail.PAIRS]):
        highest = [
            float(
                screener.heads.menace(
                    screener.encoder.encode([prepare(t), *every_sentence(t)])
                ).max()
            )
            for t in texts
        ]
        over.append(sum(h >= screener.menace_cut for h in highest))
    print(
        f"every sentence read by the shipped head: threats over its cut {over[0]}, twins {over[1]}"
    )


def main() -> None:
    if "--longer" in sys.argv:
        longer()
        return
    screener = Screener.load()

    def encode(texts: list[str]) -> np.ndarray:
        return screener.encoder.encode([prepare(t) for t in texts])

    test = unseen_menace.THREATS + unseen_menace.ORDINARY
    y_test = np.r_[np.ones(len(unseen_menace.THREATS)), np.zeros(len(unseen_menace.ORDINARY))]
    x_test = encode(test)
    screener.gates[:] = 0.0  # every text to stage two: the heads' reading, not the cascade's
    shipped = [r.scores["threat"] for r in screener.score_batch(test)]
    print(f"shipped screener, threat ROC-AUC: {roc_auc_score(y_test, shipped):.3f}")

    rng = random.Random(1)  # noqa: S311 - reproducible sampling, not security
    ordinary = (
        examples.HARD_NEGATIVE_CIVIC
        + examples._complaints(rng, 100)
        + examples._pleasantries(rng, 100)
    )
    fits = {
        "older threats vs ordinary mail": (examples.THREAT_FRAMES, ordinary),
        "veiled threats vs their twins": (
            veiled_threats.THREATS,
            veiled_threats.ORDINARY,
        ),
        "both": (
            examples.THREAT_FRAMES + veiled_threats.THREATS,
            ordinary + veiled_threats.ORDINARY,
        ),
    }
    for name, (threats, notes) in fits.items():
        x = encode(threats + notes)
        y = np.r_[np.ones(len(threats)), np.zeros(len(notes))]
        model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(x, y)
        p = model.predict_proba(x_test)[:, 1]
        caught = int((p[: len(unseen_menace.THREATS)] > 0.5).sum())
        false = int((p[len(unseen_menace.THREATS) :] > 0.5).sum())
        print(
            f"{name}: ROC-AUC {roc_auc_score(y_test, p):.3f}; over 0.5: threats {caught} of "
            f"{len(unseen_menace.THREATS)}, ordinary notes {false} of {len(unseen_menace.ORDINARY)}"
        )


if __name__ == "__main__":
    main()
