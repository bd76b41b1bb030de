from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class MailboxConnection(models.Model):
    """An IMAP mailbox the service screens: a councillor's council mailbox, or a shared one."""

    class Security(models.TextChoices):
        SSL = "ssl", "TLS from the start (port 993)"
        STARTTLS = "starttls", "STARTTLS (port 143)"
        NONE = "none", "None (only on a private network)"

    council = models.ForeignKey(
        "accounts.Council", on_delete=models.PROTECT, related_name="mailboxes"
    )
    councillor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mailboxes",
        help_text="Whose mail this is; empty for a shared mailbox.",
    )

    class Purpose(models.TextChoices):
        SCREEN = "screen", "Screen incoming mail"
        REPORT = "report", "Reporting address: councillors forward abuse here"

    purpose = models.CharField(max_length=10, choices=Purpose.choices, default=Purpose.SCREEN)
    label = models.CharField(max_length=120)
    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField()
    security = models.CharField(max_length=10, choices=Security.choices, default=Security.SSL)
    username = models.CharField(max_length=255)
    password_sealed = models.TextField(help_text="Encrypted; see screening/secrets_box.py.")
    inbox_folder = models.CharField(max_length=255, default="INBOX")
    quarantine_folder = models.CharField(
        max_length=255,
        default="Quarantine",
        help_text="Where screened mail is moved; for a reporting address, where handled forwards go.",
    )
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    uidvalidity = models.BigIntegerField(null=True, blank=True)
    last_uid = models.BigIntegerField(default=0, help_text="The highest UID already screened.")
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["council", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["host", "port", "username", "inbox_folder"], name="mailbox_once"
            )
        ]

    def __str__(self) -> str:
        return self.label


class CommentImport(models.Model):
    """A file of social-media comments brought in for screening."""

    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    councillor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
    rows = models.PositiveIntegerField()
    flagged = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name


class ScreenedMessage(models.Model):
    """A message the screener flagged, held for a person to read. Nothing is deleted."""

    class Source(models.TextChoices):
        MAILBOX = "mailbox", "E-mail"
        FORWARD = "forward", "Forwarded to the reporting address"
        SOCIAL = "social", "Social-media comment"

    class Status(models.TextChoices):
        MOVING = "moving", "Being moved to quarantine"
        QUARANTINED = "quarantined", "In quarantine, awaiting review"
        RELEASED = "released", "Released to the inbox"
        REPORTED = "reported", "Reported as an incident"
        KEPT = "kept", "Kept in quarantine"
        CLEAR = "clear", "Not flagged"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    connection = models.ForeignKey(
        MailboxConnection, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    source = models.CharField(max_length=10, choices=Source.choices)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    uid = models.BigIntegerField(null=True, blank=True)
    quarantine_uid = models.BigIntegerField(null=True, blank=True)
    comment_import = models.ForeignKey(
        CommentImport, on_delete=models.PROTECT, null=True, blank=True, related_name="comments"
    )
    platform = models.CharField(max_length=40, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    message_id = models.CharField(max_length=998, blank=True)
    sender = models.CharField(max_length=998, blank=True)
    subject = models.CharField(max_length=998, blank=True)
    received_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField(help_text="The readable text that was screened.")
    raw_sha256 = models.CharField(max_length=64)
    raw_stored_name = models.CharField(max_length=200, blank=True)
    scores = models.JSONField(default=dict)
    flags = models.JSONField(default=list)
    explanation = models.JSONField(default=dict)
    likely_threat = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    incident = models.ForeignKey(
        "incidents.Incident",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="screened_messages",
    )

    class Meta:
        ordering = ["-likely_threat", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["connection", "uidvalidity", "uid"],
                condition=models.Q(connection__isnull=False),
                name="screened_message_once_per_uid",
            )
        ]
        indexes = [
            models.Index(fields=["council", "status", "likely_threat"]),
            models.Index(fields=["connection", "raw_sha256"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.public_id}"
