"""Reference numbers stay unique and gap-free when reports arrive at the same moment."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from councillor_safety.incidents import services
from councillor_safety.incidents.models import Incident, ReportDraft

ANSWERS = {
    "in_danger": "no",
    "categories": ["verbal_abuse"],
    "channel": "in_person",
    "occurred_on": "2026-11-01",
    "occurred_time": "",
    "location": "",
    "sender_known": "unknown",
    "description": "Shouted at outside the town hall.",
    "impact": "",
    "characteristics": ["none"],
    "risk_signs": ["none"],
}


@pytest.mark.django_db(transaction=True)
def test_simultaneous_reports_get_distinct_consecutive_references(councillor):
    reporters = 6
    drafts = [
        ReportDraft.objects.create(
            council=councillor.council,
            author=councillor,
            answers={**ANSWERS, "councillor_id": councillor.pk},
        )
        for _ in range(reporters)
    ]
    barrier = threading.Barrier(reporters)
    errors: list[BaseException] = []

    def report(draft: ReportDraft) -> None:
        try:
            barrier.wait()
            services.incident_report(draft=draft, acting_user=councillor)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=report, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    numbers = sorted(
        int(r.rsplit("-", 1)[1]) for r in Incident.objects.values_list("reference", flat=True)
    )
    assert numbers == list(range(1, reporters + 1))
