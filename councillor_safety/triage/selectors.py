"""Reads for the triage pages: what is due first, and each incident's triage history."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone

from councillor_safety.incidents.access import incidents_visible_to
from councillor_safety.incidents.taxonomy import Status
from councillor_safety.triage.models import CommitteeReferral, IncidentTriage
from councillor_safety.triage.services import rota_gaps

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def due_queue(user: User, now: datetime | None = None) -> dict[str, Any]:
    """Open incidents by what is due first: overdue acknowledgements, then overdue updates, then the rest."""
    now = now or timezone.now()
    open_triage: QuerySet[IncidentTriage] = (
        IncidentTriage.objects.filter(incident__in=incidents_visible_to(user))
        .exclude(incident__status=Status.CLOSED)
        .select_related("incident__councillor", "incident__assigned_to")
    )
    unacknowledged = open_triage.filter(acknowledged_at__isnull=True).order_by("acknowledge_due_at")
    acknowledged = open_triage.filter(acknowledged_at__isnull=False).order_by("next_update_due_at")
    return {
        "now": now,
        "ack_overdue": [t for t in unacknowledged if t.acknowledge_due_at <= now],
        "ack_due": [t for t in unacknowledged if t.acknowledge_due_at > now],
        "update_overdue": [t for t in acknowledged if t.next_update_due_at <= now],
        "update_due": [t for t in acknowledged if t.next_update_due_at > now][:50],
        "outcomes": CommitteeReferral.objects.filter(
            council_id=user.council_id,
            status=CommitteeReferral.Status.DECIDED,
            outcome_seen_at__isnull=True,
        ).select_related("incident"),
        "gaps": rota_gaps(user.council, now, now + timedelta(days=7)),
    }
