from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_read
from councillor_safety.incidents.models import Incident
from councillor_safety.subjects import pvpr, services
from councillor_safety.subjects.access import (
    get_alert_for_user,
    get_marker_for_user,
    get_subject_for_user,
    get_suggestion_for_user,
    in_council_for,
    may_change_subject_settings,
    may_check_before_visit,
    may_read_subjects,
    require_manager,
)
from councillor_safety.subjects.forms import (
    ApproveForm,
    CheckForm,
    MarkerForm,
    MergeForm,
    SettingsForm,
    SplitForm,
    ToldForm,
    WithdrawForm,
)
from councillor_safety.subjects.models import (
    LinkSuggestion,
    PatternAlert,
    PvprMarker,
    Subject,
)
from councillor_safety.subjects.patterns import settings_for

SETTINGS_FIELDS = list(SettingsForm.base_fields)


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _reader(request: HttpRequest) -> User:
    user = _user(request)
    if not may_read_subjects(user):
        raise Http404
    return user


def _first_error(form: forms.Form) -> str:
    return str(next(iter(form.errors.values()))[0])


# --- the check before a visit --------------------------------------------------------------------

# All a check page may be given: the form and the one-sentence answer. A test holds it to this.
CHECK_CONTEXT = ("form", "answer_text", "contact_spoc")


@login_required
@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not may_check_before_visit(user):
        raise Http404
    context: dict[str, Any] = {"form": CheckForm()}
    if request.method == "POST":
        form = CheckForm(request.POST)
        if form.is_valid():
            answer = pvpr.pvpr_check(
                name=form.cleaned_data["name"],
                address=form.cleaned_data["address"],
                acting_user=user,
            )
            context["answer_text"] = answer.text
            context["contact_spoc"] = answer.answer == pvpr.CONTACT_SPOC
        else:
            context["form"] = form
    return render(request, "subjects/check.html", context)


# --- subjects ------------------------------------------------------------------------------------


@login_required
@require_GET
def subject_list(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    subjects = in_council_for(user, Subject.objects.filter(status=Subject.Status.ACTIVE))
    q = request.GET.get("q", "").strip()[:200]
    if q:
        subjects = subjects.filter(
            Q(display_name__icontains=q) | Q(identifiers__raw__icontains=q)
        ).distinct()
    subjects = subjects.annotate(incident_count=Count("links", distinct=True)).order_by(
        "-incident_count", "display_name", "id"
    )
    council = user.council_id
    return render(
        request,
        "subjects/list.html",
        {
            "page": Paginator(subjects, 50).get_page(request.GET.get("page")),
            "q": q,
            "query": urlencode({"q": q}) if q else "",
            "open_alerts": PatternAlert.objects.filter(
                council_id=council, status=PatternAlert.Status.OPEN
            ).count(),
            "open_suggestions": LinkSuggestion.objects.filter(
                council_id=council, status=LinkSuggestion.Status.OPEN
            ).count(),
            "markers_due": pvpr.markers_due_for_review(council).count(),
        },
    )


@login_required
@require_GET
def subject_detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    subject = get_subject_for_user(user, public_id)
    audit_read(actor=user, target=subject, council=subject.council, action="subjects.viewed")
    incidents = (
        Incident.objects.filter(subject_links__subject=subject)
        .select_related("councillor")
        .order_by("-occurred_on", "-id")
    )
    return render(
        request,
        "subjects/detail.html",
        {
            "subject": subject,
            "identifiers": subject.identifiers.all(),
            "incidents": incidents,
            "history": subject.history.select_related("actor", "other_subject"),
            "alerts": subject.alerts.exclude(status=PatternAlert.Status.LAPSED),
            "markers": subject.markers.all(),
            "suggestions": subject.suggestions.filter(
                status=LinkSuggestion.Status.OPEN
            ).select_related("incident"),
            "merge_form": MergeForm(),
            "can_manage": user.manages_subjects and subject.status == Subject.Status.ACTIVE,
        },
    )


@login_required
@require_POST
def subject_merge(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    target = get_subject_for_user(user, public_id)
    require_manager(user)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return redirect("subjects:detail", public_id=target.public_id)
    source = (
        in_council_for(user, Subject.objects.all())
        .filter(public_id=form.cleaned_data["other"])
        .first()
    )
    if source is None:
        messages.error(request, "There is no subject with that ID in your council")
        return redirect("subjects:detail", public_id=target.public_id)
    try:
        services.subject_merge(
            source=source, target=target, reason=form.cleaned_data["reason"], acting_user=user
        )
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    else:
        messages.success(request, f"{source.display_name} merged into this subject")
    return redirect("subjects:detail", public_id=target.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def subject_split(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    subject = get_subject_for_user(user, public_id)
    require_manager(user)
    choices = {
        "identifier_choices": [
            (i.pk, f"{i.get_kind_display()}: {i.raw}") for i in subject.identifiers.all()
        ],
        "incident_choices": [
            (i.pk, f"{i.reference}, {i.occurred_on:%-d %b %Y}")
            for i in Incident.objects.filter(subject_links__subject=subject).order_by("occurred_on")
        ],
    }
    form = SplitForm(**choices)
    if request.method == "POST":
        form = SplitForm(request.POST, **choices)
        if form.is_valid():
            try:
                new = services.subject_split(
                    subject=subject,
                    identifier_ids=form.cleaned_data["identifiers"],
                    incident_ids=form.cleaned_data["incidents"],
                    display_name=form.cleaned_data["display_name"],
                    acting_user=user,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, f"Split out to a new subject, {new.display_name}")
                return redirect("subjects:detail", public_id=new.public_id)
    return render(request, "subjects/split.html", {"subject": subject, "form": form})


# --- possible matches ----------------------------------------------------------------------------


@login_required
@require_GET
def suggestions(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    open_ = in_council_for(
        user, LinkSuggestion.objects.filter(status=LinkSuggestion.Status.OPEN)
    ).select_related("incident", "subject")
    return render(
        request,
        "subjects/suggestions.html",
        {
            "page": Paginator(open_.order_by("-created_at", "id"), 50).get_page(
                request.GET.get("page")
            ),
            "can_manage": user.manages_subjects,
        },
    )


@login_required
@require_POST
def suggestion_decide(request: HttpRequest, public_id: UUID, decision: str) -> HttpResponse:
    user = _reader(request)
    suggestion = get_suggestion_for_user(user, public_id)
    if decision not in {"confirm", "reject"}:
        raise Http404
    require_manager(user)
    try:
        if decision == "confirm":
            services.suggestion_confirm(suggestion=suggestion, acting_user=user)
            messages.success(
                request,
                f"{suggestion.incident.reference} linked to {suggestion.subject.display_name}",
            )
        else:
            services.suggestion_reject(suggestion=suggestion, acting_user=user)
            messages.success(request, "Marked as not the same person")
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    return redirect("subjects:suggestions")


# --- pattern alerts ------------------------------------------------------------------------------


@login_required
@require_GET
def alerts(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    status = request.GET.get("status", PatternAlert.Status.OPEN)
    if status not in PatternAlert.Status.values:
        status = PatternAlert.Status.OPEN
    found = (
        in_council_for(user, PatternAlert.objects.filter(status=status))
        .select_related("subject", "councillor")
        .annotate(incident_count=Count("incidents"))
        .order_by("-raised_at", "-id")
    )
    return render(
        request,
        "subjects/alerts.html",
        {
            "page": Paginator(found, 50).get_page(request.GET.get("page")),
            "status": status,
            "statuses": PatternAlert.Status.choices,
            "config": settings_for(user.council_id),
        },
    )


@login_required
@require_GET
def alert_detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    alert = get_alert_for_user(user, public_id)
    audit_read(actor=user, target=alert, council=alert.council, action="subjects.alert_viewed")
    return render(
        request,
        "subjects/alert.html",
        {
            "alert": alert,
            "incidents": alert.incidents.select_related("councillor").order_by("occurred_on", "id"),
            "can_manage": user.manages_subjects and alert.status == PatternAlert.Status.OPEN,
        },
    )


@login_required
@require_POST
def alert_acknowledge(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    alert = get_alert_for_user(user, public_id)
    require_manager(user)
    try:
        services.alert_acknowledge(alert=alert, acting_user=user)
        messages.success(request, "Alert acknowledged")
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    return redirect("subjects:alert", public_id=alert.public_id)


# --- the register --------------------------------------------------------------------------------


@login_required
@require_GET
def markers(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    today = timezone.localdate()
    all_markers = in_council_for(user, PvprMarker.objects.all()).select_related(
        "subject", "approved_by"
    )
    return render(
        request,
        "subjects/markers.html",
        {
            "awaiting": all_markers.filter(status=PvprMarker.Status.AWAITING_APPROVAL),
            "due": pvpr.markers_due_for_review(user.council_id),
            "live": pvpr.live_markers(user.council_id).select_related("subject"),
            "today": today,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def marker_new(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    subject = get_subject_for_user(user, public_id)
    require_manager(user)
    incident_choices = [
        (i.pk, f"{i.reference}, {i.occurred_on:%-d %b %Y}")
        for i in Incident.objects.filter(subject_links__subject=subject).order_by("-occurred_on")
    ]
    form = MarkerForm(incident_choices=incident_choices)
    if request.method == "POST":
        form = MarkerForm(request.POST, incident_choices=incident_choices)
        if form.is_valid():
            data = form.cleaned_data
            try:
                marker = pvpr.marker_propose(
                    subject=subject,
                    incident_ids=data["incidents"],
                    risk=data["risk"],
                    mitigations=data["mitigations"],
                    person_told=data["person_told"],
                    person_told_on=data["person_told_on"],
                    acting_user=user,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Marker proposed. A senior manager must approve it")
                return redirect("subjects:marker", public_id=marker.public_id)
    return render(request, "subjects/marker_new.html", {"subject": subject, "form": form})


@login_required
@require_GET
def marker_detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = _reader(request)
    marker = get_marker_for_user(user, public_id)
    audit_read(actor=user, target=marker, council=marker.council, action="pvpr.marker_viewed")
    today = timezone.localdate()
    suggested_review = pvpr.add_months(today, settings_for(marker.council_id).marker_review_months)
    return render(
        request,
        "subjects/marker.html",
        {
            "marker": marker,
            "incidents": marker.incidents.order_by("occurred_on"),
            "checks": marker.checks.select_related("checked_by")[:20],
            "answers_checks": pvpr.live_markers(marker.council_id).filter(pk=marker.pk).exists(),
            "approve_form": ApproveForm(initial={"review_due_on": suggested_review}),
            "withdraw_form": WithdrawForm(),
            "told_form": ToldForm(initial={"told_on": today}),
            "can_approve": user.approves_pvpr_markers
            and marker.status != PvprMarker.Status.WITHDRAWN,
            "can_manage": user.manages_subjects and marker.status != PvprMarker.Status.WITHDRAWN,
        },
    )


def _marker_action(request: HttpRequest, public_id: UUID) -> tuple[User, PvprMarker]:
    user = _reader(request)
    marker = get_marker_for_user(user, public_id)
    require_manager(user)
    return user, marker


@login_required
@require_POST
def marker_approve(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user, marker = _marker_action(request, public_id)
    if not user.approves_pvpr_markers:
        raise PermissionDenied
    form = ApproveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return redirect("subjects:marker", public_id=marker.public_id)
    review: date = form.cleaned_data["review_due_on"]
    try:
        pvpr.marker_approve(marker=marker, review_due_on=review, acting_user=user)
        messages.success(request, f"Approved. Review by {review:%-d %B %Y}")
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    return redirect("subjects:marker", public_id=marker.public_id)


@login_required
@require_POST
def marker_withdraw(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user, marker = _marker_action(request, public_id)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return redirect("subjects:marker", public_id=marker.public_id)
    try:
        pvpr.marker_withdraw(marker=marker, reason=form.cleaned_data["reason"], acting_user=user)
        messages.success(request, "Marker withdrawn: it no longer answers checks")
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    return redirect("subjects:marker", public_id=marker.public_id)


@login_required
@require_POST
def marker_told(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user, marker = _marker_action(request, public_id)
    form = ToldForm(request.POST)
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return redirect("subjects:marker", public_id=marker.public_id)
    try:
        pvpr.marker_record_told(
            marker=marker, told_on=form.cleaned_data["told_on"], acting_user=user
        )
        messages.success(request, "Recorded that the person was told")
    except ValidationError as exc:
        messages.error(request, str(exc.messages[0]))
    return redirect("subjects:marker", public_id=marker.public_id)


# --- settings ------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def subject_settings(request: HttpRequest) -> HttpResponse:
    user = _reader(request)
    config = settings_for(user.council_id)
    can_change = may_change_subject_settings(user)
    form = SettingsForm(initial={f: getattr(config, f) for f in SETTINGS_FIELDS})
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied
        form = SettingsForm(request.POST)
        if form.is_valid():
            services.subject_settings_update(
                council=user.council, values=form.cleaned_data, acting_user=user
            )
            messages.success(request, "Settings saved. Alerts follow them from the next recompute")
            return redirect("subjects:settings")
    return render(
        request,
        "subjects/settings.html",
        {"form": form, "config": config, "can_change": can_change},
    )
