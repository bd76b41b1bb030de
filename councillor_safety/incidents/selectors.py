"""Reads of incidents that involve filtering, for the officers' inbox and a councillor's list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, QuerySet

from councillor_safety.core.audit import audit_trail_for
from councillor_safety.incidents.access import incidents_visible_to
from councillor_safety.incidents.models import Incident, IncidentCategory, IncidentNote

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def incident_inbox(*, user: User, filters: dict[str, Any]) -> QuerySet[Incident]:
    incidents = (
        incidents_visible_to(user)
        .select_related("councillor", "assigned_to")
        .prefetch_related(Prefetch("categories", queryset=IncidentCategory.objects.order_by("id")))
    )
    if filters.get("status"):
        incidents = incidents.filter(status=filters["status"])
    if filters.get("category"):
        incidents = incidents.filter(categories__category=filters["category"])
    if filters.get("councillor"):
        incidents = incidents.filter(councillor_id=filters["councillor"])
    if filters.get("date_from"):
        incidents = incidents.filter(created_at__date__gte=filters["date_from"])
    if filters.get("date_to"):
        incidents = incidents.filter(created_at__date__lte=filters["date_to"])
    if filters.get("assigned") == "me":
        incidents = incidents.filter(assigned_to=user)
    elif filters.get("assigned") == "none":
        incidents = incidents.filter(assigned_to__isnull=True)
    return incidents.distinct()


def my_reports(*, user: User) -> QuerySet[Incident]:
    return incidents_visible_to(user).filter(councillor=user).prefetch_related("categories")


def incident_timeline(incident: Incident) -> list[dict[str, Any]]:
    """What happened to an incident, oldest first: changes from the audit trail, and notes."""
    entries: list[dict[str, Any]] = [
        {
            "at": e.occurred_at,
            "who": e.actor.display_name if e.actor else e.actor_label,
            "what": _describe(e.action),
            "detail": e.summary,
        }
        for e in audit_trail_for(incident)
        if e.action != "incident.note_added"  # the note itself is listed below
    ]
    entries += [
        {"at": n.created_at, "who": n.author.display_name, "what": "Note", "detail": n.text}
        for n in IncidentNote.objects.filter(incident=incident).select_related("author")
    ]
    return sorted(entries, key=lambda entry: entry["at"])


_ACTION_WORDS = {
    "incident.reported": "Reported",
    "incident.assigned": "Assigned",
    "incident.status_changed": "Status changed",
}


def _describe(action: str) -> str:
    return _ACTION_WORDS.get(action, action)
