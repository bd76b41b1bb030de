"""The one place the Django side calls the screening model."""

from __future__ import annotations

from collections.abc import Sequence

from councillor_safety.screening.model import Screener
from councillor_safety.screening.verdicts import Verdict


def classify(texts: Sequence[str]) -> list[Verdict]:
    if not texts:
        return []
    results = Screener.load().score_batch(list(texts))
    return [
        Verdict(
            scores={label: round(float(score), 4) for label, score in r.scores.items()},
            flags=list(r.flags),
            explanation=r.explanation.to_dict(),
        )
        for r in results
    ]
