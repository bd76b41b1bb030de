"""Officers reach an incident's alleged sender from the incident page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from councillor_safety.incidents.tests.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def test_the_incident_page_links_to_its_subject(councillor, officer, client_for):
    from councillor_safety.subjects.linking import incident_link
    from councillor_safety.subjects.models import IncidentLink

    incident = IncidentFactory(councillor=councillor, sender_email="pat@example.net")
    incident_link(incident_id=incident.pk)
    subject = IncidentLink.objects.get(incident=incident).subject
    page = client_for(officer).get(reverse("incidents:detail", args=[incident.reference]))
    assert reverse("subjects:detail", args=[subject.public_id]) in page.content.decode()
