"""How the screening pages name a label and a wait."""

from __future__ import annotations

from django import template

from councillor_safety.screening.verdicts import LABEL_NAMES

register = template.Library()


@register.filter
def label_name(label: str) -> str:
    """A label as the pages name it; a label from another release keeps its words."""
    return LABEL_NAMES.get(label, label.replace("_", " ").capitalize())


@register.filter
def hours_as_wait(hours: float | None) -> str:
    """A wait in words a reader takes in at a glance: minutes, hours, then days."""
    if hours is None:
        return "–"
    if hours < 1:
        minutes = max(1, round(hours * 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if hours < 48:
        whole = round(hours)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    days = round(hours / 24)
    return f"{days} days"
