"""Priorities, the threat-assessment questions, and the facts a triage rule can test."""

from __future__ import annotations

from django.db import models

from councillor_safety.incidents.taxonomy import Category


class Priority(models.TextChoices):
    P1 = "P1", "P1 emergency"
    P2 = "P2", "P2 high"
    P3 = "P3", "P3 medium"
    P4 = "P4", "P4 low"


URGENCY = {Priority.P1: 1, Priority.P2: 2, Priority.P3: 3, Priority.P4: 4}
PRIORITY_TAG = {
    Priority.P1: "govuk-tag--red",
    Priority.P2: "govuk-tag--orange",
    Priority.P3: "govuk-tag--yellow",
    Priority.P4: "govuk-tag--grey",
}


def most_urgent(priorities: list[Priority]) -> Priority:
    return min(priorities, key=lambda p: URGENCY[p])


def raised(priority: Priority, *, ceiling: Priority) -> Priority:
    """One level more urgent, unless already at or above the ceiling."""
    if URGENCY[priority] <= URGENCY[ceiling]:
        return priority
    by_urgency = sorted(Priority, key=lambda p: URGENCY[p])
    return by_urgency[URGENCY[priority] - 2]


class ClockKind(models.TextChoices):
    ROUND_THE_CLOCK = "round_the_clock", "Round the clock (24/7)"
    WORKING = "working", "Working hours"


class Question(models.TextChoices):
    """The structured threat assessment (LGA Debate Not Hate; fixated-threat practice)."""

    THREAT_TO_HARM = "threat_to_harm", "Has there been a threat to kill or harm?"
    KNOWS_ADDRESS = "knows_address", "Do they know the councillor's home address or family?"
    TURNED_UP = "turned_up", "Have they turned up in person?"
    FOLLOWED = "followed", "Has the councillor been followed, or has someone loitered?"
    FREQUENT = "frequent", "More than three contacts a week?"
    ESCALATING = "escalating", "Is it getting worse?"
    EARLIER_INCIDENTS = "earlier_incidents", "Earlier incidents from the same person?"
    FIXATED = "fixated", "A fixated grievance (one issue, pursued relentlessly)?"
    PROPERTY_DAMAGED = "property_damaged", "Has property been damaged?"
    OTHERS_RECRUITED = "others_recruited", "Have others been recruited, or third parties harassed?"
    WEAPONS = "weapons", "Have weapons been mentioned?"
    BREACHED_ORDER = "breached_order", "Have they breached a warning or court order?"
    DRUGS_ALCOHOL = "drugs_alcohol", "Are drugs or alcohol involved?"
    PAST_VIOLENCE = "past_violence", "Is there known past violence?"
    VERY_FRIGHTENED = "very_frightened", "Is the councillor very frightened?"
    MENTAL_HEALTH_CRISIS = "mental_health_crisis", "Are there signs of a mental-health crisis?"


# A fact a rule can test: an assessment answer, a report category, danger, or aggravation.
IN_DANGER = "in_danger"
AGGRAVATED = "aggravated"
SCREENED_THREAT = "screened_threat"
CATEGORY_PREFIX = "category:"


def factor_choices() -> list[tuple[str, str]]:
    return [
        (IN_DANGER, "The councillor said they were in danger"),
        (AGGRAVATED, "Targeted because of a protected characteristic (hate-crime strand)"),
        (SCREENED_THREAT, "Screening found a likely threat in the mail or the evidence"),
        *[(q.value, q.label) for q in Question],
        *[(f"{CATEGORY_PREFIX}{c.value}", f"Reported as: {c.label}") for c in Category],
    ]


FACTOR_LABELS = dict(factor_choices())


class RecommendedResponse(models.TextChoices):
    NO_ACTION = "no_action", "No action: it did not cross the line"
    ADVICE = "advice", "Advise the councillor (block, filter, privacy settings)"
    LETTER = "letter", "A letter to the sender from the council"
    SINGLE_CONTACT = "single_contact", "A single point of contact for the sender"
    POLICE = "police", "Refer to the police"
    OTHER = "other", "Something else (say what in the reasons)"


SERIOUSNESS = [
    RecommendedResponse.POLICE,
    RecommendedResponse.SINGLE_CONTACT,
    RecommendedResponse.LETTER,
    RecommendedResponse.ADVICE,
    RecommendedResponse.OTHER,
    RecommendedResponse.NO_ACTION,
]
