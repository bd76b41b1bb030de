"""Starts triage for each new report, and gives each new council the default policy."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from councillor_safety.accounts.models import Council
from councillor_safety.incidents.signals import incident_reported


@receiver(post_save, sender=Council)
def _default_policy_for_new_council(
    sender: Any, instance: Council, created: bool, **kwargs: Any
) -> None:
    if created:
        from councillor_safety.triage.policy import policy_current

        policy_current(instance)


@receiver(incident_reported)
def _triage_new_report(sender: Any, incident_id: int, **kwargs: Any) -> None:
    from councillor_safety.triage.tasks import triage_new_incident

    # If this enqueue is lost, the next scheduler tick triages the incident anyway.
    triage_new_incident.enqueue(incident_id)
