"""Whether the encoder's sentence vectors tell veiled threats from ordinary notes in the same words.

A logistic regression on the shipped int8 encoder's vectors, fitted on hand-made rows only, is
scored on the kept-back veiled threats and their ordinary twins (``unseen_menace.py``), beside the
shipped screener's own ``threat`` score with every text sent to stage two. It answers one
question before a retrain: is the menace in the vectors, for a head to learn, or must rules name
it? (Model card, Experiments.)

    training/.venv/bin/python training/menace_separability.py

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
import unseen_menace  # noqa: E402
import veiled_threats  # noqa: E402

from councillor_safety.screening.model.screener import Screener, prepare  # noqa: E402


def main() -> None:
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
