"""Incidents with sender details, linked through the real linking service."""

from __future__ import annotations

from datetime import date
from typing import Any

from councillor_safety.incidents.models import Incident
from councillor_safety.incidents.taxonomy import SenderKnown
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.subjects.linking import incident_link
from councillor_safety.subjects.models import Subject


def reported(councillor: Any, *, occurred_on: date = date(2026, 11, 1), **sender: Any) -> Incident:
    """An incident from a known sender, linked as a new report would be."""
    incident = IncidentFactory(
        councillor=councillor,
        occurred_on=occurred_on,
        sender_known=SenderKnown.KNOWN,
        categories=sender.pop("categories", None),
        occurred_time=sender.pop("occurred_time", None),
        **sender,
    )
    incident_link(incident_id=incident.pk)
    return incident


def subject_of(incident: Incident) -> Subject:
    return Subject.objects.get(links__incident=incident)
