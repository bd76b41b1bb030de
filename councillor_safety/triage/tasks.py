"""Background work for triage. Thin: load by id, call a service; safe to run twice."""

from __future__ import annotations

from django_tasks import task

from councillor_safety.triage import delivery, services
from councillor_safety.triage.models import Page


@task()
def triage_new_incident(incident_id: int) -> None:
    services.triage_start(incident_id=incident_id)


@task()
def send_page(page_id: int) -> None:
    page = (
        Page.objects.select_related("recipient", "incident", "council").filter(pk=page_id).first()
    )
    if page is not None:
        delivery.deliver(page)


@task()
def tick() -> dict[str, int]:
    return services.clocks_tick()
