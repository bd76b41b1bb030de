"""Triage history for the demo council: a rota, priorities and clocks, and committee cases."""

from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.taxonomy import Status
from councillor_safety.triage import committee, services
from councillor_safety.triage.models import IncidentTriage, TriageDecision
from councillor_safety.triage.policy import policy_current
from councillor_safety.triage.taxonomy import RecommendedResponse


def make_triage_history(council: Council, staff: list[User], rng: random.Random) -> None:
    officers = [u for u in staff if u.role == Role.SPOC_OFFICER]
    manager = next(u for u in staff if u.role == Role.SENIOR_MANAGER)
    members = [u for u in staff if u.role == Role.COMMITTEE_MEMBER]
    _make_rota(council, officers, manager)
    policy = policy_current(council)
    now = timezone.now()
    for incident in (
        Incident.objects.filter(council=council)
        .select_related("assigned_to")
        .order_by("created_at")
    ):
        if incident.status == Status.NEW and now - incident.created_at < timedelta(days=3):
            services.triage_start(incident_id=incident.pk, now=incident.created_at)
            continue
        # Older incidents were triaged and acknowledged in their day.
        suggestion = services.suggestion_for(incident, policy)
        officer = incident.assigned_to or rng.choice(officers)
        acknowledged = incident.created_at + timedelta(minutes=rng.randint(5, 180))
        IncidentTriage.objects.create(
            incident=incident,
            priority=suggestion.priority,
            confirmed=True,
            policy=policy,
            acknowledge_due_at=services._due(
                policy, suggestion.priority, incident.created_at, "acknowledge"
            ),
            acknowledged_at=acknowledged,
            acknowledged_by=officer,
            next_update_due_at=services._due(
                policy, suggestion.priority, now - timedelta(days=rng.randint(-6, 2)), "update"
            ),
            safeguarding_suggested=suggestion.safeguarding,
        )
        decision = TriageDecision.objects.create(
            incident=incident,
            priority=suggestion.priority,
            suggested_priority=suggestion.priority,
            reasons=suggestion.reasons,
            policy=policy,
            decided_by=officer,
        )
        TriageDecision.objects.filter(pk=decision.pk).update(decided_at=acknowledged)
    _make_committee_cases(council, officers[0], members, rng)


def _make_rota(council: Council, officers: list[User], manager: User) -> None:
    """Alternate officers in 12-hour shifts from a week ago to a fortnight ahead."""
    start = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(
        days=7
    )
    for n in range(42):
        starts = start + timedelta(hours=12 * n)
        services.shift_add(
            council=council,
            officer=officers[n % len(officers)],
            starts_at=starts,
            ends_at=starts + timedelta(hours=12),
            acting_user=manager,
        )


def _make_committee_cases(
    council: Council, officer: User, members: list[User], rng: random.Random
) -> None:
    low = list(
        IncidentTriage.objects.filter(incident__council=council, priority__in=["P3", "P4"])
        .exclude(incident__status=Status.CLOSED)
        .select_related("incident")[:3]
    )
    for n, triage in enumerate(low):
        referral = committee.referral_create(
            incident=triage.incident,
            summary=f"{triage.incident.description}\n\n(The councillor's name and ward are withheld.)",
            identity_needed=False,
            acting_user=officer,
        )
        # The first case is one review short of the quorum, so the demo committee member can decide it.
        for member in members[1 : 1 + min(n + 1, referral.quorum - 1)]:
            if committee.conflict_of_interest(member, triage.incident) is None:
                committee.review_record(
                    referral=referral,
                    member=member,
                    crossed_line=rng.random() < 0.7,
                    recommended_response=RecommendedResponse.LETTER,
                    reasons="Personal abuse rather than comment on the decision.",
                )
