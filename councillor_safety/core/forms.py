"""GOV.UK Design System rendering for Django forms, through crispy-forms-gds."""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from django import forms


class GovUKForm(forms.Form):
    """A form rendered with GOV.UK components; templates add the <form> tag and buttons."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


def date_field(label: str, required_message: str, **kwargs: Any) -> forms.DateField:
    """A date typed in the browser's date picker, with errors a person understands."""
    return forms.DateField(
        label=label,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": required_message, "invalid": "Enter a real date"},
        **kwargs,
    )


class GovUKModelForm(forms.ModelForm):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


# The largest primary key either database stores; a bigger number posted by hand would make
# SQLite raise OverflowError inside the query instead of a form error.
_LARGEST_KEY = 2**63 - 1


def _out_of_range(value: object) -> bool:
    text = str(value).strip()
    return text.lstrip("-").isdigit() and not 0 < int(text) <= _LARGEST_KEY


class BoundedModelChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    """A model choice that answers an impossible id with "choose from the list", not an error."""

    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and _out_of_range(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def _check_values(self, value: Any) -> Any:
        for item in value:
            if _out_of_range(item):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)  # type: ignore[misc]
