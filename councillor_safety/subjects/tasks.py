"""Background work for subjects. Thin: load by id, call a service; safe to run twice."""

from __future__ import annotations

from django_tasks import task

from councillor_safety.subjects import services
from councillor_safety.subjects.linking import incident_link


@task()
def link_new_incident(incident_id: int) -> None:
    incident_link(incident_id=incident_id)


@task()
def tick() -> dict[str, int]:
    return services.subjects_tick()
