"""The incident state machine, assignment and notes, through the officers' pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents import services
from councillor_safety.incidents.models import Incident, IncidentNote
from councillor_safety.incidents.states import TRANSITIONS, transitions_from
from councillor_safety.incidents.taxonomy import Status
from councillor_safety.incidents.tests.factories import IncidentFactory

ALLOWED = {
    ("start_review", Status.NEW): Status.UNDER_REVIEW,
    ("start_action", Status.UNDER_REVIEW): Status.ACTION_IN_PROGRESS,
    ("close", Status.UNDER_REVIEW): Status.CLOSED,
    ("close", Status.ACTION_IN_PROGRESS): Status.CLOSED,
    ("reopen", Status.CLOSED): Status.UNDER_REVIEW,
}


def transition_url(incident: Incident, name: str) -> str:
    return reverse("incidents:transition", args=[incident.reference, name])


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(TRANSITIONS))
@pytest.mark.parametrize("source", list(Status))
def test_every_transition_from_every_state(officer, councillor, client_for, name, source):
    incident = IncidentFactory(councillor=councillor, status=source)
    response = client_for(officer).post(
        transition_url(incident, name), {"reason": "Checked with the councillor"}
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    expected = ALLOWED.get((name, source))
    if expected is None:
        assert incident.status == source
        assert not AuditEvent.objects.filter(action="incident.status_changed").exists()
    else:
        assert incident.status == expected
        event = AuditEvent.objects.get(action="incident.status_changed")
        assert event.actor == officer
        assert event.summary == f"{Status(source).label} → {expected.label}"
        assert (incident.closed_at is not None) == (expected == Status.CLOSED)


def test_the_transition_table_matches_the_design():
    table = {(t.name, s): t.target for t in TRANSITIONS.values() for s in t.sources}
    assert table == ALLOWED
    assert [t.name for t in transitions_from(Status.CLOSED)] == ["reopen"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "source"), [("close", Status.UNDER_REVIEW), ("reopen", Status.CLOSED)]
)
def test_closing_and_reopening_need_a_reason(officer, councillor, client_for, name, source):
    incident = IncidentFactory(councillor=councillor, status=source)
    client = client_for(officer)
    response = client.post(transition_url(incident, name), {"reason": "  "}, follow=True)
    assert "Enter a reason" in response.content.decode()
    incident.refresh_from_db()
    assert incident.status == source
    client.post(
        transition_url(incident, name), {"reason": "Desist letter sent; no further contact"}
    )
    incident.refresh_from_db()
    assert incident.status != source
    assert IncidentNote.objects.get(incident=incident).text.endswith(
        "Desist letter sent; no further contact"
    )


@pytest.mark.django_db
def test_an_unknown_transition_changes_nothing(officer, incident, client_for):
    response = client_for(officer).post(transition_url(incident, "delete"), follow=True)
    assert "not an action" in response.content.decode()
    incident.refresh_from_db()
    assert incident.status == Status.NEW


@pytest.mark.django_db
def test_a_stale_page_cannot_apply_a_transition_twice(officer, manager, incident):
    services.incident_transition(
        incident=incident, transition_name="start_review", reason="", acting_user=officer
    )
    stale = Incident.objects.get(pk=incident.pk)
    stale.status = Status.NEW  # what a second officer's out-of-date page believes
    with pytest.raises(services.TransitionNotAllowed, match="under review"):
        services.incident_transition(
            incident=stale, transition_name="start_review", reason="", acting_user=manager
        )
    assert AuditEvent.objects.filter(action="incident.status_changed").count() == 1


@pytest.mark.django_db
def test_assigning_to_an_officer(officer, manager, incident, client_for):
    response = client_for(manager).post(
        reverse("incidents:assign", args=[incident.reference]), {"assignee": officer.pk}
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.assigned_to == officer
    event = AuditEvent.objects.get(action="incident.assigned")
    assert event.actor == manager
    assert officer.display_name in event.summary


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["councillor", "other_council_officer", "monitoring_officer", "nobody"]
)
def test_assigning_only_to_an_officer_of_the_same_council(cast, client_for, who):
    incident = IncidentFactory(councillor=cast["councillor"])
    target = cast[who].pk if who in cast else 999_999
    response = client_for(cast["spoc_officer"]).post(
        reverse("incidents:assign", args=[incident.reference]), {"assignee": target}, follow=True
    )
    assert "Select an officer" in response.content.decode()
    incident.refresh_from_db()
    assert incident.assigned_to is None


@pytest.mark.django_db
def test_notes_are_added_and_shown_on_the_timeline(officer, incident, client_for):
    client = client_for(officer)
    client.post(
        reverse("incidents:note", args=[incident.reference]),
        {"text": "Phoned the councillor <b>now</b>"},
    )
    page = client.get(reverse("incidents:detail", args=[incident.reference])).content.decode()
    assert "Phoned the councillor &lt;b&gt;now&lt;/b&gt;" in page
    empty = client.post(
        reverse("incidents:note", args=[incident.reference]), {"text": ""}, follow=True
    )
    assert "Enter the note" in empty.content.decode()
    assert IncidentNote.objects.count() == 1


@pytest.mark.django_db
def test_the_timeline_shows_each_change_in_order(officer, incident, client_for):
    services.incident_assign(incident=incident, assignee=officer, acting_user=officer)
    services.incident_transition(
        incident=incident, transition_name="start_review", reason="", acting_user=officer
    )
    page = (
        client_for(officer)
        .get(reverse("incidents:detail", args=[incident.reference]))
        .content.decode()
    )
    assert page.index("Assigned") < page.index("Status changed")
    assert "New → Under review" in page


@pytest.mark.django_db
def test_opening_an_incident_is_audited(officer, incident, client_for):
    client_for(officer).get(reverse("incidents:detail", args=[incident.reference]))
    event = AuditEvent.objects.get(action="incident.viewed")
    assert event.actor == officer
    assert event.is_read
    assert event.object_id == str(incident.pk)
