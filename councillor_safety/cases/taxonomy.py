"""The words officers choose from when running a case."""

from __future__ import annotations

from django.db import models


class CaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACTION = "action", "Action under way"
    WITH_POLICE = "with_police", "With the police"
    MONITORING = "monitoring", "Monitoring"
    CLOSED = "closed", "Closed"


class ActionKind(models.TextChoices):
    ADVICE = "advice", "Advice to the councillor"
    DESIST_LETTER = "desist_letter", "Desist letter"
    SINGLE_CONTACT = "single_contact", "Single point of contact for the sender"
    LEGAL = "legal", "Legal team takes over correspondence"
    TAKEDOWN = "takedown", "Takedown request to a platform"
    INJUNCTION = "injunction", "Injunction"
    WARD_COLLEAGUES = "ward_colleagues", "Ward colleagues take over contact"


class ActionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    REQUESTED = "requested", "Requested"
    DONE = "done", "Done"
    TAKEN_DOWN = "taken_down", "Taken down"
    REFUSED = "refused", "Refused"
    APPLIED = "applied", "Applied for"
    GRANTED = "granted", "Granted"
    BREACHED = "breached", "Breached"
    CANCELLED = "cancelled", "Cancelled"


class AdviceTopic(models.TextChoices):
    BLOCK = "block", "Blocking and muting"
    FILTERS = "filters", "Filters and screening"
    PRIVACY = "privacy", "Privacy settings"
    PERSONAL_SAFETY = "personal_safety", "Personal safety"


class LetterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    AWAITING_APPROVAL = "awaiting_approval", "Waiting for approval"
    APPROVED = "approved", "Approved"
    SENT = "sent", "Sent"


class Signatory(models.TextChoices):
    """Who may approve and sign a letter made from a template (a role, see accounts.roles)."""

    MONITORING_OFFICER = "monitoring_officer", "Monitoring officer"
    SENIOR_MANAGER = "senior_manager", "Senior manager (for the Leader of the Council)"


class LawfulBasis(models.TextChoices):
    """The lawful bases a council relies on to share personal data with the police."""

    CRIME_PREVENTION = (
        "dpa_sch2_para2",
        "Prevention or detection of crime (DPA 2018, Schedule 2, Part 1, paragraph 2)",
    )
    PUBLIC_TASK = "gdpr_6_1_e", "Public task (UK GDPR Article 6(1)(e))"
    LEGAL_OBLIGATION = "gdpr_6_1_c", "Legal obligation (UK GDPR Article 6(1)(c))"
    VITAL_INTERESTS = "gdpr_6_1_d", "Vital interests: risk to life (UK GDPR Article 6(1)(d))"
    CONSENT = "consent", "The councillor's explicit consent"


class SharedField(models.TextChoices):
    """The incident fields an officer may choose to share. Anything else is never shared."""

    OCCURRED = "occurred", "When and where it happened"
    CHANNEL = "channel", "How it happened (channel)"
    CATEGORIES = "categories", "Type of abuse"
    DESCRIPTION = "description", "What happened"
    IMPACT = "impact", "Impact on the councillor"
    SENDER = "sender", "Details of the sender"
    COUNCILLOR = "councillor", "The councillor's name and ward"
    RISK = "risk", "Risk signs and aggravating factors"
