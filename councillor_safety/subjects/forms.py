from __future__ import annotations

from typing import Any

from django import forms

from councillor_safety.core.fields import GovUKDateField
from councillor_safety.core.forms import GovUKForm


class CheckForm(GovUKForm):
    name = forms.CharField(
        label="Name (optional)",
        required=False,
        max_length=200,
        error_messages={"max_length": "The name must be 200 characters or fewer"},
    )
    address = forms.CharField(
        label="Address or postcode (optional)",
        required=False,
        max_length=500,
        help_text="For example, 14 Gull Street, NH4 2QT",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "The address must be 500 characters or fewer"},
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not (cleaned.get("name") or "").strip() and not (cleaned.get("address") or "").strip():
            raise forms.ValidationError(
                "Enter the name or the address of the person you will visit"
            )
        return cleaned


class MergeForm(GovUKForm):
    other = forms.UUIDField(
        label="Subject ID of the subject to merge into this one",
        help_text="Shown on each subject's page, for example 0f8c…",
        error_messages={
            "required": "Enter the subject ID to merge",
            "invalid": "Enter a subject ID as shown on its page",
        },
    )
    reason = forms.CharField(
        label="Why are they the same person?",
        max_length=300,
        error_messages={"required": "Say why they are the same person"},
    )


class SplitForm(GovUKForm):
    identifiers = forms.TypedMultipleChoiceField(
        label="Identifiers that belong to someone else",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    incidents = forms.TypedMultipleChoiceField(
        label="Incidents from someone else",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    display_name = forms.CharField(
        label="Name for the new subject",
        max_length=200,
        error_messages={"required": "Give the new subject a name"},
    )

    def __init__(
        self,
        *args: Any,
        identifier_choices: list[tuple[int, str]],
        incident_choices: list[tuple[int, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["identifiers"].choices = identifier_choices  # type: ignore[attr-defined]
        self.fields["incidents"].choices = incident_choices  # type: ignore[attr-defined]


class MarkerForm(GovUKForm):
    incidents = forms.TypedMultipleChoiceField(
        label="Incidents the marker rests on",
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one incident"},
    )
    risk = forms.CharField(
        label="The risk",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Describe the risk"},
    )
    mitigations = forms.CharField(
        label="What people should do",
        help_text="For example: visit in pairs; meet at the council offices.",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say what people should do"},
    )
    person_told = forms.BooleanField(
        label="The person has been told about the marker", required=False
    )
    person_told_on = GovUKDateField(
        label="Date they were told (if told)",
        required=False,
        require_all_fields=False,
        invalid_message="The date they were told must be a real date",
    )

    def __init__(self, *args: Any, incident_choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["incidents"].choices = incident_choices  # type: ignore[attr-defined]


class ApproveForm(GovUKForm):
    review_due_on = GovUKDateField(
        label="Review by",
        help_text="At most 12 months from today. The marker stops answering checks after this date.",
        require_all_fields=False,
        invalid_message="The review date must be a real date",
    )


class WithdrawForm(GovUKForm):
    reason = forms.CharField(
        label="Why is the marker withdrawn?",
        max_length=300,
        error_messages={"required": "Say why the marker is withdrawn"},
    )


class ToldForm(GovUKForm):
    told_on = GovUKDateField(
        label="Date the person was told",
        require_all_fields=False,
        invalid_message="The date must be a real date",
    )


class SettingsForm(GovUKForm):
    harassment_window_days = forms.IntegerField(
        label="Course of conduct: days within which two incidents count",
        min_value=1,
        max_value=3650,
        error_messages={
            "required": "Enter a number of days",
            "invalid": "Enter a whole number of days",
        },
    )
    escalation_window_days = forms.IntegerField(
        label="Escalation: days in each window compared", min_value=1, max_value=365
    )
    several_targets_min = forms.IntegerField(
        label="Several targets: councillors, at least", min_value=2, max_value=50
    )
    pile_on_hours = forms.IntegerField(
        label="Pile-on: within this many hours", min_value=1, max_value=168
    )
    pile_on_min_senders = forms.IntegerField(
        label="Pile-on: different senders, at least", min_value=2, max_value=500
    )
    marker_review_months = forms.IntegerField(
        label="Register: longest time between reviews, in months", min_value=1, max_value=12
    )
    shares_matching = forms.BooleanField(
        label="Compare e-mail addresses, phone numbers and handles with other councils that have also agreed",
        required=False,
    )
    holds_known_senders = forms.BooleanField(
        label="Hold every message from a known sender's e-mail address or handle for an officer to read, whatever the screener finds",
        required=False,
    )
