"""GOV.UK Design System rendering for Django forms, through crispy-forms-gds."""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms


class GovUKForm(forms.Form):
    """A form rendered with GOV.UK components; templates add the <form> tag and buttons.

    ``label_size`` makes the single question on a one-question page its page heading.
    """

    label_size: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        if self.label_size is not None:
            self.helper.label_size = self.label_size
            self.helper.legend_size = self.label_size


class GovUKModelForm(forms.ModelForm):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


QUESTION_SIZE = Size.LARGE
