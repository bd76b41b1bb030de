"""Load the public abuse data sets and harmonise their labels onto the five screening labels.

Every row gets a value per label: 1 (positive), 0 (negative) or -1 (not annotated for this
label, masked out of that head's loss and metrics). ``profanity`` is not annotated by any set;
it is derived from the profanity lexicon on normalised text (weak labels).

Licence policy (see docs/screening-model-card.md): only permissively licensed sets train the
shipped model; ethos (GPL-3.0) and olid (research-only) are validation-only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from councillor_safety.screening.model.labels import LABELS  # noqa: E402
from councillor_safety.screening.model.lexicon import profanity_hits  # noqa: E402
from councillor_safety.screening.model.text import normalise  # noqa: E402

csv.field_size_limit(10_000_000)

LICENCES = {
    "davidson": ("MIT", True),
    "edos": ("CC0-1.0", True),
    "ethos": ("GPL-3.0", False),
    "gab_hate_corpus": ("CC-BY-4.0 (per the official OSF release; mirror unverified)", True),
    "hatemoji_build": ("CC-BY-4.0", True),
    "hatexplain": ("MIT / Apache-2.0", True),
    "implicit_hate": ("CC-BY-4.0 (data LICENSE file; distributed behind a form)", True),
    "olid": ("no licence, research use", False),
    "toxigen_prompts": ("MIT + CDLA-Permissive-2.0", True),
    "wiki_toxicity": ("Apache-2.0 / CC BY-SA 3.0", True),
}
VALIDATION_SHARE = 0.15


@dataclass
class Row:
    source: str
    id: str
    text: str
    labels: dict[str, int]
    split: str  # "train" or "val"
    meta: dict[str, str] = field(default_factory=dict)


def _bucket(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def _i(r: dict[str, str], k: str) -> int:
    return int(float(r[k] or 0))


def _harmonise(source: str, r: dict[str, str]) -> dict[str, int]:
    """Map one raw row onto the labels (profanity is filled in later)."""
    if source == "davidson":
        ab = _i(r, "abusive")
        return {
            "abuse": ab,
            "identity_attack": _i(r, "hate"),
            "threat": -ab,
            "sexual_harassment": -ab,
        }
    if source == "hatexplain":
        tox = _i(r, "toxic")
        return {
            "abuse": tox,
            "identity_attack": _i(r, "hatespeech"),
            "threat": -tox,
            "sexual_harassment": -tox,
        }
    if source == "edos":
        s = _i(r, "sexist")
        return {"abuse": s, "identity_attack": s, "threat": _i(r, "threat"), "sexual_harassment": s}
    if source == "ethos":
        h = _i(r, "hate")
        return {
            "abuse": h,
            "identity_attack": h,
            "threat": _i(r, "violence"),
            "sexual_harassment": _i(r, "gender"),
        }
    if source == "gab_hate_corpus":
        h = _i(r, "hate")
        return {
            "abuse": max(h, _i(r, "vulgar_offensive")),
            "identity_attack": h,
            "threat": _i(r, "threat"),
            "sexual_harassment": -h,
        }
    if source == "hatemoji_build":
        h = _i(r, "hate")
        women = "wom" in r.get("target", "")
        return {
            "abuse": h,
            "identity_attack": h,
            "threat": _i(r, "threat"),
            "sexual_harassment": (1 if women else 0) if h else 0,
        }
    if source == "implicit_hate":
        h = _i(r, "hate")
        # The corpus's "threatening" class is broader than violence ("deport them all"), and
        # explicit-hate rows were never annotated for it: mask the threat label on hate rows.
        return {"abuse": h, "identity_attack": h, "threat": -h, "sexual_harassment": -h}
    if source == "olid":
        o = _i(r, "offensive")
        return {"abuse": o, "identity_attack": -o, "threat": -o, "sexual_harassment": -o}
    if source == "toxigen_prompts":
        h = _i(r, "hate")
        women = "women" in r.get("target_group", "")
        return {
            "abuse": h,
            "identity_attack": h,
            "threat": -h,
            "sexual_harassment": (1 if women else -1) if h else 0,
        }
    if source == "wiki_toxicity":
        t = _i(r, "toxic")
        return {"abuse": t, "identity_attack": -t, "threat": -t, "sexual_harassment": -t}
    raise ValueError(source)


def profanity_label(text: str) -> int:
    return int(any(w >= 0.6 for _, w in profanity_hits(normalise(text))))


def load_public(data_dir: Path, include: set[str] | None = None) -> list[Row]:
    rows: list[Row] = []
    for source in sorted(LICENCES):
        if include is not None and source not in include:
            continue
        path = data_dir / source / "train.csv"
        if not path.exists():
            print(f"warning: {path} missing, skipped", file=sys.stderr)
            continue
        permissive = LICENCES[source][1]
        with path.open(newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                text = (r["text"] or "").strip()
                if not text:
                    continue
                labels = _harmonise(source, r)
                # -0 is 0: rewrite masked values to exactly -1
                labels = {k: (-1 if v < 0 else v) for k, v in labels.items()}
                labels["profanity"] = profanity_label(text)
                key = r["id"]
                if source == "hatemoji_build" and r.get("matched_id"):
                    # keep contrast pairs on one side of the split
                    a = r["id"].split("-")[-1]
                    key = "hm-" + str(min(int(a), int(float(r["matched_id"]))))
                split = "val" if (not permissive or _bucket(key) < VALIDATION_SHARE) else "train"
                rows.append(Row(source, r["id"], text, {k: labels[k] for k in LABELS}, split))
    return rows


if __name__ == "__main__":
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared/data/abuse"
    rows = load_public(data_dir)
    from collections import Counter

    c = Counter((r.source, r.split) for r in rows)
    for k, v in sorted(c.items()):
        pos = {
            lab: sum(1 for r in rows if (r.source, r.split) == k and r.labels[lab] == 1)
            for lab in LABELS
        }
        print(k, v, pos)
