"""Case pages. Thin: access checks from access.py, rules and writes in services.py."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from weasyprint import HTML

from councillor_safety.accounts.models import User
from councillor_safety.cases import access, selectors, services
from councillor_safety.cases.evidence_pack import PackAlreadyPreparing, pack_request
from councillor_safety.cases.forms import (
    ActionForm,
    ActionMoveForm,
    AddIncidentsForm,
    AdviceForm,
    CaseOpenForm,
    ChooseCouncillorForm,
    LetterEditForm,
    LetterStartForm,
    LetterTemplateForm,
    MeetingForm,
    NextUpdateForm,
    PoliceRecordForm,
    ReasonForm,
    ReplyForm,
    ShareForm,
    ShareUpdateForm,
    TaskForm,
)
from councillor_safety.cases.letter_fields import SAFE_FIELDS, SAFE_FILTERS
from councillor_safety.cases.models import (
    AdviceArticle,
    Case,
    CaseTask,
    CouncilAction,
    Letter,
    LetterTemplate,
    PoliceShare,
)
from councillor_safety.cases.services import CaseRuleBroken
from councillor_safety.cases.states import case_transitions_from, next_statuses
from councillor_safety.cases.taxonomy import CaseStatus, LetterStatus
from councillor_safety.core.audit import audit_read, audit_record
from councillor_safety.incidents.access import get_incident_for_user
from councillor_safety.incidents.evidence_files import stored_file_response
from councillor_safety.incidents.forms import NoteForm, TransitionForm
from councillor_safety.incidents.models import Evidence


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _problem(request: HttpRequest, exc: CaseRuleBroken) -> None:
    for message in exc.messages:
        messages.error(request, message)


def _case_action(
    request: HttpRequest, reference: str, work: Callable[[Case, User], str]
) -> HttpResponse:
    """Run one write on a case the person manages; show its message or the rule it broke."""
    user = _user(request)
    case = access.get_case_for_manager(user, reference)
    try:
        done = work(case, user)
    except CaseRuleBroken as exc:
        _problem(request, exc)
    else:
        messages.success(request, done)
    return redirect("cases:detail", reference=case.reference)


def _form_errors(request: HttpRequest, form: Any) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, str(error))


# --- cases ---------------------------------------------------------------------------------------


@login_required
@require_GET
def case_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.reads_cases(user):
        raise Http404
    status = request.GET.get("status", "open")
    cases = access.cases_visible_to(user).select_related("councillor", "owner")
    if status == "open":
        cases = cases.exclude(status=CaseStatus.CLOSED)
    elif status in CaseStatus.values:
        cases = cases.filter(status=status)
    return render(
        request,
        "cases/list.html",
        {
            "cases": cases[:200],
            "status": status,
            "statuses": CaseStatus.choices,
            "can_open": access.manages_cases(user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_open(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.reads_cases(user):
        raise Http404
    if not access.manages_cases(user):
        raise PermissionDenied
    start_incident = None
    if request.GET.get("incident"):
        start_incident = get_incident_for_user(user, request.GET["incident"])
        councillor = start_incident.councillor
    else:
        chooser = ChooseCouncillorForm(request.GET or None, council_id=user.council_id)
        if not chooser.is_valid():
            return render(request, "cases/choose_councillor.html", {"form": chooser})
        councillor = get_object_or_404(
            User, pk=chooser.cleaned_data["councillor"], council_id=user.council_id
        )
    initial = {"owner": user.pk, "incidents": [start_incident.pk] if start_incident else []}
    if request.method == "POST":
        form = CaseOpenForm(request.POST, councillor=councillor)
        if form.is_valid():
            try:
                case = services.case_open(
                    councillor=councillor,
                    incidents=list(form.cleaned_data["incidents"]),
                    title=form.cleaned_data["title"],
                    summary=form.cleaned_data["summary"],
                    owner=User.objects.get(pk=form.cleaned_data["owner"]),
                    acting_user=user,
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, f"Case {case.reference} opened")
                return redirect("cases:detail", reference=case.reference)
    else:
        form = CaseOpenForm(initial=initial, councillor=councillor)
    similar = selectors.similar_open_cases(
        council_id=user.council_id,
        councillor_id=councillor.pk,
        incidents=[start_incident] if start_incident else [],
    )
    return render(
        request,
        "cases/open.html",
        {"form": form, "councillor": councillor, "similar": similar},
    )


@login_required
@require_GET
def case_detail(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_user(user, reference)
    audit_read(actor=user, target=case, council=case.council, action="case.viewed")
    if not access.reads_cases(user):
        return render(
            request,
            "cases/detail_councillor.html",
            {"case": case, **selectors.councillor_view(case)},
        )
    can_manage = access.manages_cases(user)
    actions = list(
        case.actions.select_related("named_officer").prefetch_related("advice", "changes")
    )
    context: dict[str, Any] = {
        "case": case,
        "incidents": case.incidents.order_by("occurred_on").prefetch_related("categories"),
        "tasks": case.tasks.select_related("assignee", "done_by"),
        "actions": [
            (
                a,
                ActionMoveForm(
                    kind=a.kind,
                    status=a.status,
                    prefix=f"action-{a.pk}",
                    initial={"on": timezone.localdate()},
                )
                if can_manage and next_statuses(a.kind, a.status)
                else None,
            )
            for a in actions
        ],
        "letters": case.letters.select_related("template", "drafted_by", "approved_by"),
        "shares": case.shares.select_related("officer").prefetch_related("messages"),
        "packs": case.packs.select_related("created_by"),
        "events": case.events.select_related("actor").order_by("-at", "-id"),
        "notes": case.notes.select_related("author"),
        "can_manage": can_manage,
    }
    if can_manage:
        context |= {
            "transitions": case_transitions_from(case.status),
            "transition_form": TransitionForm(),
            "task_form": TaskForm(council_id=case.council_id, prefix="task"),
            "note_form": NoteForm(),
            "add_form": AddIncidentsForm(case=case, prefix="add"),
            "next_update_form": NextUpdateForm(initial={"next_update_due": case.next_update_due}),
        }
    return render(request, "cases/detail_staff.html", context)


@login_required
@require_POST
def case_add_incidents(request: HttpRequest, reference: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        form = AddIncidentsForm(request.POST, case=case, prefix="add")
        if not form.is_valid():
            raise CaseRuleBroken(form.errors["incidents"][0])
        added = services.case_add_incidents(
            case=case, incidents=list(form.cleaned_data["incidents"]), acting_user=user
        )
        return f"{added} incident(s) added"

    return _case_action(request, reference, work)


@login_required
@require_POST
def case_transition(request: HttpRequest, reference: str, transition: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        form = TransitionForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken(form.errors["reason"][0])
        services.case_transition(
            case=case,
            transition_name=transition,
            reason=form.cleaned_data["reason"],
            acting_user=user,
        )
        return f"Case is now {case.get_status_display().lower()}"

    return _case_action(request, reference, work)


@login_required
@require_POST
def case_next_update(request: HttpRequest, reference: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        form = NextUpdateForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken(form.errors["next_update_due"][0])
        on: datetime.date = form.cleaned_data["next_update_due"]
        services.case_set_next_update(case=case, on=on, acting_user=user)
        return f"Next update due {on:%d %B %Y}"

    return _case_action(request, reference, work)


@login_required
@require_POST
def task_add(request: HttpRequest, reference: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        form = TaskForm(request.POST, council_id=case.council_id, prefix="task")
        if not form.is_valid():
            raise CaseRuleBroken([str(e) for errors in form.errors.values() for e in errors])
        services.task_add(
            case=case,
            title=form.cleaned_data["title"],
            assignee=User.objects.get(pk=form.cleaned_data["assignee"]),
            due_on=form.cleaned_data["due_on"],
            acting_user=user,
        )
        return "Task added"

    return _case_action(request, reference, work)


@login_required
@require_POST
def task_done(request: HttpRequest, reference: str, task_id: int) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        task = get_object_or_404(CaseTask, pk=task_id, case=case)
        services.task_complete(task=task, acting_user=user)
        return f"Done: {task.title}"

    return _case_action(request, reference, work)


@login_required
@require_POST
def note_add(request: HttpRequest, reference: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        form = NoteForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken(form.errors["text"][0])
        services.note_add(case=case, text=form.cleaned_data["text"], acting_user=user)
        return "Note added"

    return _case_action(request, reference, work)


# --- council actions -----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def action_new(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_manager(user, reference)
    if request.method == "POST":
        form = ActionForm(request.POST, council_id=case.council_id)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.action_add(
                    case=case,
                    kind=data["kind"],
                    started_on=data["started_on"],
                    detail=data["detail"],
                    named_officer=User.objects.get(pk=data["named_officer"])
                    if data["named_officer"]
                    else None,
                    platform=data["platform"],
                    content_url=data["content_url"],
                    advice=data["advice"],
                    acting_user=user,
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Action recorded")
                return redirect("cases:detail", reference=case.reference)
    else:
        form = ActionForm(council_id=case.council_id, initial={"started_on": timezone.localdate()})
    return render(request, "cases/action_new.html", {"case": case, "form": form})


@login_required
@require_POST
def action_move(request: HttpRequest, reference: str, action_id: int) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        action = get_object_or_404(CouncilAction, pk=action_id, case=case)
        form = ActionMoveForm(
            request.POST, kind=action.kind, status=action.status, prefix=f"action-{action.pk}"
        )
        if not form.is_valid():
            raise CaseRuleBroken([str(e) for errors in form.errors.values() for e in errors])
        services.action_move(
            action=action,
            to_status=form.cleaned_data["to_status"],
            on=form.cleaned_data["on"],
            note=form.cleaned_data["note"],
            acting_user=user,
        )
        return f"{action.get_kind_display()}: {action.get_status_display().lower()}"

    return _case_action(request, reference, work)


# --- letters -------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def letter_new(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_manager(user, reference)
    if request.method == "POST":
        form = LetterStartForm(request.POST, council_id=case.council_id)
        if form.is_valid():
            try:
                letter = services.letter_draft(
                    case=case,
                    template=form.cleaned_data["template"],
                    recipient_name=form.cleaned_data["recipient_name"],
                    recipient_address=form.cleaned_data["recipient_address"],
                    acting_user=user,
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request, "Letter drafted: check and edit it, then send it for approval"
                )
                return redirect("cases:letter", letter_id=letter.public_id)
    else:
        form = LetterStartForm(council_id=case.council_id)
    return render(request, "cases/letter_new.html", {"case": case, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def letter_detail(request: HttpRequest, letter_id: UUID) -> HttpResponse:
    user = _user(request)
    letter = access.get_letter_for_staff(user, letter_id)
    can_edit = access.manages_cases(user) and letter.status != LetterStatus.SENT
    if request.method == "POST":
        if not access.manages_cases(user):
            raise PermissionDenied
        form = LetterEditForm(request.POST)
        if form.is_valid():
            try:
                services.letter_edit(letter=letter, acting_user=user, **form.cleaned_data)
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Letter saved")
                return redirect("cases:letter", letter_id=letter.public_id)
    else:
        audit_read(actor=user, target=letter, council=letter.case.council, action="letter.viewed")
        form = LetterEditForm(
            initial={
                "recipient_name": letter.recipient_name,
                "recipient_address": letter.recipient_address,
                "body": letter.body,
            }
        )
    return render(
        request,
        "cases/letter.html",
        {
            "letter": letter,
            "case": letter.case,
            "form": form if can_edit else None,
            "bound": form,
            "can_manage": access.manages_cases(user),
            "can_approve": services.may_approve(letter, user),
            "return_form": ReasonForm(),
        },
    )


def _letter_action(
    request: HttpRequest, letter_id: UUID, work: Callable[[Letter, User], str], *, manager: bool
) -> HttpResponse:
    user = _user(request)
    letter = access.get_letter_for_staff(user, letter_id)
    if manager and not access.manages_cases(user):
        raise PermissionDenied
    try:
        done = work(letter, user)
    except CaseRuleBroken as exc:
        _problem(request, exc)
    else:
        messages.success(request, done)
    return redirect("cases:letter", letter_id=letter.public_id)


@login_required
@require_POST
def letter_submit(request: HttpRequest, letter_id: UUID) -> HttpResponse:
    def work(letter: Letter, user: User) -> str:
        services.letter_submit(letter=letter, acting_user=user)
        return f"Sent to the {letter.template.get_signatory_display().lower()} for approval"

    return _letter_action(request, letter_id, work, manager=True)


@login_required
@require_POST
def letter_approve(request: HttpRequest, letter_id: UUID) -> HttpResponse:
    def work(letter: Letter, user: User) -> str:
        services.letter_approve(letter=letter, acting_user=user)
        return "Letter approved: the PDF and Word versions are ready"

    return _letter_action(request, letter_id, work, manager=False)


@login_required
@require_POST
def letter_return(request: HttpRequest, letter_id: UUID) -> HttpResponse:
    def work(letter: Letter, user: User) -> str:
        form = ReasonForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken("Say what needs to change before the letter can be approved")
        services.letter_return(letter=letter, reason=form.cleaned_data["reason"], acting_user=user)
        return "Letter returned to draft"

    return _letter_action(request, letter_id, work, manager=False)


@login_required
@require_POST
def letter_sent(request: HttpRequest, letter_id: UUID) -> HttpResponse:
    def work(letter: Letter, user: User) -> str:
        services.letter_mark_sent(letter=letter, acting_user=user)
        return "Letter recorded as sent. It can no longer be changed"

    return _letter_action(request, letter_id, work, manager=True)


@login_required
@require_GET
def letter_file(request: HttpRequest, letter_id: UUID, kind: str) -> FileResponse:
    user = _user(request)
    letter = access.get_letter_for_staff(user, letter_id)
    stored = {"pdf": letter.pdf_name, "docx": letter.docx_name}.get(kind, "")
    if not stored:
        raise Http404
    audit_read(
        actor=user, target=letter, council=letter.case.council, action=f"letter.{kind}_downloaded"
    )
    content_type = (
        "application/pdf"
        if kind == "pdf"
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    return stored_file_response(
        stored, filename=f"{letter.case.reference}-letter.{kind}", content_type=content_type
    )


# --- police sharing (council side) ---------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def share_new(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access.get_case_for_manager(user, reference)
    if request.method == "POST":
        form = ShareForm(request.POST, case=case)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.share_create(
                    case=case,
                    officer=User.objects.get(pk=data["officer"]),
                    lawful_basis=data["lawful_basis"],
                    basis_detail=data["basis_detail"],
                    fields=data["shared_fields"],
                    incidents=list(data["incidents"]),
                    evidence=list(data["evidence"]),
                    notes=list(data["notes"]),
                    acting_user=user,
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Shared with the police")
                return redirect("cases:detail", reference=case.reference)
    else:
        form = ShareForm(case=case)
    return render(request, "cases/share_form.html", {"case": case, "form": form, "share": None})


@login_required
@require_http_methods(["GET", "POST"])
def share_detail(request: HttpRequest, share_id: UUID) -> HttpResponse:
    user = _user(request)
    share = access.get_share_for_manager(user, share_id)
    initial = {
        "shared_fields": share.fields,
        "incidents": list(share.incidents.all()),
        "evidence": list(share.evidence.all()),
        "notes": list(share.notes.all()),
        "basis_detail": share.basis_detail,
    }
    if request.method == "POST":
        form = ShareUpdateForm(request.POST, case=share.case)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.share_update(
                    share=share,
                    fields=data["shared_fields"],
                    incidents=list(data["incidents"]),
                    evidence=list(data["evidence"]),
                    notes=list(data["notes"]),
                    basis_detail=data["basis_detail"],
                    acting_user=user,
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "What is shared has been updated")
                return redirect("cases:share", share_id=share.public_id)
    else:
        form = ShareUpdateForm(case=share.case, initial=initial)
    return render(
        request,
        "cases/share_form.html",
        {
            "case": share.case,
            "form": form if share.is_active else None,
            "share": share,
            "messages_": share.messages.select_related("author"),
            "reply_form": ReplyForm(),
            "revoke_form": ReasonForm(),
        },
    )


def _share_action(
    request: HttpRequest, share_id: UUID, work: Callable[[PoliceShare, User], str]
) -> HttpResponse:
    user = _user(request)
    share = access.get_share_for_manager(user, share_id)
    try:
        done = work(share, user)
    except CaseRuleBroken as exc:
        _problem(request, exc)
    else:
        messages.success(request, done)
    return redirect("cases:share", share_id=share.public_id)


@login_required
@require_POST
def share_revoke(request: HttpRequest, share_id: UUID) -> HttpResponse:
    def work(share: PoliceShare, user: User) -> str:
        form = ReasonForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken("Enter why the share is being revoked")
        services.share_revoke(share=share, reason=form.cleaned_data["reason"], acting_user=user)
        return f"Share revoked: {share.officer.display_name} can no longer see this case"

    return _share_action(request, share_id, work)


@login_required
@require_POST
def share_reply(request: HttpRequest, share_id: UUID) -> HttpResponse:
    def work(share: PoliceShare, user: User) -> str:
        form = ReplyForm(request.POST)
        if not form.is_valid():
            raise CaseRuleBroken("Enter your reply")
        services.council_reply(share=share, text=form.cleaned_data["text"], acting_user=user)
        return "Reply sent to the police"

    return _share_action(request, share_id, work)


# --- evidence packs ------------------------------------------------------------------------------


@login_required
@require_POST
def pack_create(request: HttpRequest, reference: str) -> HttpResponse:
    def work(case: Case, user: User) -> str:
        try:
            pack_request(case=case, acting_user=user)
        except PackAlreadyPreparing as exc:
            raise CaseRuleBroken(str(exc)) from exc
        return "The evidence pack is being made. It is listed below when ready: refresh the page"

    return _case_action(request, reference, work)


@login_required
@require_GET
def pack_download(request: HttpRequest, pack_id: UUID) -> FileResponse:
    user = _user(request)
    pack = access.get_pack_for_staff(user, pack_id)
    audit_read(
        actor=user,
        target=pack.case,
        council=pack.case.council,
        action="case.evidence_pack_downloaded",
    )
    return stored_file_response(
        pack.stored_name,
        filename=f"{pack.case.reference}-evidence-pack.zip",
        content_type="application/zip",
    )


# --- liaison meetings ----------------------------------------------------------------------------


@login_required
@require_GET
def liaison(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.manages_cases(user):
        raise Http404
    shares = PoliceShare.objects.filter(case__council_id=user.council_id).select_related(
        "case", "officer"
    )
    return render(
        request,
        "cases/liaison.html",
        {
            "active": [s for s in shares if s.is_active],
            "last_meeting": selectors.last_meeting(user.council_id),
            "form": MeetingForm(initial={"held_on": timezone.localdate()}),
        },
    )


@login_required
@require_GET
def liaison_pack(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.manages_cases(user):
        raise Http404
    pack = selectors.meeting_pack(user.council_id)
    html = render_to_string("cases/liaison_pack.html", {"council": user.council, **pack})
    audit_record(
        actor=user,
        action="police.liaison_pack",
        council=user.council,
        summary="Meeting pack",
        is_read=True,
    )
    response = HttpResponse(
        bytes(HTML(string=html).write_pdf() or b""), content_type="application/pdf"
    )
    response["Content-Disposition"] = 'attachment; filename="liaison-meeting-pack.pdf"'
    return response


@login_required
@require_POST
def liaison_meeting(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.manages_cases(user):
        raise Http404
    form = MeetingForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("cases:liaison")
    held_on: datetime.date = form.cleaned_data["held_on"]
    held_at = (
        timezone.now()
        if held_on == timezone.localdate()
        else timezone.make_aware(datetime.datetime.combine(held_on, datetime.time(23, 59)))
    )
    try:
        services.liaison_meeting_record(council=user.council, held_at=held_at, acting_user=user)
    except CaseRuleBroken as exc:
        _problem(request, exc)
    else:
        messages.success(
            request, f"Meeting on {held_on:%d %B %Y} recorded: the next pack starts from it"
        )
    return redirect("cases:liaison")


# --- the police officer's side -------------------------------------------------------------------


@login_required
@require_GET
def police_home(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not access.receives_police_shares(user):
        raise Http404
    shares = access.shares_for_police(user).select_related("case", "shared_by")
    return render(request, "cases/police_home.html", {"shares": shares})


@login_required
@require_GET
def police_share(request: HttpRequest, share_id: UUID) -> HttpResponse:
    user = _user(request)
    share = access.get_share_for_police(user, share_id)
    audit_read(
        actor=user, target=share.case, council=share.case.council, action="police.share_viewed"
    )
    return render(
        request,
        "cases/police_share.html",
        {
            "share": share,
            "rows": selectors.police_view(share),
            "notes": share.notes.select_related("author"),
            "messages_": share.messages.select_related("author"),
            "form": PoliceRecordForm(),
        },
    )


@login_required
@require_POST
def police_add(request: HttpRequest, share_id: UUID) -> HttpResponse:
    user = _user(request)
    share = access.get_share_for_police(user, share_id)
    form = PoliceRecordForm(request.POST)
    if form.is_valid():
        try:
            services.police_record(
                share=share,
                kind=form.cleaned_data["kind"],
                text=form.cleaned_data["text"],
                acting_user=user,
            )
        except CaseRuleBroken as exc:
            _problem(request, exc)
        else:
            messages.success(request, "Added to the case: the council's team has been told")
    else:
        _form_errors(request, form)
    return redirect("cases:police_share", share_id=share.public_id)


@login_required
@require_GET
def police_evidence(request: HttpRequest, share_id: UUID, evidence_id: UUID) -> FileResponse:
    user = _user(request)
    share = access.get_share_for_police(user, share_id)
    try:
        evidence = share.evidence.get(public_id=evidence_id)
    except Evidence.DoesNotExist as exc:
        raise Http404 from exc
    audit_read(
        actor=user, target=evidence, council=share.case.council, action="evidence.downloaded"
    )
    return stored_file_response(
        evidence.stored_name, filename=evidence.original_name, content_type=evidence.content_type
    )


# --- templates and advice library (administrators) -----------------------------------------------


def _library_admin(request: HttpRequest) -> User:
    user = _user(request)
    if not access.manages_case_library(user):
        raise Http404
    return user


@login_required
@require_GET
def template_list(request: HttpRequest) -> HttpResponse:
    user = _library_admin(request)
    templates = LetterTemplate.objects.filter(council_id=user.council_id)
    advice = AdviceArticle.objects.filter(council_id=user.council_id)
    return render(request, "cases/library.html", {"templates": templates, "advice": advice})


@login_required
@require_http_methods(["GET", "POST"])
def template_edit(request: HttpRequest, template_id: int | None = None) -> HttpResponse:
    user = _library_admin(request)
    template = (
        get_object_or_404(LetterTemplate, pk=template_id, council_id=user.council_id)
        if template_id
        else None
    )
    if request.method == "POST":
        form = LetterTemplateForm(request.POST)
        if form.is_valid():
            try:
                services.template_save(
                    council=user.council, acting_user=user, template=template, **form.cleaned_data
                )
            except CaseRuleBroken as exc:
                form.add_error("body", exc)
            else:
                messages.success(request, "Template saved")
                return redirect("cases:library")
    else:
        form = LetterTemplateForm(
            initial={
                "name": template.name,
                "purpose": template.purpose,
                "signatory": template.signatory,
                "signatory_title": template.signatory_title,
                "body": template.body,
                "is_active": template.is_active,
            }
            if template
            else {"is_active": True}
        )
    return render(
        request,
        "cases/template_form.html",
        {
            "form": form,
            "template": template,
            "fields": SAFE_FIELDS,
            "filters": sorted(SAFE_FILTERS),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def advice_edit(request: HttpRequest, article_id: int | None = None) -> HttpResponse:
    user = _library_admin(request)
    article = (
        get_object_or_404(AdviceArticle, pk=article_id, council_id=user.council_id)
        if article_id
        else None
    )
    if request.method == "POST":
        form = AdviceForm(request.POST)
        if form.is_valid():
            try:
                services.advice_save(
                    council=user.council, acting_user=user, article=article, **form.cleaned_data
                )
            except CaseRuleBroken as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Advice saved")
                return redirect("cases:library")
    else:
        form = AdviceForm(
            initial={
                "topic": article.topic,
                "title": article.title,
                "body": article.body,
                "is_active": article.is_active,
            }
            if article
            else {"is_active": True}
        )
    return render(request, "cases/advice_form.html", {"form": form, "article": article})
