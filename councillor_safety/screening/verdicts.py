"""What the screener says about a text, in the form the Django side stores and routes.

The screening model is plain Python with no Django in it; this module is the one place that
calls it, so the rest of the service depends on `Verdict`, not on the model's internals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

# The key of a held message's explanation that names the known subject who sent it (the
# subject's public id): such mail is held for a person to read whatever the screener found.
KNOWN_SENDER = "known_sender"

# The screener's labels in the order a reader meets them, named as the pages name them.
LABEL_NAMES = {
    "threat": "Threat",
    "abuse": "Abuse",
    "identity_attack": "Identity attack",
    "sexual_harassment": "Sexual harassment",
    "profanity": "Profanity",
}


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

    @property
    def from_known_sender(self) -> bool:
        return KNOWN_SENDER in self.explanation

    @property
    def held(self) -> bool:
        """Held for a person: flagged, or from a known sender whatever its flags."""
        return self.flagged or self.from_known_sender

    def with_known_sender(self, subject_id: object) -> Verdict:
        """This verdict for a message from the subject with public id ``subject_id``."""
        return replace(self, explanation={**self.explanation, KNOWN_SENDER: str(subject_id)})


Classifier = Callable[[Sequence[str]], list[Verdict]]

KNOWN_SENDER_REASON = (
    "sent from an e-mail address or handle recorded for a known sender, so held for a person to "
    "read whatever the screener found"
)


def reasons(explanation: dict[str, Any]) -> list[str]:
    """Why an item was held, one reason a line, for the officer reading it: the screener's own
    reasons as it stored them, or the one-line summary an older release stored, or the fields
    of a note that is not the screener's (a forwarded report's). Reading them never loads the
    screening model, which a web process does not need."""
    held = [KNOWN_SENDER_REASON] if explanation.get(KNOWN_SENDER) else []
    stored = explanation.get("reasons")
    if isinstance(stored, list) and stored:
        return [*held, *map(str, stored)]
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


def screen(texts: Sequence[str]) -> list[Verdict]:
    """Scores texts with the shipped screening model (loaded once per process)."""
    from councillor_safety.screening.model_adapter import classify

    return classify(texts)
