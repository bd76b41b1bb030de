"""Writes to subjects, suggestions and alerts. Each names its actor and is audited atomically."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from councillor_safety.accounts.models import Council
from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Incident
from councillor_safety.subjects.linking import incident_link
from councillor_safety.subjects.models import (
    IncidentLink,
    LinkSuggestion,
    PatternAlert,
    PvprMarker,
    Subject,
    SubjectHistory,
    SubjectIdentifier,
    SubjectSettings,
)
from councillor_safety.subjects.patterns import patterns_recompute, patterns_refresh

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def _history(
    subject: Subject,
    action: SubjectHistory.Action,
    acting_user: User | None,
    other: Subject | None = None,
    **detail: object,
) -> None:
    SubjectHistory.objects.create(
        subject=subject,
        council_id=subject.council_id,
        action=action,
        other_subject=other,
        actor=acting_user,
        detail=detail,
    )


def _merge(*, source: Subject, target: Subject, acting_user: User, reason: str) -> None:
    already = set(IncidentLink.objects.filter(subject=target).values_list("incident_id", flat=True))
    IncidentLink.objects.filter(subject=source, incident_id__in=already).delete()
    moved_links = IncidentLink.objects.filter(subject=source).update(subject=target)
    moved_identifiers = SubjectIdentifier.objects.filter(subject=source).update(subject=target)
    suggested = set(
        LinkSuggestion.objects.filter(subject=target).values_list("incident_id", flat=True)
    )
    LinkSuggestion.objects.filter(subject=source, incident_id__in=suggested | already).delete()
    LinkSuggestion.objects.filter(subject=source).update(subject=target)
    PvprMarker.objects.filter(subject=source).update(subject=target)
    source.status = Subject.Status.MERGED
    source.merged_into = target
    source.save(update_fields=["status", "merged_into"])
    detail = {"incidents": moved_links, "identifiers": moved_identifiers, "reason": reason}
    _history(target, SubjectHistory.Action.MERGED_IN, acting_user, other=source, **detail)
    _history(source, SubjectHistory.Action.MERGED_INTO, acting_user, other=target, **detail)
    audit_record(
        actor=acting_user,
        action="subjects.merged",
        council=target.council,
        target=target,
        summary=f"Merged subject {source.public_id} into this one: {reason}",
    )
    audit_record(
        actor=acting_user,
        action="subjects.merged_away",
        council=source.council,
        target=source,
        summary=f"Merged into subject {target.public_id}",
    )


def subject_merge(*, source: Subject, target: Subject, reason: str, acting_user: User) -> Subject:
    """Move everything known about `source` onto `target`; `source` stays, marked as merged."""
    if source.council_id != target.council_id:
        raise ValidationError(
            "These subjects belong to different councils and cannot be merged. Each council keeps its own subjects."
        )
    if source.pk == target.pk:
        raise ValidationError("Choose a different subject to merge with")
    if source.council_id != acting_user.council_id:
        raise ValidationError("You can only merge your own council's subjects")
    with transaction.atomic():
        locked = {
            s.pk: s
            for s in Subject.objects.select_for_update().filter(pk__in=[source.pk, target.pk])
        }
        if any(s.status != Subject.Status.ACTIVE for s in locked.values()):
            raise ValidationError("One of these subjects has already been merged")
        _merge(source=source, target=target, acting_user=acting_user, reason=reason)
    patterns_refresh(council_id=target.council_id, subject_ids=[source.pk, target.pk])
    return target


def subject_split(
    *,
    subject: Subject,
    identifier_ids: Collection[int],
    incident_ids: Collection[int],
    display_name: str,
    acting_user: User,
) -> Subject:
    """Move some identifiers and incidents to a new subject: they were someone else."""
    if not identifier_ids and not incident_ids:
        raise ValidationError("Choose the identifiers or incidents that belong to someone else")
    if subject.status != Subject.Status.ACTIVE:
        raise ValidationError("This subject has been merged; split the subject it joined")
    identifiers = SubjectIdentifier.objects.filter(subject=subject, pk__in=identifier_ids)
    links = IncidentLink.objects.filter(subject=subject, incident_id__in=incident_ids)
    if identifiers.count() != len(set(identifier_ids)) or links.count() != len(set(incident_ids)):
        raise ValidationError("Choose only identifiers and incidents of this subject")
    with transaction.atomic():
        new = Subject.objects.create(council_id=subject.council_id, display_name=display_name)
        moved_identifiers = identifiers.update(subject=new)
        moved_links = links.update(subject=new)
        detail = {
            "identifiers": moved_identifiers,
            "incidents": moved_links,
        }
        _history(subject, SubjectHistory.Action.SPLIT_OUT, acting_user, other=new, **detail)
        _history(new, SubjectHistory.Action.SPLIT_FROM, acting_user, other=subject, **detail)
        audit_record(
            actor=acting_user,
            action="subjects.split",
            council=subject.council,
            target=subject,
            summary=f"Split {moved_identifiers} identifier(s) and {moved_links} incident(s) out to subject {new.public_id}",
        )
    patterns_refresh(council_id=subject.council_id, subject_ids=[subject.pk, new.pk])
    return new


def suggestion_confirm(*, suggestion: LinkSuggestion, acting_user: User) -> Subject:
    """The incident's sender is the suggested subject. A subject made only from this incident
    is merged into it, so its identifiers are not lost."""
    if suggestion.status != LinkSuggestion.Status.OPEN:
        raise ValidationError("This possible match has already been decided")
    target = suggestion.subject
    if target.status != Subject.Status.ACTIVE:
        raise ValidationError(
            "The suggested subject has been merged; link to the subject it joined"
        )
    incident = suggestion.incident
    with transaction.atomic():
        new_from_report = [
            link.subject
            for link in IncidentLink.objects.filter(
                incident=incident, how=IncidentLink.How.NEW
            ).select_related("subject")
            if link.subject.status == Subject.Status.ACTIVE
            and link.subject_id != target.pk
            and not IncidentLink.objects.filter(subject_id=link.subject_id)
            .exclude(incident=incident)
            .exists()
        ]
        for source in new_from_report:
            _merge(
                source=source,
                target=target,
                acting_user=acting_user,
                reason=f"Confirmed match for {incident.reference}",
            )
        IncidentLink.objects.get_or_create(
            incident=incident,
            subject=target,
            defaults={
                "council_id": target.council_id,
                "how": IncidentLink.How.CONFIRMED,
                "created_by": acting_user,
            },
        )
        suggestion.status = LinkSuggestion.Status.CONFIRMED
        suggestion.decided_by = acting_user
        suggestion.decided_at = timezone.now()
        suggestion.save(update_fields=["status", "decided_by", "decided_at"])
        _history(
            target, SubjectHistory.Action.LINK_CONFIRMED, acting_user, incident=incident.reference
        )
        audit_record(
            actor=acting_user,
            action="subjects.match_confirmed",
            council=target.council,
            target=target,
            summary=f"{incident.reference} linked after review of a similar {suggestion.kind}",
        )
    patterns_refresh(
        council_id=target.council_id,
        subject_ids=[target.pk, *(s.pk for s in new_from_report)],
        councillor_id=incident.councillor_id,
        around=incident.occurred_on,
    )
    return target


def suggestion_reject(*, suggestion: LinkSuggestion, acting_user: User) -> LinkSuggestion:
    if suggestion.status != LinkSuggestion.Status.OPEN:
        raise ValidationError("This possible match has already been decided")
    with transaction.atomic():
        suggestion.status = LinkSuggestion.Status.REJECTED
        suggestion.decided_by = acting_user
        suggestion.decided_at = timezone.now()
        suggestion.save(update_fields=["status", "decided_by", "decided_at"])
        audit_record(
            actor=acting_user,
            action="subjects.match_rejected",
            council=suggestion.subject.council,
            target=suggestion.subject,
            summary=f"{suggestion.incident.reference} is not from this subject",
        )
    return suggestion


def alert_acknowledge(*, alert: PatternAlert, acting_user: User) -> PatternAlert:
    if alert.status != PatternAlert.Status.OPEN:
        raise ValidationError("This alert is not open")
    with transaction.atomic():
        alert.status = PatternAlert.Status.ACKNOWLEDGED
        alert.acknowledged_by = acting_user
        alert.acknowledged_at = timezone.now()
        alert.save(update_fields=["status", "acknowledged_by", "acknowledged_at", "updated_at"])
        audit_record(
            actor=acting_user,
            action="subjects.alert_acknowledged",
            council=alert.council,
            target=alert,
            summary=f"{alert.get_rule_display()}: {alert.summary}",
        )
    return alert


# --- the clock -----------------------------------------------------------------------------------

RECOMPUTE_EVERY = timedelta(hours=24)
CATCH_UP_WINDOW = timedelta(days=7)


def subjects_tick(*, now: datetime | None = None) -> dict[str, int]:
    """Each minute: link recent reports whose task was lost; once a day per council, recompute
    every alert so windows that have moved on, and pile-ons, are put right."""
    now = now or timezone.now()
    missed = Incident.objects.filter(
        subject_linking__isnull=True, created_at__gte=now - CATCH_UP_WINDOW
    ).values_list("pk", flat=True)
    linked = sum(1 for pk in list(missed[:200]) if incident_link(incident_id=pk) is not None)
    recomputed = 0
    for council in Council.objects.all():
        config, _ = SubjectSettings.objects.get_or_create(council=council)
        last = config.patterns_recomputed_at
        if last is not None and now - last < RECOMPUTE_EVERY:
            continue
        claimed = SubjectSettings.objects.filter(pk=config.pk, patterns_recomputed_at=last).update(
            patterns_recomputed_at=now
        )
        if claimed:  # another worker did not get there first
            patterns_recompute(council=council)
            recomputed += 1
    return {"linked": linked, "recomputed": recomputed}


def subject_settings_update(
    *, council: Council, values: dict[str, object], acting_user: User
) -> SubjectSettings:
    with transaction.atomic():
        config, _ = SubjectSettings.objects.select_for_update().get_or_create(council=council)
        changed = []
        for field, value in values.items():
            if getattr(config, field) != value:
                setattr(config, field, value)
                changed.append(field)
        if changed:
            config.save(update_fields=changed)
            audit_record(
                actor=acting_user,
                action="subjects.settings_changed",
                council=council,
                target=config,
                summary="Changed: " + ", ".join(changed),
            )
    return config
