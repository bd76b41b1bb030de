"""Writes to cases and everything on them. Each names its actor and is audited atomically.

Rules that protect people live here, not in views: a case holds one councillor's incidents; a
letter is approved only by someone holding the template's signatory role who did not draft it;
a sent letter never changes; nothing is shared with the police without a lawful basis, and only
the incidents, evidence, notes and fields the officer chose.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from councillor_safety.accounts.models import User
from councillor_safety.accounts.roles import (
    MANAGES_CASES,
    READS_CASES,
    RECEIVES_POLICE_SHARES,
    Role,
)
from councillor_safety.cases import documents
from councillor_safety.cases.letter_fields import (
    LetterFacts,
    UnsafeTemplate,
    compile_letter_template,
    render_letter,
)
from councillor_safety.cases.models import (
    ActionChange,
    AdviceArticle,
    Case,
    CaseEvent,
    CaseIncident,
    CaseNote,
    CaseTask,
    CouncilAction,
    Letter,
    LetterTemplate,
    LiaisonMeeting,
    PoliceMessage,
    PoliceShare,
)
from councillor_safety.cases.states import CASE_TRANSITIONS, FINISHED, initial_status, next_statuses
from councillor_safety.cases.taxonomy import (
    ActionKind,
    ActionStatus,
    CaseStatus,
    LawfulBasis,
    LetterStatus,
    SharedField,
)
from councillor_safety.core.audit import audit_record
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.incidents.services import allocate_number

if TYPE_CHECKING:
    from councillor_safety.accounts.models import Council


class CaseRuleBroken(ValidationError):
    """A request the rules do not allow; the message says why, in words for the officer."""


def _event(case: Case, actor: User | None, what: str, detail: str = "") -> CaseEvent:
    return CaseEvent.objects.create(case=case, actor=actor, what=what, detail=detail)


def _enqueue(name: str, object_id: int) -> None:
    from councillor_safety.cases import tasks

    getattr(tasks, name).enqueue(object_id)


def _touch(case: Case) -> None:
    Case.objects.filter(pk=case.pk).update(updated_at=timezone.now())


# --- cases ---------------------------------------------------------------------------------------


def _check_incidents(council_id: int, councillor: User, incidents: Sequence[Incident]) -> None:
    for incident in incidents:
        if incident.council_id != council_id:
            raise CaseRuleBroken("An incident from another council cannot be added to this case")
        if incident.councillor_id != councillor.pk:
            raise CaseRuleBroken(
                f"Incident {incident.reference} was reported by another councillor. A case holds "
                "one councillor's incidents: open a separate case for them"
            )


def case_open(
    *,
    councillor: User,
    incidents: Sequence[Incident],
    title: str,
    summary: str,
    owner: User,
    acting_user: User,
) -> Case:
    council = acting_user.council
    if councillor.council_id != council.pk or councillor.role != Role.COUNCILLOR:
        raise CaseRuleBroken("Choose a councillor of this council")
    if owner.council_id != council.pk or not owner.is_active or owner.role not in MANAGES_CASES:
        raise CaseRuleBroken("The case owner must be a member-support officer or senior manager")
    if not incidents:
        raise CaseRuleBroken("Select at least one incident for the case")
    _check_incidents(council.pk, councillor, incidents)
    now = timezone.now()
    with transaction.atomic():
        number = allocate_number(council=council, series="case", year=now.year)
        case = Case.objects.create(
            council=council,
            reference=f"{council.reference_prefix}-C-{now.year}-{number:04d}",
            title=title.strip(),
            summary=summary.strip(),
            councillor=councillor,
            owner=owner,
            created_by=acting_user,
            created_at=now,
        )
        CaseIncident.objects.bulk_create(
            [CaseIncident(case=case, incident=i, added_by=acting_user) for i in incidents]
        )
        _event(
            case,
            acting_user,
            "Case opened",
            "Incidents: " + ", ".join(sorted(i.reference for i in incidents)),
        )
        audit_record(
            actor=acting_user,
            action="case.opened",
            council=council,
            target=case,
            summary=f"{len(incidents)} incident(s)",
        )
    return case


def case_add_incidents(*, case: Case, incidents: Sequence[Incident], acting_user: User) -> int:
    _check_incidents(case.council_id, case.councillor, incidents)
    already = set(case.links.values_list("incident_id", flat=True))
    new = [i for i in incidents if i.pk not in already]
    if not new:
        raise CaseRuleBroken("Those incidents are already in this case")
    with transaction.atomic():
        CaseIncident.objects.bulk_create(
            [CaseIncident(case=case, incident=i, added_by=acting_user) for i in new]
        )
        _event(case, acting_user, "Incidents added", ", ".join(i.reference for i in new))
        _touch(case)
        audit_record(
            actor=acting_user,
            action="case.incidents_added",
            council=case.council,
            target=case,
            summary=f"{len(new)} incident(s)",
        )
    return len(new)


def case_transition(*, case: Case, transition_name: str, reason: str, acting_user: User) -> Case:
    transition = CASE_TRANSITIONS.get(transition_name)
    if transition is None:
        raise CaseRuleBroken("That is not an action you can take on a case")
    if transition.needs_reason and not reason.strip():
        raise CaseRuleBroken(f"Enter a reason to {transition.label.lower()}")
    now = timezone.now()
    with transaction.atomic():
        changed = Case.objects.filter(pk=case.pk, status__in=transition.sources).update(
            status=transition.target,
            closed_at=now if transition.target == CaseStatus.CLOSED else None,
            updated_at=now,
        )
        if changed == 0:
            current = Case.objects.get(pk=case.pk).get_status_display().lower()
            raise CaseRuleBroken(
                f"This case is {current}: it cannot be moved by ‘{transition.label}’. "
                "Refresh the page to see its latest status"
            )
        previous = CaseStatus(case.status)
        case.status = transition.target
        _event(case, acting_user, f"{previous.label} → {transition.target.label}", reason.strip())
        audit_record(
            actor=acting_user,
            action="case.status_changed",
            council=case.council,
            target=case,
            summary=f"{previous.label} → {transition.target.label}",
        )
    return case


def case_set_next_update(*, case: Case, on: datetime.date, acting_user: User) -> Case:
    if on < timezone.localdate():
        raise CaseRuleBroken("The next update must be today or in the future")
    with transaction.atomic():
        Case.objects.filter(pk=case.pk).update(next_update_due=on, updated_at=timezone.now())
        case.next_update_due = on
        _event(case, acting_user, "Next update to the councillor set", f"{on:%d %B %Y}")
        audit_record(
            actor=acting_user, action="case.next_update_set", council=case.council, target=case
        )
    return case


def _officer_of(case: Case, person: User) -> None:
    if (
        person.council_id != case.council_id
        or not person.is_active
        or person.role not in READS_CASES
    ):
        raise CaseRuleBroken("Choose an officer of this council")


def task_add(
    *, case: Case, title: str, assignee: User, due_on: datetime.date, acting_user: User
) -> CaseTask:
    _officer_of(case, assignee)
    if not title.strip():
        raise CaseRuleBroken("Enter what needs doing")
    with transaction.atomic():
        task = CaseTask.objects.create(
            case=case, title=title.strip(), assignee=assignee, due_on=due_on, created_by=acting_user
        )
        _event(
            case,
            acting_user,
            "Task added",
            f"{task.title} — {assignee.display_name}, due {due_on:%d %b %Y}",
        )
        _touch(case)
        audit_record(actor=acting_user, action="case.task_added", council=case.council, target=case)
    return task


def task_complete(*, task: CaseTask, acting_user: User) -> CaseTask:
    with transaction.atomic():
        done = CaseTask.objects.filter(pk=task.pk, done_at__isnull=True).update(
            done_at=timezone.now(), done_by=acting_user
        )
        if not done:
            raise CaseRuleBroken("That task is already done")
        task.refresh_from_db()
        _event(task.case, acting_user, "Task done", task.title)
        _touch(task.case)
        audit_record(
            actor=acting_user, action="case.task_done", council=task.case.council, target=task.case
        )
    return task


def note_add(*, case: Case, text: str, acting_user: User) -> CaseNote:
    if not text.strip():
        raise CaseRuleBroken("Enter a note")
    with transaction.atomic():
        note = CaseNote.objects.create(case=case, author=acting_user, text=text.strip())
        _touch(case)
        audit_record(actor=acting_user, action="case.note_added", council=case.council, target=case)
    return note


# --- council actions -----------------------------------------------------------------------------


def action_add(
    *,
    case: Case,
    kind: str,
    started_on: datetime.date,
    detail: str,
    acting_user: User,
    named_officer: User | None = None,
    platform: str = "",
    content_url: str = "",
    advice: Iterable[AdviceArticle] = (),
) -> CouncilAction:
    kind_ = ActionKind(kind)
    articles = list(advice)
    if case.status == CaseStatus.CLOSED:
        raise CaseRuleBroken("Reopen the case before recording a new action")
    if kind_ == ActionKind.ADVICE and not articles:
        raise CaseRuleBroken("Choose the advice you gave from the library")
    if any(a.council_id != case.council_id or not a.is_active for a in articles):
        raise CaseRuleBroken("Choose advice from this council's library")
    if kind_ == ActionKind.SINGLE_CONTACT:
        if named_officer is None:
            raise CaseRuleBroken("Choose the one officer the sender must contact")
        _officer_of(case, named_officer)
    if kind_ == ActionKind.TAKEDOWN and not platform.strip():
        raise CaseRuleBroken("Enter the platform you asked to remove the content")
    if started_on > timezone.localdate():
        raise CaseRuleBroken("The start date must be today or in the past")
    status = initial_status(kind_)
    with transaction.atomic():
        action = CouncilAction.objects.create(
            case=case,
            kind=kind_,
            status=status,
            started_on=started_on,
            completed_on=started_on if status in FINISHED else None,
            detail=detail.strip(),
            named_officer=named_officer if kind_ == ActionKind.SINGLE_CONTACT else None,
            platform=platform.strip(),
            content_url=content_url.strip(),
            created_by=acting_user,
        )
        action.advice.set(articles)
        ActionChange.objects.create(
            action=action, from_status="", to_status=status, on=started_on, by=acting_user
        )
        _event(case, acting_user, f"Action: {kind_.label}", ActionStatus(status).label)
        _touch(case)
        audit_record(
            actor=acting_user,
            action="case.action_added",
            council=case.council,
            target=case,
            summary=kind_.label,
        )
    return action


def action_move(
    *, action: CouncilAction, to_status: str, on: datetime.date, note: str, acting_user: User
) -> CouncilAction:
    try:
        target = ActionStatus(to_status)
    except ValueError as exc:
        raise CaseRuleBroken("Choose the action's new status") from exc
    if target not in next_statuses(action.kind, action.status):
        raise CaseRuleBroken(
            f"{action.get_kind_display()} cannot go from "
            f"‘{action.get_status_display().lower()}’ to ‘{target.label.lower()}’"
        )
    if on > timezone.localdate() or on < action.started_on:
        raise CaseRuleBroken("The date must be between the action's start and today")
    with transaction.atomic():
        moved = CouncilAction.objects.filter(pk=action.pk, status=action.status).update(
            status=target,
            completed_on=on if target in FINISHED else None,
            updated_at=timezone.now(),
        )
        if not moved:
            raise CaseRuleBroken("Someone else changed this action: refresh the page")
        ActionChange.objects.create(
            action=action,
            from_status=action.status,
            to_status=target,
            on=on,
            note=note.strip(),
            by=acting_user,
        )
        action.status = target
        _event(
            action.case, acting_user, f"{action.get_kind_display()}: {target.label}", note.strip()
        )
        _touch(action.case)
        audit_record(
            actor=acting_user,
            action="case.action_moved",
            council=action.case.council,
            target=action.case,
            summary=f"{action.get_kind_display()} → {target.label}",
        )
    return action


# --- letter templates and letters ----------------------------------------------------------------


def template_save(
    *,
    council: Council,
    name: str,
    purpose: str,
    signatory: str,
    signatory_title: str,
    body: str,
    is_active: bool,
    acting_user: User,
    template: LetterTemplate | None = None,
) -> LetterTemplate:
    """Create or change a template. Unknown or unsafe fields are refused with their lines."""
    try:
        compile_letter_template(body)
    except UnsafeTemplate as exc:
        raise CaseRuleBroken(exc.problems) from exc
    clash = LetterTemplate.objects.filter(council=council, name__iexact=name.strip())
    if template is not None:
        clash = clash.exclude(pk=template.pk)
    if clash.exists():
        raise CaseRuleBroken(f"There is already a template called ‘{name.strip()}’")
    with transaction.atomic():
        if template is None:
            template = LetterTemplate(council=council, version=1)
        else:
            template.version += 1
        template.name = name.strip()
        template.purpose = purpose
        template.signatory = signatory
        template.signatory_title = signatory_title.strip()
        template.body = body
        template.is_active = is_active
        template.updated_by = acting_user
        template.save()
        audit_record(
            actor=acting_user,
            action="letters.template_saved",
            council=council,
            target=template,
            summary=f"{template.name} v{template.version}",
        )
    return template


def _letter_facts(
    case: Case, template: LetterTemplate, name: str, address: str, signatory: User | None
) -> LetterFacts:
    contact = case.owner
    dates = list(case.incidents.values_list("occurred_on", flat=True))
    return LetterFacts(
        recipient_name=name,
        recipient_address=address,
        council_name=case.council.name,
        spoc_team_email=case.council.spoc_team_email,
        councillor_name=case.councillor.display_name,
        councillor_ward=case.councillor.ward,
        case_reference=case.reference,
        incident_dates=dates,
        contact_name=contact.display_name,
        contact_email=contact.email,
        contact_phone=contact.phone,
        signatory_name=signatory.display_name if signatory else "[signature on approval]",
        signatory_title=template.signatory_title,
        today=timezone.localdate(),
    )


def letter_draft(
    *,
    case: Case,
    template: LetterTemplate,
    recipient_name: str,
    recipient_address: str,
    acting_user: User,
) -> Letter:
    if template.council_id != case.council_id or not template.is_active:
        raise CaseRuleBroken("Choose a letter template of this council")
    if not recipient_name.strip() or not recipient_address.strip():
        raise CaseRuleBroken("Enter the recipient's name and postal address")
    if case.status == CaseStatus.CLOSED:
        raise CaseRuleBroken("Reopen the case before drafting a letter")
    body = render_letter(
        template.body,
        _letter_facts(case, template, recipient_name.strip(), recipient_address.strip(), None),
    )
    with transaction.atomic():
        action = (
            CouncilAction.objects.filter(case=case, kind=template.purpose, letters__isnull=True)
            .exclude(status__in=FINISHED)
            .first()
        )
        if action is None and template.purpose in (
            ActionKind.DESIST_LETTER,
            ActionKind.SINGLE_CONTACT,
            ActionKind.LEGAL,
        ):
            action = action_add(
                case=case,
                kind=template.purpose,
                started_on=timezone.localdate(),
                detail=f"Letter drafted from ‘{template.name}’",
                acting_user=acting_user,
                named_officer=case.owner if template.purpose == ActionKind.SINGLE_CONTACT else None,
            )
        letter = Letter.objects.create(
            case=case,
            template=template,
            template_version=template.version,
            action=action,
            recipient_name=recipient_name.strip(),
            recipient_address=recipient_address.strip(),
            body=body,
            drafted_by=acting_user,
        )
        _event(case, acting_user, "Letter drafted", f"{template.name} to {letter.recipient_name}")
        audit_record(
            actor=acting_user, action="letter.drafted", council=case.council, target=letter
        )
    return letter


def _letter_moves(letter: Letter, sources: set[LetterStatus], **changes: object) -> None:
    moved = Letter.objects.filter(pk=letter.pk, status__in=sources).update(**changes)
    if not moved:
        current = Letter.objects.get(pk=letter.pk)
        if current.status == LetterStatus.SENT:
            raise CaseRuleBroken("This letter has been sent: it cannot be changed")
        raise CaseRuleBroken(
            f"This letter is {current.get_status_display().lower()}: refresh the page"
        )
    letter.refresh_from_db()


def letter_edit(
    *, letter: Letter, recipient_name: str, recipient_address: str, body: str, acting_user: User
) -> Letter:
    """Edits return an approved or submitted letter to draft: an approval covers the exact text."""
    if not body.strip() or not recipient_name.strip() or not recipient_address.strip():
        raise CaseRuleBroken("Enter the recipient, their address and the letter")
    with transaction.atomic():
        _letter_moves(
            letter,
            {LetterStatus.DRAFT, LetterStatus.AWAITING_APPROVAL, LetterStatus.APPROVED},
            recipient_name=recipient_name.strip(),
            recipient_address=recipient_address.strip(),
            body=body.strip(),
            status=LetterStatus.DRAFT,
            submitted_at=None,
            approved_by=None,
            approved_at=None,
            pdf_name="",
            pdf_sha256="",
            docx_name="",
            docx_sha256="",
        )
        audit_record(
            actor=acting_user, action="letter.edited", council=letter.case.council, target=letter
        )
    return letter


def letter_submit(*, letter: Letter, acting_user: User) -> Letter:
    with transaction.atomic():
        _letter_moves(
            letter,
            {LetterStatus.DRAFT},
            status=LetterStatus.AWAITING_APPROVAL,
            submitted_at=timezone.now(),
        )
        _event(letter.case, acting_user, "Letter sent for approval", letter.recipient_name)
        letter_id = letter.pk
        transaction.on_commit(lambda: _enqueue("notify_letter_awaiting_approval", letter_id))
        audit_record(
            actor=acting_user, action="letter.submitted", council=letter.case.council, target=letter
        )
    return letter


def may_approve(letter: Letter, person: User) -> bool:
    return (
        person.is_active
        and person.council_id == letter.case.council_id
        and person.role == letter.template.signatory
        and person.pk != letter.drafted_by_id
    )


def letter_approve(*, letter: Letter, acting_user: User) -> Letter:
    if acting_user.role != letter.template.signatory:
        raise CaseRuleBroken(
            f"Only the {letter.template.get_signatory_display().lower()} can approve this letter"
        )
    if acting_user.pk == letter.drafted_by_id:
        raise CaseRuleBroken("Someone other than the person who drafted a letter must approve it")
    if not may_approve(letter, acting_user):
        raise CaseRuleBroken("You cannot approve this letter")
    if letter.status != LetterStatus.AWAITING_APPROVAL:
        raise CaseRuleBroken("Only a letter waiting for approval can be approved")
    now = timezone.now()
    rendered = documents.render_letter_files(letter, signatory=acting_user, approved_at=now)
    try:
        with transaction.atomic():
            _letter_moves(
                letter,
                {LetterStatus.AWAITING_APPROVAL},
                status=LetterStatus.APPROVED,
                approved_by=acting_user,
                approved_at=now,
                pdf_name=rendered.pdf_name,
                pdf_sha256=rendered.pdf_sha256,
                docx_name=rendered.docx_name,
                docx_sha256=rendered.docx_sha256,
            )
            _event(
                letter.case, acting_user, "Letter approved", f"PDF SHA-256 {rendered.pdf_sha256}"
            )
            audit_record(
                actor=acting_user,
                action="letter.approved",
                council=letter.case.council,
                target=letter,
                summary=f"PDF {rendered.pdf_sha256[:12]}…",
            )
    except Exception:
        documents.discard(rendered)
        raise
    return letter


def letter_return(*, letter: Letter, reason: str, acting_user: User) -> Letter:
    if not reason.strip():
        raise CaseRuleBroken("Say what needs to change before the letter can be approved")
    if not may_approve(letter, acting_user):
        raise CaseRuleBroken("Only the letter's signatory can return it")
    with transaction.atomic():
        _letter_moves(
            letter, {LetterStatus.AWAITING_APPROVAL}, status=LetterStatus.DRAFT, submitted_at=None
        )
        _event(letter.case, acting_user, "Letter returned for changes", reason.strip())
        audit_record(
            actor=acting_user, action="letter.returned", council=letter.case.council, target=letter
        )
    return letter


def letter_mark_sent(*, letter: Letter, acting_user: User) -> Letter:
    with transaction.atomic():
        _letter_moves(
            letter,
            {LetterStatus.APPROVED},
            status=LetterStatus.SENT,
            sent_by=acting_user,
            sent_at=timezone.now(),
        )
        _event(letter.case, acting_user, "Letter sent", letter.recipient_name)
        audit_record(
            actor=acting_user, action="letter.sent", council=letter.case.council, target=letter
        )
        action = letter.action
        if action is not None and ActionStatus.DONE in next_statuses(action.kind, action.status):
            action_move(
                action=action,
                to_status=ActionStatus.DONE,
                on=timezone.localdate(),
                note="Letter sent",
                acting_user=acting_user,
            )
        elif action is not None and action.status == ActionStatus.PLANNED:
            action_move(
                action=action,
                to_status=ActionStatus.IN_PROGRESS,
                on=timezone.localdate(),
                note="",
                acting_user=acting_user,
            )
            action_move(
                action=action,
                to_status=ActionStatus.DONE,
                on=timezone.localdate(),
                note="Letter sent",
                acting_user=acting_user,
            )
    return letter


# --- police liaison ------------------------------------------------------------------------------


def _check_share(
    case: Case,
    officer: User,
    lawful_basis: str,
    basis_detail: str,
    fields: Sequence[str],
    incidents: Sequence[Incident],
    evidence: Sequence[Evidence],
    notes: Sequence[CaseNote],
) -> None:
    if lawful_basis not in LawfulBasis.values:
        raise CaseRuleBroken("Choose the lawful basis for sharing with the police")
    if not basis_detail.strip():
        raise CaseRuleBroken("Explain why sharing is necessary and proportionate")
    if (
        officer.council_id != case.council_id
        or officer.role not in RECEIVES_POLICE_SHARES
        or not officer.is_active
    ):
        raise CaseRuleBroken("Choose a police liaison officer of this council's force")
    if not fields or any(f not in SharedField.values for f in fields):
        raise CaseRuleBroken("Choose what to share about each incident")
    if not incidents:
        raise CaseRuleBroken("Choose at least one incident to share")
    in_case = set(case.links.values_list("incident_id", flat=True))
    if any(i.pk not in in_case for i in incidents):
        raise CaseRuleBroken("Only incidents in this case can be shared")
    chosen = {i.pk for i in incidents}
    if any(e.incident_id not in chosen for e in evidence):
        raise CaseRuleBroken("Evidence can only be shared with the incident it belongs to")
    if any(n.case_id != case.pk for n in notes):
        raise CaseRuleBroken("Only notes on this case can be shared")


def share_create(
    *,
    case: Case,
    officer: User,
    lawful_basis: str,
    basis_detail: str,
    fields: Sequence[str],
    incidents: Sequence[Incident],
    evidence: Sequence[Evidence],
    notes: Sequence[CaseNote],
    acting_user: User,
) -> PoliceShare:
    _check_share(case, officer, lawful_basis, basis_detail, fields, incidents, evidence, notes)
    with transaction.atomic():
        share = PoliceShare.objects.create(
            case=case,
            officer=officer,
            lawful_basis=lawful_basis,
            basis_detail=basis_detail.strip(),
            fields=sorted(set(fields)),
            shared_by=acting_user,
        )
        share.incidents.set(incidents)
        share.evidence.set(evidence)
        share.notes.set(notes)
        _event(
            case,
            acting_user,
            f"Shared with {officer.display_name} (police)",
            f"{len(incidents)} incident(s), {len(evidence)} evidence item(s), {len(notes)} note(s). "
            f"Lawful basis: {LawfulBasis(lawful_basis).label}",
        )
        audit_record(
            actor=acting_user,
            action="case.shared_with_police",
            council=case.council,
            target=case,
            summary=f"To {officer.username}: {LawfulBasis(lawful_basis).label}"[:300],
        )
        if case.status in (CaseStatus.OPEN, CaseStatus.ACTION, CaseStatus.MONITORING):
            case_transition(
                case=case, transition_name="refer_to_police", reason="", acting_user=acting_user
            )
    return share


def share_update(
    *,
    share: PoliceShare,
    fields: Sequence[str],
    incidents: Sequence[Incident],
    evidence: Sequence[Evidence],
    notes: Sequence[CaseNote],
    basis_detail: str,
    acting_user: User,
) -> PoliceShare:
    if not share.is_active:
        raise CaseRuleBroken("This share has been revoked: share the case again instead")
    _check_share(
        share.case,
        share.officer,
        share.lawful_basis,
        basis_detail,
        fields,
        incidents,
        evidence,
        notes,
    )
    with transaction.atomic():
        share.fields = sorted(set(fields))
        share.basis_detail = basis_detail.strip()
        share.save(update_fields=["fields", "basis_detail", "updated_at"])
        share.incidents.set(incidents)
        share.evidence.set(evidence)
        share.notes.set(notes)
        _event(
            share.case,
            acting_user,
            f"What is shared with {share.officer.display_name} changed",
            f"{len(incidents)} incident(s), {len(evidence)} evidence item(s), {len(notes)} note(s)",
        )
        audit_record(
            actor=acting_user,
            action="case.share_changed",
            council=share.case.council,
            target=share.case,
        )
    return share


def share_revoke(*, share: PoliceShare, reason: str, acting_user: User) -> PoliceShare:
    if not reason.strip():
        raise CaseRuleBroken("Enter why the share is being revoked")
    with transaction.atomic():
        revoked = PoliceShare.objects.filter(pk=share.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_by=acting_user, revoke_reason=reason.strip()
        )
        if not revoked:
            raise CaseRuleBroken("This share was already revoked")
        share.refresh_from_db()
        _event(
            share.case,
            acting_user,
            f"Share with {share.officer.display_name} revoked",
            reason.strip(),
        )
        audit_record(
            actor=acting_user,
            action="case.share_revoked",
            council=share.case.council,
            target=share.case,
        )
    return share


def police_record(*, share: PoliceShare, kind: str, text: str, acting_user: User) -> PoliceMessage:
    """The officer's crime reference, advice or request for more, on a share they hold."""
    if kind not in (
        PoliceMessage.Kind.CRIME_REFERENCE,
        PoliceMessage.Kind.ADVICE,
        PoliceMessage.Kind.REQUEST,
    ):
        raise CaseRuleBroken("Choose what you are adding")
    text = text.strip()
    if not text:
        raise CaseRuleBroken("Enter the reference, advice or request")
    if kind == PoliceMessage.Kind.CRIME_REFERENCE and len(text) > 60:
        raise CaseRuleBroken("A crime or incident reference must be 60 characters or fewer")
    with transaction.atomic():
        locked = PoliceShare.objects.select_for_update().get(pk=share.pk)
        if locked.revoked_at is not None:
            raise CaseRuleBroken("This share has been revoked")
        message = PoliceMessage.objects.create(
            share=share, author=acting_user, kind=kind, text=text
        )
        if kind == PoliceMessage.Kind.CRIME_REFERENCE:
            PoliceShare.objects.filter(pk=share.pk).update(
                crime_reference=text, updated_at=timezone.now()
            )
            share.crime_reference = text
        _event(share.case, acting_user, f"Police: {PoliceMessage.Kind(kind).label}", text)
        message_id = message.pk
        transaction.on_commit(lambda: _enqueue("notify_police_message", message_id))
        _touch(share.case)
        audit_record(
            actor=acting_user,
            action=f"police.{kind}",
            council=share.case.council,
            target=share.case,
        )
    return message


def council_reply(*, share: PoliceShare, text: str, acting_user: User) -> PoliceMessage:
    if not text.strip():
        raise CaseRuleBroken("Enter your reply")
    if not share.is_active:
        raise CaseRuleBroken("This share has been revoked")
    with transaction.atomic():
        message = PoliceMessage.objects.create(
            share=share, author=acting_user, kind=PoliceMessage.Kind.REPLY, text=text.strip()
        )
        _event(share.case, acting_user, "Reply to the police", text.strip())
        audit_record(
            actor=acting_user, action="police.reply", council=share.case.council, target=share.case
        )
    return message


def liaison_meeting_record(
    *, council: Council, held_at: datetime.datetime, acting_user: User
) -> LiaisonMeeting:
    if held_at > timezone.now():
        raise CaseRuleBroken("The meeting date must be in the past")
    with transaction.atomic():
        meeting = LiaisonMeeting.objects.create(
            council=council, held_at=held_at, recorded_by=acting_user
        )
        audit_record(
            actor=acting_user, action="police.liaison_meeting", council=council, target=meeting
        )
    return meeting


# --- advice library ------------------------------------------------------------------------------


def advice_save(
    *,
    council: Council,
    topic: str,
    title: str,
    body: str,
    is_active: bool,
    acting_user: User,
    article: AdviceArticle | None = None,
) -> AdviceArticle:
    if not title.strip() or not body.strip():
        raise CaseRuleBroken("Enter a title and the advice")
    clash = AdviceArticle.objects.filter(council=council, title__iexact=title.strip())
    if article is not None:
        clash = clash.exclude(pk=article.pk)
    if clash.exists():
        raise CaseRuleBroken("There is already advice with that title")
    with transaction.atomic():
        article = article or AdviceArticle(council=council)
        article.topic = topic
        article.title = title.strip()
        article.body = body.strip()
        article.is_active = is_active
        article.save()
        audit_record(
            actor=acting_user,
            action="advice.saved",
            council=council,
            target=article,
            summary=article.title,
        )
    return article
