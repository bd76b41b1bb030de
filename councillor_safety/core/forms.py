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


class GovUKModelForm(forms.ModelForm):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
