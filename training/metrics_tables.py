"""Render the metrics JSON written by train.py as Markdown tables for the model card."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELS = ("abuse", "threat", "identity_attack", "sexual_harassment", "profanity")


def fmt(v: object) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs/screening-metrics.json"
    r = json.loads(path.read_text())
    print("| set | use | rows | " + " | ".join(LABELS) + " | abusive flagged | to encoder |")
    print("|---|---|---|" + "---|" * len(LABELS) + "---|---|")
    for s, v in r["validation"].items():
        aucs = " | ".join(fmt(v["auc"][k]) for k in LABELS)
        print(
            f"| {s} | {v['licence_use']} | {v['rows']} | {aucs} | "
            f"{fmt(v['flagged_any_share_of_abusive'])} | {fmt(v['share_sent_to_encoder'])} |"
        )
    print()
    fs = r["functional_suite"]
    keys = [
        "cases",
        "threat_auc",
        "threat_recall_at_precision_0.5",
        "threat_flagged_share",
        "non_threat_flagged_threat_share",
        "hate_auc_identity_attack",
        "hate_auc_max_score",
        "abusive_flagged_share",
        "non_abusive_flagged_share",
        "madlibs_neutral_flagged_overall",
        "madlibs_neutral_flagged_worst_term",
        "madlibs_toxic_flagged",
        "share_sent_to_encoder",
    ]
    print("| measure | value |\n|---|---|")
    for k in keys:
        print(f"| {k} | {fmt(fs[k])} |")
    print()
    print("| functionality | n | flagged (any) | flagged threat | flagged identity_attack |")
    print("|---|---|---|---|---|")
    for f, v in fs["per_functionality"].items():
        print(
            f"| {f} | {v['n']} | {fmt(v['flagged_any'])} | {fmt(v['flagged_threat'])} | "
            f"{fmt(v['flagged_identity_attack'])} |"
        )
    print()
    terms = fs["madlibs_neutral_flagged_per_term"]
    items = sorted(terms.items())
    print("| term | flagged | term | flagged | term | flagged |\n|---|---|---|---|---|---|")
    for i in range(0, len(items), 3):
        row = items[i : i + 3]
        print("| " + " | ".join(f"{t} | {v:.3f}" for t, v in row) + " |")


if __name__ == "__main__":
    main()
