"""The only ways to load incidents and evidence for a person.

Each function answers 404 both when the record does not exist and when the person may not see
it, so a guessed reference reveals nothing. One condition per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from councillor_safety.incidents.models import Evidence, Incident, ReportDraft

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def incidents_visible_to(user: User) -> QuerySet[Incident]:
    in_council = Incident.objects.filter(council_id=user.council_id)
    if not user.is_active:
        return in_council.none()
    if user.reads_all_incidents:
        return in_council
    if user.is_councillor:
        return in_council.filter(councillor=user)
    return in_council.none()


def get_incident_for_user(user: User, reference: str) -> Incident:
    try:
        return (
            incidents_visible_to(user)
            .select_related("council", "councillor", "reported_by", "assigned_to")
            .get(reference=reference)
        )
    except Incident.DoesNotExist as exc:
        raise Http404 from exc


def get_incident_for_manager(user: User, reference: str) -> Incident:
    """An incident the person may change; seeing it without that right is a 403, not a 404."""
    incident = get_incident_for_user(user, reference)
    if not user.manages_incidents:
        raise PermissionDenied
    return incident


def get_evidence_for_user(user: User, public_id: str) -> Evidence:
    try:
        evidence = Evidence.objects.select_related("incident", "draft").get(public_id=public_id)
    except (Evidence.DoesNotExist, ValueError) as exc:
        raise Http404 from exc
    if evidence.council_id != user.council_id:
        raise Http404
    if evidence.incident is not None:
        if not incidents_visible_to(user).filter(pk=evidence.incident.pk).exists():
            raise Http404
        return evidence
    if evidence.draft is not None and evidence.draft.author_id == user.pk:
        return evidence
    raise Http404


def get_draft_for_user(user: User, public_id: str) -> ReportDraft:
    try:
        return ReportDraft.objects.get(public_id=public_id, author=user, council_id=user.council_id)
    except (ReportDraft.DoesNotExist, ValueError) as exc:
        raise Http404 from exc
