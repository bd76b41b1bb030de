from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from councillor_safety.accounts.models import User
from councillor_safety.core.audit import audit_read
from councillor_safety.core.fields import date_field
from councillor_safety.core.forms import GovUKForm, check_period_order
from councillor_safety.screening import comment_import, mailboxes, reports, selectors, services
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.verdicts import KNOWN_SENDER, reasons


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _items_for(user: User) -> QuerySet[ScreenedMessage]:
    if not user.reads_all_incidents:
        raise Http404
    return ScreenedMessage.objects.filter(council_id=user.council_id).select_related(
        "connection__councillor"
    )


def _item_for(user: User, item_id: UUID) -> ScreenedMessage:
    item = _items_for(user).filter(public_id=item_id).first()
    if item is None:
        raise Http404
    return item


class QueueFilter(forms.Form):
    status = forms.ChoiceField(
        choices=[("open", "Awaiting a decision"), *ScreenedMessage.Status.choices], required=False
    )
    band = forms.ChoiceField(
        choices=[
            ("", "Any"),
            ("threat", "Likely threats"),
            ("abuse", "Abuse"),
            ("other", "Other flags"),
            ("known", "From known senders"),
        ],
        required=False,
    )
    received_from = forms.DateField(
        required=False, label="Received from", widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        required=False, label="Received to", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_period_order(self, cleaned, "received_from", "received_to")
        return cleaned


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    items = _items_for(user)
    form = QueueFilter(request.GET or None)
    filters: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    status = filters.get("status") or "open"
    items = (
        items.filter(status__in=services.OPEN) if status == "open" else items.filter(status=status)
    )
    if filters.get("received_from"):
        items = items.filter(created_at__date__gte=filters["received_from"])
    if filters.get("received_to"):
        items = items.filter(created_at__date__lte=filters["received_to"])
    band = filters.get("band")
    if band == "threat":
        items = items.filter(likely_threat=True)
    elif band in ("abuse", "other"):
        items = items.filter(likely_threat=False)
    elif band == "known":
        items = items.filter(explanation__has_key=KNOWN_SENDER)
    # Threats first, then by how abusive, then newest.
    ordered = sorted(
        items[:500],
        key=lambda i: (
            not i.likely_threat,
            -float(i.scores.get("abuse", 0)),
            -i.created_at.timestamp(),
        ),
    )
    if band == "abuse":
        ordered = [i for i in ordered if "abuse" in i.flags]
    elif band == "other":
        ordered = [i for i in ordered if "abuse" not in i.flags]
    page = Paginator(ordered, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "screening/queue.html",
        {"page": page, "filter_form": form, "can_act": user.manages_incidents},
        status=400 if form.errors else 200,
    )


class OutcomesPeriod(GovUKForm):
    """The period of the outcomes page: the messages held from one date to another."""

    held_from = date_field("Held from", "Enter the first date")
    held_to = date_field("Held to", "Enter the last date")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_period_order(self, cleaned, "held_from", "held_to")
        return cleaned


# The outcomes page opens on the last quarter: enough decisions for the shares to mean something.
OUTCOMES_DAYS = 91


@login_required
@require_GET
def outcomes(request: HttpRequest) -> HttpResponse:
    """How each kind of hold has fared in officers' decisions, and how long held mail waits."""
    user = _user(request)
    if not user.reads_all_incidents:
        raise Http404
    today = timezone.localdate()
    form = OutcomesPeriod(
        request.GET
        if request.GET
        else {
            "held_from": (today - timedelta(days=OUTCOMES_DAYS - 1)).isoformat(),
            "held_to": today.isoformat(),
        }
    )
    found = (
        selectors.screening_outcomes(
            user.council_id, form.cleaned_data["held_from"], form.cleaned_data["held_to"]
        )
        if form.is_valid()
        else None
    )
    return render(
        request,
        "screening/outcomes.html",
        {"form": form, "outcomes": found, "now": timezone.now()},
        status=400 if form.errors else 200,
    )


def _sender_record(user: User, item: ScreenedMessage) -> UUID | None:
    """The known sender's subject record, for a link, where the person may read subjects."""
    if not user.reads_subjects:
        return None
    try:
        return UUID(str(item.explanation.get(KNOWN_SENDER, "")))
    except ValueError:
        return None


@login_required
@require_GET
def item_detail(request: HttpRequest, item_id: UUID) -> HttpResponse:
    user = _user(request)
    item = _item_for(user, item_id)
    audit_read(actor=user, target=item, council=item.council, action="screening.viewed")
    councillors = User.objects.filter(council_id=user.council_id, role="councillor", is_active=True)
    return render(
        request,
        "screening/item.html",
        {
            "item": item,
            "reasons": reasons(item.explanation),
            "sender_record": _sender_record(user, item),
            "can_act": user.manages_incidents and item.status in services.OPEN,
            "councillors": councillors,
        },
    )


@login_required
@require_POST
def item_action(request: HttpRequest, item_id: UUID, action: str) -> HttpResponse:
    user = _user(request)
    item = _item_for(user, item_id)
    if not user.manages_incidents:
        raise PermissionDenied
    try:
        if action == "release":
            services.item_release(item=item, acting_user=user)
            messages.success(request, "Released to the inbox and recorded as a false positive")
        elif action == "keep":
            services.item_keep(item=item, note=request.POST.get("note", ""), acting_user=user)
            messages.success(request, "Kept in quarantine")
        elif action == "report":
            chosen = request.POST.get("councillor")
            councillor = (
                User.objects.filter(pk=chosen, council_id=user.council_id).first()
                if chosen and chosen.isdigit()
                else None
            )
            incident = services.item_report(item=item, acting_user=user, councillor=councillor)
            messages.success(request, f"Reported as incident {incident.reference}")
        else:
            raise Http404
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    return redirect("screening:item", item_id=item.public_id)


@login_required
@require_POST
def bulk(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _items_for(user)
    if not user.manages_incidents:
        raise PermissionDenied
    chosen = request.POST.getlist("items")
    try:
        ids = [UUID(value) for value in chosen]
    except ValueError:
        ids = []
    items = list(_items_for(user).filter(public_id__in=ids))
    if not items:
        messages.error(request, "Select at least one item")
        return redirect("screening:queue")
    export = request.POST.get("export")
    if export in ("csv", "pdf"):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        if export == "csv":
            body, content_type = (
                reports.report_csv(items=items, acting_user=user),
                "text/csv; charset=utf-8",
            )
        else:
            body, content_type = (
                reports.report_pdf(items=items, acting_user=user),
                "application/pdf",
            )
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="abuse-report-{stamp}.{export}"'
        return response
    done, problems = services.items_bulk(
        items=items,
        action=request.POST.get("action", ""),
        note=request.POST.get("note", ""),
        acting_user=user,
    )
    if done:
        messages.success(request, f"{done} item{'s' if done != 1 else ''} done")
    for problem in problems[:10]:
        messages.error(request, problem)
    return redirect("screening:queue")


@login_required
def comments_upload(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    _items_for(user)
    if not user.manages_incidents:
        raise Http404
    councillors = User.objects.filter(council_id=user.council_id, role="councillor", is_active=True)
    problems: list[str] = []
    if request.method == "POST":
        upload = request.FILES.get("comments")
        councillor = councillors.filter(pk=request.POST.get("councillor") or 0).first()
        if upload is None:
            problems = ["Select a file of comments"]
        elif councillor is None:
            problems = ["Choose the councillor the comments were about"]
        else:
            try:
                imported = comment_import.comments_import(
                    data=upload.read(),
                    file_name=upload.name or "comments.csv",
                    councillor=councillor,
                    acting_user=user,
                )
            except comment_import.ImportRefused as exc:
                problems = exc.problems
            else:
                messages.success(request, _imported_message(imported))
                return redirect("screening:queue")
    return render(
        request,
        "screening/import.html",
        {"councillors": councillors, "problems": problems, "required": comment_import.REQUIRED},
        status=400 if problems else 200,
    )


def _imported_message(imported: comment_import.Imported) -> str:
    said = f"Imported {imported.batch.rows} comments; {imported.batch.flagged} flagged for review"
    if not imported.likely_threats:
        return said
    threats = (
        "1 likely threat"
        if imported.likely_threats == 1
        else (f"{imported.likely_threats} likely threats")
    )
    if imported.paged:
        return f"{said}. {threats}, shown first: whoever is on call has been paged"
    return f"{said}. {threats}, shown first"


class MailboxForm(GovUKForm):
    purpose = forms.ChoiceField(
        label="What is this mailbox for?",
        choices=MailboxConnection.Purpose.choices,
        widget=forms.RadioSelect,
    )
    label = forms.CharField(
        label="Name", max_length=120, help_text="For example, Cllr Reyes's council mailbox."
    )
    councillor = forms.TypedChoiceField(
        label="Whose mail is it?", coerce=int, required=False, empty_value=None
    )
    host = forms.CharField(
        label="IMAP server", max_length=255, help_text="For example, outlook.office365.com"
    )
    port = forms.IntegerField(label="Port", min_value=1, max_value=65535, initial=993)
    security = forms.ChoiceField(
        label="Connection security", choices=MailboxConnection.Security.choices
    )
    username = forms.CharField(label="Username", max_length=255)
    password = forms.CharField(
        label="Password or app password", max_length=500, widget=forms.PasswordInput
    )
    inbox_folder = forms.CharField(label="Folder to screen", max_length=255, initial="INBOX")
    quarantine_folder = forms.CharField(
        label="Quarantine folder", max_length=255, initial="Quarantine"
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        councillors = User.objects.filter(council_id=council_id, role="councillor", is_active=True)
        field = self.fields["councillor"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - narrows the type for mypy
        field.choices = [("", "A shared mailbox")] + [(c.pk, c.display_name) for c in councillors]


@login_required
def mailbox_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if not user.is_administrator:
        raise Http404
    form = MailboxForm(
        request.POST if request.method == "POST" else None, council_id=user.council_id
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        councillor_id = data.pop("councillor")
        councillor = (
            User.objects.filter(pk=councillor_id, council_id=user.council_id).first()
            if councillor_id
            else None
        )
        try:
            connection = mailboxes.mailbox_connect(acting_user=user, councillor=councillor, **data)
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(
                request, f"{connection.label} is connected and will be screened every minute"
            )
            return redirect("screening:mailboxes")
    return render(
        request,
        "screening/mailboxes.html",
        {
            "form": form,
            "mailboxes": MailboxConnection.objects.filter(
                council_id=user.council_id
            ).select_related("councillor"),
        },
        status=400 if form.errors else 200,
    )
