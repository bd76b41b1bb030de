"""Encode texts once with the production int8 encoder and cache the embeddings on disk."""

from __future__ import annotations

import functools
import hashlib
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from councillor_safety.screening.model.encoder import (  # noqa: E402
    SentenceEncoder,
    cpu_flags,
    int8_products_clip,
)

ASSETS = REPO / "councillor_safety/screening/model/assets"
# The encoder to embed with (default: the committed one); a candidate export can be tried with
# SCREENING_ENCODER_DIR=training/cache/ft-assets before it replaces the committed file.
ENCODER_DIR = Path(os.environ.get("SCREENING_ENCODER_DIR", str(ASSETS)))
CACHE = REPO / "training/cache"
# one text at a time, as the app encodes: a batch would move each vector with its batch-mates,
# and thresholds set on such vectors would not be the app's
BATCH_SIZE = 1
_LEVELS = {
    "all": ort.GraphOptimizationLevel.ORT_ENABLE_ALL,
    "basic": ort.GraphOptimizationLevel.ORT_ENABLE_BASIC,
    "none": ort.GraphOptimizationLevel.ORT_DISABLE_ALL,
}


def encoder() -> SentenceEncoder:
    """The encoder as the app runs it."""
    return variant_encoder("all")


@functools.cache
def variant_encoder(level: str) -> SentenceEncoder:
    """The same graph run at an optimisation level: "all" (as the app runs it), "basic", "none".

    ONNX Runtime picks its kernels by the CPU's instruction set, and the graph re-quantises
    activations on every call, so a rounding difference early on can move a few texts' scores
    by several hundredths on another server. Unfused kernels round differently in the same way;
    training checks the identity limits under them too.
    """
    return SentenceEncoder(
        ENCODER_DIR / "encoder-int8.onnx",
        ENCODER_DIR / "tokenizer.json.gz",
        batch_size=BATCH_SIZE,
        optimisation=_LEVELS[level],
    )


# instruction sets that choose ONNX Runtime's int8 kernels on x86 and Arm
_KERNEL_FLAGS = (
    "avx2",
    "avx512f",
    "avx512bw",
    "avx512_vnni",
    "avx_vnni",
    "amx_int8",
    "asimddp",
    "i8mm",
)


@functools.cache
def kernel_fingerprint() -> str:
    """What decides the encoder's rounding here: ONNX Runtime's version and the CPU's int8 kernels.

    A vector encoded on another server can differ by several hundredths of a score (see
    ``variant_encoder``), so the cache keeps each server's vectors apart.
    """
    flags = cpu_flags() or frozenset()
    isa = ",".join(f for f in _KERNEL_FLAGS if f in flags) or platform.machine()
    # where the encoder's products would clip, it runs the exact graph (``encoder`` module)
    exact = ";exact_int8" if int8_products_clip() else ""
    return f"onnxruntime={ort.__version__};isa={isa}{exact}"


@functools.cache
def _encoder_head() -> bytes:
    """The export's first megabyte (graph header and embedding tables), which identifies it."""
    with (ENCODER_DIR / "encoder-int8.onnx").open("rb") as f:
        return f.read(1_000_000)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _cached_vectors(wanted: set[bytes], level: str) -> dict[bytes, np.ndarray]:
    """Vectors for ``wanted`` texts from earlier caches (same encoder, one text at a time).

    Each text is encoded on its own, so a text's vector does not depend on the others: after a
    change to a few rows of a source only those rows need the encoder again.
    """
    found: dict[bytes, np.ndarray] = {}
    for keys_path in sorted(CACHE.glob("emb-*.keys.npy")):
        if len(found) == len(wanted):  # the rest of the cache need not be read
            break
        vectors_path = keys_path.with_name(keys_path.name.replace(".keys.npy", ".npy"))
        head_path = keys_path.with_name(keys_path.name.replace(".keys.npy", ".encoder"))
        if not vectors_path.exists() or not head_path.exists():
            continue
        if head_path.read_bytes() != _encoder_digest(level):
            continue
        keys = np.load(keys_path)
        vectors = np.load(vectors_path, mmap_mode="r")
        for i, row in enumerate(keys):
            kb = row.tobytes()
            if kb in wanted and kb not in found:
                found[kb] = np.array(vectors[i])
    return found


@functools.cache
def _encoder_digest(level: str = "all") -> bytes:
    """What a cached vector depends on besides its text: encoder, batch, kernels and level."""
    h = hashlib.sha256(_encoder_head())
    h.update(f"batch_size={BATCH_SIZE}".encode())
    h.update(kernel_fingerprint().encode())
    if level != "all":
        h.update(f"level={level}".encode())
    return h.digest()


def embed(texts: list[str], name: str, level: str = "all") -> np.ndarray:
    """Embeddings for ``texts``, cached under training/cache by name, texts, encoder and kernels."""
    h = hashlib.sha256(_encoder_digest(level))
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass") + b"\0")
    path = CACHE / f"emb-{name}-{h.hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    keys = [_key(t) for t in texts]
    known = _cached_vectors(set(keys), level)
    out = np.zeros((len(texts), 384), dtype=np.float32)
    todo = [i for i, k in enumerate(keys) if k not in known]
    for i, k in enumerate(keys):
        if k in known:
            out[i] = known[k]
    if known:
        print(f"  {name}: {len(texts) - len(todo)}/{len(texts)} from earlier caches", flush=True)
    t0 = time.time()
    step = 4096
    for i in range(0, len(todo), step):
        part = todo[i : i + step]
        out[part] = variant_encoder(level).encode([texts[j] for j in part])
        done = min(i + step, len(todo))
        rate = done / (time.time() - t0)
        print(f"  {name}: {done}/{len(todo)} encoded ({rate:.0f} texts/s)", flush=True)
    np.save(path, out)
    key_array = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(-1, 16)
    np.save(path.with_name(path.name.replace(".npy", ".keys.npy")), key_array)
    path.with_name(path.name.replace(".npy", ".encoder")).write_bytes(_encoder_digest(level))
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
