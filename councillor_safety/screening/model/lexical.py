"""Stage one of the cascade: a linear model over word and character n-grams (numpy only).

It scores every text in a few microseconds and is tuned for recall, not precision: its job is
to let the clearly harmless majority of mail skip the encoder. Its per-feature weights also give
the "which words weighed most" part of each explanation.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .lexicon import IDENTITY_WORDS
from .text import words

CHAR_NGRAMS = (3, 4, 5)
_SLICE = 1024  # texts whose feature ids are gathered at once: about 3 MB of ids


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
        self._word_ids: dict[str, array[int]] = {}

    @classmethod
    def load(cls, path: Path) -> LexicalModel:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = [str(v) for v in data["vocabulary"]]
            return cls(vocabulary, data["weights"], data["bias"])

    def _ids_of_word(self, w: str) -> array[int]:
        ids = self._word_ids.get(w)
        if ids is None:
            index = self.index
            ids = array("q", [j for j in (index.get(f) for f in word_features(w)) if j is not None])
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

    def _id_array(self, norm: str) -> array[int]:
        """Feature ids of normalised text, a feature as often as it occurs (in no set order)."""
        toks = lexical_words(norm)
        memo, index = self._word_ids, self.index
        out = array("q")
        prev = ""
        for w in toks:
            ids = memo.get(w)
            out.extend(ids if ids is not None else self._ids_of_word(w))
            if prev and w:
                found = index.get("b:" + prev + " " + w)
                if found is not None:
                    out.append(found)
            prev = w
        return out

    def feature_ids(self, norm: str) -> npt.NDArray[np.int64]:
        """The distinct feature ids of normalised text, sorted (what scoring needs)."""
        return _distinct_sorted(np.frombuffer(self._id_array(norm), dtype=np.int64))

    def logits(self, normalised: Sequence[str]) -> npt.NDArray[np.float32]:
        """Logits of shape (len(texts), n_labels) for already-normalised texts."""
        out = np.empty((len(normalised), len(self.bias)), dtype=np.float32)
        # in slices, so that the id arrays stay small however many texts come at once
        for start in range(0, len(normalised), _SLICE):
            out[start : start + _SLICE] = self._logits(normalised[start : start + _SLICE])
        return out

    def _logits(self, normalised: Sequence[str]) -> npt.NDArray[np.float32]:
        n = len(normalised)
        out = np.tile(self.bias, (n, 1))
        per_text = [self._id_array(norm) for norm in normalised]
        sizes = np.fromiter((len(ids) for ids in per_text), np.int64, n)
        if not sizes.any():
            return out
        # the whole batch at once: a feature counts once per text, so (text, feature) pairs
        # are made distinct in one sort, then summed per text in one segmented sum
        rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
        flat = np.frombuffer(b"".join(per_text), dtype=np.int64)
        pairs = _distinct_sorted(rows * len(self.index) + flat)
        rows, ids = np.divmod(pairs, len(self.index))
        counts = np.bincount(rows, minlength=n)
        present = np.flatnonzero(counts)
        starts = np.concatenate([[0], np.cumsum(counts[present])[:-1]])
        sums = np.add.reduceat(self.weights[ids], starts, axis=0)
        out[present] += sums / np.sqrt(counts[present]).astype(np.float32)[:, None]
        return out

    def word_contributions(
        self, norm: str, label_indices: Sequence[int], top: int = 5
    ) -> list[list[tuple[str, float]]]:
        """For each label index, the words of a text that pushed it up most, with their weight."""
        # word positions are worked out only here: few texts need an explanation by words
        if not label_indices:
            return []
        ids, word_of, n_words = self.analyse(norm)
        if not len(ids):
            return [[] for _ in label_indices]
        toks = words(norm)
        scale = np.sqrt(len(ids))
        out = []
        for label_index in label_indices:
            per_word = np.zeros(n_words, dtype=np.float64)
            np.add.at(per_word, word_of, self.weights[ids, label_index] / scale)
            best: dict[str, float] = {}
            for i in np.argsort(-per_word)[: top * 2]:
                if per_word[i] <= 0:
                    break
                w = toks[int(i)]
                best[w] = max(best.get(w, 0.0), round(float(per_word[i]), 3))
            out.append(sorted(best.items(), key=lambda kv: -kv[1])[:top])
        return out


def _distinct_sorted(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``np.unique`` by sorting: numpy 2.3+ finds unique values by hashing, 40 times slower here."""
    if len(values) < 2:
        return values
    values = np.sort(values)
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]
