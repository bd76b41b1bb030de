"""The sentence encoder: all-MiniLM-L6-v2 as an int8 ONNX graph, run with ONNX Runtime.

The graph is exported by ``training/export_encoder.py``; it returns mean-pooled, L2-normalised
384-dimensional sentence embeddings. Texts are tokenised with the model's own ``tokenizers``
file, truncated to ``max_tokens`` and encoded one at a time. The graph quantises activations to
int8 per call, so in a batch a text's embedding depends on the texts beside it (a score moved
by up to 0.07 in batches of 16 or 32); alone, the same text always gets the same scores, which
a reviewer re-scoring a message expects. It costs 5–10% of the screener's throughput against
batches of 32 on two cores (``bench/screening``; the model card has the figures).

Texts are spread over ``threads`` single-threaded runs of one session rather than one run with
``threads`` intra-op threads: one short text is too little work to split, and on a two-core
server without AVX-512 this encodes 65% more texts a second. ONNX Runtime releases the GIL
while it runs, and a text's embedding is the same either way, to the bit.

The graph's weights are int8 and its activations uint8. On an x86 CPU without VNNI, ONNX
Runtime multiplies such pairs with an instruction that adds two products into 16 bits and clips
what overflows, so the same graph gives other embeddings there: on a two-core AMD EPYC with AVX2
only, "Get some rest, councillor." scored 0.53 for `threat` instead of 0.03, and 522 kept-back
neutral sentences about groups were flagged instead of 501. There the weights are handed to ONNX
Runtime as uint8, offset by 128 with their zero points, which it multiplies without clipping:
the same integers, the same products, the embeddings of a CPU with VNNI. On such a CPU the
screener reads about a fifth fewer texts a second, and the conversion at start-up takes about
40 MB more memory for a moment (``exact_int8_weights``; the model card has the figures).
"""

from __future__ import annotations

import gzip
import platform
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnx
import onnxruntime as ort
from onnx import numpy_helper
from tokenizers import Tokenizer

EMBEDDING_DIM = 384


class SentenceEncoder:
    """Encode texts into sentence embeddings with the int8 MiniLM graph."""

    def __init__(
        self,
        model_path: Path,
        tokenizer_path: Path,
        *,
        max_tokens: int = 128,
        batch_size: int = 1,
        threads: int = 2,
        optimisation: ort.GraphOptimizationLevel = ort.GraphOptimizationLevel.ORT_ENABLE_ALL,
        exact_int8: bool | None = None,
    ) -> None:
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.threads = threads
        self._tokenizer = load_tokenizer(tokenizer_path)
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # the texts are spread over threads (see above)
        options.inter_op_num_threads = 1
        # training also encodes at the other levels: their kernels round differently, as
        # another CPU's do, and the identity thresholds must hold under both
        options.graph_optimization_level = optimisation
        # No busy-waiting between operators: on a shared server (web app, database) spinning
        # threads fight the other processes; measured 40% faster under load, equal when idle.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # None: as this CPU needs (see the module's notes)
        exact = int8_products_clip() if exact_int8 is None else exact_int8
        graph: str | bytes = exact_int8_weights(model_path) if exact else str(model_path)
        self._session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Return an array of shape (len(texts), 384); empty texts get the [CLS][SEP] embedding."""
        out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        lengths = np.array([len(e.ids) for e in encodings])
        order = np.argsort(lengths, kind="stable")
        batches = [order[i : i + self.batch_size] for i in range(0, len(order), self.batch_size)]

        def run(idx: npt.NDArray[np.intp]) -> None:
            width = int(lengths[idx].max())
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                token_ids = encodings[int(i)].ids
                ids[row, : len(token_ids)] = token_ids
                mask[row, : len(token_ids)] = 1
            result = self._session.run(
                ["sentence_embedding"], {"input_ids": ids, "attention_mask": mask}
            )
            out[idx] = np.asarray(result[0], dtype=np.float32)

        if self.threads > 1 and len(batches) > 1:
            # the caller waits here, leaving the GIL to the threads between runs; running stage
            # one on the next texts meanwhile was tried and gave the gain back (it holds the GIL)
            with ThreadPoolExecutor(max_workers=self.threads) as pool:
                list(pool.map(run, batches))
        else:
            for idx in batches:
                run(idx)
        return out


def load_tokenizer(path: Path) -> Tokenizer:
    """The tokenizer, from its JSON file; shipped gzip-compressed (a third of the size)."""
    if path.suffix == ".gz":
        return Tokenizer.from_str(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return Tokenizer.from_file(str(path))


# x86 instruction sets with which ONNX Runtime multiplies uint8 by int8 exactly
_EXACT_INT8_FLAGS = frozenset({"avx512_vnni", "avx_vnni", "amx_int8"})


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str] | None:
    """The first CPU's instruction-set flags ("flags" on x86, "Features" on Arm), or None where
    they cannot be read."""
    try:
        with cpuinfo.open(encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith(("flags", "Features")):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        return None
    return frozenset()


def int8_products_clip(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether ONNX Runtime's uint8 x int8 products may clip on this CPU: an x86 CPU without
    VNNI (AVX2, or AVX-512 without VNNI). Where the flags cannot be read on x86, yes: the exact
    graph is right everywhere, only slower. Other architectures run the shipped graph."""
    if platform.machine().lower() not in {"x86_64", "amd64", "i386", "i686"}:
        return False
    flags = cpu_flags(cpuinfo)
    return flags is None or not _EXACT_INT8_FLAGS & flags


def exact_int8_weights(model_path: Path) -> bytes:
    """The graph with the int8 weights of its integer matrix products, and their zero points,
    stored as uint8 offset by 128: the same products, which ONNX Runtime computes without
    clipping on any CPU. Weights that any other operator reads are left as they are."""
    model = onnx.load(str(model_path))
    graph = model.graph
    readers: dict[str, set[str]] = {}
    for node in graph.node:
        for name in node.input:
            readers.setdefault(name, set()).add(node.op_type)
    weights = {
        name
        for node in graph.node
        if node.op_type == "MatMulInteger" and len(node.input) == 4
        for name in node.input[1::2]  # the weights and their zero points
    }
    for tensor in graph.initializer:
        if (
            tensor.name in weights
            and readers.get(tensor.name) == {"MatMulInteger"}
            and tensor.data_type == onnx.TensorProto.INT8
        ):
            values = numpy_helper.to_array(tensor).astype(np.int16) + 128
            tensor.CopyFrom(numpy_helper.from_array(values.astype(np.uint8), tensor.name))
    return bytes(model.SerializeToString())
