"""The order of the reporting journey's question pages.

Officers logging a report on a councillor's behalf answer one extra question first: which
councillor. Every other page is the same for everyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from councillor_safety.incidents import forms

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form_class: type[forms.ReportStepForm]
    for_officers_only: bool = False

    def build_form(
        self, user: User, answers: dict[str, Any], data: Any = None
    ) -> forms.ReportStepForm:
        if self.form_class is forms.CouncillorForm:
            return forms.CouncillorForm(data, answers=answers, council_id=user.council_id)
        return self.form_class(data, answers=answers)


STEPS: tuple[Step, ...] = (
    Step("councillor", "Which councillor", forms.CouncillorForm, for_officers_only=True),
    Step("danger", "Are you in danger now?", forms.DangerForm),
    Step("what-happened", "What happened", forms.CategoriesForm),
    Step("how", "How it happened", forms.ChannelForm),
    Step("when-where", "When and where", forms.WhenWhereForm),
    Step("who", "Who did it", forms.WhoForm),
    Step("details", "Tell us what happened", forms.WhatHappenedForm),
    Step("risk", "Are any of these true?", forms.RiskSignsForm),
    Step("impact", "How it affected you", forms.ImpactForm),
    Step("targeted", "Targeted because of who you are", forms.CharacteristicsForm),
)
EVIDENCE_STEP = "evidence"
CHECK_STEP = "check"


def steps_for(user: User) -> list[Step]:
    return [s for s in STEPS if user.reports_on_behalf or not s.for_officers_only]


def step_by_slug(user: User, slug: str) -> Step | None:
    return next((s for s in steps_for(user) if s.slug == slug), None)


def next_slug(user: User, slug: str) -> str:
    slugs = [s.slug for s in steps_for(user)] + [EVIDENCE_STEP, CHECK_STEP]
    return slugs[slugs.index(slug) + 1]


def previous_slug(user: User, slug: str) -> str | None:
    slugs = [s.slug for s in steps_for(user)] + [EVIDENCE_STEP, CHECK_STEP]
    index = slugs.index(slug)
    return slugs[index - 1] if index > 0 else None


def first_unanswered(user: User, answers: dict[str, Any]) -> Step | None:
    """The first page whose answers are missing or no longer valid, if any."""
    for step in steps_for(user):
        form = step.build_form(user, answers, data=None)
        missing_required = any(
            field.required and key not in answers for key, field in form.fields.items()
        )
        if missing_required:
            return step
    return None
