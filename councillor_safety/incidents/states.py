"""The incident workflow as an explicit state machine (see docs/adr/0001).

new → under review → action in progress → closed, and closed → reopened (under review). A
transition names its sources, its target and whether the officer must give a reason. Services
apply transitions with a conditional UPDATE, so two officers acting at once cannot both move the
same incident from the same state.
"""

from __future__ import annotations

from dataclasses import dataclass

from councillor_safety.incidents.taxonomy import Status


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[Status]
    target: Status
    needs_reason: bool


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition(
            name="start_review",
            label="Start review",
            sources=frozenset({Status.NEW}),
            target=Status.UNDER_REVIEW,
            needs_reason=False,
        ),
        Transition(
            name="start_action",
            label="Start action",
            sources=frozenset({Status.UNDER_REVIEW}),
            target=Status.ACTION_IN_PROGRESS,
            needs_reason=False,
        ),
        Transition(
            name="close",
            label="Close",
            sources=frozenset({Status.UNDER_REVIEW, Status.ACTION_IN_PROGRESS}),
            target=Status.CLOSED,
            needs_reason=True,
        ),
        Transition(
            name="reopen",
            label="Reopen",
            sources=frozenset({Status.CLOSED}),
            target=Status.UNDER_REVIEW,
            needs_reason=True,
        ),
    )
}


def transitions_from(status: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if status in t.sources]
