"""Stage one scores from feature ids alone; explanations by word find the same features."""

from __future__ import annotations

import numpy as np
import pytest

from councillor_safety.screening.model import Screener
from councillor_safety.screening.model.text import normalise

TEXTS = [
    "You are a useless waste of space and everyone on Mill Lane knows it.",
    "Thank you for sorting out the bins, much appreciated.",
    "I know where you live.",
    "gay gay gay",
    "",
    "!!!",
]


@pytest.mark.parametrize("text", TEXTS)
def test_feature_ids_are_the_features_the_explanation_reads(screener: Screener, text: str) -> None:
    lexical = screener.lexical
    norm = normalise(text)
    ids, word_of, _ = lexical.analyse(norm)
    # each feature once, however often it occurs ("gay gay gay"), in id order
    assert lexical.feature_ids(norm).tolist() == sorted(set(ids.tolist()))
    assert len(word_of) == len(ids)


def test_batch_logits_equal_one_text_at_a_time(screener: Screener) -> None:
    lexical = screener.lexical
    norms = [normalise(t) for t in TEXTS]
    together = lexical.logits(norms)
    for i, norm in enumerate(norms):
        ids = lexical.feature_ids(norm)
        alone = lexical.bias.copy()
        if len(ids):
            alone += lexical.weights[ids].sum(axis=0) / np.sqrt(len(ids))
        np.testing.assert_allclose(together[i], alone, atol=1e-5)


def test_logits_are_the_same_in_slices_as_in_one(screener: Screener) -> None:
    lexical = screener.lexical
    norms = [normalise(f"{t} {i}") for i in range(1500) for t in TEXTS[:2]]  # over one slice
    together = lexical.logits(norms)
    assert together.shape == (len(norms), len(lexical.bias))
    for i in (0, 1023, 1024, 2999):
        np.testing.assert_allclose(together[i], lexical.logits([norms[i]])[0], atol=1e-6)
