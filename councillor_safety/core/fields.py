"""Form fields with messages written for the person filling in the form."""

from __future__ import annotations

from datetime import date
from typing import Any

from crispy_forms_gds.fields import DateInputField
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator


class GovUKDateField(DateInputField):
    """The GOV.UK date input (day, month, year) with a clear message for impossible dates.

    The library's own message for 31 February is Python's "day is out of range for month".
    """

    def __init__(self, *, invalid_message: str = "Enter a real date", **kwargs: Any) -> None:
        self.invalid_message = invalid_message
        super().__init__(**kwargs)
        for subfield, name in zip(self.fields, ("day", "month", "year"), strict=True):
            for validator in subfield.validators:
                if isinstance(validator, RegexValidator):
                    validator.message = f"The {name} must be a number"

    def compress(self, data_list: Any) -> date | None:
        try:
            return super().compress(data_list)  # type: ignore[no-any-return]
        except ValidationError as exc:
            raise ValidationError(self.invalid_message, code="invalid") from exc


def date_field(label: str, required_message: str, **kwargs: Any) -> forms.DateField:
    """One date in the browser's date picker (filters and short forms), with clear messages.

    Where a person types a date they know, such as when something happened, the GOV.UK day,
    month and year input above is used instead.
    """
    return forms.DateField(
        label=label,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": required_message, "invalid": "Enter a real date"},
        **kwargs,
    )
