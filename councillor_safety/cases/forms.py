"""Forms for case pages. Choices are always limited to the acting person's council."""

from __future__ import annotations

from typing import Any, cast

from django import forms

from councillor_safety.accounts.models import User
from councillor_safety.accounts.roles import MANAGES_CASES, READS_CASES, Role
from councillor_safety.cases.letter_fields import SAFE_FIELDS
from councillor_safety.cases.models import AdviceArticle, Case, CaseNote, LetterTemplate
from councillor_safety.cases.states import next_statuses
from councillor_safety.cases.taxonomy import (
    ActionKind,
    AdviceTopic,
    LawfulBasis,
    SharedField,
    Signatory,
)
from councillor_safety.core.fields import date_field
from councillor_safety.core.forms import (
    BoundedModelChoiceField,
    BoundedModelMultipleChoiceField,
    GovUKForm,
)
from councillor_safety.incidents.models import Evidence, Incident


def _officers(council_id: int, roles: frozenset[Role] = READS_CASES) -> list[tuple[int, str]]:
    people = User.objects.filter(council_id=council_id, is_active=True, role__in=roles)
    return [(u.pk, u.display_name) for u in people]


def _text(
    label: str, message: str, max_length: int, rows: int = 0, **kwargs: Any
) -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=widget,
        error_messages={
            "required": message,
            "max_length": f"{label} must be {max_length:,} characters or fewer",
        },
        **kwargs,
    )


class ChooseCouncillorForm(forms.Form):
    councillor = forms.TypedChoiceField(label="Councillor", coerce=int)

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        councillors = User.objects.filter(
            council_id=council_id, role=Role.COUNCILLOR, is_active=True
        )
        cast(forms.ChoiceField, self.fields["councillor"]).choices = [
            ("", "Choose a councillor")
        ] + [(u.pk, u.display_name) for u in councillors]


class CaseOpenForm(GovUKForm):
    incidents = BoundedModelMultipleChoiceField(
        queryset=Incident.objects.none(),
        label="Incidents in this case",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one incident for the case"},
    )
    title = _text("Case title", "Enter a title for the case", 200)
    summary = _text("Summary (optional)", "", 5_000, rows=4, required=False)
    owner = forms.TypedChoiceField(
        label="Case owner",
        coerce=int,
        error_messages={
            "required": "Choose the case owner",
            "invalid_choice": "Choose an officer from the list",
        },
    )

    def __init__(self, *args: Any, councillor: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        incidents = Incident.objects.filter(
            council_id=councillor.council_id, councillor=councillor
        ).order_by("-occurred_on")
        field = cast("forms.ModelMultipleChoiceField[Any]", self.fields["incidents"])
        field.queryset = incidents
        field.label_from_instance = _incident_label  # type: ignore[method-assign,assignment]
        cast(forms.ChoiceField, self.fields["owner"]).choices = _officers(
            councillor.council_id, MANAGES_CASES
        )


def _incident_label(incident: Incident) -> str:
    sender = incident.sender_name or incident.sender_email or incident.sender_social_handle
    return (
        f"{incident.reference}, {incident.occurred_on:%d %b %Y}, {incident.get_channel_display()}"
        + (f", from {sender}" if sender else "")
    )


class AddIncidentsForm(GovUKForm):
    incidents = BoundedModelMultipleChoiceField(
        queryset=Incident.objects.none(),
        label="Add incidents",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select the incidents to add"},
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast("forms.ModelMultipleChoiceField[Any]", self.fields["incidents"])
        field.queryset = (
            Incident.objects.filter(council_id=case.council_id, councillor_id=case.councillor_id)
            .exclude(cases=case)
            .order_by("-occurred_on")
        )
        field.label_from_instance = _incident_label  # type: ignore[method-assign,assignment]


class TaskForm(GovUKForm):
    title = _text("Task", "Enter what needs doing", 200)
    assignee = forms.TypedChoiceField(
        label="Who will do it",
        coerce=int,
        error_messages={
            "required": "Choose who will do it",
            "invalid_choice": "Choose an officer from the list",
        },
    )
    due_on = date_field("Due by", "Enter when it is due")

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = _officers(council_id)


class NextUpdateForm(GovUKForm):
    next_update_due = date_field(
        "Next update to the councillor", "Enter the date of the next update"
    )


class ActionForm(GovUKForm):
    kind = forms.ChoiceField(
        label="Action",
        choices=ActionKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the action"},
    )
    started_on = date_field("Started on", "Enter when the action started")
    detail = _text(
        "Internal detail (not shown to the councillor)", "", 5_000, rows=3, required=False
    )
    named_officer = forms.TypedChoiceField(
        label="Officer the sender must contact (single point of contact)",
        coerce=int,
        required=False,
        empty_value=None,
    )
    platform = _text("Platform (takedown request)", "", 100, required=False)
    content_url = forms.URLField(
        assume_scheme="https",
        label="Link to the content (takedown request)",
        required=False,
        max_length=500,
        error_messages={"invalid": "Enter the link as a full web address, starting https://"},
    )
    advice = BoundedModelMultipleChoiceField(
        queryset=AdviceArticle.objects.none(),
        label="Advice given (from the library)",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["named_officer"]).choices = [
            ("", "Not applicable"),
            *_officers(council_id),
        ]
        field = cast("forms.ModelMultipleChoiceField[Any]", self.fields["advice"])
        field.queryset = AdviceArticle.objects.filter(council_id=council_id, is_active=True)


class ActionMoveForm(GovUKForm):
    to_status = forms.ChoiceField(
        label="New status", error_messages={"required": "Choose the new status"}
    )
    on = date_field("On", "Enter the date")
    note = _text("Note (optional)", "", 2_000, rows=2, required=False)

    def __init__(self, *args: Any, kind: str, status: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["to_status"]).choices = [
            (s.value, s.label) for s in next_statuses(kind, status)
        ]


class LetterStartForm(GovUKForm):
    template = BoundedModelChoiceField(
        queryset=LetterTemplate.objects.none(),
        label="Template",
        empty_label=None,
        error_messages={
            "required": "Choose a template",
            "invalid_choice": "Choose a template from the list",
        },
    )
    recipient_name = _text("Recipient's name", "Enter the recipient's name", 200)
    recipient_address = _text(
        "Recipient's postal address", "Enter the recipient's postal address", 1_000, rows=4
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast("forms.ModelChoiceField[Any]", self.fields["template"])
        field.queryset = LetterTemplate.objects.filter(council_id=council_id, is_active=True)


class LetterEditForm(GovUKForm):
    recipient_name = _text("Recipient's name", "Enter the recipient's name", 200)
    recipient_address = _text(
        "Recipient's postal address", "Enter the recipient's postal address", 1_000, rows=4
    )
    body = _text("Letter", "Enter the letter", 20_000, rows=18)


class ReasonForm(GovUKForm):
    reason = _text("Reason", "Enter a reason", 2_000, rows=3)


class ShareForm(GovUKForm):
    officer = forms.TypedChoiceField(
        label="Police liaison officer",
        coerce=int,
        error_messages={
            "required": "Choose the police liaison officer",
            "invalid_choice": "Choose an officer from the list",
        },
    )
    lawful_basis = forms.ChoiceField(
        label="Lawful basis for sharing",
        choices=LawfulBasis.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the lawful basis for sharing with the police"},
    )
    basis_detail = _text(
        "Why sharing is necessary and proportionate",
        "Explain why sharing is necessary and proportionate",
        2_000,
        rows=3,
    )
    shared_fields = forms.MultipleChoiceField(
        label="What to share about each incident",
        choices=SharedField.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose what to share about each incident"},
    )
    incidents = BoundedModelMultipleChoiceField(
        queryset=Incident.objects.none(),
        label="Incidents to share",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one incident to share"},
    )
    evidence = BoundedModelMultipleChoiceField(
        queryset=Evidence.objects.none(),
        label="Evidence files to share",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    notes = BoundedModelMultipleChoiceField(
        queryset=CaseNote.objects.none(),
        label="Case notes to share",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        police = User.objects.filter(
            council_id=case.council_id, role=Role.POLICE_LIAISON, is_active=True
        )
        cast(forms.ChoiceField, self.fields["officer"]).choices = [
            (u.pk, u.display_name) for u in police
        ]
        for name, queryset, label in (
            ("incidents", case.incidents.order_by("occurred_on"), _incident_label),
            (
                "evidence",
                Evidence.objects.filter(incident__cases=case).select_related("incident"),
                _evidence_label,
            ),
            ("notes", case.notes.all(), _note_label),
        ):
            field = cast("forms.ModelMultipleChoiceField[Any]", self.fields[name])
            field.queryset = queryset
            field.label_from_instance = label  # type: ignore[method-assign,assignment]


def _evidence_label(item: Evidence) -> str:
    return f"{item.incident.reference if item.incident else ''}: {item.original_name}"


def _note_label(note: CaseNote) -> str:
    return f"{note.created_at:%d %b %Y}: {note.text[:80]}"


class ShareUpdateForm(ShareForm):
    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, case=case, **kwargs)
        del self.fields["officer"]
        del self.fields["lawful_basis"]


class PoliceRecordForm(GovUKForm):
    kind = forms.ChoiceField(
        label="What are you adding?",
        choices=[
            ("crime_reference", "Crime or incident reference"),
            ("advice", "Advice for the council"),
            ("request", "A request for more information"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you are adding"},
    )
    text = _text("Details", "Enter the reference, advice or request", 5_000, rows=3)


class ReplyForm(GovUKForm):
    text = _text("Reply to the police", "Enter your reply", 5_000, rows=3)


class MeetingForm(GovUKForm):
    held_on = date_field("Meeting date", "Enter the date of the meeting")


class LetterTemplateForm(GovUKForm):
    name = _text("Name", "Enter a name for the template", 120)
    purpose = forms.ChoiceField(
        label="Used for",
        choices=[
            (k.value, k.label)
            for k in (ActionKind.DESIST_LETTER, ActionKind.SINGLE_CONTACT, ActionKind.LEGAL)
        ],
    )
    signatory = forms.ChoiceField(label="Approved and signed by", choices=Signatory.choices)
    signatory_title = _text("Title under the signature", "Enter the signatory's title", 120)
    body = _text("Letter", "Enter the letter", 20_000, rows=20)
    is_active = forms.BooleanField(label="Officers can use this template", required=False)

    @staticmethod
    def documented_fields() -> dict[str, str]:
        return SAFE_FIELDS


class AdviceForm(GovUKForm):
    topic = forms.ChoiceField(label="Topic", choices=AdviceTopic.choices)
    title = _text("Title", "Enter a title", 200)
    body = _text("Advice", "Enter the advice", 5_000, rows=6)
    is_active = forms.BooleanField(label="Officers can give this advice", required=False)
