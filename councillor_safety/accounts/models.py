from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models

from councillor_safety.accounts.roles import (
    APPROVES_PVPR_MARKERS,
    MANAGES_INCIDENTS,
    MANAGES_ROTA,
    MANAGES_SUBJECTS,
    MANAGES_TRIAGE_POLICY,
    READS_ALL_INCIDENTS,
    READS_AUDIT_LOG,
    READS_SUBJECTS,
    REPORTS_ON_BEHALF,
    REPORTS_OWN_INCIDENTS,
    REVIEWS_REFERRALS,
    RUNS_VISIT_CHECKS,
    TWO_FACTOR_OPTIONAL,
    Role,
)


class Council(models.Model):
    """A local authority. Every record in the service belongs to exactly one council."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    reference_prefix = models.CharField(
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2,4}$", "Use 2 to 4 capital letters, like NH.")],
        help_text="Starts every incident reference, for example NH-2026-00042.",
    )
    spoc_team_email = models.EmailField(
        help_text="The member-support (SPoC) team's shared mailbox, told about every new report."
    )
    out_of_hours_phone = models.CharField(max_length=40, blank=True)
    police_force = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A person who signs in: a councillor, an officer, a police liaison officer…"""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="users")
    role = models.CharField(max_length=32, choices=Role.choices)
    ward = models.CharField(max_length=120, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    is_demo = models.BooleanField(
        default=False,
        help_text="Demo accounts can only sign in while the service runs with DEBUG on.",
    )

    REQUIRED_FIELDS = ["email"]

    class Meta:
        ordering = ["last_name", "first_name", "username"]
        indexes = [models.Index(fields=["council", "role"])]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_councillor(self) -> bool:
        return self.role in REPORTS_OWN_INCIDENTS

    @property
    def manages_incidents(self) -> bool:
        return self.role in MANAGES_INCIDENTS

    @property
    def reads_all_incidents(self) -> bool:
        return self.role in READS_ALL_INCIDENTS

    @property
    def reports_on_behalf(self) -> bool:
        return self.role in REPORTS_ON_BEHALF

    @property
    def reads_audit_log(self) -> bool:
        return self.role in READS_AUDIT_LOG

    @property
    def is_administrator(self) -> bool:
        return self.role in MANAGES_TRIAGE_POLICY

    @property
    def manages_rota(self) -> bool:
        return self.role in MANAGES_ROTA

    @property
    def reviews_referrals(self) -> bool:
        return self.role in REVIEWS_REFERRALS

    @property
    def runs_visit_checks(self) -> bool:
        return self.role in RUNS_VISIT_CHECKS

    @property
    def reads_subjects(self) -> bool:
        return self.role in READS_SUBJECTS

    @property
    def manages_subjects(self) -> bool:
        return self.role in MANAGES_SUBJECTS

    @property
    def approves_pvpr_markers(self) -> bool:
        return self.role in APPROVES_PVPR_MARKERS

    @property
    def requires_two_factor(self) -> bool:
        return self.role not in TWO_FACTOR_OPTIONAL
