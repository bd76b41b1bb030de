"""The words councillors and officers choose from when describing abuse.

Categories follow Appendix A of the LGA's *Debate Not Hate* report; aggravating factors are the
hate-crime strands police record, plus sex (misogyny), which the report asks councils to record.
"""

from __future__ import annotations

from django.db import models


class Category(models.TextChoices):
    VERBAL_ABUSE = "verbal_abuse", "Verbal abuse"
    PHYSICAL_ATTACK = "physical_attack", "Physical attack"
    STALKED = "stalked", "Stalked, followed or loitered"
    THREAT_OF_HARM = "threat_of_harm", "Threat of harm"
    MISINFORMATION = "misinformation", "Misinformation spread about you"
    CHARACTER_ASSASSINATION = "character_assassination", "Character assassination"
    INAPPROPRIATE_EMAIL = "inappropriate_email", "Inappropriate e-mail"
    INAPPROPRIATE_LETTER = "inappropriate_letter", "Inappropriate letter"
    INAPPROPRIATE_PHONE = "inappropriate_phone", "Inappropriate phone call or text message"
    INAPPROPRIATE_SOCIAL_MEDIA = "inappropriate_social_media", "Inappropriate social media"
    SEXUAL_HARASSMENT = "sexual_harassment", "Sexual harassment or assault"
    OTHER_THREATENING = (
        "other_threatening",
        "Other threatening behaviour, including malicious communications",
    )


class Channel(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    AT_HOME = "at_home", "At or near my home"
    PHONE = "phone", "Phone call or text message"
    EMAIL = "email", "E-mail"
    LETTER = "letter", "Letter or note"
    SOCIAL_MEDIA = "social_media", "Social media"
    ONLINE_MEETING = "online_meeting", "Online or council meeting"
    OTHER = "other", "Somewhere else"


class SenderKnown(models.TextChoices):
    KNOWN = "known", "Yes, I know who it was or have details about them"
    UNKNOWN = "unknown", "No, I do not know who it was"


class Characteristic(models.TextChoices):
    RACE = "race", "Race or ethnicity"
    RELIGION = "religion", "Religion or belief"
    SEXUAL_ORIENTATION = "sexual_orientation", "Sexual orientation"
    DISABILITY = "disability", "Disability"
    TRANSGENDER = "transgender", "Transgender identity"
    SEX = "sex", "Sex, including misogyny"


class RiskSign(models.TextChoices):
    """What a councillor can tell us at report time; officers complete the full threat assessment."""

    THREAT_TO_HARM = "threat_to_harm", "They threatened to kill or hurt me or my family"
    KNOWS_ADDRESS = "knows_address", "They know where I live, or know my family"
    TURNED_UP = "turned_up", "They have turned up in person, at my home or where I work"
    FOLLOWED = "followed", "I have been followed, or someone has waited around for me"
    FREQUENT = "frequent", "They have contacted me more than three times in a week"
    ESCALATING = "escalating", "It is getting worse"
    WEAPONS = "weapons", "They mentioned weapons"
    PROPERTY_DAMAGED = "property_damaged", "They damaged my property"
    VERY_FRIGHTENED = "very_frightened", "I am very frightened"


class Status(models.TextChoices):
    NEW = "new", "New"
    UNDER_REVIEW = "under_review", "Under review"
    ACTION_IN_PROGRESS = "action_in_progress", "Action in progress"
    CLOSED = "closed", "Closed"


STATUS_TAG_COLOUR = {
    Status.NEW: "govuk-tag--blue",
    Status.UNDER_REVIEW: "govuk-tag--yellow",
    Status.ACTION_IN_PROGRESS: "govuk-tag--purple",
    Status.CLOSED: "govuk-tag--grey",
}


class ReportedVia(models.TextChoices):
    ONLINE = "online", "Online form"
    ON_BEHALF = "on_behalf", "Logged by an officer"
    SCREENING = "screening", "Raised by mail screening, for an officer to confirm"
