"""What the screener says about a text, in the form the Django side stores and routes.

The screening model is plain Python with no Django in it; this module is the one place that
calls it, so the rest of the service depends on `Verdict`, not on the model's internals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# The key of a held message's explanation that names the known subject who sent it (the
# subject's public id): such mail is held for a person to read whatever the screener found.
KNOWN_SENDER = "known_sender"


@dataclass(frozen=True)
class Verdict:
    scores: dict[str, float]
    flags: list[str]
    explanation: dict[str, Any] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def likely_threat(self) -> bool:
        return "threat" in self.flags


Classifier = Callable[[Sequence[str]], list[Verdict]]


def screen(texts: Sequence[str]) -> list[Verdict]:
    """Scores texts with the shipped screening model (loaded once per process)."""
    from councillor_safety.screening.model_adapter import classify

    return classify(texts)
