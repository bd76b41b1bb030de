from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_read
from councillor_safety.incidents.access import get_incident_for_manager, get_incident_for_user
from councillor_safety.incidents.models import Incident
from councillor_safety.triage import committee, selectors, services
from councillor_safety.triage.forms import (
    AssessmentForm,
    PolicyForm,
    PriorityForm,
    ReferralForm,
    ReviewForm,
    ShiftForm,
)
from councillor_safety.triage.models import (
    CommitteeReferral,
    IncidentTriage,
    OnCallShift,
    Page,
    PolicyVersion,
    ThreatAssessment,
)
from councillor_safety.triage.policy import policy_current, policy_update, spec_of
from councillor_safety.triage.taxonomy import FACTOR_LABELS, Priority


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _first_error(error: ValidationError) -> str:
    return str(error.messages[0])


# --- the queue and each incident's triage -------------------------------------------------------


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.reads_all_incidents:
        raise Http404
    return render(request, "triage/queue.html", selectors.due_queue(user))


@login_required
@require_GET
def incident_triage(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    incident = get_incident_for_user(user, reference)
    if not user.reads_all_incidents:
        raise Http404
    audit_read(actor=user, target=incident, council=incident.council, action="triage.viewed")
    policy = policy_current(incident.council)
    latest = ThreatAssessment.objects.filter(incident=incident).first()
    suggestion = services.suggestion_for(incident, policy, latest.answers if latest else None)
    triage = IncidentTriage.objects.filter(incident=incident).first()
    shown_priority = triage.priority if triage else suggestion.priority
    present = (
        [q for q, yes in latest.answers.items() if yes] if latest else list(incident.risk_signs)
    )
    return render(
        request,
        "triage/incident.html",
        {
            "incident": incident,
            "triage": triage,
            "suggestion": suggestion,
            "clock": next(c for c in policy.clocks.all() if c.priority == shown_priority),
            "decisions": incident.triage_decisions.select_related("decided_by", "policy"),
            "assessment_form": AssessmentForm(initial={"present": present}),
            "priority_form": PriorityForm(initial={"priority": suggestion.priority}),
            "referral_form": ReferralForm(initial={"summary": incident.description}),
            "referrals": incident.committee_referrals.all(),
            "can_act": user.manages_incidents,
            "can_refer": triage is not None and triage.priority in committee.REFERABLE,
        },
    )


IncidentAction = Callable[[HttpRequest, User, Incident], str]


def incident_action(action: IncidentAction) -> Callable[[HttpRequest, str], HttpResponse]:
    """A POST on one incident's triage page: load it for a manager, act, flash, go back.

    The action returns the success message; a ValidationError becomes an error message.
    """

    @login_required
    @require_POST
    @wraps(action)
    def view(request: HttpRequest, reference: str) -> HttpResponse:
        user = _user(request)
        incident = get_incident_for_manager(user, reference)
        try:
            messages.success(request, action(request, user, incident))
        except ValidationError as exc:
            messages.error(request, _first_error(exc))
        return redirect("triage:incident", reference=incident.reference)

    return view


def _valid(form: forms.Form) -> dict[str, Any]:
    if not form.is_valid():
        raise ValidationError(str(next(iter(form.errors.values()))[0]))
    return form.cleaned_data


@incident_action
def assess(request: HttpRequest, user: User, incident: Incident) -> str:
    form = AssessmentForm(request.POST)
    _valid(form)
    _, suggestion = services.assessment_record(
        incident=incident, answers=form.answers(), acting_user=user
    )
    return f"Assessment saved. The policy suggests {suggestion.priority}: confirm or choose another priority."


@incident_action
def set_priority(request: HttpRequest, user: User, incident: Incident) -> str:
    data = _valid(PriorityForm(request.POST))
    decision = services.priority_confirm(
        incident=incident,
        priority=data["priority"],
        override_reason=data["override_reason"],
        acting_user=user,
        assessment=ThreatAssessment.objects.filter(incident=incident).first(),
    )
    return f"Priority set to {decision.priority}"


@incident_action
def acknowledge(request: HttpRequest, user: User, incident: Incident) -> str:
    services.incident_acknowledge(incident=incident, acting_user=user)
    return "Acknowledged: escalation has stopped"


@incident_action
def councillor_updated(request: HttpRequest, user: User, incident: Incident) -> str:
    triage = services.councillor_updated(incident=incident, acting_user=user)
    return f"Recorded. The next update is due {timezone.localtime(triage.next_update_due_at):%-d %B %Y at %H:%M}"


@incident_action
def refer(request: HttpRequest, user: User, incident: Incident) -> str:
    data = _valid(ReferralForm(request.POST))
    committee.referral_create(
        incident=incident,
        summary=data["summary"],
        identity_needed=data["identity_needed"],
        acting_user=user,
    )
    return "Referred to the review committee"


@login_required
@require_POST
def outcome_seen(request: HttpRequest, referral_id: UUID) -> HttpResponse:
    user = _user(request)
    if not user.manages_incidents:
        raise Http404
    referral = get_object_or_404(
        CommitteeReferral, public_id=referral_id, council_id=user.council_id
    )
    committee.outcome_seen(referral=referral, acting_user=user)
    messages.success(request, f"Committee outcome for {referral.incident.reference} marked as seen")
    return redirect("triage:queue")


# --- pages ---------------------------------------------------------------------------------------


def _page_for(user: User, page_id: UUID) -> Page:
    page = (
        Page.objects.select_related("incident", "council")
        .filter(public_id=page_id, council_id=user.council_id)
        .first()
    )
    if page is None or not (page.recipient_id == user.pk or user.manages_incidents):
        raise Http404
    return page


@login_required
@require_GET
def page_detail(request: HttpRequest, page_id: UUID) -> HttpResponse:
    page = _page_for(_user(request), page_id)
    return render(request, "triage/page.html", {"page": page})


@login_required
@require_POST
def page_acknowledge(request: HttpRequest, page_id: UUID) -> HttpResponse:
    user = _user(request)
    page = _page_for(user, page_id)
    services.page_acknowledge(page=page, acting_user=user)
    messages.success(request, "Acknowledged")
    if page.incident is not None and user.manages_incidents:
        return redirect("triage:incident", reference=page.incident.reference)
    return redirect("triage:page", page_id=page.public_id)


# --- the on-call rota --------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def rota(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not (user.reads_all_incidents or user.manages_rota):
        raise Http404
    form = ShiftForm(request.POST if request.method == "POST" else None, council_id=user.council_id)
    if request.method == "POST":
        if not user.manages_rota:
            raise Http404
        if form.is_valid():
            try:
                services.shift_add(
                    council=user.council,
                    officer=User.objects.get(pk=form.cleaned_data["officer"]),
                    starts_at=form.cleaned_data["starts_at"],
                    ends_at=form.cleaned_data["ends_at"],
                    acting_user=user,
                )
            except ValidationError as exc:
                form.add_error(None, _first_error(exc))
            else:
                messages.success(request, "Shift added")
                return redirect("triage:rota")
    now = timezone.now()
    context: dict[str, Any] = {
        "form": form,
        "shifts": OnCallShift.objects.filter(
            council_id=user.council_id, ends_at__gt=now
        ).select_related("officer")[:100],
        "on_call": services.on_call_officer(user.council, now),
        "now": now,
        "officers": User.objects.filter(
            council_id=user.council_id, role__in=["spoc_officer", "senior_manager"], is_active=True
        ),
        "gaps": services.rota_gaps(user.council, now, now + timedelta(days=7)),
        "can_edit": user.manages_rota,
    }
    return render(request, "triage/rota.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def shift_remove(request: HttpRequest, shift_id: int) -> HttpResponse:
    user = _user(request)
    if not user.manages_rota:
        raise Http404
    shift = get_object_or_404(OnCallShift, pk=shift_id, council_id=user.council_id)
    try:
        services.shift_remove(shift=shift, acting_user=user)
    except ValidationError as exc:
        messages.error(request, _first_error(exc))
    else:
        messages.success(request, "Shift removed")
    return redirect("triage:rota")


@login_required
@require_POST
def shift_hand_over(request: HttpRequest, shift_id: int) -> HttpResponse:
    user = _user(request)
    if not user.manages_rota:
        raise Http404
    shift = get_object_or_404(OnCallShift, pk=shift_id, council_id=user.council_id)
    officer = User.objects.filter(
        pk=request.POST.get("officer") or 0, council_id=user.council_id
    ).first()
    try:
        if officer is None:
            raise ValidationError("Choose the officer taking over")
        services.shift_hand_over(shift=shift, officer=officer, acting_user=user)
    except ValidationError as exc:
        messages.error(request, _first_error(exc))
    else:
        messages.success(request, f"{officer.display_name} is now on call")
    return redirect("triage:rota")


# --- the policy --------------------------------------------------------------------------------


@login_required
@require_GET
def policy_view(request: HttpRequest, number: int | None = None) -> HttpResponse:
    user = _user(request)
    if not (user.reads_all_incidents or user.is_administrator):
        raise Http404
    current = policy_current(user.council)
    policy = (
        current
        if number is None
        else get_object_or_404(PolicyVersion, council_id=user.council_id, number=number)
    )
    return render(
        request,
        "triage/policy.html",
        {
            "policy": policy,
            "current": current,
            "versions": PolicyVersion.objects.filter(council_id=user.council_id).select_related(
                "created_by"
            ),
            "factor_labels": FACTOR_LABELS,
            "can_edit": user.is_administrator,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def policy_edit(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.is_administrator:
        raise Http404
    current = policy_current(user.council)
    form = PolicyForm(
        request.POST if request.method == "POST" else None,
        initial=PolicyForm.initial_for(spec_of(current)),
    )
    if request.method == "POST" and form.is_valid():
        try:
            policy = policy_update(
                council=user.council,
                spec=form.to_spec(),
                summary=form.cleaned_data["change_summary"],
                acting_user=user,
            )
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, f"Policy version {policy.number} is now in force")
            return redirect("triage:policy")
    return render(
        request,
        "triage/policy_edit.html",
        {"form": form, "factor_labels": FACTOR_LABELS, "priorities": list(Priority)},
        status=400 if form.errors else 200,
    )


# --- the review committee ------------------------------------------------------------------------


@login_required
@require_GET
def committee_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.reviews_referrals:
        raise Http404
    referrals = committee.referrals_for_member(user).prefetch_related("reviews")
    rows = [
        {
            "referral": r,
            "conflict": committee.conflict_of_interest(user, r.incident),
            "reviewed": any(review.member_id == user.pk for review in r.reviews.all()),
            "count": len(r.reviews.all()),
        }
        for r in referrals
    ]
    return render(request, "triage/committee_list.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def committee_case(request: HttpRequest, referral_id: UUID) -> HttpResponse:
    user = _user(request)
    referral = committee.get_referral_for_member(user, str(referral_id))
    audit_read(
        actor=user, target=referral.incident, council=referral.council, action="committee.viewed"
    )
    form = ReviewForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            committee.review_record(referral=referral, member=user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, _first_error(exc))
        else:
            messages.success(request, "Your review has been recorded")
            return redirect("triage:committee")
    reviews = list(referral.reviews.all())
    return render(
        request,
        "triage/committee_case.html",
        {
            "referral": referral,
            "incident": referral.incident,
            "form": form,
            "already_reviewed": any(r.member_id == user.pk for r in reviews),
            "review_count": len(reviews),
            "categories": referral.incident.category_labels,
        },
        status=400 if form.errors else 200,
    )
