"""The five screening labels, in the fixed order used by every head, file and CSV column."""

from __future__ import annotations

from typing import Final

LABELS: Final[tuple[str, ...]] = (
    "abuse",
    "threat",
    "identity_attack",
    "sexual_harassment",
    "profanity",
)
