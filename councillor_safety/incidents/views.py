from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_read
from councillor_safety.incidents import report_steps, selectors, services
from councillor_safety.incidents.access import (
    get_draft_for_user,
    get_evidence_for_user,
    get_incident_for_manager,
    get_incident_for_user,
)
from councillor_safety.incidents.evidence_files import EvidenceFileError, stored_file_response
from councillor_safety.incidents.forms import (
    AssignForm,
    EvidenceUploadForm,
    FilterForm,
    NoteForm,
    TransitionForm,
)
from councillor_safety.incidents.models import Evidence
from councillor_safety.incidents.states import transitions_from
from councillor_safety.incidents.summary import answers_summary


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _may_report(user: User) -> bool:
    return user.is_councillor or user.reports_on_behalf


# --- reporting journey ----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def report_start(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not _may_report(user):
        raise Http404
    if request.method == "POST":
        draft = services.draft_start(author=user)
        first = report_steps.steps_for(user)[0]
        return redirect("incidents:report_step", draft_id=draft.public_id, step=first.slug)
    return render(request, "incidents/report/start.html")


@login_required
@require_http_methods(["GET", "POST"])
def report_step(request: HttpRequest, draft_id: UUID, step: str) -> HttpResponse:
    user = _user(request)
    draft = get_draft_for_user(user, str(draft_id))
    page = report_steps.step_by_slug(user, step)
    if page is None:
        raise Http404
    changing = request.GET.get("change") == "1"
    form = page.build_form(
        user, draft.answers, data=request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        services.draft_save_answers(draft=draft, answers=form.to_answers())
        if page.slug == "danger" and form.cleaned_data["in_danger"] == "yes":
            return redirect(
                reverse("incidents:report_danger", args=[draft.public_id])
                + ("?change=1" if changing else "")
            )
        target = report_steps.CHECK_STEP if changing else report_steps.next_slug(user, page.slug)
        return redirect(_step_url(draft.public_id, target))
    previous = report_steps.previous_slug(user, page.slug)
    return render(
        request,
        "incidents/report/question.html",
        {
            "form": form,
            "step": page,
            "draft": draft,
            "back_url": _step_url(draft.public_id, previous)
            if previous
            else reverse("incidents:report_start"),
            "on_behalf": user.reports_on_behalf,
        },
    )


def _step_url(draft_id: UUID, slug: str) -> str:
    if slug == report_steps.EVIDENCE_STEP:
        return reverse("incidents:report_evidence", args=[draft_id])
    if slug == report_steps.CHECK_STEP:
        return reverse("incidents:report_check", args=[draft_id])
    return reverse("incidents:report_step", args=[draft_id, slug])


@login_required
@require_GET
def report_danger(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    user = _user(request)
    draft = get_draft_for_user(user, str(draft_id))
    changing = request.GET.get("change") == "1"
    next_url = _step_url(
        draft.public_id,
        report_steps.CHECK_STEP if changing else report_steps.next_slug(user, "danger"),
    )
    return render(request, "incidents/report/danger.html", {"draft": draft, "next_url": next_url})


@login_required
@require_http_methods(["GET", "POST"])
def report_evidence(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    user = _user(request)
    draft = get_draft_for_user(user, str(draft_id))
    form = EvidenceUploadForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST":
        files = request.FILES.getlist("evidence")
        if not files:
            if request.POST.get("action") == "upload":
                form.add_error("evidence", "Select a file to upload")
            else:
                return redirect("incidents:report_check", draft_id=draft.public_id)
        else:
            try:
                added = services.draft_add_evidence(draft=draft, files=files, acting_user=user)
            except EvidenceFileError as exc:
                form.add_error("evidence", str(exc))
            else:
                messages.success(
                    request, f"{len(added)} file{'s' if len(added) != 1 else ''} uploaded"
                )
                return redirect("incidents:report_evidence", draft_id=draft.public_id)
    return render(
        request,
        "incidents/report/evidence.html",
        {
            "form": form,
            "draft": draft,
            "uploaded": draft.evidence.all(),
            "back_url": _step_url(
                draft.public_id, report_steps.previous_slug(user, report_steps.EVIDENCE_STEP) or ""
            ),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def report_evidence_remove(request: HttpRequest, draft_id: UUID, evidence_id: UUID) -> HttpResponse:
    user = _user(request)
    draft = get_draft_for_user(user, str(draft_id))
    evidence = get_evidence_for_user(user, str(evidence_id))
    try:
        services.draft_remove_evidence(draft=draft, evidence=evidence, acting_user=user)
    except ValidationError as exc:
        raise Http404 from exc
    messages.success(request, f"{evidence.original_name} removed")
    return redirect("incidents:report_evidence", draft_id=draft.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def report_check(request: HttpRequest, draft_id: UUID) -> HttpResponse:
    user = _user(request)
    draft = get_draft_for_user(user, str(draft_id))
    missing = report_steps.first_unanswered(user, draft.answers)
    if missing is not None:
        messages.info(request, "Answer this question to finish your report.")
        return redirect("incidents:report_step", draft_id=draft.public_id, step=missing.slug)
    error: str | None = None
    if request.method == "POST":
        try:
            incident = services.incident_report(draft=draft, acting_user=user)
        except services.ReportIncomplete as exc:
            messages.info(request, str(exc))
            return redirect("incidents:report_step", draft_id=draft.public_id, step=exc.step)
        except ValidationError:
            error = "Some answers could not be saved. Check your answers and try again."
        else:
            request.session["last_report"] = incident.reference
            return redirect("incidents:report_done", reference=incident.reference)
    return render(
        request,
        "incidents/report/check.html",
        {
            "draft": draft,
            "rows": answers_summary(user, draft),
            "evidence": draft.evidence.all(),
            "error": error,
        },
    )


@login_required
@require_GET
def report_done(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_user(user, reference)
    if request.session.get("last_report") != reference:
        return redirect("incidents:detail", reference=incident.reference)
    return render(request, "incidents/report/done.html", {"incident": incident})


# --- a councillor's own reports ---------------------------------------------------------------


@login_required
@require_GET
def my_reports(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.is_councillor:
        raise Http404
    page = Paginator(selectors.my_reports(user=user), 20).get_page(request.GET.get("page"))
    return render(request, "incidents/my_reports.html", {"page": page})


# --- officers ---------------------------------------------------------------------------------


@login_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.reads_all_incidents:
        raise Http404
    form = FilterForm(request.GET or None, council_id=user.council_id)
    filters: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    incidents = selectors.incident_inbox(user=user, filters=filters)
    page = Paginator(incidents, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "incidents/inbox.html",
        {"filter_form": form, "page": page, "query": query.urlencode()},
        status=400 if form.errors else 200,
    )


@login_required
@require_GET
def incident_detail(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_user(user, reference)
    audit_read(actor=user, target=incident, council=incident.council, action="incident.viewed")
    context: dict[str, Any] = {
        "incident": incident,
        "evidence": incident.evidence.all(),
        "categories": incident.category_labels,
    }
    if user.reads_all_incidents:
        context["timeline"] = selectors.incident_timeline(incident)
    if user.manages_incidents:
        context["assign_form"] = AssignForm(
            council_id=user.council_id, initial={"assignee": incident.assigned_to_id}
        )
        context["note_form"] = NoteForm()
        context["transitions"] = transitions_from(incident.status)
        context["transition_form"] = TransitionForm()
    template = (
        "incidents/detail_staff.html"
        if user.reads_all_incidents
        else "incidents/detail_councillor.html"
    )
    return render(request, template, context)


@login_required
@require_POST
def incident_assign(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_manager(user, reference)
    form = AssignForm(request.POST, council_id=user.council_id)
    if form.is_valid():
        assignee = User.objects.get(pk=form.cleaned_data["assignee"])
        try:
            services.incident_assign(incident=incident, assignee=assignee, acting_user=user)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, f"Assigned to {assignee.display_name}")
    else:
        messages.error(request, str(form.errors["assignee"][0]))
    return redirect("incidents:detail", reference=incident.reference)


@login_required
@require_POST
def incident_note(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_manager(user, reference)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.incident_add_note(
            incident=incident, text=form.cleaned_data["text"], acting_user=user
        )
        messages.success(request, "Note added")
    else:
        messages.error(request, str(form.errors["text"][0]))
    return redirect("incidents:detail", reference=incident.reference)


@login_required
@require_POST
def incident_transition(request: HttpRequest, reference: str, transition: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_manager(user, reference)
    form = TransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, str(form.errors["reason"][0]))
        return redirect("incidents:detail", reference=incident.reference)
    try:
        services.incident_transition(
            incident=incident,
            transition_name=transition,
            reason=form.cleaned_data["reason"],
            acting_user=user,
        )
    except services.TransitionNotAllowed as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Status changed to {incident.get_status_display().lower()}")
    return redirect("incidents:detail", reference=incident.reference)


# --- evidence ---------------------------------------------------------------------------------


@login_required
@require_GET
def evidence_download(request: HttpRequest, evidence_id: UUID) -> FileResponse:
    user = _user(request)
    evidence: Evidence = get_evidence_for_user(user, str(evidence_id))
    if evidence.incident is not None:
        audit_read(actor=user, target=evidence, council=user.council, action="evidence.downloaded")
    return stored_file_response(
        evidence.stored_name, filename=evidence.original_name, content_type=evidence.content_type
    )
