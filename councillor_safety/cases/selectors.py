"""Reads for case pages: similar cases, the councillor's plain-language view, the meeting pack."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from councillor_safety.cases.models import (
    Case,
    CaseEvent,
    CouncilAction,
    LiaisonMeeting,
    PoliceShare,
)
from councillor_safety.cases.states import plain_words
from councillor_safety.cases.taxonomy import CaseStatus, SharedField
from councillor_safety.incidents.models import Incident

OPEN_STATUSES = [s for s in CaseStatus if s != CaseStatus.CLOSED]


def _identifiers(incidents: Sequence[Incident]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {
        "sender_email": set(),
        "sender_phone": set(),
        "sender_social_handle": set(),
        "sender_name": set(),
    }
    for incident in incidents:
        for key, values in found.items():
            value = str(getattr(incident, key)).strip()
            if value:
                values.add(value)
    return found


def similar_open_cases(
    *, council_id: int, councillor_id: int | None, incidents: Sequence[Incident]
) -> QuerySet[Case]:
    """Open cases for the same councillor, or holding an incident from the same sender: one
    linked to the same subject (normalised identifiers, confirmed matches), or with the same
    sender details as typed when the incident is not linked yet."""
    match = Q(councillor_id=councillor_id) if councillor_id else Q(pk__in=[])
    for key, values in _identifiers(incidents).items():
        for value in values:
            match |= Q(**{f"incidents__{key}__iexact": value})
    subject_ids = {
        s
        for s in Incident.objects.filter(pk__in=[i.pk for i in incidents]).values_list(
            "subject_links__subject_id", flat=True
        )
        if s is not None
    }
    if subject_ids:
        match |= Q(incidents__subject_links__subject_id__in=subject_ids)
    return (
        Case.objects.filter(council_id=council_id, status__in=OPEN_STATUSES)
        .filter(match)
        .select_related("councillor", "owner")
        .distinct()
        .order_by("-created_at")[:10]
    )


@dataclass(frozen=True)
class PlainAction:
    started_on: datetime.date
    words: str
    finished_on: datetime.date | None


def councillor_view(case: Case) -> dict[str, Any]:
    """What a councillor sees of their case: actions in plain words, never notes or letters."""
    actions = list(
        CouncilAction.objects.filter(case=case)
        .order_by("started_on", "id")
        .prefetch_related("advice")
    )
    return {
        "actions": [
            PlainAction(a.started_on, plain_words(a.kind, a.status), a.completed_on)
            for a in actions
        ],
        # The same article given twice is listed once.
        "advice": list(
            {a.pk: a for action in actions for a in action.advice.all() if a.is_active}.values()
        ),
        "next_update_due": case.next_update_due,
        "incidents": case.incidents.order_by("occurred_on"),
    }


def police_view(share: PoliceShare) -> list[dict[str, Any]]:
    """The shared incidents, each carrying only the fields the council chose to share."""
    chosen = set(share.fields)
    evidence_by_incident: dict[int | None, list[Any]] = {}
    for item in share.evidence.all():
        evidence_by_incident.setdefault(item.incident_id, []).append(item)
    rows = []
    for incident in (
        share.incidents.order_by("occurred_on", "reference")
        .select_related("councillor")
        .prefetch_related("categories")
    ):
        row: dict[str, Any] = {"reference": incident.reference}
        if SharedField.OCCURRED in chosen:
            row["occurred_on"] = incident.occurred_on
            row["occurred_time"] = incident.occurred_time
            row["location"] = incident.location
        if SharedField.CHANNEL in chosen:
            row["channel"] = incident.get_channel_display()
        if SharedField.CATEGORIES in chosen:
            row["categories"] = incident.category_labels
        if SharedField.DESCRIPTION in chosen:
            row["description"] = incident.description
        if SharedField.IMPACT in chosen:
            row["impact"] = incident.impact
        if SharedField.SENDER in chosen:
            row["sender"] = {
                "name": incident.sender_name,
                "email": incident.sender_email,
                "phone": incident.sender_phone,
                "social_handle": incident.sender_social_handle,
                "address": incident.sender_address,
                "description": incident.sender_description,
            }
        if SharedField.COUNCILLOR in chosen:
            row["councillor"] = f"{incident.councillor.display_name}, {incident.councillor.ward}"
        if SharedField.RISK in chosen:
            row["risk_signs"] = incident.risk_signs
            row["characteristics"] = incident.characteristics
        row["evidence"] = evidence_by_incident.get(incident.pk, [])
        rows.append(row)
    return rows


def last_meeting(council_id: int) -> LiaisonMeeting | None:
    return LiaisonMeeting.objects.filter(council_id=council_id).order_by("-held_at").first()


def meeting_pack(council_id: int) -> dict[str, Any]:
    """Cases with the police, and everything new or changed on them since the last meeting."""
    previous = last_meeting(council_id)
    since = previous.held_at if previous else None
    cases = list(
        Case.objects.filter(council_id=council_id, shares__isnull=False)
        .distinct()
        .select_related("councillor", "owner")
        .order_by("reference")
    )
    sections = []
    for case in cases:
        events = CaseEvent.objects.filter(case=case).select_related("actor")
        if since is not None:
            events = events.filter(at__gt=since)
        shares = list(case.shares.select_related("officer").order_by("shared_at"))
        sections.append(
            {
                "case": case,
                "is_new": since is None or case.created_at > since,
                "changes": list(events),
                "shares": shares,
                "crime_references": sorted(
                    {s.crime_reference for s in shares if s.crime_reference}
                ),
            }
        )
    changed = [s for s in sections if s["changes"] or s["is_new"]]
    return {
        "since": since,
        "generated_at": timezone.localtime(),
        "changed": changed,
        "unchanged": [s for s in sections if s not in changed],
    }
