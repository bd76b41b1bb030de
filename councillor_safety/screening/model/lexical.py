"""Stage one of the cascade: a linear model over word and character n-grams (numpy only).

It scores every text in a few microseconds and is tuned for recall, not precision: its job is
to let the clearly harmless majority of mail skip the encoder. Its per-feature weights also give
the "which words weighed most" part of each explanation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .lexicon import IDENTITY_WORDS
from .text import words

CHAR_NGRAMS = (3, 4, 5)


def lexical_words(norm: str) -> list[str]:
    """Word tokens the lexical stage sees: protected-group words are replaced by a blank."""
    return ["" if w in IDENTITY_WORDS else w for w in words(norm)]


def word_features(w: str) -> list[str]:
    """The unigram and character n-gram features of one word (none for a blanked word)."""
    if not w:
        return []
    out = ["w:" + w]
    padded = " " + w + " "
    for n in CHAR_NGRAMS:
        if len(padded) < n:
            break
        out.extend("c:" + padded[j : j + n] for j in range(len(padded) - n + 1))
    return out


def bigram_features(toks: Sequence[str]) -> list[tuple[str, int]]:
    return [
        ("b:" + toks[i] + " " + toks[i + 1], i)
        for i in range(len(toks) - 1)
        if toks[i] and toks[i + 1]
    ]


def feature_strings(norm: str) -> Iterable[str]:
    """All feature strings of normalised text (training uses this to build the vocabulary)."""
    toks = lexical_words(norm)
    for w in toks:
        yield from word_features(w)
    for f, _ in bigram_features(toks):
        yield f


class LexicalModel:
    """Bag of n-grams, L2-normalised binary counts, one logistic regression per label."""

    def __init__(
        self,
        vocabulary: Sequence[str],
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
    ) -> None:
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.weights = weights.astype(np.float32)  # (n_features, n_labels)
        self.bias = bias.astype(np.float32)  # (n_labels,)
        self._word_ids: dict[str, list[int]] = {}

    @classmethod
    def load(cls, path: Path) -> LexicalModel:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = [str(v) for v in data["vocabulary"]]
            return cls(vocabulary, data["weights"], data["bias"])

    def _ids_of_word(self, w: str) -> list[int]:
        ids = self._word_ids.get(w)
        if ids is None:
            index = self.index
            ids = [j for j in (index.get(f) for f in word_features(w)) if j is not None]
            if len(self._word_ids) > 500_000:  # bound the memo on endless novel words
                self._word_ids.clear()
            self._word_ids[w] = ids
        return ids

    def analyse(self, norm: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int]:
        """Feature ids of normalised text, the word index each came from, and the word count."""
        toks = lexical_words(norm)
        seen: dict[int, int] = {}
        for i, w in enumerate(toks):
            for j in self._ids_of_word(w):
                if j not in seen:
                    seen[j] = i
        index = self.index
        for f, i in bigram_features(toks):
            found = index.get(f)
            if found is not None and found not in seen:
                seen[found] = i
        return (
            np.fromiter(seen.keys(), np.int64, len(seen)),
            np.fromiter(seen.values(), np.int64, len(seen)),
            len(toks),
        )

    def feature_ids(self, norm: str) -> npt.NDArray[np.int64]:
        """The distinct feature ids of normalised text (what scoring needs; no word positions)."""
        toks = lexical_words(norm)
        ids: set[int] = set()
        for w in toks:
            ids.update(self._ids_of_word(w))
        index = self.index
        for f, _ in bigram_features(toks):
            found = index.get(f)
            if found is not None:
                ids.add(found)
        return np.fromiter(ids, np.int64, len(ids))

    def logits(self, normalised: Sequence[str]) -> npt.NDArray[np.float32]:
        """Logits of shape (len(texts), n_labels) for already-normalised texts."""
        out = np.tile(self.bias, (len(normalised), 1))
        per_text = [self.feature_ids(norm) for norm in normalised]
        counts = np.array([len(ids) for ids in per_text], dtype=np.int64)
        rows = np.flatnonzero(counts)
        if len(rows):
            # one gather and one segmented sum for the whole batch instead of one per text
            ids = np.concatenate([per_text[int(r)] for r in rows])
            starts = np.concatenate([[0], np.cumsum(counts[rows])[:-1]])
            sums = np.add.reduceat(self.weights[ids], starts, axis=0)
            out[rows] += sums / np.sqrt(counts[rows]).astype(np.float32)[:, None]
        return out

    def word_contributions(
        self, norm: str, label_index: int, top: int = 5
    ) -> list[tuple[str, float]]:
        """The words of a text that pushed ``label_index`` up most, with their weight."""
        # word positions are worked out only here: few texts need an explanation by words
        ids, word_of, n_words = self.analyse(norm)
        if not len(ids):
            return []
        toks = words(norm)
        contrib = self.weights[ids, label_index] / np.sqrt(len(ids))
        per_word = np.zeros(n_words, dtype=np.float64)
        np.add.at(per_word, word_of, contrib)
        best: dict[str, float] = {}
        for i in np.argsort(-per_word)[: top * 2]:
            if per_word[i] <= 0:
                break
            w = toks[int(i)]
            best[w] = max(best.get(w, 0.0), round(float(per_word[i]), 3))
        return sorted(best.items(), key=lambda kv: -kv[1])[:top]
