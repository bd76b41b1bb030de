"""The case workflow and each council action's own workflow, as explicit tables.

Case: open → action under way ⇄ monitoring, any open state → with the police, any → closed, and
closed → reopened. Services apply a transition with a conditional UPDATE, as incidents do, so two
officers cannot both move a case from the same state.
"""

from __future__ import annotations

from dataclasses import dataclass

from councillor_safety.cases.taxonomy import ActionKind, ActionStatus, CaseStatus

_LIVE = frozenset(
    {CaseStatus.OPEN, CaseStatus.ACTION, CaseStatus.WITH_POLICE, CaseStatus.MONITORING}
)


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[CaseStatus]
    target: CaseStatus
    needs_reason: bool


CASE_TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition(
            "start_action",
            "Start action",
            frozenset({CaseStatus.OPEN, CaseStatus.MONITORING}),
            CaseStatus.ACTION,
            False,
        ),
        Transition(
            "refer_to_police",
            "Mark as with the police",
            _LIVE - {CaseStatus.WITH_POLICE},
            CaseStatus.WITH_POLICE,
            False,
        ),
        Transition(
            "monitor",
            "Move to monitoring",
            frozenset({CaseStatus.ACTION, CaseStatus.WITH_POLICE}),
            CaseStatus.MONITORING,
            False,
        ),
        Transition("close", "Close case", _LIVE, CaseStatus.CLOSED, True),
        Transition("reopen", "Reopen case", frozenset({CaseStatus.CLOSED}), CaseStatus.OPEN, True),
    )
}


def case_transitions_from(status: str) -> list[Transition]:
    return [t for t in CASE_TRANSITIONS.values() if status in t.sources]


S = ActionStatus
_SIMPLE = {
    S.PLANNED: {S.IN_PROGRESS, S.CANCELLED},
    S.IN_PROGRESS: {S.DONE, S.CANCELLED},
}
# For each kind of action: the status it starts in, and where each status may go next.
ACTION_FLOWS: dict[ActionKind, tuple[ActionStatus, dict[ActionStatus, set[ActionStatus]]]] = {
    ActionKind.ADVICE: (S.DONE, {}),
    ActionKind.DESIST_LETTER: (S.PLANNED, _SIMPLE),
    ActionKind.SINGLE_CONTACT: (S.IN_PROGRESS, {S.IN_PROGRESS: {S.DONE, S.CANCELLED}}),
    ActionKind.LEGAL: (S.IN_PROGRESS, {S.IN_PROGRESS: {S.DONE, S.CANCELLED}}),
    ActionKind.WARD_COLLEAGUES: (S.IN_PROGRESS, {S.IN_PROGRESS: {S.DONE, S.CANCELLED}}),
    ActionKind.TAKEDOWN: (
        S.REQUESTED,
        {S.REQUESTED: {S.TAKEN_DOWN, S.REFUSED, S.CANCELLED}, S.REFUSED: {S.REQUESTED}},
    ),
    ActionKind.INJUNCTION: (
        S.PLANNED,
        {
            S.PLANNED: {S.APPLIED, S.CANCELLED},
            S.APPLIED: {S.GRANTED, S.REFUSED},
            S.GRANTED: {S.BREACHED, S.DONE},
            # A breach is recorded each time it happens; the order stays in force.
            S.BREACHED: {S.BREACHED, S.DONE},
        },
    ),
}
FINISHED = frozenset({S.DONE, S.TAKEN_DOWN, S.REFUSED, S.CANCELLED})


def initial_status(kind: str) -> ActionStatus:
    return ACTION_FLOWS[ActionKind(kind)][0]


def next_statuses(kind: str, status: str) -> list[ActionStatus]:
    flow = ACTION_FLOWS[ActionKind(kind)][1]
    return sorted(flow.get(ActionStatus(status), set()), key=list(ActionStatus).index)


# What the councillor reads about each action: plain words, no internal detail.
_PLAIN: dict[tuple[ActionKind, ActionStatus | None], str] = {
    (ActionKind.ADVICE, None): "We sent you advice on keeping yourself safe.",
    (ActionKind.DESIST_LETTER, None): "We are preparing a letter asking the sender to stop.",
    (ActionKind.DESIST_LETTER, S.DONE): "We sent a letter asking the sender to stop.",
    (ActionKind.DESIST_LETTER, S.CANCELLED): "We decided not to send a letter to the sender.",
    (ActionKind.SINGLE_CONTACT, None): (
        "The sender has been told to contact one named council officer only, not you."
    ),
    (ActionKind.SINGLE_CONTACT, S.DONE): (
        "The arrangement for the sender to contact one named officer has ended."
    ),
    (
        ActionKind.LEGAL,
        None,
    ): "The council's legal team now handles correspondence with the sender.",
    (
        ActionKind.LEGAL,
        S.DONE,
    ): "The legal team has finished handling correspondence with the sender.",
    (ActionKind.WARD_COLLEAGUES, None): (
        "Your ward colleagues are handling contact with this person for now."
    ),
    (
        ActionKind.WARD_COLLEAGUES,
        S.DONE,
    ): "Your ward colleagues are no longer handling this contact.",
    (ActionKind.TAKEDOWN, None): "We asked the platform to remove the content.",
    (ActionKind.TAKEDOWN, S.TAKEN_DOWN): "The platform removed the content.",
    (ActionKind.TAKEDOWN, S.REFUSED): "The platform refused to remove the content.",
    (ActionKind.INJUNCTION, None): "The council is considering applying for an injunction.",
    (ActionKind.INJUNCTION, S.APPLIED): "The council has applied to the court for an injunction.",
    (ActionKind.INJUNCTION, S.GRANTED): "The court granted an injunction.",
    (ActionKind.INJUNCTION, S.REFUSED): "The court refused the injunction.",
    (ActionKind.INJUNCTION, S.BREACHED): (
        "The injunction was breached; we have told the court and the police."
    ),
    (ActionKind.INJUNCTION, S.DONE): "The injunction has ended.",
}


def plain_words(kind: str, status: str) -> str:
    kind_ = ActionKind(kind)
    status_ = ActionStatus(status)
    if status_ == S.CANCELLED and (kind_, status_) not in _PLAIN:
        return f"We decided not to go ahead with: {kind_.label.lower()}."
    return _PLAIN.get((kind_, status_)) or _PLAIN[(kind_, None)]
