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


def check_period_order(form: forms.Form, cleaned: dict[str, Any], start: str, end: str) -> None:
    """Marks the field ``end`` when a period given by two date fields ends before it starts."""
    first, last = cleaned.get(start), cleaned.get(end)
    if first and last and first > last:
        form.add_error(
            end,
            f"‘{form.fields[end].label}’ must be the same as or after ‘{form.fields[start].label}’",
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
