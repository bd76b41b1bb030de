"""Encode texts once with the production int8 encoder and cache the embeddings on disk."""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from councillor_safety.screening.model.encoder import SentenceEncoder  # noqa: E402

ASSETS = REPO / "councillor_safety/screening/model/assets"
# The encoder to embed with (default: the committed one); a candidate export can be tried with
# SCREENING_ENCODER_DIR=training/cache/ft-assets before it replaces the committed file.
ENCODER_DIR = Path(os.environ.get("SCREENING_ENCODER_DIR", str(ASSETS)))
CACHE = REPO / "training/cache"
# one text at a time, as the app encodes: a batch would move each vector with its batch-mates,
# and thresholds set on such vectors would not be the app's
BATCH_SIZE = 1
_encoder: SentenceEncoder | None = None


def encoder() -> SentenceEncoder:
    global _encoder
    if _encoder is None:
        _encoder = SentenceEncoder(
            ENCODER_DIR / "encoder-int8.onnx",
            ENCODER_DIR / "tokenizer.json.gz",
            batch_size=BATCH_SIZE,
        )
    return _encoder


@functools.cache
def _encoder_head() -> bytes:
    """The export's first megabyte (graph header and embedding tables), which identifies it."""
    with (ENCODER_DIR / "encoder-int8.onnx").open("rb") as f:
        return f.read(1_000_000)


def embed(texts: list[str], name: str) -> np.ndarray:
    """Embeddings for ``texts``, cached under training/cache by name, texts, encoder and batch."""
    h = hashlib.sha256()
    h.update(_encoder_head())
    h.update(f"batch_size={BATCH_SIZE}\0".encode())
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass") + b"\0")
    path = CACHE / f"emb-{name}-{h.hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    out = np.zeros((len(texts), 384), dtype=np.float32)
    step = 4096
    for i in range(0, len(texts), step):
        out[i : i + step] = encoder().encode(texts[i : i + step])
        done = min(i + step, len(texts))
        rate = done / (time.time() - t0)
        print(f"  {name}: {done}/{len(texts)} ({rate:.0f} texts/s)", flush=True)
    np.save(path, out)
    return out


if __name__ == "__main__":
    from data import load_public

    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/data/abuse"
    rows = load_public(data_dir)
    by_source: dict[str, list[str]] = {}
    for r in rows:
        by_source.setdefault(r.source, []).append(r.text)
    for source, texts in sorted(by_source.items(), key=lambda kv: len(kv[1])):
        embed(texts, source)
