"""Suggesting a priority from what is known about an incident. Plain functions, no database.

The policy's rules are tested against the facts; the most urgent match wins; a hate-crime strand
raises the result one level (up to P2); every step is given as a reason a person can read. The
suggestion is advice: an officer confirms or overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from councillor_safety.incidents.taxonomy import Characteristic
from councillor_safety.triage.taxonomy import (
    AGGRAVATED,
    CATEGORY_PREFIX,
    FACTOR_LABELS,
    IN_DANGER,
    SCREENED_THREAT,
    URGENCY,
    Priority,
    Question,
    raised,
)

AGGRAVATION_CEILING = Priority.P2


@dataclass(frozen=True)
class Facts:
    in_danger: bool = False
    screened_threat: bool = False
    categories: frozenset[str] = frozenset()
    characteristics: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()  # the assessment questions answered "yes"

    def holds(self, factor: str) -> bool:
        if factor == IN_DANGER:
            return self.in_danger
        if factor == AGGRAVATED:
            return bool(self.characteristics)
        if factor == SCREENED_THREAT:
            return self.screened_threat
        if factor.startswith(CATEGORY_PREFIX):
            return factor.removeprefix(CATEGORY_PREFIX) in self.categories
        return factor in self.answers


@dataclass(frozen=True)
class Suggestion:
    priority: Priority
    reasons: list[str]
    safeguarding: bool


def describe(factors: Iterable[str]) -> str:
    return " and ".join(FACTOR_LABELS.get(f, f).rstrip("?").lower() for f in factors)


def suggest(
    rules: Sequence[tuple[Sequence[str], Priority]], facts: Facts, *, aggravation_raises: bool
) -> Suggestion:
    matched = sorted(
        (
            (Priority(p), list(factors))
            for factors, p in rules
            if factors and all(facts.holds(f) for f in factors)
        ),
        key=lambda match: URGENCY[match[0]],
    )
    reasons = [f"{p.value}: {describe(factors)}" for p, factors in matched]
    priority = matched[0][0] if matched else Priority.P4
    if not matched:
        reasons.append("P4: no rule for a higher priority matched (rude or offensive)")
    if aggravation_raises and facts.characteristics:
        lifted = raised(priority, ceiling=AGGRAVATION_CEILING)
        strands = ", ".join(
            Characteristic(c).label.lower()
            for c in sorted(facts.characteristics)
            if c in Characteristic.values
        )
        if lifted != priority:
            reasons.append(
                f"Raised from {priority.value} to {lifted.value}: targeted because of {strands} (a hate-crime strand)"
            )
            priority = lifted
        else:
            reasons.append(f"Targeted because of {strands} (a hate-crime strand): recorded")
    safeguarding = Question.MENTAL_HEALTH_CRISIS in facts.answers
    if safeguarding:
        reasons.append(
            "Signs of a mental-health crisis: consider a safeguarding or fixated-threat referral"
        )
    return Suggestion(priority=priority, reasons=reasons, safeguarding=safeguarding)
