"""The Potentially Violent Persons Register: markers, their approval and review, and the check.

A marker answers a check only while it is approved and its review date has not passed. The check
answers in one of two sentences and nothing else; the details stay with the SPoC team, who learn
from the check's record that someone is about to visit.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from rapidfuzz import fuzz

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Incident
from councillor_safety.subjects.linking import ADDRESS_THRESHOLD, NAME_THRESHOLD
from councillor_safety.subjects.models import IncidentLink, PvprCheck, PvprMarker, Subject
from councillor_safety.subjects.normalisation import (
    Kind,
    Normalised,
    house_numbers,
    normalise_address,
    normalise_name,
)
from councillor_safety.subjects.patterns import settings_for

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User

NO_CONCERNS = PvprCheck.Answer.NO_CONCERNS
CONTACT_SPOC = PvprCheck.Answer.CONTACT_SPOC


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def live_markers(council_id: int, *, today: date | None = None) -> QuerySet[PvprMarker]:
    """Markers that answer checks: approved, and not past their review date."""
    today = today or timezone.localdate()
    return PvprMarker.objects.filter(
        council_id=council_id,
        status=PvprMarker.Status.APPROVED,
        approved_by__isnull=False,
        review_due_on__gte=today,
    )


def markers_due_for_review(council_id: int, *, within_days: int = 30) -> QuerySet[PvprMarker]:
    today = timezone.localdate()
    return PvprMarker.objects.filter(
        council_id=council_id,
        status=PvprMarker.Status.APPROVED,
        review_due_on__lte=today + timedelta(days=within_days),
    ).select_related("subject")


def marker_propose(
    *,
    subject: Subject,
    incident_ids: Collection[int],
    risk: str,
    mitigations: str,
    person_told: bool,
    person_told_on: date | None,
    acting_user: User,
) -> PvprMarker:
    if subject.status != Subject.Status.ACTIVE or subject.council_id != acting_user.council_id:
        raise ValidationError("Choose an active subject of your council")
    linked = set(
        IncidentLink.objects.filter(subject=subject, incident_id__in=incident_ids).values_list(
            "incident_id", flat=True
        )
    )
    if not incident_ids or linked != set(incident_ids):
        raise ValidationError("Choose the incidents of this subject that the marker rests on")
    if person_told and person_told_on is None:
        raise ValidationError("Give the date the person was told")
    with transaction.atomic():
        marker = PvprMarker.objects.create(
            council_id=subject.council_id,
            subject=subject,
            risk=risk,
            mitigations=mitigations,
            proposed_by=acting_user,
            person_told=person_told,
            person_told_on=person_told_on if person_told else None,
        )
        marker.incidents.set(Incident.objects.filter(pk__in=linked))
        audit_record(
            actor=acting_user,
            action="pvpr.marker_proposed",
            council=subject.council,
            target=marker,
            summary="Register marker proposed, waiting for a senior manager's approval",
        )
    return marker


def marker_approve(*, marker: PvprMarker, review_due_on: date, acting_user: User) -> PvprMarker:
    """Approve a proposed marker, or re-approve one on review with its next review date."""
    if not acting_user.approves_pvpr_markers:
        raise PermissionDenied
    if marker.status == PvprMarker.Status.WITHDRAWN:
        raise ValidationError("A withdrawn marker cannot be approved; propose a new one")
    if (
        marker.status == PvprMarker.Status.AWAITING_APPROVAL
        and marker.proposed_by_id == acting_user.pk
    ):
        raise ValidationError("Another senior manager must approve a marker you proposed")
    today = timezone.localdate()
    longest = add_months(today, settings_for(marker.council_id).marker_review_months)
    if review_due_on <= today:
        raise ValidationError("The review date must be in the future")
    if review_due_on > longest:
        raise ValidationError(f"The review date must be no later than {longest:%-d %B %Y}")
    with transaction.atomic():
        was = marker.status
        marker.status = PvprMarker.Status.APPROVED
        marker.approved_by = acting_user
        marker.approved_at = timezone.now()
        marker.review_due_on = review_due_on
        marker.save(update_fields=["status", "approved_by", "approved_at", "review_due_on"])
        audit_record(
            actor=acting_user,
            action="pvpr.marker_approved" if was != marker.status else "pvpr.marker_reviewed",
            council=marker.council,
            target=marker,
            summary=f"Approved until review on {review_due_on:%-d %B %Y}",
        )
    return marker


def marker_withdraw(*, marker: PvprMarker, reason: str, acting_user: User) -> PvprMarker:
    if marker.status == PvprMarker.Status.WITHDRAWN:
        raise ValidationError("This marker has already been withdrawn")
    with transaction.atomic():
        marker.status = PvprMarker.Status.WITHDRAWN
        marker.save(update_fields=["status"])
        audit_record(
            actor=acting_user,
            action="pvpr.marker_withdrawn",
            council=marker.council,
            target=marker,
            summary=f"Withdrawn: {reason}",
        )
    return marker


def marker_record_told(*, marker: PvprMarker, told_on: date, acting_user: User) -> PvprMarker:
    if told_on > timezone.localdate():
        raise ValidationError("The date the person was told must be today or in the past")
    with transaction.atomic():
        marker.person_told = True
        marker.person_told_on = told_on
        marker.save(update_fields=["person_told", "person_told_on"])
        audit_record(
            actor=acting_user,
            action="pvpr.person_told",
            council=marker.council,
            target=marker,
            summary=f"The person was told on {told_on:%-d %B %Y}",
        )
    return marker


@dataclass(frozen=True)
class CheckAnswer:
    """All a check may say. Nothing else leaves pvpr_check."""

    answer: PvprCheck.Answer

    @property
    def text(self) -> str:
        return str(self.answer.label)


def _names_match(wanted: Normalised | None, value: str) -> bool:
    if wanted is None or wanted.malformed:
        return False
    return fuzz.token_sort_ratio(wanted.value, value) >= NAME_THRESHOLD


def _addresses_match(wanted: Normalised | None, value: str) -> bool:
    if wanted is None or not wanted.value:
        return False
    ours, theirs = house_numbers(wanted.value), house_numbers(value)
    if ours and theirs and ours != theirs:
        return False
    # A postcode alone matches every address in it: with a marker at stake, caution wins.
    return fuzz.WRatio(wanted.value, value) >= ADDRESS_THRESHOLD


def _matching_markers(council_id: int, name: str, address: str) -> list[PvprMarker]:
    wanted_name = normalise_name(name) if name.strip() else None
    wanted_address = normalise_address(address) if address.strip() else None
    matched = []
    for marker in live_markers(council_id).prefetch_related("subject__identifiers"):
        for identifier in marker.subject.identifiers.all():
            if identifier.is_malformed:
                continue
            if (
                identifier.kind == Kind.NAME and _names_match(wanted_name, identifier.normalised)
            ) or (
                identifier.kind == Kind.ADDRESS
                and _addresses_match(wanted_address, identifier.normalised)
            ):
                matched.append(marker)
                break
    return matched


def pvpr_check(*, name: str, address: str, acting_user: User) -> CheckAnswer:
    """Answer a check before a visit, and log it. Errs towards "contact the SPoC team"."""
    if not acting_user.runs_visit_checks:
        raise PermissionDenied
    if not name.strip() and not address.strip():
        raise ValidationError("Enter a name or an address")
    matched = _matching_markers(acting_user.council_id, name, address)
    answer = CONTACT_SPOC if matched else NO_CONCERNS
    with transaction.atomic():
        check = PvprCheck.objects.create(
            council_id=acting_user.council_id,
            checked_by=acting_user,
            name=name.strip()[:200],
            address=address.strip(),
            answer=answer,
        )
        check.matched_markers.set(matched)
        given = " and ".join(w for w, v in (("a name", name), ("an address", address)) if v.strip())
        # The answer is kept on the check record for the SPoC team, not in the wider audit log.
        audit_record(
            actor=acting_user,
            action="pvpr.checked",
            council=acting_user.council,
            target=check,
            summary=f"Check before a visit: {given} entered",
        )
    return CheckAnswer(answer)
