from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from crispy_forms_gds.layout import Field, Layout, Size
from django import forms

from councillor_safety.accounts.models import User
from councillor_safety.core.forms import GovUKForm
from councillor_safety.triage.policy import ClockSpec, PolicySpec
from councillor_safety.triage.taxonomy import (
    FACTOR_LABELS,
    ClockKind,
    Priority,
    Question,
    RecommendedResponse,
)
from councillor_safety.triage.working_time import REGIONS

RULE_LINE = re.compile(r"^\s*(?P<factors>[a-z_:+\s]+?)\s*=>\s*(?P<priority>P[1-4])\s*$")
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class AssessmentForm(GovUKForm):
    present = forms.MultipleChoiceField(
        label="Which of these are true?",
        choices=Question.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Leave a question unticked if it is not true or not known.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(
            Field.checkboxes("present", legend_size=Size.MEDIUM, small=True)
        )

    def answers(self) -> dict[str, bool]:
        chosen = set(self.cleaned_data["present"])
        return {q: q in chosen for q in Question.values}


class PriorityForm(GovUKForm):
    priority = forms.ChoiceField(
        label="Set the priority",
        choices=Priority.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a priority"},
    )
    override_reason = forms.CharField(
        label="Reason, if you choose a different priority from the suggestion",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "The reason must be 2,000 characters or fewer"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(
            Field.radios("priority", legend_size=Size.MEDIUM, small=True),
            Field.textarea("override_reason", rows=3),
        )


class ReferralForm(GovUKForm):
    summary = forms.CharField(
        label="Summary for the committee",
        max_length=10_000,
        help_text="Describe what happened without naming the councillor or their ward.",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Write a summary for the committee"},
    )
    identity_needed = forms.BooleanField(
        label="The committee needs to know who the councillor is to decide", required=False
    )


class ReviewForm(GovUKForm):
    crossed_line = forms.TypedChoiceField(
        label="Did this cross the line?",
        choices=[("yes", "Yes, it crossed the line"), ("no", "No, it did not")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether it crossed the line"},
    )
    recommended_response = forms.ChoiceField(
        label="What should the council do?",
        choices=RecommendedResponse.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select what the council should do"},
    )
    reasons = forms.CharField(
        label="Your reasons",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Give your reasons"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper.layout = Layout(
            Field.radios("crossed_line", legend_size=Size.MEDIUM),
            Field.radios("recommended_response", legend_size=Size.MEDIUM, small=True),
            Field.textarea("reasons", rows=4),
        )


class ShiftForm(GovUKForm):
    officer = forms.TypedChoiceField(
        label="Officer",
        coerce=int,
        error_messages={
            "required": "Choose an officer",
            "invalid_choice": "Choose an officer from the list",
        },
    )
    starts_at = forms.DateTimeField(
        label="Starts",
        input_formats=["%Y-%m-%dT%H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={
            "required": "Enter when the shift starts",
            "invalid": "Enter the start as a date and time",
        },
    )
    ends_at = forms.DateTimeField(
        label="Ends",
        input_formats=["%Y-%m-%dT%H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={
            "required": "Enter when the shift ends",
            "invalid": "Enter the end as a date and time",
        },
    )

    def __init__(self, *args: Any, council_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        officers = User.objects.filter(
            council_id=council_id, role__in=["spoc_officer", "senior_manager"], is_active=True
        )
        field = self.fields["officer"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - narrows the type for mypy
        field.choices = [("", "Choose an officer")] + [(u.pk, u.display_name) for u in officers]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if isinstance(start, datetime) and isinstance(end, datetime) and end <= start:
            self.add_error("ends_at", "The shift must end after it starts")
        return cleaned


class PolicyForm(GovUKForm):
    """The whole policy on one page: calendar, a clock per priority, rules as lines of text."""

    change_summary = forms.CharField(
        label="What changed and why",
        max_length=300,
        error_messages={"required": "Say what changed and why"},
    )
    day_start = forms.TimeField(
        label="Working day starts",
        input_formats=["%H:%M"],
        error_messages={"invalid": "Enter a time like 09:00"},
    )
    day_end = forms.TimeField(
        label="Working day ends",
        input_formats=["%H:%M"],
        error_messages={"invalid": "Enter a time like 17:00"},
    )
    working_weekdays = forms.TypedMultipleChoiceField(
        label="Working days",
        coerce=int,
        choices=list(enumerate(WEEKDAY_NAMES)),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one working day"},
    )
    bank_holiday_region = forms.ChoiceField(
        label="Bank holidays for", choices=list(REGIONS.items())
    )
    aggravation_raises_priority = forms.BooleanField(
        label="Hate-crime strands raise the priority by one level, up to P2", required=False
    )
    committee_quorum = forms.IntegerField(label="Committee quorum", min_value=1, max_value=15)
    rules = forms.CharField(
        label="Rules",
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        help_text="One rule per line: facts joined by +, then =>, then a priority. For example: threat_to_harm + knows_address => P1",
        error_messages={"required": "Give at least one rule"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for priority in Priority:
            p = priority.value
            self.fields[f"{p}_kind"] = forms.ChoiceField(
                label=f"{p} clock runs", choices=ClockKind.choices
            )
            for name, label in (
                ("acknowledge", "acknowledge within"),
                ("update", "update the councillor every"),
                ("escalate", "escalate again every"),
            ):
                self.fields[f"{p}_{name}"] = forms.IntegerField(
                    label=f"{p}: {label} (minutes)",
                    error_messages={
                        "required": f"Enter the {p} {name} time in minutes",
                        "invalid": f"Enter the {p} {name} time as a whole number of minutes",
                    },
                )
            self.fields[f"{p}_actions"] = forms.CharField(
                label=f"{p} default actions (one per line)",
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    @staticmethod
    def initial_for(spec: PolicySpec) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "day_start": spec.day_start.strftime("%H:%M"),
            "day_end": spec.day_end.strftime("%H:%M"),
            "working_weekdays": list(spec.working_weekdays),
            "bank_holiday_region": spec.bank_holiday_region,
            "aggravation_raises_priority": spec.aggravation_raises_priority,
            "committee_quorum": spec.committee_quorum,
            "rules": "\n".join(f"{' + '.join(f)} => {p.value}" for f, p in spec.rules),
        }
        for clock in spec.clocks:
            p = clock.priority.value
            initial |= {
                f"{p}_kind": clock.kind,
                f"{p}_acknowledge": clock.acknowledge_minutes,
                f"{p}_update": clock.update_minutes,
                f"{p}_escalate": clock.escalate_minutes,
                f"{p}_actions": clock.default_actions,
            }
        return initial

    def clean_rules(self) -> list[tuple[list[str], Priority]]:
        parsed: list[tuple[list[str], Priority]] = []
        problems: list[str] = []
        for number, line in enumerate(self.cleaned_data["rules"].splitlines(), start=1):
            if not line.strip() or line.strip().startswith("#"):
                continue
            match = RULE_LINE.match(line)
            if match is None:
                problems.append(
                    f"Line {number}: write facts joined by +, then =>, then P1, P2, P3 or P4"
                )
                continue
            factors = [f.strip() for f in match["factors"].split("+") if f.strip()]
            unknown = [f for f in factors if f not in FACTOR_LABELS]
            if unknown:
                problems.append(f"Line {number}: unknown fact {', '.join(unknown)}")
                continue
            parsed.append((factors, Priority(match["priority"])))
        if problems:
            raise forms.ValidationError(problems)
        return parsed

    def to_spec(self) -> PolicySpec:
        data = self.cleaned_data
        return PolicySpec(
            clocks=[
                ClockSpec(
                    priority=p,
                    kind=data[f"{p.value}_kind"],
                    acknowledge_minutes=data[f"{p.value}_acknowledge"],
                    update_minutes=data[f"{p.value}_update"],
                    escalate_minutes=data[f"{p.value}_escalate"],
                    default_actions=data[f"{p.value}_actions"],
                )
                for p in Priority
            ],
            rules=data["rules"],
            day_start=data["day_start"],
            day_end=data["day_end"],
            working_weekdays=tuple(data["working_weekdays"]),
            bank_holiday_region=data["bank_holiday_region"],
            aggravation_raises_priority=data["aggravation_raises_priority"],
            committee_quorum=data["committee_quorum"],
        )
