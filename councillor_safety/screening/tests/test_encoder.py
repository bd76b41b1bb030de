"""The encoder gives the same embeddings on every CPU: exact integer products where ONNX Runtime's
uint8 x int8 kernels would clip them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

from councillor_safety.screening.model import encoder as encoder_module
from councillor_safety.screening.model.encoder import (
    SentenceEncoder,
    exact_int8_weights,
    int8_products_clip,
)
from councillor_safety.screening.model.screener import ASSETS

GRAPH = ASSETS / "encoder-int8.onnx"
TOKENIZER = ASSETS / "tokenizer.json.gz"
TEXTS = [
    "Get some rest, councillor.",
    "Our street is dead at night since the pub shut.",
    "I know where you live and I know when you leave the surgery.",
    "Kill the bill.",
    "",
]


def _cpuinfo(tmp_path: Path, flags: str) -> Path:
    path = tmp_path / "cpuinfo"
    path.write_text(f"processor\t: 0\nmodel name\t: a CPU\nflags\t\t: fpu sse2 {flags}\n\n")
    return path


@pytest.mark.parametrize(
    ("flags", "clip"),
    [
        ("avx avx2 fma", True),  # AVX2 only: the products are added in 16 bits and clipped
        ("avx2 avx512f avx512bw", True),  # AVX-512 without VNNI clips the same way
        ("avx2 avx512f avx512_vnni", False),
        ("avx2 avx_vnni", False),
        ("avx2 avx512f amx_int8 avx512_vnni", False),
    ],
)
def test_which_x86_cpus_clip_int8_products(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: str, clip: bool
) -> None:
    monkeypatch.setattr(encoder_module.platform, "machine", lambda: "x86_64")
    assert int8_products_clip(_cpuinfo(tmp_path, flags)) is clip


def test_an_unreadable_x86_cpu_gets_the_exact_graph_and_arm_never_needs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoder_module.platform, "machine", lambda: "x86_64")
    assert int8_products_clip(tmp_path / "missing") is True
    monkeypatch.setattr(encoder_module.platform, "machine", lambda: "aarch64")
    assert int8_products_clip(_cpuinfo(tmp_path, "asimd asimddp")) is False


def test_the_exact_graph_stores_the_same_weights_offset_into_uint8() -> None:
    shipped = onnx.load(str(GRAPH))
    exact = onnx.load_from_string(exact_int8_weights(GRAPH))
    before = {t.name: numpy_helper.to_array(t) for t in shipped.graph.initializer}
    after = {t.name: numpy_helper.to_array(t) for t in exact.graph.initializer}
    products = [n for n in exact.graph.node if n.op_type == "MatMulInteger"]
    assert len(products) == 36
    for node in products:
        for name in node.input[1::2]:  # the weights and their zero points
            assert before[name].dtype == np.int8
            assert after[name].dtype == np.uint8
            np.testing.assert_array_equal(
                after[name].astype(np.int16), before[name].astype(np.int16) + 128
            )
    # nothing else changes
    changed = {n for n in before if before[n].dtype != after[n].dtype}
    assert changed == {name for node in products for name in node.input[1::2]}
    assert [n.op_type for n in exact.graph.node] == [n.op_type for n in shipped.graph.node]


def test_this_cpu_encodes_as_the_exact_graph_does() -> None:
    # on a CPU with VNNI the shipped graph runs as it is and must already be exact; on one
    # without, the encoder runs the exact graph itself. The clipped products moved embeddings
    # to a cosine of 0.977-0.99 with the exact ones on an AVX2 server.
    exact = SentenceEncoder(GRAPH, TOKENIZER, exact_int8=True).encode(TEXTS)
    here = SentenceEncoder(GRAPH, TOKENIZER).encode(TEXTS)
    cosines = (exact * here).sum(axis=1)
    assert cosines.min() > 0.9999, cosines
