from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from councillor_safety.incidents.models import Incident
from councillor_safety.subjects.linking import incident_link
from councillor_safety.subjects.patterns import patterns_recompute_all


class Command(BaseCommand):
    help = "Link any incident not yet linked to subjects, then recompute every pattern alert."

    def handle(self, *args: Any, **options: Any) -> None:
        unlinked = Incident.objects.filter(subject_linking__isnull=True).order_by("pk")
        linked = 0
        for incident_id in unlinked.values_list("pk", flat=True).iterator():
            if incident_link(incident_id=incident_id) is not None:
                linked += 1
        self.stdout.write(f"Linked {linked} incident(s).")
        for council, counts in patterns_recompute_all().items():
            self.stdout.write(
                f"{council}: {counts.raised} alert(s) raised, {counts.updated} updated, {counts.lapsed} lapsed."
            )
