"""The one place the Django side calls the screening model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from councillor_safety.screening.model import Explanation, Screener
from councillor_safety.screening.verdicts import KNOWN_SENDER, Verdict


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


KNOWN_SENDER_REASON = (
    "sent from an e-mail address or handle recorded for a known sender, so held for a person to "
    "read whatever the screener found"
)


def reasons(explanation: dict[str, Any]) -> list[str]:
    """Why an item was flagged, one reason a line, worded as the screener words them now: an
    explanation stored by an older release reads as a new one would. What is not a screener's
    explanation (a forwarded report's) is shown as it was stored."""
    held = [KNOWN_SENDER_REASON] if explanation.get(KNOWN_SENDER) else []
    read_back = Explanation.from_dict(explanation)
    if read_back is not None:
        return [*held, *read_back.reasons()]
    if explanation.get("summary"):
        return [*held, str(explanation["summary"])]
    return [
        *held,
        *(
            f"{key.replace('_', ' ')}: {value}"
            for key, value in explanation.items()
            if value and key != KNOWN_SENDER
        ),
    ]
