"""The starting policy every council gets, from the service design's triage table.

| priority | when | clock | default actions |
| P1 emergency | threat to life or of serious harm, someone at the door, weapons | 15 min, 24/7 | 999 advice, police referral, safety plan |
| P2 high | credible threat, stalking, harassment pattern, hate crime, sexual harassment | 4 working hours | police referral, risk assessment review |
| P3 medium | abusive, not clearly criminal | 2 working days | council action, committee review |
| P4 low | rude or offensive | 5 working days | log, advise |
"""

from __future__ import annotations

from councillor_safety.triage.taxonomy import (
    CATEGORY_PREFIX,
    IN_DANGER,
    SCREENED_THREAT,
    ClockKind,
    Priority,
    Question,
)

HOUR = 60
WORKING_DAY = 8 * HOUR

DEFAULT_CLOCKS: dict[Priority, dict[str, object]] = {
    Priority.P1: {
        "kind": ClockKind.ROUND_THE_CLOCK,
        "acknowledge_minutes": 15,
        "update_minutes": 24 * HOUR,
        "escalate_minutes": 15,
        "default_actions": "Give 999 advice and check the councillor is safe now\nRefer to the police\nAgree a safety plan",
    },
    Priority.P2: {
        "kind": ClockKind.WORKING,
        "acknowledge_minutes": 4 * HOUR,
        "update_minutes": WORKING_DAY,
        "escalate_minutes": HOUR,
        "default_actions": "Refer to the police\nReview the councillor's risk assessment",
    },
    Priority.P3: {
        "kind": ClockKind.WORKING,
        "acknowledge_minutes": 2 * WORKING_DAY,
        "update_minutes": 5 * WORKING_DAY,
        "escalate_minutes": WORKING_DAY,
        "default_actions": "Consider council action: a letter, or a single point of contact for the sender\nConsider referral to the review committee",
    },
    Priority.P4: {
        "kind": ClockKind.WORKING,
        "acknowledge_minutes": 5 * WORKING_DAY,
        "update_minutes": 10 * WORKING_DAY,
        "escalate_minutes": 2 * WORKING_DAY,
        "default_actions": "Log it\nAdvise the councillor: blocking, filters, privacy settings",
    },
}


def _cat(code: str) -> str:
    return f"{CATEGORY_PREFIX}{code}"


DEFAULT_RULES: list[tuple[list[str], Priority]] = [
    # P1: threat to life or of serious harm, someone at the door, weapons
    ([IN_DANGER], Priority.P1),
    # A threat found by screening reaches the on-call officer in minutes; a person then confirms.
    ([SCREENED_THREAT], Priority.P1),
    ([Question.WEAPONS], Priority.P1),
    ([_cat("physical_attack")], Priority.P1),
    ([Question.THREAT_TO_HARM, Question.KNOWS_ADDRESS], Priority.P1),
    ([Question.THREAT_TO_HARM, Question.TURNED_UP], Priority.P1),
    ([Question.THREAT_TO_HARM, Question.PAST_VIOLENCE], Priority.P1),
    # P2: credible threat, stalking, harassment pattern, sexual harassment
    ([Question.THREAT_TO_HARM], Priority.P2),
    ([_cat("threat_of_harm")], Priority.P2),
    ([_cat("stalked")], Priority.P2),
    ([Question.FOLLOWED], Priority.P2),
    ([Question.TURNED_UP], Priority.P2),
    ([Question.KNOWS_ADDRESS], Priority.P2),
    ([_cat("sexual_harassment")], Priority.P2),
    ([Question.BREACHED_ORDER], Priority.P2),
    ([Question.PROPERTY_DAMAGED], Priority.P2),
    ([Question.ESCALATING], Priority.P2),
    ([Question.EARLIER_INCIDENTS, Question.FREQUENT], Priority.P2),
    ([Question.FIXATED], Priority.P2),
    # P3: abusive, not clearly criminal
    ([_cat("verbal_abuse")], Priority.P3),
    ([_cat("character_assassination")], Priority.P3),
    ([_cat("other_threatening")], Priority.P3),
    ([Question.OTHERS_RECRUITED], Priority.P3),
    ([Question.VERY_FRIGHTENED], Priority.P3),
    # Anything else is P4: rude or offensive.
]
