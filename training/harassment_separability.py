"""Whether the encoder's sentence vectors tell calls to harass a group from neutral sentences.

Trained into the shared heads, calls to harass, shun or drive out a group (``hostility.py``)
lift neutral sentences about groups too, and the identity limits then raise every threshold
(model notes, Experiments). This asks whether a reading of their own could do better: a
logistic regression on the shipped int8 encoder's vectors, fitted on hand-made rows only (the
calls against the reports, the ordinary sentences on the same topics and the trained neutral
templates), is scored on the kept-back calls (``unseen_attacks.py``) and the kept-back neutral
sets (``unseen_neutral.py``), at the cut that the identity limits would allow on the held-out
threshold sentences (at most 1 in 1,000 over it). Beside it, the shipped heads with every text
sent to stage two; and the two together: the shipped screener as it runs, with the own head's
flags added at the lowest cut that keeps the threshold sentences within the same limit.

    training/.venv/bin/python training/harassment_separability.py

Needs scikit-learn (the training environment).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import examples  # noqa: E402
import hostility  # noqa: E402
import unseen_attacks  # noqa: E402
import unseen_neutral  # noqa: E402

from councillor_safety.screening.model.screener import Screener, prepare  # noqa: E402


def filled(templates: list[str]) -> list[str]:
    return [s for t in templates for s in unseen_neutral.sentences(t)]


def cut_for_limits(scores: np.ndarray) -> float:
    """The lowest cut with at most 1 in 1,000 of these neutral sentences at or over it."""
    allowed = int(0.001 * len(scores))
    return float(np.sort(scores)[::-1][allowed]) + 1e-6


def main() -> None:
    screener = Screener.load()

    def encode(texts: list[str]) -> np.ndarray:
        return screener.encoder.encode([prepare(t) for t in texts])

    held_out = examples.threshold_templates()
    trained_neutral = [t for t in examples.NEUTRAL_IDENTITY if t not in held_out]
    threshold_sentences = filled(held_out)
    calls = filled(hostility.CALLED_FOR)
    harmless = filled(hostility.REPORTED + hostility.ORDINARY_TOPICS + trained_neutral)
    kept_calls = filled([t for _, ts in unseen_attacks.SETS.values() for t in ts])
    kept_neutral = filled([t for _, ts in unseen_neutral.SETS.values() for t in ts])

    x_train = encode(calls + harmless)
    y_train = np.r_[np.ones(len(calls)), np.zeros(len(harmless))]
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    model.fit(x_train, y_train)

    def own(texts: list[str]) -> np.ndarray:
        return model.predict_proba(encode(texts))[:, 1]

    heads = Screener()  # its own copy: the shared screener keeps its gates for the last measure
    heads.gates[:] = 0.0  # every text to stage two: the heads' reading, not the cascade's

    def shipped(texts: list[str]) -> np.ndarray:
        res = heads.score_batch(texts)
        return np.array([max(r.scores["abuse"], r.scores["identity_attack"]) for r in res])

    y_kept = np.r_[np.ones(len(kept_calls)), np.zeros(len(kept_neutral))]
    for name, score in (("shipped heads, every text to stage two", shipped), ("own head", own)):
        cut = cut_for_limits(score(threshold_sentences))
        s_calls, s_neutral = score(kept_calls), score(kept_neutral)
        auc = roc_auc_score(y_kept, np.r_[s_calls, s_neutral])
        print(
            f"{name}: kept-back calls against kept-back neutral sentences ROC-AUC {auc:.3f}; "
            f"at the cut the limits allow ({cut:.2f}) calls caught "
            f"{int((s_calls >= cut).sum())} of {len(kept_calls)}, neutral flagged "
            f"{int((s_neutral >= cut).sum())} of {len(kept_neutral)}",
            flush=True,
        )

    # the own head beside the shipped screener as it runs (cascade and rules), flagging what
    # either flags, at the lowest cut that keeps the threshold sentences within the limits
    def flagged(texts: list[str]) -> np.ndarray:
        return np.array([bool(set(r.flags) - {"profanity"}) for r in screener.score_batch(texts)])

    allowed = int(0.001 * len(threshold_sentences))
    f_thr, o_thr = flagged(threshold_sentences), own(threshold_sentences)
    cut = next(
        c for c in [*np.sort(np.unique(o_thr)), np.inf] if (f_thr | (o_thr >= c)).sum() <= allowed
    )
    f_calls, f_neutral = flagged(kept_calls), flagged(kept_neutral)
    print(
        f"shipped screener alone: calls caught {int(f_calls.sum())}, neutral flagged "
        f"{int(f_neutral.sum())}; with the own head over {cut:.2f} beside it: calls caught "
        f"{int((f_calls | (own(kept_calls) >= cut)).sum())}, neutral flagged "
        f"{int((f_neutral | (own(kept_neutral) >= cut)).sum())}, threshold sentences flagged "
        f"{int((f_thr | (o_thr >= cut)).sum())} of {len(threshold_sentences)}",
        flush=True,
    )


if __name__ == "__main__":
    main()
