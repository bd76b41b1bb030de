"""The questions of the reporting journey, one form per page, and the officers' forms.

Each report form reads its initial values from, and writes its answers to, the JSON answers of a
:class:`~councillor_safety.incidents.models.ReportDraft`, so every page is saved as it is answered.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, ClassVar, cast

from crispy_forms_gds.layout import Field, Layout, Size
from django import forms
from django.utils import timezone

from councillor_safety.accounts.models import User
from councillor_safety.core.fields import GovUKDateField
from councillor_safety.core.forms import GovUKForm, check_period_order
from councillor_safety.incidents.taxonomy import (
    Category,
    Channel,
    Characteristic,
    RiskSign,
    SenderKnown,
    Status,
)

YES_NO = [("yes", "Yes"), ("no", "No")]
NONE_OF_THESE = "none"
NOT_SURE = "not_sure"


class ReportStepForm(GovUKForm):
    """A page of the report: maps its fields to and from the draft's answers.

    A page that asks one question makes that question its heading (an ``h1`` legend or label),
    as the GOV.UK question-page pattern asks; pages with several fields lay themselves out.
    """

    answer_keys: ClassVar[tuple[str, ...]] = ()
    inline_radios: ClassVar[bool] = False

    def __init__(self, *args: Any, answers: dict[str, Any] | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("initial", self.initial_from(answers or {}))
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(*self.layout_fields())

    def layout_fields(self) -> list[Any]:
        (name,) = self.answer_keys
        widget = self.fields[name].widget
        if isinstance(widget, forms.RadioSelect):
            return [
                Field.radios(
                    name,
                    legend_size=Size.LARGE,
                    legend_tag="h1",
                    small=not self.inline_radios,
                    inline=self.inline_radios,
                )
            ]
        if isinstance(widget, forms.CheckboxSelectMultiple):
            return [Field.checkboxes(name, legend_size=Size.LARGE, legend_tag="h1", small=True)]
        if isinstance(widget, forms.Textarea):
            return [
                Field.textarea(
                    name, label_size=Size.LARGE, label_tag="h1", rows=widget.attrs.get("rows", 5)
                )
            ]
        return [Field.select(name, label_size=Size.LARGE, label_tag="h1")]

    def initial_from(self, answers: dict[str, Any]) -> dict[str, Any]:
        return {key: answers[key] for key in self.answer_keys if key in answers}

    def to_answers(self) -> dict[str, Any]:
        return {key: self.cleaned_data[key] for key in self.answer_keys}


class CouncillorForm(ReportStepForm):
    answer_keys = ("councillor_id",)
    councillor_id = forms.TypedChoiceField(
        label="Which councillor are you reporting for?",
        coerce=int,
        error_messages={
            "required": "Select the councillor",
            "invalid_choice": "Select the councillor",
        },
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        councillors = User.objects.filter(council_id=council_id, role="councillor", is_active=True)
        field = cast(forms.ChoiceField, self.fields["councillor_id"])
        field.choices = [("", "Choose a councillor")] + [
            (u.pk, f"{u.display_name}{f' ({u.ward})' if u.ward else ''}") for u in councillors
        ]


class DangerForm(ReportStepForm):
    answer_keys = ("in_danger",)
    inline_radios = True
    in_danger = forms.ChoiceField(
        label="Are you in danger now?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        help_text="For example, someone is threatening you, is at your door or is following you.",
        error_messages={"required": "Select yes if you are in danger now"},
    )


class CategoriesForm(ReportStepForm):
    answer_keys = ("categories",)
    categories = forms.MultipleChoiceField(
        label="What happened?",
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
        error_messages={"required": "Select what happened"},
    )


class ChannelForm(ReportStepForm):
    answer_keys = ("channel",)
    channel = forms.ChoiceField(
        label="How did it happen?",
        choices=Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how it happened"},
    )


class WhenWhereForm(ReportStepForm):
    answer_keys = ("occurred_on", "occurred_time", "location")
    occurred_on = GovUKDateField(
        label="When did it happen?",
        invalid_message="The date it happened must be a real date",
        help_text="For example, 27 3 2026. If it is still happening, give the date it started.",
        require_all_fields=False,
    )
    occurred_time = forms.TimeField(
        label="Time (optional)",
        required=False,
        help_text="For example, 14:30",
        input_formats=["%H:%M", "%H.%M", "%H%M"],
        error_messages={"invalid": "Enter the time as hours and minutes, like 14:30"},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    location = forms.CharField(
        label="Where did it happen? (optional)",
        required=False,
        max_length=300,
        help_text="For example, outside the town hall, at my ward surgery, or on Facebook.",
        error_messages={"max_length": "Where it happened must be 300 characters or fewer"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["occurred_on"].error_messages.update(
            {"required": "Enter the date it happened", "incomplete": "Enter the date it happened"}
        )

    def layout_fields(self) -> list[Any]:
        return [
            Field(
                "occurred_on",
                context={"legend_size": Size.for_legend(Size.LARGE), "legend_tag": "h1"},
            ),
            Field.text("occurred_time", field_width=5),
            Field.text("location"),
        ]

    def initial_from(self, answers: dict[str, Any]) -> dict[str, Any]:
        initial = super().initial_from(answers)
        if answers.get("occurred_on"):
            initial["occurred_on"] = date.fromisoformat(answers["occurred_on"])
        if answers.get("occurred_time"):
            initial["occurred_time"] = time.fromisoformat(answers["occurred_time"])
        return initial

    def clean_occurred_on(self) -> date:
        value: date = self.cleaned_data["occurred_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The date it happened must be today or in the past")
        if value.year < 2000:
            raise forms.ValidationError("The date it happened must be after 2000")
        return value

    def to_answers(self) -> dict[str, Any]:
        when: date = self.cleaned_data["occurred_on"]
        at: time | None = self.cleaned_data["occurred_time"]
        return {
            "occurred_on": when.isoformat(),
            "occurred_time": at.strftime("%H:%M") if at else "",
            "location": self.cleaned_data["location"],
        }


class WhoForm(ReportStepForm):
    answer_keys = (
        "sender_known",
        "sender_name",
        "sender_email",
        "sender_phone",
        "sender_social_handle",
        "sender_address",
        "sender_description",
    )
    sender_known = forms.ChoiceField(
        label="Do you know who did it?",
        choices=SenderKnown.choices,
        widget=forms.RadioSelect,
        help_text="Any detail helps us link reports about the same person, even if you only know a username.",
        error_messages={"required": "Select whether you know who did it"},
    )
    sender_name = forms.CharField(label="Name (optional)", required=False, max_length=200)
    sender_email = forms.CharField(
        label="E-mail address (optional)", required=False, max_length=254
    )
    sender_phone = forms.CharField(label="Phone number (optional)", required=False, max_length=40)
    sender_social_handle = forms.CharField(
        label="Social media name or handle (optional)",
        required=False,
        max_length=200,
        help_text="For example, @name on X, or the name on their Facebook profile.",
    )
    sender_address = forms.CharField(
        label="Address (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    sender_description = forms.CharField(
        label="Describe them (optional)",
        required=False,
        max_length=2000,
        help_text="For example, their appearance, vehicle, or anything they said about themselves.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "sender_known" and field.max_length:  # type: ignore[attr-defined]
                field.error_messages["max_length"] = (
                    f"{field.label.replace(' (optional)', '')} must be {field.max_length} characters or fewer"  # type: ignore[attr-defined, union-attr]
                )

    def layout_fields(self) -> list[Any]:
        return [
            Field.radios("sender_known", legend_size=Size.LARGE, legend_tag="h1"),
            Field.text("sender_name"),
            Field.text("sender_email"),
            Field.text("sender_phone", field_width=20),
            Field.text("sender_social_handle"),
            Field.textarea("sender_address", rows=3),
            Field.textarea("sender_description", rows=3),
        ]


class WhatHappenedForm(ReportStepForm):
    answer_keys = ("description",)
    description = forms.CharField(
        label="Tell us what happened",
        max_length=10_000,
        help_text="Include what was said or done, in their words if you can. You can upload screenshots on a later page.",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Tell us what happened",
            "max_length": "What happened must be 10,000 characters or fewer",
        },
    )


class RiskSignsForm(ReportStepForm):
    answer_keys = ("risk_signs",)
    risk_signs = forms.MultipleChoiceField(
        label="Are any of these true?",
        choices=[*RiskSign.choices, (NONE_OF_THESE, "None of these")],
        widget=forms.CheckboxSelectMultiple,
        help_text="This tells the team how urgently to act. Select all that apply.",
        error_messages={"required": "Select any that are true, or select ‘None of these’"},
    )

    def clean_risk_signs(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["risk_signs"]
        if NONE_OF_THESE in chosen and len(chosen) > 1:
            raise forms.ValidationError("Select ‘None of these’ on its own, or unselect it")
        return chosen


class ImpactForm(ReportStepForm):
    answer_keys = ("impact",)
    impact = forms.CharField(
        label="How has it affected you? (optional)",
        required=False,
        max_length=5_000,
        help_text="For example, you feel unsafe at home, you have changed your routine, or it has affected your family.",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"max_length": "How it affected you must be 5,000 characters or fewer"},
    )


class CharacteristicsForm(ReportStepForm):
    answer_keys = ("characteristics",)
    characteristics = forms.MultipleChoiceField(
        label="Do you think you were targeted because of any of these?",
        choices=[*Characteristic.choices, (NOT_SURE, "Not sure"), (NONE_OF_THESE, "None of these")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Abuse aimed at who you are may be a hate crime. Select all that apply.",
        error_messages={
            "required": "Select if you think you were targeted because of any of these, or select ‘None of these’"
        },
    )

    def clean_characteristics(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["characteristics"]
        if NONE_OF_THESE in chosen and len(chosen) > 1:
            raise forms.ValidationError("Select ‘None of these’ on its own, or unselect it")
        return chosen


class EvidenceUploadForm(GovUKForm):
    evidence = forms.FileField(
        label="Upload a file",
        required=False,
        help_text=(
            "Screenshots, photos, letters, e-mails or recordings. An e-mail can be saved from"
            " Outlook or another mail program and uploaded as it is. Up to 10 files, each"
            " smaller than 20MB."
        ),
        widget=forms.ClearableFileInput(attrs={"allow_multiple_selected": True}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evidence"].widget.attrs["multiple"] = True
        self.helper.layout = Layout(Field("evidence"))


class FilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", "Any status"), *Status.choices], required=False)
    category = forms.ChoiceField(choices=[("", "Any category"), *Category.choices], required=False)
    councillor = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    date_from = forms.DateField(
        required=False, label="Reported from", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="Reported to", widget=forms.DateInput(attrs={"type": "date"})
    )
    assigned = forms.ChoiceField(
        choices=[("", "Anyone"), ("me", "Assigned to me"), ("none", "Not assigned")], required=False
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        councillors = User.objects.filter(council_id=council_id, role="councillor").only(
            "id", "first_name", "last_name", "username"
        )
        field = cast(forms.ChoiceField, self.fields["councillor"])
        field.choices = [("", "Any councillor")] + [(u.pk, u.display_name) for u in councillors]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        check_period_order(self, cleaned, "date_from", "date_to")
        return cleaned


class AssignForm(GovUKForm):
    assignee = forms.TypedChoiceField(
        label="Assign to",
        coerce=int,
        error_messages={
            "required": "Select an officer",
            "invalid_choice": "Select an officer from the list",
        },
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        officers = User.objects.filter(
            council_id=council_id, role__in=["spoc_officer", "senior_manager"], is_active=True
        )
        field = cast(forms.ChoiceField, self.fields["assignee"])
        field.choices = [("", "Choose an officer")] + [(u.pk, u.display_name) for u in officers]


class NoteForm(GovUKForm):
    text = forms.CharField(
        label="Add a note",
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": "Enter the note",
            "max_length": "The note must be 10,000 characters or fewer",
        },
    )


class TransitionForm(GovUKForm):
    reason = forms.CharField(
        label="Reason",
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "The reason must be 2,000 characters or fewer"},
    )


def parse_answer_date(value: str) -> date:
    return datetime.strptime(value, "%Y-%m-%d").date()  # noqa: DTZ007 - a calendar date, no time zone
