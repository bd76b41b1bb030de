"""Writes to incidents, drafts and evidence. Each names its actor and is audited atomically."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from councillor_safety.core.audit import audit_record
from councillor_safety.incidents import evidence_files
from councillor_safety.incidents.evidence_files import EvidenceFileError
from councillor_safety.incidents.models import (
    Evidence,
    Incident,
    IncidentCategory,
    IncidentNote,
    ReferenceCounter,
    ReportDraft,
)
from councillor_safety.incidents.signals import incident_reported
from councillor_safety.incidents.states import TRANSITIONS
from councillor_safety.incidents.taxonomy import (
    Category,
    Characteristic,
    ReportedVia,
    RiskSign,
    SenderKnown,
    Status,
)

if TYPE_CHECKING:
    from councillor_safety.accounts.models import Council, User

logger = logging.getLogger(__name__)


class ReportIncomplete(ValueError):
    """A draft is missing an answer; ``step`` names the page that asks for it."""

    def __init__(self, message: str, step: str) -> None:
        super().__init__(message)
        self.step = step


class TransitionNotAllowed(ValueError):
    pass


# --- drafts -------------------------------------------------------------------------------------


def draft_start(*, author: User) -> ReportDraft:
    answers: dict[str, Any] = {} if author.reports_on_behalf else {"councillor_id": author.pk}
    return ReportDraft.objects.create(council=author.council, author=author, answers=answers)


def draft_save_answers(*, draft: ReportDraft, answers: dict[str, Any]) -> ReportDraft:
    draft.answers = {**draft.answers, **answers}
    draft.save(update_fields=["answers", "updated_at"])
    return draft


def draft_add_evidence(
    *, draft: ReportDraft, files: Sequence[UploadedFile], acting_user: User
) -> list[Evidence]:
    """Checks every file, then stores them all, or none if any is refused or storage fails."""
    existing = draft.evidence.count()
    if existing + len(files) > settings.EVIDENCE_MAX_FILES:
        raise EvidenceFileError(
            f"You can upload up to {settings.EVIDENCE_MAX_FILES} files. Remove a file or choose fewer"
        )
    checked = [evidence_files.check_file(f, max_bytes=settings.EVIDENCE_MAX_BYTES) for f in files]
    stored: list[str] = []
    try:
        for item in checked:
            stored.append(evidence_files.store_file(item, council_id=draft.council_id))
        with transaction.atomic():
            created = [
                Evidence.objects.create(
                    council_id=draft.council_id,
                    draft=draft,
                    stored_name=name,
                    original_name=item.original_name,
                    content_type=item.content_type,
                    size=item.size,
                    sha256=item.sha256,
                    uploaded_by=acting_user,
                )
                for item, name in zip(checked, stored, strict=True)
            ]
            for evidence in created:
                audit_record(
                    actor=acting_user,
                    action="evidence.uploaded",
                    council=draft.council,
                    target=evidence,
                    summary=f"{evidence.content_type}, {evidence.size} bytes, sha256 {evidence.sha256[:12]}…",
                )
    except BaseException:
        for name in stored:
            evidence_files.delete_stored(name)
        raise
    return created


def draft_remove_evidence(*, draft: ReportDraft, evidence: Evidence, acting_user: User) -> None:
    if evidence.draft_id != draft.pk or evidence.incident_id is not None:
        raise ValidationError("Only files not yet sent with a report can be removed")
    with transaction.atomic():
        audit_record(
            actor=acting_user, action="evidence.removed", council=draft.council, target=evidence
        )
        stored_name = evidence.stored_name
        evidence.delete()
        transaction.on_commit(lambda: evidence_files.delete_stored(stored_name))


# --- reporting ----------------------------------------------------------------------------------


def allocate_number(*, council: Council, series: str, year: int) -> int:
    """The next number in a council's yearly series, safe when two requests ask at once."""
    for _ in range(3):
        try:
            with transaction.atomic():
                counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(
                    council=council, series=series, year=year
                )
        except IntegrityError:
            continue  # another request created this year's counter at the same moment
        ReferenceCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
        counter.refresh_from_db(fields=["last_number"])
        return counter.last_number
    raise RuntimeError(f"Could not allocate a {series} reference")


def _allocate_reference(*, council: Council, year: int) -> str:
    number = allocate_number(council=council, series="incident", year=year)
    return f"{council.reference_prefix}-{year}-{number:05d}"


def _required(answers: dict[str, Any], key: str, step: str, message: str) -> Any:
    value = answers.get(key)
    if value in (None, "", []):
        raise ReportIncomplete(message, step)
    return value


def incident_report(*, draft: ReportDraft, acting_user: User) -> Incident:
    """Turns a finished draft into an incident, with its evidence, in one transaction."""
    from councillor_safety.accounts.models import User as UserModel

    answers = draft.answers
    councillor_id = _required(answers, "councillor_id", "councillor", "Select the councillor")
    in_danger = _required(answers, "in_danger", "danger", "Select yes if you are in danger now")
    categories = _required(answers, "categories", "what-happened", "Select what happened")
    channel = _required(answers, "channel", "how", "Select how it happened")
    occurred_on = _required(answers, "occurred_on", "when-where", "Enter the date it happened")
    sender_known = _required(answers, "sender_known", "who", "Select whether you know who did it")
    description = _required(answers, "description", "details", "Tell us what happened")
    risk_signs = _required(
        answers, "risk_signs", "risk", "Select any that are true, or select ‘None of these’"
    )
    characteristics = _required(
        answers,
        "characteristics",
        "targeted",
        "Select if you think you were targeted because of who you are",
    )
    if not isinstance(categories, list) or not set(categories) <= set(Category.values):
        raise ReportIncomplete("Select what happened", "what-happened")
    try:
        councillor = UserModel.objects.get(
            pk=councillor_id, council_id=draft.council_id, role="councillor", is_active=True
        )
    except UserModel.DoesNotExist as exc:
        raise ReportIncomplete("Select the councillor", "councillor") from exc
    if not acting_user.reports_on_behalf and councillor.pk != acting_user.pk:
        raise ReportIncomplete("You can only report for yourself", "danger")

    now = timezone.now()
    with transaction.atomic():
        incident = Incident(
            council_id=draft.council_id,
            councillor=councillor,
            reported_by=acting_user,
            reported_via=ReportedVia.ONLINE
            if acting_user.pk == councillor.pk
            else ReportedVia.ON_BEHALF,
            in_danger=in_danger == "yes",
            channel=channel,
            occurred_on=date.fromisoformat(occurred_on),
            occurred_time=time.fromisoformat(answers["occurred_time"])
            if answers.get("occurred_time")
            else None,
            location=answers.get("location", ""),
            sender_known=sender_known,
            sender_name=answers.get("sender_name", "") if sender_known == SenderKnown.KNOWN else "",
            sender_email=answers.get("sender_email", "")
            if sender_known == SenderKnown.KNOWN
            else "",
            sender_phone=answers.get("sender_phone", "")
            if sender_known == SenderKnown.KNOWN
            else "",
            sender_social_handle=answers.get("sender_social_handle", "")
            if sender_known == SenderKnown.KNOWN
            else "",
            sender_address=answers.get("sender_address", "")
            if sender_known == SenderKnown.KNOWN
            else "",
            sender_description=answers.get("sender_description", ""),
            description=description,
            impact=answers.get("impact", ""),
            characteristics=[c for c in characteristics if c in Characteristic.values],
            risk_signs=[r for r in risk_signs if r in RiskSign.values],
            status=Status.NEW,
            reference="pending",
        )
        incident.full_clean(exclude=["reference", "council", "councillor", "reported_by"])
        incident.reference = _allocate_reference(council=councillor.council, year=now.year)
        incident.save()
        IncidentCategory.objects.bulk_create(
            [IncidentCategory(incident=incident, category=c) for c in dict.fromkeys(categories)]
        )
        moved = Evidence.objects.filter(draft=draft, incident__isnull=True).update(
            incident=incident, draft=None
        )
        audit_record(
            actor=acting_user,
            action="incident.reported",
            council=incident.council,
            target=incident,
            summary=f"{incident.reference}, {moved} evidence file{'s' if moved != 1 else ''}"
            + (", in danger" if incident.in_danger else "")
            + (
                ", on the councillor's behalf"
                if incident.reported_via == ReportedVia.ON_BEHALF
                else ""
            ),
        )
        draft.delete()
        incident_id = incident.pk
        transaction.on_commit(lambda: _enqueue_new_incident_notice(incident_id))
        transaction.on_commit(
            lambda: incident_reported.send(sender=Incident, incident_id=incident_id)
        )
    logger.info("incident reported id=%s council=%s", incident.pk, incident.council_id)
    return incident


def incident_raise_from_screening(
    *,
    councillor: User,
    description: str,
    sender_email: str,
    occurred_on: date,
    evidence_name: str,
    evidence_raw: bytes,
    evidence_sha256: str,
) -> Incident:
    """An incident raised by the service itself for a likely threat found in screened mail.

    It carries no human reporter; triage pages the on-call officer, who confirms or closes it.
    """
    from django.core.files.base import ContentFile

    with transaction.atomic():
        incident = Incident(
            council_id=councillor.council_id,
            councillor=councillor,
            reported_by=None,
            reported_via=ReportedVia.SCREENING,
            in_danger=False,
            channel="email",
            occurred_on=occurred_on,
            sender_known=SenderKnown.KNOWN if sender_email else SenderKnown.UNKNOWN,
            sender_email=sender_email[:254],
            description=description[:10_000],
            risk_signs=[RiskSign.THREAT_TO_HARM],
            status=Status.NEW,
            reference=_allocate_reference(council=councillor.council, year=timezone.now().year),
        )
        incident.full_clean(exclude=["council", "councillor", "reported_by"])
        incident.save()
        IncidentCategory.objects.create(incident=incident, category=Category.THREAT_OF_HARM)
        stored = evidence_files.evidence_storage().save(
            f"{councillor.council_id}/{incident.reference}", ContentFile(evidence_raw)
        )
        Evidence.objects.create(
            council_id=councillor.council_id,
            incident=incident,
            stored_name=stored,
            original_name=evidence_name[:255],
            content_type="message/rfc822",
            size=len(evidence_raw),
            sha256=evidence_sha256,
            uploaded_by=councillor,
        )
        audit_record(
            actor=None,
            action="incident.raised_by_screening",
            council=incident.council,
            target=incident,
            summary=f"{incident.reference}: likely threat in screened mail",
        )
        incident_id = incident.pk
        transaction.on_commit(lambda: _enqueue_new_incident_notice(incident_id))
        transaction.on_commit(
            lambda: incident_reported.send(sender=Incident, incident_id=incident_id)
        )
    return incident


def _enqueue_new_incident_notice(incident_id: int) -> None:
    from councillor_safety.incidents.tasks import notify_new_incident

    notify_new_incident.enqueue(incident_id)


# --- officers' work -----------------------------------------------------------------------------


def incident_assign(*, incident: Incident, assignee: User, acting_user: User) -> Incident:
    if (
        assignee.council_id != incident.council_id
        or not assignee.manages_incidents
        or not assignee.is_active
    ):
        raise ValidationError("Select an officer from your council's member-support team")
    with transaction.atomic():
        Incident.objects.filter(pk=incident.pk).update(
            assigned_to=assignee, updated_at=timezone.now()
        )
        incident.assigned_to = assignee
        audit_record(
            actor=acting_user,
            action="incident.assigned",
            council=incident.council,
            target=incident,
            summary=f"Assigned to {assignee.display_name}",
        )
    return incident


def incident_add_note(*, incident: Incident, text: str, acting_user: User) -> IncidentNote:
    with transaction.atomic():
        note = IncidentNote.objects.create(incident=incident, author=acting_user, text=text)
        audit_record(
            actor=acting_user,
            action="incident.note_added",
            council=incident.council,
            target=incident,
            summary="Note added",
        )
    return note


def incident_transition(
    *, incident: Incident, transition_name: str, reason: str, acting_user: User
) -> Incident:
    transition = TRANSITIONS.get(transition_name)
    if transition is None:
        raise TransitionNotAllowed("That is not an action you can take on an incident")
    if transition.needs_reason and not reason.strip():
        raise TransitionNotAllowed(f"Enter a reason to {transition.label.lower()} this incident")
    now = timezone.now()
    with transaction.atomic():
        changed = Incident.objects.filter(pk=incident.pk, status__in=transition.sources).update(
            status=transition.target,
            closed_at=now if transition.target == Status.CLOSED else None,
            updated_at=now,
        )
        if changed == 0:
            raise TransitionNotAllowed(
                f"This incident is {Incident.objects.get(pk=incident.pk).get_status_display().lower()}: "
                f"it cannot be moved by ‘{transition.label}’. Refresh the page to see its latest status"
            )
        previous = Status(incident.status)
        incident.status = transition.target
        if reason.strip():
            IncidentNote.objects.create(
                incident=incident, author=acting_user, text=f"{transition.label}: {reason.strip()}"
            )
        audit_record(
            actor=acting_user,
            action="incident.status_changed",
            council=incident.council,
            target=incident,
            summary=f"{previous.label} → {transition.target.label}",
        )
    return incident
