"""Fine-tune MiniLM's transformer layers for screening, on a GPU, and probe the result.

Reads a bundle written by ``finetune_bundle.py pack`` and the committed int8 encoder, whose
embedding tables it keeps frozen (the runtime sees exactly those). Needs only torch,
transformers, tokenizers, onnx, numpy and scikit-learn: no app package, no data sets, no
network, so it runs on a bare GPU machine. For every configuration named with ``--config``
it trains the layers with a linear five-label head on the mean-pooled, normalised embedding
(masked binary cross-entropy) and writes ``layers-NAME.safetensors`` (fp16), then probes.

Counterfactual logit pairing (Garg et al. 2019), ``pair=W``: for every training row that
names a group, the same text with the group swapped for another (all labels) and with the
group replaced by an ordinary word ("local people": abuse and threat only, since an identity
attack legitimately needs its group) are scored too, and the squared differences of the
logits are added to the loss, so that fine-tuning cannot learn a group as a sign of abuse.

The probe is a quick stand-in for ``train.py``: logistic regressions on the fp32 embeddings
of the training rows, ROC-AUC per validation set, and the share of abusive validation posts
flagged at thresholds that flag at most 1% of the held-out neutral identity sentences and 5%
of any one group's (the goal's limits; ``train.py`` holds itself to 0.1% overall). It ranks
runs only: the cascade's own figures come from ``train.py`` on the exported encoder.
Configuration ``frozen`` probes the encoder as shipped. The runs in the model notes were

    python training/finetune_encoder.py --bundle training/cache/ft-bundle --out OUT \
        --config frozen --config clp1:epochs=3,pair=1 \
        --config pub1:epochs=3,pair=1,batch=128,lr=5e-5,rows=public \
        --config nopair:epochs=3,pair=0,batch=128,lr=5e-5
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from safetensors.torch import load_file, save_file
from sklearn.metrics import roc_auc_score
from tokenizers import Tokenizer
from transformers import BertConfig, BertModel

REPO = Path(__file__).resolve().parents[1]
ASSETS = REPO / "councillor_safety/screening/model/assets"
SEED = 20251122
MAX_TOKENS = 128  # as SentenceEncoder reads
ABUSE_KINDS = ("abuse", "threat", "identity_attack", "sexual_harassment")  # all but profanity
FROZEN_TABLES = ("word_embeddings", "position_embeddings", "token_type_embeddings")


def is_frozen_table(name: str) -> bool:
    """An embedding table: kept as the int8 graph holds it, never fine-tuned."""
    return any(t in name for t in FROZEN_TABLES)


@dataclass
class Config:
    name: str
    epochs: float = 3.0
    lr: float = 3e-5
    pair: float = 1.0
    batch: int = 64
    # "public": only the public sets (and their counterfactuals) tune the encoder, so that the
    # generated examples, whose held-out templates set the thresholds, stay unseen by it
    rows: str = "all"

    @classmethod
    def parse(cls, spec: str) -> Config:
        name, _, rest = spec.partition(":")
        cfg = cls(name)
        for part in filter(None, rest.split(",")):
            key, _, value = part.partition("=")
            field_type = type(getattr(cfg, key))
            setattr(cfg, key, field_type(value))
        if cfg.rows not in ("all", "public"):
            raise SystemExit(f"{spec}: rows must be 'all' or 'public'")
        return cfg


def load_rows(bundle: Path) -> list[dict]:
    with lzma.open(bundle / "rows.jsonl.xz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def onnx_embedding_tables(path: Path) -> dict[str, torch.Tensor]:
    """The embedding tables as the int8 runtime graph holds them, dequantised."""
    init = {i.name: numpy_helper.to_array(i) for i in onnx.load(str(path)).graph.initializer}
    out = {}
    for table in FROZEN_TABLES:
        base = f"bert.embeddings.{table}.weight"
        q = init[base + "_quantized"].astype(np.float32)
        zero = init[base + "_zero_point"].astype(np.float32)
        out[f"embeddings.{table}.weight"] = torch.from_numpy((q - zero) * init[base + "_scale"])
    return out


def build_model(bundle: Path) -> BertModel:
    config = BertConfig.from_json_file(str(bundle / "config.json"))
    config._attn_implementation = "sdpa"
    model = BertModel(config, add_pooling_layer=False)
    state = {k: v.float() for k, v in load_file(str(bundle / "layers.safetensors")).items()}
    state.update(onnx_embedding_tables(ASSETS / "encoder-int8.onnx"))
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if k != "embeddings.position_ids"]
    unexpected = [k for k in unexpected if not k.startswith("pooler.")]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit the model: {missing[:3]} {unexpected[:3]}")
    for name, p in model.named_parameters():
        p.requires_grad = not is_frozen_table(name)
    return model


def pool(model: BertModel, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    tokens = model(input_ids=ids, attention_mask=mask).last_hidden_state
    m = mask.unsqueeze(-1).to(tokens.dtype)
    emb = (tokens * m).sum(1) / m.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(emb.float(), p=2.0, dim=1)


def pad(seqs: list[list[int]], device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(x) for x in seqs)
    ids = np.zeros((len(seqs), width), dtype=np.int64)
    mask = np.zeros((len(seqs), width), dtype=np.int64)
    for k, x in enumerate(seqs):
        ids[k, : len(x)] = x
        mask[k, : len(x)] = 1
    return torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)


def length_batches(lengths: np.ndarray, idx: np.ndarray, size: int, rng: random.Random) -> list:
    """Batches of similar length (sorted within chunks of 50 batches), in random order."""
    idx = idx.copy()
    rng.shuffle(idx)  # type: ignore[arg-type]
    batches = []
    chunk = size * 50
    for i in range(0, len(idx), chunk):
        part = idx[i : i + chunk]
        part = part[np.argsort(lengths[part], kind="stable")]
        batches += [part[j : j + size] for j in range(0, len(part), size)]
    rng.shuffle(batches)
    return batches


def train(cfg: Config, bundle: Path, data: dict, device: torch.device) -> BertModel:
    torch.manual_seed(SEED)
    rng = random.Random(SEED)  # noqa: S311 - reproducible order, not security
    model = build_model(bundle).to(device)
    model.train()
    labels = data["labels"]
    head = torch.nn.Linear(384, len(labels)).to(device)
    y, w, enc = data["y"], data["w"], data["ids"]
    tr = np.flatnonzero(
        (data["split"] == "train") & ((data["src"] != "handmade") | (cfg.rows == "all"))
    )
    print(f"  {cfg.name}: {len(tr)} training rows", flush=True)
    pos = (y[tr] == 1).sum(0)
    neg = (y[tr] == 0).sum(0)
    pos_weight = torch.tensor(np.clip(np.sqrt(neg / np.maximum(pos, 1)), 1, 8), device=device)
    lossf = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight.float(), reduction="none")
    neutral_cols = [labels.index("abuse"), labels.index("threat")]
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(
        [{"params": params, "lr": cfg.lr}, {"params": head.parameters(), "lr": 1e-3}],
        weight_decay=0.01,
        fused=device.type == "cuda",
    )
    per_epoch = -(-len(tr) // cfg.batch)
    total = max(1, int(per_epoch * cfg.epochs))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * total)) * max(0.0, 1 - s / total)
    )
    t0 = time.time()
    step = 0
    running = 0.0
    while step < total:
        for b in length_batches(data["len"], tr, cfg.batch, rng):
            if step >= total:
                break
            seqs = [enc[i] for i in b]
            sw = [k for k, i in enumerate(b) if data["sw"][i] is not None]
            nt = [k for k, i in enumerate(b) if data["nt"][i] is not None]
            if cfg.pair > 0:
                seqs += [data["sw"][b[k]] for k in sw] + [data["nt"][b[k]] for k in nt]
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                emb = pool(model, *pad(seqs, device))
            logits = head(emb * 10.0)
            n = len(b)
            main = logits[:n]
            yt = torch.from_numpy(y[b]).to(device).float()
            m = (yt >= 0).float() * torch.from_numpy(w[b]).to(device).float()[:, None]
            loss = (lossf(main, yt.clamp(min=0)) * m).sum() / m.sum().clamp(min=1)
            if cfg.pair > 0:
                if sw:
                    other = logits[n : n + len(sw)]
                    loss = loss + cfg.pair * ((main[sw] - other) ** 2).mean()
                if nt:
                    other = logits[n + len(sw) :]
                    diff = main[nt][:, neutral_cols] - other[:, neutral_cols]
                    loss = loss + cfg.pair * (diff**2).mean()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            if step % 50 == 0:  # reading the loss waits for the GPU: not at every step
                running = 0.7 * running + 0.3 * float(loss.detach())
            if step % 500 == 0:
                el = time.time() - t0
                print(f"  {cfg.name} step {step}/{total} loss {running:.4f} {el:.0f}s", flush=True)
            step += 1
    print(f"  {cfg.name}: {total} steps in {time.time() - t0:.0f}s", flush=True)
    model.eval()
    return model


@torch.no_grad()
def embed_all(model: BertModel, data: dict, device: torch.device) -> np.ndarray:
    order = np.argsort(data["len"], kind="stable")
    out = np.zeros((len(order), 384), dtype=np.float32)
    for i in range(0, len(order), 512):
        idx = order[i : i + 512]
        out[idx] = pool(model, *pad([data["ids"][j] for j in idx], device)).cpu().numpy()
    return out


def fit_logistic(X: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    """Weighted, class-balanced logistic regression (L2), full batch; returns [w; b]."""
    Xb = torch.cat([X, torch.ones(len(X), 1, device=X.device)], 1)
    theta = torch.zeros(Xb.shape[1], device=X.device, requires_grad=True)
    pos = float((y == 1).sum())
    cw = torch.where(y == 1, len(y) / (2 * max(pos, 1)), len(y) / (2 * max(len(y) - pos, 1)))
    sw = cw * w
    opt = torch.optim.LBFGS([theta], lr=1, max_iter=200, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        opt.zero_grad()
        z = Xb @ theta
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none") * sw
        total = loss.sum() / sw.sum() + 1e-4 * (theta[:-1] ** 2).sum()
        total.backward()
        return total

    opt.step(closure)
    return theta.detach()


def threshold_for_identity(scores: np.ndarray, terms: np.ndarray) -> float:
    """Lowest threshold flagging ≤ 1% of neutral identity sentences and ≤ 5% of any group's."""
    t = float(np.quantile(scores, 0.99, method="higher"))
    for term in np.unique(terms):
        t = max(t, float(np.quantile(scores[terms == term], 0.95, method="higher")))
    return t


def probe(name: str, E: np.ndarray, data: dict, device: torch.device) -> dict:
    split, src, y = data["split"], data["src"], data["y"]
    X = torch.from_numpy(E).to(device)
    tr = split == "train"
    val = split == "val"
    thr = split == "thr"
    labels = data["labels"]
    kinds = [labels.index(k) for k in ABUSE_KINDS]
    Xb = torch.cat([X, torch.ones(len(X), 1, device=device)], 1)
    scores = np.zeros((len(E), len(labels)), dtype=np.float32)
    for j in range(len(labels)):
        m = tr & (y[:, j] >= 0)
        theta = fit_logistic(
            X[m],
            torch.from_numpy(y[m, j]).float().to(device),
            torch.from_numpy(data["w"][m]).to(device),
        )
        scores[:, j] = (Xb @ theta).cpu().numpy()
    report: dict = {"config": name, "auc": {}, "flagged": {}, "thresholds": {}}
    for j, lab in zip(kinds, ABUSE_KINDS, strict=True):
        report["auc"][lab] = {}
        for s in sorted(set(src[val])):
            m = val & (src == s) & (y[:, j] >= 0)
            if m.sum() and 0 < y[m, j].sum() < m.sum():
                report["auc"][lab][s] = round(float(roc_auc_score(y[m, j], scores[m, j])), 4)
    flag = np.zeros(len(E), dtype=bool)
    for lab in ABUSE_KINDS:
        j = labels.index(lab)
        t = threshold_for_identity(scores[thr, j], data["term"][thr])
        report["thresholds"][lab] = round(t, 3)
        flag |= scores[:, j] > t
    abusive = (y[:, kinds] == 1).any(1)
    for s in sorted(set(src[val])):
        m = val & (src == s) & abusive
        if m.sum():
            report["flagged"][s] = round(float(flag[m].mean()), 4)
    clean = val & ~abusive & (y[:, kinds] >= 0).all(1)
    report["flagged"]["_clean_val"] = round(float(flag[clean].mean()), 4)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bundle", type=Path, default=REPO / "training/cache/ft-bundle")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--config", action="append", default=[], help="NAME[:key=value,...]")
    ap.add_argument("--limit", type=int, default=0, help="use only this many rows (a dry run)")
    ap.add_argument(
        "--budget", type=float, default=0, help="seconds: skip a configuration that would overrun"
    )
    args = ap.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    rows = load_rows(args.bundle)
    if args.limit:
        random.Random(SEED).shuffle(rows)  # noqa: S311
        rows = rows[: args.limit]
    tok = Tokenizer.from_str(gzip.decompress((ASSETS / "tokenizer.json.gz").read_bytes()).decode())
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_TOKENS)

    def ids(texts: list[str | None]) -> list[list[int] | None]:
        present = [i for i, t in enumerate(texts) if t is not None]
        out: list[list[int] | None] = [None] * len(texts)
        for i, e in zip(present, tok.encode_batch([texts[i] for i in present]), strict=True):
            out[i] = e.ids
        return out

    data = {
        "labels": json.loads((args.bundle / "labels.json").read_text()),
        "ids": ids([r["t"] for r in rows]),
        "sw": ids([r["sw"] for r in rows]),
        "nt": ids([r["nt"] for r in rows]),
        "y": np.array([r["y"] for r in rows], dtype=np.int64),
        "w": np.array([r["w"] for r in rows], dtype=np.float32),
        "split": np.array([r["s"] for r in rows]),
        "src": np.array([r["src"] for r in rows]),
        "term": np.array([r["term"] or "" for r in rows]),
    }
    data["len"] = np.array([len(x) for x in data["ids"]])
    name = torch.cuda.get_device_name() if device.type == "cuda" else "cpu"
    print(f"{len(rows)} rows tokenised in {time.time() - t0:.0f}s on {name}", flush=True)
    reports = []
    longest = 0.0
    for spec in args.config or ["frozen"]:
        cfg = Config.parse(spec)
        t1 = time.time()
        expected = longest * max(cfg.epochs, 1) / 3
        if args.budget and t1 - t0 + expected > args.budget:
            print(f"skipped {cfg.name}: about {expected:.0f}s left to run it", flush=True)
            continue
        if cfg.name == "frozen":
            model = build_model(args.bundle).to(device).eval()
        else:
            model = train(cfg, args.bundle, data, device)
            layers = {
                k: v.detach().half().cpu().contiguous()
                for k, v in model.state_dict().items()
                if v.is_floating_point() and not is_frozen_table(k)
            }
            save_file(layers, str(args.out / f"layers-{cfg.name}.safetensors"))
        report = probe(cfg.name, embed_all(model, data, device), data, device)
        report["seconds"] = round(time.time() - t1)
        if cfg.name != "frozen":
            longest = max(longest, (time.time() - t1) * 3 / max(cfg.epochs, 1))
        reports.append(report)
        print(json.dumps(report), flush=True)
        with (args.out / "probe.jsonl").open("a") as f:
            f.write(json.dumps(report) + "\n")
        del model
    print_table(reports)


def print_table(reports: list[dict]) -> None:
    sources = sorted({s for r in reports for s in r["auc"]["abuse"]})
    print("abuse ROC-AUC  | " + " ".join(f"{s[:9]:>9}" for s in sources))
    for r in reports:
        print(
            f"{r['config'][:14]:<14} | "
            + " ".join(f"{r['auc']['abuse'].get(s, 0):9.3f}" for s in sources)
        )
    sources = sorted({s for r in reports for s in r["flagged"]})
    print("flagged        | " + " ".join(f"{s[:9]:>9}" for s in sources))
    for r in reports:
        print(
            f"{r['config'][:14]:<14} | "
            + " ".join(f"{r['flagged'].get(s, 0):9.3f}" for s in sources)
        )
    for r in reports:
        print(r["config"], "threat AUC", r["auc"]["threat"], "thresholds", r["thresholds"])


if __name__ == "__main__":
    main()
