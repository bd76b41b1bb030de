"""Reads each new report's evidence files once the report has been committed."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from councillor_safety.incidents.signals import incident_reported


@receiver(incident_reported)
def _read_new_reports_evidence(sender: Any, incident_id: int, **kwargs: Any) -> None:
    from councillor_safety.screening.tasks import read_evidence

    # If this enqueue is lost, the scheduled `read_unread_evidence` reads the files.
    read_evidence.enqueue(incident_id)
