"""Connecting mailboxes: an administrator's writes, each tried against the server first."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from imapclient.exceptions import IMAPClientError

from councillor_safety.core.audit import audit_record
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import MailboxConnection
from councillor_safety.screening.secrets_box import seal

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


def mailbox_connect(
    *,
    acting_user: User,
    label: str,
    host: str,
    port: int,
    security: str,
    username: str,
    password: str,
    councillor: User | None,
    purpose: str = MailboxConnection.Purpose.SCREEN,
    inbox_folder: str = "INBOX",
    quarantine_folder: str = "Quarantine",
) -> MailboxConnection:
    if not acting_user.is_administrator:
        raise ValidationError("Only an administrator can connect a mailbox")
    if councillor is not None and (
        councillor.council_id != acting_user.council_id or not councillor.is_councillor
    ):
        raise ValidationError("Choose a councillor of your council, or none for a shared mailbox")
    if inbox_folder == quarantine_folder:
        raise ValidationError("The quarantine folder must not be the inbox")
    if purpose not in MailboxConnection.Purpose.values:
        raise ValidationError("Choose what the mailbox is for")
    connection = MailboxConnection(
        purpose=purpose,
        council_id=acting_user.council_id,
        councillor=councillor,
        label=label,
        host=host,
        port=port,
        security=security,
        username=username,
        password_sealed=seal(password),
        inbox_folder=inbox_folder,
        quarantine_folder=quarantine_folder,
        created_by=acting_user,
    )
    try:
        client = mailbox_sync.connect(connection)
    except mailbox_sync.MailboxUnavailable as exc:
        raise ValidationError(f"Could not sign in to the mailbox: {exc}") from exc
    try:
        if not client.folder_exists(inbox_folder):
            raise ValidationError(f"The mailbox has no folder called {inbox_folder!r}")
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
    try:
        with transaction.atomic():
            connection.save()
            audit_record(
                actor=acting_user,
                action="screening.mailbox_connected",
                council=acting_user.council,
                target=connection,
                summary=f"{label} ({username}@{host})",
            )
    except IntegrityError as exc:
        raise ValidationError("This mailbox is already connected") from exc
    return connection
