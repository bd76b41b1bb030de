"""Cases group incidents and carry what the council does about them.

A case belongs to one council and protects one councillor. Sent letters, evidence packs and the
record of what was shared with the police are never changed once made.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from councillor_safety.cases.taxonomy import (
    ActionKind,
    ActionStatus,
    AdviceTopic,
    CaseStatus,
    LawfulBasis,
    LetterStatus,
    Signatory,
)
from councillor_safety.incidents.models import Incident

USER = settings.AUTH_USER_MODEL


class Case(models.Model):
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    reference = models.CharField(max_length=24, unique=True)
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    councillor = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="cases")
    owner = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="owned_cases")
    status = models.CharField(max_length=16, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    incidents: models.ManyToManyField[Incident, CaseIncident] = models.ManyToManyField(
        "incidents.Incident", through="CaseIncident", related_name="cases"
    )
    next_update_due = models.DateField(
        null=True, blank=True, help_text="When the councillor will next hear from the team."
    )
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["council", "status"])]

    def __str__(self) -> str:
        return self.reference


class CaseIncident(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="links")
    incident = models.ForeignKey("incidents.Incident", on_delete=models.PROTECT, related_name="+")
    added_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "incident"], name="incident_once_per_case")
        ]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.incident_id}"


class CaseEvent(models.Model):
    """One line of a case's timeline; also what the liaison meeting pack reports as changed."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    what = models.CharField(max_length=200)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return self.what


class CaseTask(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(max_length=200)
    assignee = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="case_tasks")
    due_on = models.DateField()
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["done_at", "due_on", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return self.done_at is None and self.due_on < timezone.localdate()


class CaseNote(models.Model):
    """An internal note: officers only, never shown to the councillor."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Note on {self.case_id}"


class AdviceArticle(models.Model):
    """One piece of the council's curated advice library (blocking, filters, privacy…)."""

    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    topic = models.CharField(max_length=20, choices=AdviceTopic.choices)
    title = models.CharField(max_length=200)
    body = models.TextField()
    is_active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["topic", "title"]
        constraints = [
            models.UniqueConstraint(fields=["council", "title"], name="advice_title_per_council")
        ]

    def __str__(self) -> str:
        return self.title


class CouncilAction(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=20, choices=ActionKind.choices)
    status = models.CharField(max_length=16, choices=ActionStatus.choices)
    started_on = models.DateField(default=timezone.localdate)
    completed_on = models.DateField(null=True, blank=True)
    detail = models.TextField(blank=True, help_text="Internal: never shown to the councillor.")
    named_officer = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    platform = models.CharField(max_length=100, blank=True)
    content_url = models.URLField(max_length=500, blank=True)
    advice = models.ManyToManyField(AdviceArticle, blank=True, related_name="+")
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["started_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class ActionChange(models.Model):
    """Each status an action has had, with its date: the action's own history."""

    action = models.ForeignKey(CouncilAction, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=16, choices=ActionStatus.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=ActionStatus.choices)
    on = models.DateField()
    note = models.TextField(blank=True)
    by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class LetterTemplate(models.Model):
    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=120)
    purpose = models.CharField(
        max_length=20, choices=ActionKind.choices, default=ActionKind.DESIST_LETTER
    )
    signatory = models.CharField(max_length=32, choices=Signatory.choices)
    signatory_title = models.CharField(
        max_length=120, help_text="Printed under the signature, for example Monitoring Officer."
    )
    body = models.TextField(help_text="The letter, with fields like {{ recipient.name }}.")
    version = models.PositiveIntegerField(default=1)
    is_active = models.BooleanField(default=True)
    updated_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="letter_template_name")
        ]

    def __str__(self) -> str:
        return self.name


class SentLetterChanged(Exception):
    """Raised when code tries to save a letter that has already been sent."""


class Letter(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="letters")
    template = models.ForeignKey(LetterTemplate, on_delete=models.PROTECT, related_name="+")
    template_version = models.PositiveIntegerField()
    action = models.ForeignKey(
        CouncilAction, null=True, blank=True, on_delete=models.SET_NULL, related_name="letters"
    )
    recipient_name = models.CharField(max_length=200)
    recipient_address = models.TextField()
    body = models.TextField()
    status = models.CharField(
        max_length=20, choices=LetterStatus.choices, default=LetterStatus.DRAFT
    )
    drafted_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    drafted_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    sent_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    pdf_name = models.CharField(max_length=200, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    docx_name = models.CharField(max_length=200, blank=True)
    docx_sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["drafted_at", "id"]

    def __str__(self) -> str:
        return f"Letter to {self.recipient_name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The last line of defence: services check too, but no code path may rewrite a sent letter.
        if self.pk and Letter.objects.filter(pk=self.pk, status=LetterStatus.SENT).exists():
            raise SentLetterChanged("A sent letter cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        if self.status == LetterStatus.SENT:
            raise SentLetterChanged("A sent letter cannot be deleted")
        return super().delete(*args, **kwargs)


class PoliceShare(models.Model):
    """What was shared with a named police liaison officer, on what lawful basis, and when."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="shares")
    officer = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="police_shares")
    lawful_basis = models.CharField(max_length=20, choices=LawfulBasis.choices)
    basis_detail = models.TextField()
    fields = models.JSONField(default=list)
    incidents = models.ManyToManyField("incidents.Incident", related_name="+")
    evidence = models.ManyToManyField("incidents.Evidence", blank=True, related_name="+")
    notes = models.ManyToManyField(CaseNote, blank=True, related_name="+")
    crime_reference = models.CharField(max_length=60, blank=True)
    shared_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    shared_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    revoke_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-shared_at"]

    def __str__(self) -> str:
        return f"{self.case_id} shared with {self.officer_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class PoliceMessage(models.Model):
    """Advice from the police, a request for more, or the council's reply, on one share."""

    class Kind(models.TextChoices):
        CRIME_REFERENCE = "crime_reference", "Crime or incident reference"
        ADVICE = "advice", "Advice"
        REQUEST = "request", "Request for more information"
        REPLY = "reply", "Reply from the council"

    share = models.ForeignKey(PoliceShare, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.get_kind_display()


class LiaisonMeeting(models.Model):
    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    held_at = models.DateTimeField()
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_at"]

    def __str__(self) -> str:
        return f"Liaison meeting {self.held_at:%Y-%m-%d}"


class EvidencePack(models.Model):
    """A generated, hashed bundle for police or court: the PDF, the original files, a manifest.

    Made by a background task: a large case takes longer than a web request should.
    """

    class Status(models.TextChoices):
        PREPARING = "preparing", "Being made"
        READY = "ready", "Ready"
        FAILED = "failed", "Could not be made"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="packs")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PREPARING)
    stored_name = models.CharField(max_length=200, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    incident_count = models.PositiveIntegerField(default=0)
    evidence_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["stored_name"],
                condition=~models.Q(stored_name=""),
                name="one_pack_per_stored_file",
            )
        ]

    def __str__(self) -> str:
        return f"Evidence pack for {self.case_id}"
