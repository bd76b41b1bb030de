"""Triage writes: provisional priority on arrival, assessment and confirmation, acknowledgement,
updates to the councillor, escalation, on-call shifts and pages. Each is audited atomically.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from councillor_safety.accounts.models import Council, User
from councillor_safety.accounts.roles import Role
from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.taxonomy import Status
from councillor_safety.triage.models import (
    IncidentTriage,
    OnCallShift,
    Page,
    PolicyVersion,
    ThreatAssessment,
    TriageDecision,
)
from councillor_safety.triage.policy import clock_for, policy_current
from councillor_safety.triage.suggestion import Facts, Suggestion, suggest
from councillor_safety.triage.taxonomy import URGENCY, Priority, Question
from councillor_safety.triage.working_time import add_clock

logger = logging.getLogger(__name__)

# The escalation ladder after a missed acknowledgement.
LEVEL_ASSIGNEE, LEVEL_ON_CALL, LEVEL_SENIOR = 1, 2, 3


# --- facts and suggestions -------------------------------------------------------------------


def facts_for(incident: Incident, answers: dict[str, bool] | None = None) -> Facts:
    said = {q for q in incident.risk_signs if q in Question.values}
    assessed = {q for q, yes in (answers or {}).items() if yes and q in Question.values}
    return Facts(
        in_danger=incident.in_danger,
        # raised by mail screening, or a councillor's forward or evidence file that the screener
        # read as a threat
        screened_threat=incident.reported_via == "screening"
        or incident.screened_messages.filter(likely_threat=True, source="forward").exists()
        or incident.evidence.filter(likely_threat=True).exists(),
        categories=frozenset(incident.categories.values_list("category", flat=True)),
        characteristics=frozenset(incident.characteristics),
        answers=frozenset(said | assessed),
    )


def suggestion_for(
    incident: Incident, policy: PolicyVersion, answers: dict[str, bool] | None = None
) -> Suggestion:
    rules = [(list(r.factors), Priority(r.priority)) for r in policy.rules.all()]
    return suggest(
        rules, facts_for(incident, answers), aggravation_raises=policy.aggravation_raises_priority
    )


def _due(policy: PolicyVersion, priority: str, start: datetime, what: str) -> datetime:
    clock = clock_for(policy, priority)
    minutes = {
        "acknowledge": clock.acknowledge_minutes,
        "update": clock.update_minutes,
        "escalate": clock.escalate_minutes,
    }[what]
    return add_clock(start, minutes, working=clock.is_working_hours, calendar=policy.calendar)


# --- on call ---------------------------------------------------------------------------------


def on_call_officer(council: Council, at: datetime) -> User | None:
    shift = (
        OnCallShift.objects.select_related("officer")
        .filter(council=council, starts_at__lte=at, ends_at__gt=at, officer__is_active=True)
        .first()
    )
    return shift.officer if shift else None


def senior_managers(council: Council) -> list[User]:
    return list(User.objects.filter(council=council, role=Role.SENIOR_MANAGER, is_active=True))


def shift_add(
    *, council: Council, officer: User, starts_at: datetime, ends_at: datetime, acting_user: User
) -> OnCallShift:
    if not acting_user.manages_rota or acting_user.council_id != council.pk:
        raise ValidationError(
            "Only an administrator or senior manager of this council can plan the rota"
        )
    if officer.council_id != council.pk or not officer.manages_incidents or not officer.is_active:
        raise ValidationError(
            "The person on call must be an officer of your council's member-support team"
        )
    if ends_at <= starts_at:
        raise ValidationError("The shift must end after it starts")
    if ends_at - starts_at > timedelta(days=14):
        raise ValidationError("A shift can be at most 14 days long")
    with transaction.atomic():
        Council.objects.select_for_update().get(pk=council.pk)  # one rota change at a time
        clash = (
            OnCallShift.objects.filter(
                council=council, starts_at__lt=ends_at, ends_at__gt=starts_at
            )
            .select_related("officer")
            .first()
        )
        if clash is not None:
            local = timezone.localtime
            raise ValidationError(
                f"This overlaps {clash.officer.display_name}'s shift from "
                f"{local(clash.starts_at):%-d %b %H:%M} to {local(clash.ends_at):%-d %b %H:%M}. "
                "Only one officer is on call at a time"
            )
        shift = OnCallShift.objects.create(
            council=council,
            officer=officer,
            starts_at=starts_at,
            ends_at=ends_at,
            created_by=acting_user,
        )
        audit_record(
            actor=acting_user,
            action="triage.shift_added",
            council=council,
            target=shift,
            summary=f"{officer.display_name} on call",
        )
    return shift


def shift_remove(*, shift: OnCallShift, acting_user: User, now: datetime | None = None) -> None:
    if not acting_user.manages_rota or acting_user.council_id != shift.council_id:
        raise ValidationError(
            "Only an administrator or senior manager of this council can plan the rota"
        )
    now = now or timezone.now()
    with transaction.atomic():
        Council.objects.select_for_update().get(pk=shift.council_id)
        if shift.starts_at <= now < shift.ends_at:
            raise ValidationError(
                f"{shift.officer.display_name} is on call now: removing this shift would leave no one on call. "
                "Hand it over to another officer instead"
            )
        audit_record(
            actor=acting_user,
            action="triage.shift_removed",
            council=shift.council,
            target=shift,
            summary=f"{shift.officer.display_name} no longer on call",
        )
        shift.delete()


def shift_hand_over(
    *, shift: OnCallShift, officer: User, acting_user: User, now: datetime | None = None
) -> OnCallShift:
    """Another officer takes over the rest of a shift in progress, with no gap in cover."""
    if not acting_user.manages_rota or acting_user.council_id != shift.council_id:
        raise ValidationError(
            "Only an administrator or senior manager of this council can plan the rota"
        )
    if (
        officer.council_id != shift.council_id
        or not officer.manages_incidents
        or not officer.is_active
    ):
        raise ValidationError(
            "The person on call must be an officer of your council's member-support team"
        )
    now = now or timezone.now()
    if not shift.starts_at <= now < shift.ends_at:
        raise ValidationError(
            "Only a shift in progress can be handed over; remove or add shifts for other times"
        )
    if officer.pk == shift.officer_id:
        raise ValidationError(f"{officer.display_name} is already on call")
    with transaction.atomic():
        Council.objects.select_for_update().get(pk=shift.council_id)
        rest = OnCallShift.objects.create(
            council_id=shift.council_id,
            officer=officer,
            starts_at=now,
            ends_at=shift.ends_at,
            created_by=acting_user,
        )
        if shift.starts_at == now:
            shift.delete()
        else:
            OnCallShift.objects.filter(pk=shift.pk).update(ends_at=now)
        audit_record(
            actor=acting_user,
            action="triage.shift_handed_over",
            council=rest.council,
            target=rest,
            summary=f"{officer.display_name} took over on call",
        )
    return rest


def rota_gaps(council: Council, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Periods between `start` and `end` when no one is on call."""
    gaps: list[tuple[datetime, datetime]] = []
    cursor = start
    for shift in OnCallShift.objects.filter(
        council=council, ends_at__gt=start, starts_at__lt=end
    ).order_by("starts_at"):
        if shift.starts_at > cursor:
            gaps.append((cursor, shift.starts_at))
        cursor = max(cursor, shift.ends_at)
    if cursor < end:
        gaps.append((cursor, end))
    return gaps


# --- pages -----------------------------------------------------------------------------------


def _page(
    *, council: Council, recipients: Sequence[User], reason: str, incident: Incident | None
) -> list[Page]:
    pages = [
        Page.objects.create(council=council, incident=incident, recipient=r, reason=reason)
        for r in recipients
    ]
    for page in pages:
        audit_record(
            actor=None,
            action="triage.paged",
            council=council,
            target=incident if incident is not None else page,
            summary=f"{Page.Reason(reason).label}: paged {page.recipient.display_name}",
        )
    ids = [p.pk for p in pages]
    transaction.on_commit(lambda: _enqueue_pages(ids))
    return pages


def _enqueue_pages(page_ids: list[int]) -> None:
    from councillor_safety.triage.tasks import send_page

    for page_id in page_ids:
        send_page.enqueue(page_id)


def page_acknowledge(*, page: Page, acting_user: User) -> Page:
    if page.recipient_id != acting_user.pk and not (
        acting_user.manages_incidents and acting_user.council_id == page.council_id
    ):
        raise ValidationError("This page was sent to someone else")
    with transaction.atomic():
        now = timezone.now()
        Page.objects.filter(pk=page.pk, acknowledged_at__isnull=True).update(acknowledged_at=now)
        page.refresh_from_db()
        audit_record(
            actor=acting_user, action="triage.page_acknowledged", council=page.council, target=page
        )
        if page.incident is not None and page.reason in (Page.Reason.P1, Page.Reason.ESCALATION):
            incident_acknowledge(incident=page.incident, acting_user=acting_user)
    return page


# --- incidents ---------------------------------------------------------------------------------


def triage_start(*, incident_id: int, now: datetime | None = None) -> IncidentTriage | None:
    """Gives a new incident its provisional priority and clocks, and pages at once for a P1.

    Idempotent: a second call for the same incident changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        incident = (
            Incident.objects.select_for_update()
            .select_related("council")
            .filter(pk=incident_id)
            .first()
        )
        if incident is None or IncidentTriage.objects.filter(incident=incident).exists():
            return None
        policy = policy_current(incident.council)
        suggestion = suggestion_for(incident, policy)
        start = incident.created_at
        triage = IncidentTriage.objects.create(
            incident=incident,
            priority=suggestion.priority,
            policy=policy,
            acknowledge_due_at=_due(policy, suggestion.priority, start, "acknowledge"),
            next_update_due_at=_due(policy, suggestion.priority, start, "update"),
            next_escalation_at=_due(policy, suggestion.priority, start, "acknowledge"),
            safeguarding_suggested=suggestion.safeguarding,
        )
        _record_provisional(
            incident,
            policy,
            suggestion,
            now,
            action="triage.provisional",
            summary=f"Provisional {suggestion.priority} under policy v{policy.number}",
        )
    logger.info("incident triaged id=%s priority=%s", incident_id, suggestion.priority)
    return triage


def triage_raise_for_new_facts(
    *, incident_id: int, because: str, now: datetime | None = None
) -> bool:
    """Raises a provisional priority when facts learnt after the report make the policy
    suggest a higher one (a likely threat in the words of its evidence); pages for a P1.

    Never lowers a priority, and never changes one an officer has confirmed: their decision
    stands, and the facts are on the incident for them to read. Returns whether it raised one.
    """
    now = now or timezone.now()
    if triage_start(incident_id=incident_id, now=now) is not None:
        return True  # triaged only now, with the new facts
    with transaction.atomic():
        triage = (
            IncidentTriage.objects.select_for_update()
            .select_related("incident__council")
            .filter(incident_id=incident_id)
            .first()
        )
        if triage is None or triage.confirmed:
            return False
        incident = triage.incident
        policy = policy_current(incident.council)
        suggestion = suggestion_for(incident, policy, latest_answers(incident))
        if URGENCY[Priority(suggestion.priority)] >= URGENCY[Priority(triage.priority)]:
            return False
        was = triage.priority
        _reprioritise(triage, policy, suggestion.priority, now)
        triage.safeguarding_suggested = suggestion.safeguarding
        triage.save()
        _record_provisional(
            incident,
            policy,
            suggestion,
            now,
            action="triage.provisional_raised",
            summary=f"Provisional {was} raised to {suggestion.priority} under policy "
            f"v{policy.number}: {because}",
            page=triage.acknowledged_at is None,
        )
    logger.info("incident priority raised id=%s priority=%s", incident_id, suggestion.priority)
    return True


def _record_provisional(
    incident: Incident,
    policy: PolicyVersion,
    suggestion: Suggestion,
    now: datetime,
    *,
    action: str,
    summary: str,
    page: bool = True,
) -> None:
    """The policy's own decision (no one decided it), audited; a P1 pages at once."""
    TriageDecision.objects.create(
        incident=incident,
        priority=suggestion.priority,
        suggested_priority=suggestion.priority,
        reasons=suggestion.reasons,
        policy=policy,
    )
    audit_record(
        actor=None, action=action, council=incident.council, target=incident, summary=summary
    )
    if page and suggestion.priority == Priority.P1:
        _page_for_p1(incident, now)


def _reprioritise(
    triage: IncidentTriage, policy: PolicyVersion, priority: str, now: datetime
) -> None:
    """A new priority and the clocks that go with it (unsaved). An acknowledged incident keeps
    its acknowledgement; an escalated one is looked at again at once."""
    if priority == triage.priority:
        triage.policy = policy
        return
    incident = triage.incident
    triage.priority = priority
    triage.policy = policy
    if triage.acknowledged_at is None:
        triage.acknowledge_due_at = _due(policy, priority, incident.created_at, "acknowledge")
        triage.next_escalation_at = (
            max(triage.acknowledge_due_at, now) if triage.escalation_level == 0 else now
        )
    triage.next_update_due_at = _due(policy, priority, now, "update")


def _page_for_p1(incident: Incident, now: datetime) -> None:
    _page_on_call(incident.council, Page.Reason.P1, incident, now)


def _page_on_call(council: Council, reason: str, incident: Incident | None, now: datetime) -> None:
    officer = on_call_officer(council, now)
    if officer is not None:
        _page(council=council, recipients=[officer], reason=reason, incident=incident)
        return
    # No one on call: go straight to the senior managers, and tell them why.
    managers = senior_managers(council)
    _page(council=council, recipients=managers, reason=reason, incident=incident)
    _page(
        council=council, recipients=managers, reason=Page.Reason.NO_ONE_ON_CALL, incident=incident
    )


# A held threat pages again after this long if the last page is still unacknowledged.
HELD_THREAT_REPAGE = timedelta(minutes=30)


def page_held_threat(*, council: Council, now: datetime | None = None) -> bool:
    """Pages whoever is on call that screening has held a likely threat no incident carries.

    Mail to a councillor's own mailbox raises an incident, which triage pages for; mail to a
    shared mailbox, or forwarded by someone who is not a councillor, names no councillor, so
    it waits in the quarantine and only this page tells anyone. A burst of threats pages once:
    while a page sent in the last half hour is unacknowledged, no other is sent, since the
    person paged reads every likely threat waiting. Returns whether it paged.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # locked, so that two mailboxes screened at once page once
        Council.objects.select_for_update().filter(pk=council.pk).first()
        waiting = Page.objects.filter(
            council=council,
            reason=Page.Reason.HELD_THREAT,
            acknowledged_at__isnull=True,
            created_at__gt=now - HELD_THREAT_REPAGE,
        )
        if waiting.exists():
            return False
        _page_on_call(council, Page.Reason.HELD_THREAT, None, now)
    return True


def assessment_record(
    *, incident: Incident, answers: dict[str, bool], acting_user: User
) -> tuple[ThreatAssessment, Suggestion]:
    unknown = set(answers) - set(Question.values)
    if unknown:
        raise ValidationError(f"Unknown questions: {', '.join(sorted(unknown))}")
    policy = policy_current(incident.council)
    with transaction.atomic():
        assessment = ThreatAssessment.objects.create(
            incident=incident,
            answers={q: bool(answers.get(q, False)) for q in Question.values},
            completed_by=acting_user,
        )
        audit_record(
            actor=acting_user,
            action="triage.assessed",
            council=incident.council,
            target=incident,
            summary=f"{sum(assessment.answers.values())} of {len(Question)} risk factors present",
        )
    return assessment, suggestion_for(incident, policy, assessment.answers)


def priority_confirm(
    *,
    incident: Incident,
    priority: str,
    override_reason: str,
    acting_user: User,
    assessment: ThreatAssessment | None = None,
    now: datetime | None = None,
) -> TriageDecision:
    """An officer sets the priority; differing from the policy's suggestion needs a reason."""
    if priority not in Priority.values:
        raise ValidationError("Choose a priority from P1 to P4")
    now = now or timezone.now()
    triage_start(incident_id=incident.pk, now=now)
    policy = policy_current(incident.council)
    suggestion = suggestion_for(
        incident, policy, assessment.answers if assessment else latest_answers(incident)
    )
    if priority != suggestion.priority and not override_reason.strip():
        raise ValidationError(
            f"The policy suggests {suggestion.priority}. Give a reason for choosing {priority} instead"
        )
    with transaction.atomic():
        triage = IncidentTriage.objects.select_for_update().get(incident=incident)
        decision = TriageDecision.objects.create(
            incident=incident,
            priority=priority,
            suggested_priority=suggestion.priority,
            reasons=suggestion.reasons,
            override_reason=override_reason.strip() if priority != suggestion.priority else "",
            policy=policy,
            assessment=assessment,
            decided_by=acting_user,
        )
        changed = triage.priority != priority
        _reprioritise(triage, policy, priority, now)
        triage.confirmed = True
        triage.safeguarding_suggested = suggestion.safeguarding
        triage.save()
        audit_record(
            actor=acting_user,
            action="triage.priority_set",
            council=incident.council,
            target=incident,
            summary=f"{priority} (policy suggested {suggestion.priority})"
            + (", overridden with a reason" if decision.override_reason else ""),
        )
        if changed and priority == Priority.P1 and triage.acknowledged_at is None:
            _page_for_p1(incident, now)
    return decision


def latest_answers(incident: Incident) -> dict[str, bool] | None:
    latest = ThreatAssessment.objects.filter(incident=incident).first()
    return latest.answers if latest else None


def incident_acknowledge(*, incident: Incident, acting_user: User) -> IncidentTriage:
    triage_start(incident_id=incident.pk)
    with transaction.atomic():
        triage = IncidentTriage.objects.select_for_update().get(incident=incident)
        if triage.acknowledged_at is None:
            triage.acknowledged_at = timezone.now()
            triage.acknowledged_by = acting_user
            triage.next_escalation_at = None
            triage.save(update_fields=["acknowledged_at", "acknowledged_by", "next_escalation_at"])
            Page.objects.filter(
                incident=incident,
                acknowledged_at__isnull=True,
                reason__in=[Page.Reason.P1, Page.Reason.ESCALATION],
            ).update(acknowledged_at=triage.acknowledged_at)
            audit_record(
                actor=acting_user,
                action="triage.acknowledged",
                council=incident.council,
                target=incident,
            )
    return triage


def councillor_updated(
    *, incident: Incident, acting_user: User, now: datetime | None = None
) -> IncidentTriage:
    """The councillor has been given an update: the next one falls due on the policy's clock."""
    now = now or timezone.now()
    triage_start(incident_id=incident.pk, now=now)
    with transaction.atomic():
        triage = (
            IncidentTriage.objects.select_for_update()
            .select_related("policy")
            .get(incident=incident)
        )
        triage.next_update_due_at = _due(triage.policy, triage.priority, now, "update")
        triage.update_reminded_at = None
        triage.save(update_fields=["next_update_due_at", "update_reminded_at"])
        audit_record(
            actor=acting_user,
            action="triage.councillor_updated",
            council=incident.council,
            target=incident,
            summary=f"Next update due {timezone.localtime(triage.next_update_due_at):%-d %b %Y %H:%M}",
        )
    return triage


# --- the scheduler tick ----------------------------------------------------------------------


def clocks_tick(*, now: datetime | None = None) -> dict[str, int]:
    """One pass of the clock: triage anything missed, escalate, remind, resend unsent pages."""
    now = now or timezone.now()
    counts = {"triaged": 0, "escalated": 0, "reminded": 0, "resent": 0, "no_one_on_call": 0}
    for incident_id in (
        Incident.objects.filter(triage__isnull=True)
        .exclude(status=Status.CLOSED)
        .values_list("pk", flat=True)
    ):
        if triage_start(incident_id=incident_id, now=now) is not None:
            counts["triaged"] += 1
    due = IncidentTriage.objects.filter(
        acknowledged_at__isnull=True, next_escalation_at__lte=now
    ).exclude(incident__status=Status.CLOSED)
    for triage_id in due.values_list("pk", flat=True):
        if _escalate(triage_id, now):
            counts["escalated"] += 1
    reminders = IncidentTriage.objects.filter(
        next_update_due_at__lte=now, update_reminded_at__isnull=True
    ).exclude(incident__status=Status.CLOSED)
    for triage_id in reminders.values_list("pk", flat=True):
        if _remind_update(triage_id, now):
            counts["reminded"] += 1
    stale = Page.objects.filter(emailed_at__isnull=True, created_at__lte=now - timedelta(minutes=1))
    stale_ids = list(stale.values_list("pk", flat=True))
    if stale_ids:
        transaction.on_commit(lambda: _enqueue_pages(stale_ids))
        counts["resent"] = len(stale_ids)
    counts["no_one_on_call"] = _warn_if_no_one_on_call(now)
    return counts


def _escalate(triage_id: int, now: datetime) -> bool:
    with transaction.atomic():
        triage = (
            IncidentTriage.objects.select_for_update(of=("self",))
            .select_related("incident__council", "incident__assigned_to", "policy")
            .filter(pk=triage_id, acknowledged_at__isnull=True, next_escalation_at__lte=now)
            .first()
        )
        if triage is None:
            return False  # acknowledged, or another worker got here first
        incident = triage.incident
        already = set(Page.objects.filter(incident=incident).values_list("recipient_id", flat=True))
        level = triage.escalation_level
        recipients: list[User] = []
        while not recipients and level < LEVEL_SENIOR:
            level += 1
            if level == LEVEL_ASSIGNEE:
                candidates = (
                    [incident.assigned_to]
                    if incident.assigned_to and incident.assigned_to.is_active
                    else []
                )
            elif level == LEVEL_ON_CALL:
                officer = on_call_officer(incident.council, now)
                candidates = [officer] if officer else []
            else:
                candidates = senior_managers(incident.council)
            recipients = [u for u in candidates if u.pk not in already]
        triage.escalation_level = level
        triage.next_escalation_at = (
            None if level >= LEVEL_SENIOR else _due(triage.policy, triage.priority, now, "escalate")
        )
        triage.save(update_fields=["escalation_level", "next_escalation_at"])
        audit_record(
            actor=None,
            action="triage.escalated",
            council=incident.council,
            target=incident,
            summary=f"Acknowledgement overdue: escalation level {level}",
        )
        if recipients:
            _page(
                council=incident.council,
                recipients=recipients,
                reason=Page.Reason.ESCALATION,
                incident=incident,
            )
    return True


def _remind_update(triage_id: int, now: datetime) -> bool:
    with transaction.atomic():
        triage = (
            IncidentTriage.objects.select_for_update(of=("self",))
            .select_related("incident__council", "incident__assigned_to")
            .filter(pk=triage_id, update_reminded_at__isnull=True)
            .first()
        )
        if triage is None:
            return False
        incident = triage.incident
        recipient = incident.assigned_to or on_call_officer(incident.council, now)
        recipients = [recipient] if recipient else senior_managers(incident.council)
        triage.update_reminded_at = now
        triage.save(update_fields=["update_reminded_at"])
        _page(
            council=incident.council,
            recipients=recipients,
            reason=Page.Reason.UPDATE_DUE,
            incident=incident,
        )
    return True


def _warn_if_no_one_on_call(now: datetime) -> int:
    """Tells each council's administrators, at most twice a day, when no one is on call."""
    warned = 0
    covered = OnCallShift.objects.filter(starts_at__lte=now, ends_at__gt=now).values_list(
        "council_id", flat=True
    )
    recently = Page.objects.filter(
        reason=Page.Reason.NO_ONE_ON_CALL,
        incident__isnull=True,
        created_at__gt=now - timedelta(hours=12),
    ).values_list("council_id", flat=True)
    for council in Council.objects.exclude(Q(pk__in=covered) | Q(pk__in=recently)):
        admins = list(User.objects.filter(council=council, role=Role.ADMINISTRATOR, is_active=True))
        in_use = OnCallShift.objects.filter(council=council).exists() or _council_has_incidents(
            council
        )
        if not admins or not in_use:
            continue
        with transaction.atomic():
            _page(
                council=council, recipients=admins, reason=Page.Reason.NO_ONE_ON_CALL, incident=None
            )
        warned += 1
    return warned


def _council_has_incidents(council: Council) -> bool:
    return Incident.objects.filter(council=council).exists()
