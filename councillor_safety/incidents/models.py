from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from councillor_safety.incidents.taxonomy import (
    STATUS_TAG_COLOUR,
    Category,
    Channel,
    Characteristic,
    ReportedVia,
    RiskSign,
    SenderKnown,
    Status,
)


class Incident(models.Model):
    """One occurrence of abuse, harassment or intimidation against one councillor."""

    council = models.ForeignKey(
        "accounts.Council", on_delete=models.PROTECT, related_name="incidents"
    )
    reference = models.CharField(max_length=20, unique=True)
    councillor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="incidents"
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="incidents_reported",
        help_text="Empty when the service raised it (a likely threat found by mail screening).",
    )
    reported_via = models.CharField(max_length=16, choices=ReportedVia.choices)
    in_danger = models.BooleanField(
        help_text="The councillor said they were in danger when reporting."
    )

    channel = models.CharField(max_length=32, choices=Channel.choices)
    occurred_on = models.DateField()
    occurred_time = models.TimeField(null=True, blank=True)
    location = models.CharField(max_length=300, blank=True)

    sender_known = models.CharField(max_length=16, choices=SenderKnown.choices)
    sender_name = models.CharField(max_length=200, blank=True)
    sender_email = models.CharField(max_length=254, blank=True)
    sender_phone = models.CharField(max_length=40, blank=True)
    sender_social_handle = models.CharField(max_length=200, blank=True)
    sender_address = models.TextField(blank=True)
    sender_description = models.TextField(blank=True)

    description = models.TextField()
    impact = models.TextField(blank=True)
    characteristics = models.JSONField(default=list, blank=True)
    risk_signs = models.JSONField(
        default=list, blank=True, help_text="What the councillor said is true."
    )

    status = models.CharField(max_length=32, choices=Status.choices, default=Status.NEW)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="incidents_assigned",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["council", "status", "created_at"]),
            models.Index(fields=["council", "councillor", "created_at"]),
            models.Index(fields=["council", "occurred_on"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def status_tag_class(self) -> str:
        return STATUS_TAG_COLOUR[Status(self.status)]

    @property
    def characteristic_labels(self) -> list[str]:
        return [Characteristic(c).label for c in self.characteristics if c in Characteristic.values]

    @property
    def risk_sign_labels(self) -> list[str]:
        return [RiskSign(c).label for c in self.risk_signs if c in RiskSign.values]

    @property
    def category_labels(self) -> list[str]:
        return [Category(c.category).label for c in self.categories.all()]


class IncidentCategory(models.Model):
    """What happened; an incident can be several things at once (a threat in an e-mail)."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="categories")
    category = models.CharField(max_length=40, choices=Category.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "category"], name="incident_category_once")
        ]
        indexes = [models.Index(fields=["category", "incident"])]

    def __str__(self) -> str:
        return self.category


class IncidentNote(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Note on {self.incident_id}"


class ReferenceCounter(models.Model):
    """The last number issued in a series for a council in a year (NH-2026-00042, NH-C-2026-0007)."""

    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    series = models.CharField(max_length=16, default="incident")
    year = models.PositiveIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["council", "series", "year"], name="one_counter_per_council_series_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.council_id}/{self.year}: {self.last_number}"


class ReportDraft(models.Model):
    """A report being written, kept on the server so a phone that loses signal loses nothing."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_drafts"
    )
    answers = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return f"Draft {self.public_id}"


class Evidence(models.Model):
    """A file that supports a report: a screenshot, a letter, a recording.

    The file is stored under a generated name outside the web root; its SHA-256 is taken as it
    arrives so anyone can later show the file was not altered.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    incident = models.ForeignKey(
        Incident, on_delete=models.PROTECT, null=True, blank=True, related_name="evidence"
    )
    draft = models.ForeignKey(
        ReportDraft, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )
    stored_name = models.CharField(max_length=200, unique=True)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    # The words read from the file after the report (a screenshot's by OCR, a letter's text) and
    # what the screener found in them: advice for the officer; the file itself is the evidence.
    words = models.TextField(blank=True)
    words_note = models.CharField(max_length=300, blank=True)
    screened_flags = models.JSONField(default=list, blank=True)
    likely_threat = models.BooleanField(default=False)
    # the part of the words that the flags came from (a chat's message, a paragraph, a post),
    # when it is not all of them: in a long chat, where to look
    flagged_words = models.TextField(blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["uploaded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(incident__isnull=False) | Q(draft__isnull=False),
                name="evidence_belongs_to_incident_or_draft",
            )
        ]

    def __str__(self) -> str:
        return self.original_name
