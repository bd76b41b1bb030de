"""How well can any head on the frozen encoder rank abuse? An in-domain upper bound.

For each public set, a logistic regression on the frozen int8 MiniLM embeddings (and, beside
it, one on TF-IDF word n-grams, and the mean of the two) is trained and tested on that same set
with 5-fold cross-validation. This is more than the shipped model can have: it sees the set's
own definition of abuse, and research-only sets too. If even this stays under a goal, no head
or threshold over this encoder reaches it; only a different or fine-tuned encoder can.

    training/.venv/bin/python training/encoder_ceiling.py [DATA_DIR]

Prints one JSON object per set. Uses the embedding cache that ``train.py`` fills.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

from data import load_public  # noqa: E402
from embed import embed  # noqa: E402

SETS = ("olid", "hatexplain", "edos", "implicit_hate", "gab_hate_corpus", "davidson")


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/data/abuse"
    rows = load_public(data_dir)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for source in SETS:
        mine = [r for r in rows if r.source == source]
        if not mine:
            continue
        emb = embed([r.text for r in mine], source)
        y = np.array([r.labels["abuse"] for r in mine])
        keep = y >= 0
        y = y[keep]
        texts = [r.text for r, k in zip(mine, keep, strict=True) if k]
        p_emb = cross_val_predict(
            LogisticRegression(C=1.0, max_iter=2000), emb[keep], y, cv=folds, method="predict_proba"
        )[:, 1]
        tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        p_lex = cross_val_predict(
            LogisticRegression(C=4.0, max_iter=2000),
            tfidf.fit_transform(texts),
            y,
            cv=folds,
            method="predict_proba",
        )[:, 1]
        print(
            json.dumps(
                {
                    "set": source,
                    "rows": len(y),
                    "abuse_auc_minilm_lr": round(float(roc_auc_score(y, p_emb)), 3),
                    "abuse_auc_tfidf_lr": round(float(roc_auc_score(y, p_lex)), 3),
                    "abuse_auc_both": round(float(roc_auc_score(y, (p_emb + p_lex) / 2)), 3),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
