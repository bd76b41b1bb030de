from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from councillor_safety.subjects.normalisation import Kind


class SubjectSettings(models.Model):
    """A council's thresholds for pattern alerts and the register; defaults when none is saved."""

    council = models.OneToOneField(
        "accounts.Council", on_delete=models.CASCADE, related_name="subject_settings"
    )
    harassment_window_days = models.PositiveIntegerField(
        default=365,
        help_text="Two or more incidents from one subject against one councillor within this many days is a course of conduct.",
    )
    escalation_window_days = models.PositiveIntegerField(
        default=28,
        help_text="Rising frequency compares the latest window of this many days with the one before.",
    )
    several_targets_min = models.PositiveSmallIntegerField(default=2)
    pile_on_hours = models.PositiveIntegerField(default=24)
    pile_on_min_senders = models.PositiveSmallIntegerField(default=5)
    marker_review_months = models.PositiveSmallIntegerField(
        default=12, help_text="The longest a register marker may go without review."
    )
    shares_matching = models.BooleanField(
        default=False,
        help_text="Compare e-mail addresses, phone numbers and handles with other councils that also share.",
    )
    holds_known_senders = models.BooleanField(
        default=True,
        help_text="Screening holds every message from an e-mail address or handle recorded for a subject, for an officer to read, whatever the screener finds.",
    )
    patterns_recomputed_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self) -> str:
        return f"Subject settings for {self.council_id}"


class Subject(models.Model):
    """An alleged sender of abuse, as far as the council can tell one person from another."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        MERGED = "merged", "Merged into another subject"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    display_name = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="merged_from"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["display_name", "id"]
        indexes = [models.Index(fields=["council", "status", "display_name"])]

    def __str__(self) -> str:
        return self.display_name


class SubjectIdentifier(models.Model):
    """One way of recognising a subject, as reported and in comparable form."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="identifiers")
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=12, choices=[(k.value, k.value) for k in Kind])
    raw = models.TextField()
    normalised = models.CharField(max_length=300)
    is_malformed = models.BooleanField(
        default=False, help_text="Not understood as given: kept as written, compared as text."
    )
    source_incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "id"]
        indexes = [models.Index(fields=["council", "kind", "normalised"])]

    def __str__(self) -> str:
        return f"{self.kind}: {self.raw}"


class IdentifierBlock(models.Model):
    """A blocking key of a name or address: fuzzy scoring only looks within shared keys."""

    identifier = models.ForeignKey(
        SubjectIdentifier, on_delete=models.CASCADE, related_name="blocks"
    )
    council = models.ForeignKey("accounts.Council", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["council", "key"])]

    def __str__(self) -> str:
        return self.key


class IncidentLink(models.Model):
    """An incident attributed to a subject."""

    class How(models.TextChoices):
        EXACT = "exact", "Same e-mail, phone, handle or address"
        CONFIRMED = "confirmed", "Confirmed by an officer"
        NEW = "new", "New subject from this report"

    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.CASCADE, related_name="subject_links"
    )
    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="links")
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    how = models.CharField(max_length=10, choices=How.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["incident", "subject"], name="incident_subject_once")
        ]
        indexes = [models.Index(fields=["subject", "incident"])]

    def __str__(self) -> str:
        return f"{self.incident_id} → {self.subject_id}"


class IncidentLinking(models.Model):
    """Claimed once per incident, so linking the same report twice does nothing."""

    incident = models.OneToOneField(
        "incidents.Incident", on_delete=models.CASCADE, related_name="subject_linking"
    )
    linked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Linked {self.incident_id}"


class LinkSuggestion(models.Model):
    """A possible match by similar name or address, for an officer to confirm or reject."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a decision"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.CASCADE, related_name="subject_suggestions"
    )
    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="suggestions")
    kind = models.CharField(max_length=12, choices=[(k.value, k.value) for k in Kind])
    reported_value = models.TextField()
    matched_value = models.TextField()
    score = models.FloatField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["incident", "subject"], name="suggest_incident_subject_once"
            )
        ]
        indexes = [models.Index(fields=["council", "status"])]

    def __str__(self) -> str:
        return f"{self.incident_id} ~ {self.subject_id} ({self.score:.0f})"


class SubjectHistory(models.Model):
    """What happened to a subject: made, merged, split. Never edited."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        MERGED_IN = "merged_in", "Another subject merged into this one"
        MERGED_INTO = "merged_into", "Merged into another subject"
        SPLIT_FROM = "split_from", "Split from another subject"
        SPLIT_OUT = "split_out", "Part split out to a new subject"
        LINK_CONFIRMED = "link_confirmed", "Incident linked by an officer"

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="history")
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=16, choices=Action.choices)
    other_subject = models.ForeignKey(
        Subject, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    detail = models.JSONField(default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    occurred_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["occurred_at", "id"]

    def __str__(self) -> str:
        return f"{self.subject_id}: {self.action}"


class PatternAlert(models.Model):
    class Rule(models.TextChoices):
        COURSE_OF_CONDUCT = "course_of_conduct", "Course of conduct"
        ESCALATION = "escalation", "Escalation"
        SEVERAL_TARGETS = "several_targets", "Several councillors targeted"
        SEVERAL_COUNCILS = "several_councils", "Also reported to other councils"
        PILE_ON = "pile_on", "Pile-on"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        LAPSED = "lapsed", "No longer supported by the evidence"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    rule = models.CharField(max_length=20, choices=Rule.choices)
    # What makes two computations the same alert: the rule's subject, councillor or identifier.
    key = models.CharField(max_length=120)
    subject = models.ForeignKey(
        Subject, on_delete=models.CASCADE, null=True, blank=True, related_name="alerts"
    )
    councillor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    summary = models.CharField(max_length=300)
    suggests_police_referral = models.BooleanField(default=False)
    incidents = models.ManyToManyField("incidents.Incident", related_name="+")
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.OPEN)
    raised_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "rule", "key"],
                condition=Q(status="open"),
                name="one_open_alert_per_key",
            )
        ]
        indexes = [models.Index(fields=["council", "status", "rule"])]

    def __str__(self) -> str:
        return f"{self.rule} {self.key}"


class PvprMarker(models.Model):
    """A Potentially Violent Persons Register entry: answers checks only while approved and in date."""

    class Status(models.TextChoices):
        AWAITING_APPROVAL = "awaiting_approval", "Waiting for approval"
        APPROVED = "approved", "Approved"
        WITHDRAWN = "withdrawn", "Withdrawn"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    subject = models.ForeignKey(Subject, on_delete=models.PROTECT, related_name="markers")
    incidents = models.ManyToManyField("incidents.Incident", related_name="+")
    risk = models.TextField()
    mitigations = models.TextField()
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.AWAITING_APPROVAL
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    review_due_on = models.DateField(null=True, blank=True)
    person_told = models.BooleanField(default=False)
    person_told_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["review_due_on", "id"]
        indexes = [models.Index(fields=["council", "status", "review_due_on"])]

    def __str__(self) -> str:
        return f"Marker on {self.subject_id}"


class PvprCheck(models.Model):
    """A check before a visit: what was asked, by whom, and which answer was given."""

    class Answer(models.TextChoices):
        NO_CONCERNS = "no_concerns", "No concerns recorded"
        CONTACT_SPOC = "contact_spoc", "Contact the SPoC team before visiting"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(max_length=200, blank=True)
    address = models.TextField(blank=True)
    answer = models.CharField(max_length=14, choices=Answer.choices)
    matched_markers = models.ManyToManyField(PvprMarker, related_name="checks")
    checked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-checked_at", "-id"]

    def __str__(self) -> str:
        return f"Check {self.public_id}"
