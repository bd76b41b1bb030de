"""Background work for screening: thin tasks that load by id and call a service."""

from __future__ import annotations

import logging

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import MailboxConnection

logger = logging.getLogger(__name__)


@task()
def sync_mailbox(connection_id: int) -> None:
    try:
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
