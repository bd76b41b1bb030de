"""Background work for screening: thin tasks that load by id and call a service."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from councillor_safety.incidents.models import Incident
from councillor_safety.screening import evidence_reading, forward_intake, mailbox_sync
from councillor_safety.screening.models import MailboxConnection

logger = logging.getLogger(__name__)


@task()
def sync_mailbox(connection_id: int) -> None:
    purpose = (
        MailboxConnection.objects.filter(pk=connection_id).values_list("purpose", flat=True).first()
    )
    try:
        if purpose == MailboxConnection.Purpose.REPORT:
            forward_intake.intake_sync(connection_id=connection_id)
        else:
            mailbox_sync.mailbox_sync(connection_id=connection_id)
    except mailbox_sync.MailboxUnavailable:
        # Recorded on the connection with its backoff; administrators see it on the mailboxes page.
        logger.warning("mailbox sync postponed id=%s", connection_id)


@task()
def sync_due_mailboxes() -> int:
    now = timezone.now()
    due = MailboxConnection.objects.filter(is_active=True).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    ids = list(due.values_list("pk", flat=True))
    for connection_id in ids:
        sync_mailbox.enqueue(connection_id)
    return len(ids)


@task()
def read_evidence(incident_id: int) -> None:
    evidence_reading.read_incident_evidence(incident_id=incident_id)


@task()
def read_unread_evidence() -> int:
    """Reads files a lost queue entry left unread (the report's own entry normally reads them)."""
    ids = evidence_reading.unread_evidence()
    for incident_id in ids:
        read_evidence.enqueue(incident_id)
    return len(ids)


@task()
def send_report_acknowledgement(incident_id: int) -> None:
    """Tells the councillor their forwarded report arrived, with its reference and nothing else."""
    incident = (
        Incident.objects.select_related("councillor", "council").filter(pk=incident_id).first()
    )
    if incident is None or not incident.councillor.email:
        return
    context = {
        "incident": incident,
        "url": settings.SITE_URL.rstrip("/")
        + reverse("incidents:detail", args=[incident.reference]),
    }
    message = EmailMultiAlternatives(
        subject=f"Report received: {incident.reference}",
        body=render_to_string("screening/email/report_ack.txt", context),
        to=[incident.councillor.email],
    )
    message.attach_alternative(
        render_to_string("screening/email/report_ack.html", context), "text/html"
    )
    message.send()
