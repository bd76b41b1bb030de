from __future__ import annotations

import uuid
from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import Q

from councillor_safety.triage.taxonomy import ClockKind, Priority, RecommendedResponse
from councillor_safety.triage.working_time import REGIONS, WorkingCalendar


class PolicyVersion(models.Model):
    """A council's triage policy as it stood from `created_at` until the next version.

    Versions are never edited: a change makes a new version, so a past decision can always be
    explained by the policy in force when it was made.
    """

    council = models.ForeignKey(
        "accounts.Council", on_delete=models.PROTECT, related_name="triage_policies"
    )
    number = models.PositiveIntegerField()
    is_current = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    change_summary = models.CharField(max_length=300)

    day_start = models.TimeField(default=time(9, 0))
    day_end = models.TimeField(default=time(17, 0))
    working_weekdays = models.JSONField(default=list)
    bank_holiday_region = models.CharField(
        max_length=3, choices=list(REGIONS.items()), default="ENG"
    )
    aggravation_raises_priority = models.BooleanField(
        default=True,
        help_text="Hate-crime strands raise the suggested priority by one level, up to P2.",
    )
    committee_quorum = models.PositiveSmallIntegerField(default=3)

    class Meta:
        ordering = ["council", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["council", "number"], name="policy_number_once"),
            models.UniqueConstraint(
                fields=["council"],
                condition=Q(is_current=True),
                name="one_current_policy_per_council",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.council} policy v{self.number}"

    @property
    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(
            day_start=self.day_start,
            day_end=self.day_end,
            weekdays=frozenset(self.working_weekdays),
            region=self.bank_holiday_region,
        )


class PriorityClock(models.Model):
    """How fast each priority must be answered, and what is normally done."""

    policy = models.ForeignKey(PolicyVersion, on_delete=models.CASCADE, related_name="clocks")
    priority = models.CharField(max_length=2, choices=Priority.choices)
    kind = models.CharField(max_length=20, choices=ClockKind.choices)
    acknowledge_minutes = models.PositiveIntegerField(
        help_text="Time to acknowledge a new incident."
    )
    update_minutes = models.PositiveIntegerField(
        help_text="Time between updates to the councillor."
    )
    escalate_minutes = models.PositiveIntegerField(
        help_text="After a missed acknowledgement, time before each further escalation step."
    )
    default_actions = models.TextField(blank=True, help_text="One action per line.")

    class Meta:
        ordering = ["policy", "priority"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "priority"], name="one_clock_per_priority")
        ]

    def __str__(self) -> str:
        return f"{self.priority} clock"

    @property
    def is_working_hours(self) -> bool:
        return self.kind == ClockKind.WORKING

    @property
    def action_list(self) -> list[str]:
        return [line.strip() for line in self.default_actions.splitlines() if line.strip()]


class TriageRule(models.Model):
    """When every listed fact holds, suggest this priority. The most urgent match wins."""

    policy = models.ForeignKey(PolicyVersion, on_delete=models.CASCADE, related_name="rules")
    factors = models.JSONField(help_text="Fact codes that must all hold.")
    priority = models.CharField(max_length=2, choices=Priority.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["policy", "position", "id"]

    def __str__(self) -> str:
        return f"{' + '.join(self.factors)} → {self.priority}"


class IncidentTriage(models.Model):
    """An incident's current priority and its response clocks."""

    incident = models.OneToOneField(
        "incidents.Incident", on_delete=models.CASCADE, related_name="triage"
    )
    priority = models.CharField(max_length=2, choices=Priority.choices)
    confirmed = models.BooleanField(
        default=False, help_text="An officer has confirmed the priority."
    )
    policy = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="+")
    acknowledge_due_at = models.DateTimeField()
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    next_update_due_at = models.DateTimeField()
    escalation_level = models.PositiveSmallIntegerField(default=0)
    next_escalation_at = models.DateTimeField(null=True, blank=True)
    update_reminded_at = models.DateTimeField(null=True, blank=True)
    safeguarding_suggested = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["acknowledged_at", "next_escalation_at"]),
            models.Index(fields=["next_update_due_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.incident_id}: {self.priority}"


class ThreatAssessment(models.Model):
    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.CASCADE, related_name="threat_assessments"
    )
    answers = models.JSONField(help_text="Question code → true or false.")
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_at", "-id"]

    def __str__(self) -> str:
        return f"Threat assessment for {self.incident_id}"


class TriageDecision(models.Model):
    """A priority given to an incident: suggested by the policy, confirmed or overridden by a person."""

    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.CASCADE, related_name="triage_decisions"
    )
    priority = models.CharField(max_length=2, choices=Priority.choices)
    suggested_priority = models.CharField(max_length=2, choices=Priority.choices)
    reasons = models.JSONField(default=list)
    override_reason = models.TextField(blank=True)
    policy = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="decisions")
    assessment = models.ForeignKey(
        ThreatAssessment, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty for the provisional priority set when the report arrived.",
    )
    decided_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-id"]

    def __str__(self) -> str:
        return f"{self.incident_id}: {self.priority}"


class OnCallShift(models.Model):
    council = models.ForeignKey(
        "accounts.Council", on_delete=models.PROTECT, related_name="on_call_shifts"
    )
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="on_call_shifts"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["council", "starts_at", "ends_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.officer} on call {self.starts_at:%Y-%m-%d %H:%M}"


class Page(models.Model):
    """An urgent alert to one person, which they acknowledge; unacknowledged pages escalate."""

    class Reason(models.TextChoices):
        P1 = "p1", "New P1 incident"
        ESCALATION = "escalation", "Acknowledgement overdue"
        UPDATE_DUE = "update_due", "Update to the councillor due"
        NO_ONE_ON_CALL = "no_one_on_call", "No one is on call"
        HELD_THREAT = "held_threat", "Likely threat held for a person to read"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.CASCADE, null=True, blank=True, related_name="pages"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pages"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    texted_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Page to {self.recipient_id} ({self.reason})"


class CommitteeReferral(models.Model):
    """Low-level abuse handed to the review committee, so the councillor need not judge it alone."""

    class Status(models.TextChoices):
        OPEN = "open", "Awaiting reviews"
        DECIDED = "decided", "Decided"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey("accounts.Council", on_delete=models.PROTECT, related_name="+")
    incident = models.ForeignKey(
        "incidents.Incident", on_delete=models.PROTECT, related_name="committee_referrals"
    )
    summary = models.TextField(
        help_text="What the committee sees: written without the councillor's identity."
    )
    identity_needed = models.BooleanField(
        default=False,
        help_text="Show the committee who the councillor is (only where the decision depends on it).",
    )
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    referred_at = models.DateTimeField(auto_now_add=True)
    quorum = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    crossed_line = models.BooleanField(null=True, blank=True)
    recommended_response = models.CharField(
        max_length=20, choices=RecommendedResponse.choices, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    outcome_seen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    outcome_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-referred_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["incident"],
                condition=Q(status="open"),
                name="one_open_referral_per_incident",
            )
        ]

    def __str__(self) -> str:
        return f"Referral of {self.incident_id}"


class CommitteeReview(models.Model):
    referral = models.ForeignKey(
        CommitteeReferral, on_delete=models.CASCADE, related_name="reviews"
    )
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    crossed_line = models.BooleanField()
    recommended_response = models.CharField(max_length=20, choices=RecommendedResponse.choices)
    reasons = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["referral", "member"], name="one_review_per_member")
        ]

    def __str__(self) -> str:
        return f"Review of {self.referral_id} by {self.member_id}"
