"""The check-your-answers rows for a draft report, in the words the person chose."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from django.urls import reverse

from councillor_safety.incidents.report_steps import steps_for
from councillor_safety.incidents.taxonomy import (
    Category,
    Channel,
    Characteristic,
    RiskSign,
    SenderKnown,
)

if TYPE_CHECKING:
    from councillor_safety.accounts.models import User
    from councillor_safety.incidents.models import ReportDraft

_EXTRA_CHOICES = {"not_sure": "Not sure", "none": "None of these"}


def _label(choices: Any, value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return _EXTRA_CHOICES.get(value, value)


def answers_summary(user: User, draft: ReportDraft) -> list[dict[str, Any]]:
    from councillor_safety.accounts.models import User as UserModel

    answers = draft.answers
    rows: list[dict[str, Any]] = []

    def add(slug: str, key: str, value: str | list[str]) -> None:
        if slug not in {s.slug for s in steps_for(user)}:
            return
        rows.append(
            {
                "key": key,
                "value": value if isinstance(value, str) else "",
                "values": value if isinstance(value, list) else [],
                "href": reverse("incidents:report_step", args=[draft.public_id, slug])
                + "?change=1",
            }
        )

    if user.reports_on_behalf and answers.get("councillor_id"):
        councillor = UserModel.objects.filter(
            pk=answers["councillor_id"], council_id=user.council_id
        ).first()
        add("councillor", "Councillor", councillor.display_name if councillor else "")
    add("danger", "In danger when reporting", "Yes" if answers.get("in_danger") == "yes" else "No")
    add(
        "what-happened",
        "What happened",
        [_label(Category, c) for c in answers.get("categories", [])],
    )
    add("how", "How it happened", _label(Channel, answers.get("channel", "")))
    when = answers.get("occurred_on")
    when_text = date.fromisoformat(when).strftime("%-d %B %Y") if when else ""
    if answers.get("occurred_time"):
        when_text += f" at {answers['occurred_time']}"
    add("when-where", "When", when_text)
    add("when-where", "Where", answers.get("location") or "Not given")
    add("who", "Do you know who did it", _label(SenderKnown, answers.get("sender_known", "")))
    if answers.get("sender_known") == SenderKnown.KNOWN:
        details = [
            answers.get(k, "")
            for k in (
                "sender_name",
                "sender_email",
                "sender_phone",
                "sender_social_handle",
                "sender_address",
            )
        ]
        add("who", "Their details", [d for d in details if d] or ["Not given"])
    if answers.get("sender_description"):
        add("who", "Description", answers["sender_description"])
    add("details", "What happened, in your words", answers.get("description", ""))
    add("risk", "Also true", [_label(RiskSign, c) for c in answers.get("risk_signs", [])])
    add("impact", "How it affected you", answers.get("impact") or "Not given")
    add(
        "targeted",
        "Targeted because of",
        [_label(Characteristic, c) for c in answers.get("characteristics", [])],
    )
    return rows
