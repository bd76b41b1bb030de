"""Links each new report to subjects once it has been committed."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from councillor_safety.incidents.signals import incident_reported


@receiver(incident_reported)
def _link_new_report(sender: Any, incident_id: int, **kwargs: Any) -> None:
    from councillor_safety.subjects.tasks import link_new_incident

    # If this enqueue is lost, `manage.py subjects_recompute` links what was missed.
    link_new_incident.enqueue(incident_id)
