"""The only ways to load cases, letters, shares and packs for a person.

Like incidents: 404 when the record does not exist or the person may not see it; 403 when they
may see it but not change it. Police liaison officers never reach a case directly, only the
shares made to them, and only while the share is not revoked: checked on every request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from councillor_safety.accounts.roles import (
    MANAGES_CASE_LIBRARY,
    MANAGES_CASES,
    READS_CASES,
    RECEIVES_POLICE_SHARES,
    REPORTS_OWN_INCIDENTS,
)
from councillor_safety.cases.models import Case, EvidencePack, Letter, PoliceShare

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def reads_cases(user: User) -> bool:
    return user.is_active and user.role in READS_CASES


def manages_cases(user: User) -> bool:
    return user.is_active and user.role in MANAGES_CASES


def manages_case_library(user: User) -> bool:
    return user.is_active and user.role in MANAGES_CASE_LIBRARY


def receives_police_shares(user: User) -> bool:
    return user.is_active and user.role in RECEIVES_POLICE_SHARES


def cases_visible_to(user: User) -> QuerySet[Case]:
    in_council = Case.objects.filter(council_id=user.council_id)
    if reads_cases(user):
        return in_council
    if user.is_active and user.role in REPORTS_OWN_INCIDENTS:
        return in_council.filter(councillor=user)
    return in_council.none()


def get_case_for_user(user: User, reference: str) -> Case:
    try:
        return (
            cases_visible_to(user)
            .select_related("council", "councillor", "owner")
            .get(reference=reference)
        )
    except Case.DoesNotExist as exc:
        raise Http404 from exc


def get_case_for_staff(user: User, reference: str) -> Case:
    """A case for officers' eyes: the councillor's own case is still a 404 on staff pages."""
    if not reads_cases(user):
        raise Http404
    return get_case_for_user(user, reference)


def get_case_for_manager(user: User, reference: str) -> Case:
    case = get_case_for_staff(user, reference)
    if not manages_cases(user):
        raise PermissionDenied
    return case


def get_letter_for_staff(user: User, public_id: UUID) -> Letter:
    if not reads_cases(user):
        raise Http404
    try:
        return Letter.objects.select_related("case", "template", "drafted_by", "approved_by").get(
            public_id=public_id, case__council_id=user.council_id
        )
    except Letter.DoesNotExist as exc:
        raise Http404 from exc


def get_share_for_manager(user: User, public_id: UUID) -> PoliceShare:
    if not reads_cases(user):
        raise Http404
    try:
        share = PoliceShare.objects.select_related("case", "officer").get(
            public_id=public_id, case__council_id=user.council_id
        )
    except PoliceShare.DoesNotExist as exc:
        raise Http404 from exc
    if not manages_cases(user):
        raise PermissionDenied
    return share


def shares_for_police(user: User) -> QuerySet[PoliceShare]:
    if not receives_police_shares(user):
        return PoliceShare.objects.none()
    return PoliceShare.objects.filter(
        officer=user, case__council_id=user.council_id, revoked_at__isnull=True
    )


def get_share_for_police(user: User, public_id: UUID) -> PoliceShare:
    try:
        return (
            shares_for_police(user).select_related("case", "case__council").get(public_id=public_id)
        )
    except PoliceShare.DoesNotExist as exc:
        raise Http404 from exc


def get_pack_for_staff(user: User, public_id: UUID) -> EvidencePack:
    if not reads_cases(user):
        raise Http404
    try:
        return EvidencePack.objects.select_related("case").get(
            public_id=public_id,
            case__council_id=user.council_id,
            status=EvidencePack.Status.READY,
        )
    except EvidencePack.DoesNotExist as exc:
        raise Http404 from exc
