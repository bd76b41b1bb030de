"""The only ways to load subjects, suggestions, alerts and register markers for a person.

Each function answers 404 both when the record does not exist and when the person may not see
it. Reading without the right to change is a 403 on writes. One condition per line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from councillor_safety.accounts.roles import MANAGES_SUBJECT_SETTINGS
from councillor_safety.subjects.models import LinkSuggestion, PatternAlert, PvprMarker, Subject

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def may_read_subjects(user: User) -> bool:
    if not user.is_active:
        return False
    return user.reads_subjects


def may_check_before_visit(user: User) -> bool:
    if not user.is_active:
        return False
    return user.runs_visit_checks


def may_change_subject_settings(user: User) -> bool:
    if not user.is_active:
        return False
    return user.role in MANAGES_SUBJECT_SETTINGS


def in_council_for[M: Model](user: User, queryset: QuerySet[M]) -> QuerySet[M]:
    in_council = queryset.filter(council_id=user.council_id)
    if not may_read_subjects(user):
        return in_council.none()
    return in_council


def _get[M: Model](user: User, queryset: QuerySet[M], public_id: UUID | str) -> M:
    try:
        return in_council_for(user, queryset).get(public_id=public_id)
    except (queryset.model.DoesNotExist, ValueError) as exc:  # type: ignore[attr-defined]
        raise Http404 from exc


def require_manager(user: User) -> None:
    """Called after loading: a reader who may not change it gets 403, not 404."""
    if not user.manages_subjects:
        raise PermissionDenied


def get_subject_for_user(user: User, public_id: UUID | str) -> Subject:
    return _get(user, Subject.objects.select_related("council", "merged_into"), public_id)


def get_suggestion_for_user(user: User, public_id: UUID | str) -> LinkSuggestion:
    return _get(
        user,
        LinkSuggestion.objects.select_related("incident", "subject", "subject__council"),
        public_id,
    )


def get_alert_for_user(user: User, public_id: UUID | str) -> PatternAlert:
    return _get(
        user,
        PatternAlert.objects.select_related("council", "subject", "councillor", "acknowledged_by"),
        public_id,
    )


def get_marker_for_user(user: User, public_id: UUID | str) -> PvprMarker:
    return _get(
        user,
        PvprMarker.objects.select_related("council", "subject", "proposed_by", "approved_by"),
        public_id,
    )
