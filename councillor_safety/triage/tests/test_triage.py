"""From report to acknowledgement: provisional priority, clocks, pages, escalation and reminders."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.taxonomy import Category
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.triage import services
from councillor_safety.triage.models import IncidentTriage, OnCallShift, Page, TriageDecision
from councillor_safety.triage.working_time import LONDON

SATURDAY_NIGHT = datetime(2026, 11, 21, 23, 30, tzinfo=LONDON)
MONDAY_MORNING = datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)


@pytest.fixture
def team(cast):
    return {
        "officer": cast["spoc_officer"],
        "manager": cast["senior_manager"],
        "on_call": UserFactory(
            council=cast["spoc_officer"].council,
            role=Role.SPOC_OFFICER,
            username="night_officer",
            phone="07700 900001",
        ),
        "admin": cast["administrator"],
        "councillor": cast["councillor"],
    }


def shift(team, start: datetime, hours: int = 12) -> OnCallShift:
    return services.shift_add(
        council=team["officer"].council,
        officer=team["on_call"],
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        acting_user=team["manager"],
    )


def report(team, at: datetime, **kwargs):
    with time_machine.travel(at, tick=False):
        incident = IncidentFactory(councillor=team["councillor"], **kwargs)
        services.triage_start(incident_id=incident.pk, now=at)
    return incident


@pytest.mark.django_db
def test_a_p2_report_gets_working_hours_clocks(team):
    incident = report(team, SATURDAY_NIGHT, categories=[Category.THREAT_OF_HARM])
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P2"
    assert not triage.confirmed
    assert triage.acknowledge_due_at == datetime(
        2026, 11, 23, 13, 0, tzinfo=LONDON
    )  # Mon 09:00 + 4h
    assert triage.next_update_due_at == datetime(
        2026, 11, 23, 17, 0, tzinfo=LONDON
    )  # + 1 working day
    decision = TriageDecision.objects.get(incident=incident)
    assert decision.decided_by is None
    assert decision.policy.number == 1
    assert any("reported as: threat of harm" in r for r in decision.reasons)
    assert not Page.objects.exists()  # only P1 pages at once


@pytest.mark.django_db
def test_a_p1_pages_the_on_call_officer_at_once(team, django_capture_on_commit_callbacks):
    shift(team, SATURDAY_NIGHT - timedelta(hours=2))
    with django_capture_on_commit_callbacks(execute=True):
        incident = report(team, SATURDAY_NIGHT, in_danger=True)
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P1"
    assert triage.acknowledge_due_at == SATURDAY_NIGHT + timedelta(minutes=15)
    page = Page.objects.get()
    assert page.recipient == team["on_call"]
    assert page.reason == "p1"
    assert [m.to for m in mail.outbox] == [[team["on_call"].email]]
    assert "URGENT P1" in mail.outbox[0].subject
    assert incident.description not in mail.outbox[0].body


@pytest.mark.django_db
def test_with_no_one_on_call_a_p1_goes_to_senior_managers_with_a_warning(team):
    incident = report(team, SATURDAY_NIGHT, in_danger=True)
    pages = Page.objects.filter(incident=incident)
    assert {(p.recipient, p.reason) for p in pages} == {
        (team["manager"], "p1"),
        (team["manager"], "no_one_on_call"),
    }


@pytest.mark.django_db
def test_the_escalation_ladder(team):
    shift(team, SATURDAY_NIGHT - timedelta(hours=2), hours=48)
    incident = report(
        team, SATURDAY_NIGHT, categories=[Category.STALKED], assigned_to=team["officer"]
    )
    triage = IncidentTriage.objects.get(incident=incident)
    due = triage.acknowledge_due_at  # Monday 13:00
    assert services.clocks_tick(now=due - timedelta(minutes=1))["escalated"] == 0

    services.clocks_tick(now=due)  # step 1: the assignee
    triage.refresh_from_db()
    assert triage.escalation_level == 1
    assert Page.objects.get(reason="escalation").recipient == team["officer"]
    assert triage.next_escalation_at == due + timedelta(hours=1)  # P2 escalates every working hour

    services.clocks_tick(now=due + timedelta(minutes=30))  # not yet
    assert Page.objects.filter(reason="escalation").count() == 1

    later = due + timedelta(hours=1)  # step 2: the on-call officer (shift runs to Monday 21:30)
    services.clocks_tick(now=later)
    assert list(
        Page.objects.filter(reason="escalation")
        .values_list("recipient__username", flat=True)
        .order_by("id")
    ) == ["spoc_officer", "night_officer"]

    services.clocks_tick(now=later + timedelta(hours=1))  # step 3: senior managers, then it stops
    triage.refresh_from_db()
    assert triage.escalation_level == 3
    assert triage.next_escalation_at is None
    assert Page.objects.filter(reason="escalation", recipient=team["manager"]).count() == 1
    services.clocks_tick(now=later + timedelta(days=3))
    assert Page.objects.filter(reason="escalation").count() == 3
    assert AuditEvent.objects.filter(action="triage.escalated").count() == 3


@pytest.mark.django_db
def test_steps_with_no_one_new_are_skipped(team):
    incident = report(
        team, SATURDAY_NIGHT, in_danger=True
    )  # no assignee, no one on call: managers paged
    triage = IncidentTriage.objects.get(incident=incident)
    services.clocks_tick(now=triage.acknowledge_due_at)
    triage.refresh_from_db()
    assert triage.escalation_level == 3
    assert not Page.objects.filter(reason="escalation").exists()  # the managers already have it


@pytest.mark.django_db
def test_acknowledging_stops_escalation(team, client_for):
    incident = report(team, SATURDAY_NIGHT, categories=[Category.STALKED])
    response = client_for(team["officer"]).post(
        reverse("triage:acknowledge", args=[incident.reference])
    )
    assert response.status_code == 302
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.acknowledged_by == team["officer"]
    assert triage.next_escalation_at is None
    services.clocks_tick(now=triage.acknowledge_due_at + timedelta(days=2))
    assert not Page.objects.filter(reason="escalation").exists()


@pytest.mark.django_db
def test_acknowledging_the_page_acknowledges_the_incident(team, client_for):
    shift(team, SATURDAY_NIGHT - timedelta(hours=1))
    incident = report(team, SATURDAY_NIGHT, in_danger=True)
    page = Page.objects.get(recipient=team["on_call"])
    client = client_for(team["on_call"])
    assert client.get(reverse("triage:page", args=[page.public_id])).status_code == 200
    client.post(reverse("triage:page_acknowledge", args=[page.public_id]))
    assert IncidentTriage.objects.get(incident=incident).acknowledged_by == team["on_call"]


@pytest.mark.django_db
def test_an_assessment_suggests_and_an_officer_confirms(team, client_for):
    incident = report(team, MONDAY_MORNING, categories=[Category.VERBAL_ABUSE])
    client = client_for(team["officer"])
    client.post(
        reverse("triage:assess", args=[incident.reference]),
        {"present": ["threat_to_harm", "knows_address"]},
    )
    page = client.get(reverse("triage:incident", args=[incident.reference])).content.decode()
    assert "The policy suggests" in page
    assert "P1: has there been a threat to kill or harm and do they know" in page
    client.post(reverse("triage:set_priority", args=[incident.reference]), {"priority": "P1"})
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P1"
    assert triage.confirmed
    decision = TriageDecision.objects.filter(decided_by=team["officer"]).get()
    assert decision.suggested_priority == "P1"
    assert decision.override_reason == ""
    assert decision.assessment is not None


@pytest.mark.django_db
def test_overriding_the_suggestion_needs_a_reason(team, client_for):
    incident = report(team, MONDAY_MORNING, categories=[Category.VERBAL_ABUSE])
    client = client_for(team["officer"])
    response = client.post(
        reverse("triage:set_priority", args=[incident.reference]), {"priority": "P4"}, follow=True
    )
    assert (
        "The policy suggests P3. Give a reason for choosing P4 instead" in response.content.decode()
    )
    assert not IncidentTriage.objects.get(incident=incident).confirmed
    client.post(
        reverse("triage:set_priority", args=[incident.reference]),
        {"priority": "P4", "override_reason": "A one-off from a known resident, now apologised"},
    )
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P4"
    assert triage.confirmed
    assert TriageDecision.objects.get(decided_by=team["officer"]).override_reason.startswith(
        "A one-off"
    )
    event = AuditEvent.objects.get(action="triage.priority_set")
    assert "overridden with a reason" in event.summary


@pytest.mark.django_db
def test_raising_to_p1_pages_at_once(team):
    shift(team, MONDAY_MORNING - timedelta(hours=1))
    incident = report(team, MONDAY_MORNING, categories=[Category.VERBAL_ABUSE])
    services.priority_confirm(
        incident=incident,
        priority="P1",
        override_reason="He is outside her house",
        acting_user=team["officer"],
        now=MONDAY_MORNING,
    )
    assert Page.objects.get(reason="p1").recipient == team["on_call"]


@pytest.mark.django_db
def test_updates_to_the_councillor_are_reminded_and_rescheduled(team, client_for):
    incident = report(
        team, MONDAY_MORNING, categories=[Category.STALKED], assigned_to=team["officer"]
    )
    services.incident_acknowledge(incident=incident, acting_user=team["officer"])
    triage = IncidentTriage.objects.get(incident=incident)
    assert services.clocks_tick(now=triage.next_update_due_at)["reminded"] == 1
    assert Page.objects.get(reason="update_due").recipient == team["officer"]
    assert services.clocks_tick(now=triage.next_update_due_at + timedelta(hours=1))["reminded"] == 0
    with time_machine.travel(triage.next_update_due_at + timedelta(hours=2), tick=False):
        client_for(team["officer"]).post(
            reverse("triage:councillor_updated", args=[incident.reference])
        )
    triage.refresh_from_db()
    assert triage.update_reminded_at is None
    assert triage.next_update_due_at > MONDAY_MORNING + timedelta(days=1)


@pytest.mark.django_db
def test_the_councillor_sees_priority_handler_and_next_update(team, client_for):
    incident = report(
        team, MONDAY_MORNING, categories=[Category.STALKED], assigned_to=team["officer"]
    )
    page = (
        client_for(team["councillor"])
        .get(reverse("incidents:detail", args=[incident.reference]))
        .content.decode()
    )
    assert "P2 high" in page
    assert escape(team["officer"].display_name) in page  # "O'Donnell" is escaped
    assert "By Tuesday 24 November 2026" in page  # one working day after Monday 10:00


@pytest.mark.django_db
def test_the_tick_triages_anything_missed_and_is_idempotent(team):
    incident = IncidentFactory(councillor=team["councillor"], in_danger=True)
    assert services.clocks_tick()["triaged"] == 1
    assert services.clocks_tick()["triaged"] == 0
    assert services.triage_start(incident_id=incident.pk) is None
    assert IncidentTriage.objects.filter(incident=incident).count() == 1


@pytest.mark.django_db
def test_the_queue_shows_overdue_first(team, client_for):
    late = report(team, SATURDAY_NIGHT - timedelta(days=7), categories=[Category.STALKED])
    fresh = report(team, datetime.now(tz=LONDON), categories=[Category.MISINFORMATION])
    page = client_for(team["officer"]).get(reverse("triage:queue")).content.decode()
    assert (
        page.index("Acknowledgement overdue")
        < page.index(late.reference)
        < page.index("Waiting to be acknowledged")
        < page.index(fresh.reference)
    )


# --- the rota ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_overlapping_shifts_are_refused(team, client_for):
    shift(team, MONDAY_MORNING, hours=8)
    client = client_for(team["manager"])
    response = client.post(
        reverse("triage:rota"),
        {
            "officer": team["officer"].pk,
            "starts_at": "2026-11-23T17:00",
            "ends_at": "2026-11-24T09:00",
        },
    )
    assert response.status_code == 400
    assert "overlaps" in response.content.decode()
    assert "Only one officer is on call at a time" in response.content.decode()
    assert OnCallShift.objects.count() == 1
    ok = client.post(
        reverse("triage:rota"),
        {
            "officer": team["officer"].pk,
            "starts_at": "2026-11-23T18:00",
            "ends_at": "2026-11-24T09:00",
        },
    )
    assert ok.status_code == 302
    assert OnCallShift.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"starts_at": "2026-11-23T18:00", "ends_at": "2026-11-23T09:00"},
            "The shift must end after it starts",
        ),
        (
            {"starts_at": "tomorrow", "ends_at": "2026-11-23T09:00"},
            "Enter the start as a date and time",
        ),
        ({"starts_at": "2026-11-01T18:00", "ends_at": "2026-11-23T09:00"}, "at most 14 days"),
        (
            {
                "starts_at": "2026-11-23T18:00",
                "ends_at": "2026-11-24T09:00",
                "officer": "councillor",
            },
            "Choose an officer from the list",
        ),
    ],
)
def test_bad_shifts_are_refused(team, client_for, data, message):
    officer = team["councillor"].pk if data.pop("officer", None) else team["officer"].pk
    response = client_for(team["manager"]).post(
        reverse("triage:rota"), {"officer": officer, **data}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not OnCallShift.objects.exists()


@pytest.mark.django_db
def test_gaps_in_the_rota_are_shown_and_administrators_are_warned(
    team, client_for, django_capture_on_commit_callbacks
):
    now = datetime.now(tz=LONDON)
    shift(team, now + timedelta(hours=2), hours=10)
    page = client_for(team["manager"]).get(reverse("triage:rota")).content.decode()
    assert "No one is on call in the next 7 days at these times" in page
    assert len(services.rota_gaps(team["officer"].council, now, now + timedelta(days=1))) == 2
    with django_capture_on_commit_callbacks(execute=True):
        warned = services.clocks_tick(now=now)["no_one_on_call"]
    assert warned == 1
    assert Page.objects.get(reason="no_one_on_call").recipient == team["admin"]
    assert any("No one is on call" in m.subject for m in mail.outbox)
    assert (
        services.clocks_tick(now=now + timedelta(hours=1))["no_one_on_call"] == 0
    )  # not again so soon


@pytest.mark.django_db
def test_shift_validation_messages_are_human(team):
    with pytest.raises(ValidationError, match="must be an officer"):
        services.shift_add(
            council=team["officer"].council,
            officer=team["councillor"],
            starts_at=MONDAY_MORNING,
            ends_at=MONDAY_MORNING + timedelta(hours=1),
            acting_user=team["manager"],
        )
    with pytest.raises(ValidationError, match="Only an administrator or senior manager"):
        services.shift_add(
            council=team["officer"].council,
            officer=team["officer"],
            starts_at=MONDAY_MORNING,
            ends_at=MONDAY_MORNING + timedelta(hours=1),
            acting_user=team["officer"],
        )


@pytest.mark.django_db
def test_the_shift_in_progress_cannot_be_removed_but_can_be_handed_over(team, client_for):
    now = datetime.now(tz=LONDON)
    current = shift(team, now - timedelta(hours=1), hours=8)
    client = client_for(team["manager"])
    response = client.post(reverse("triage:shift_remove", args=[current.pk]), follow=True)
    assert "removing this shift would leave no one on call" in response.content.decode()
    assert OnCallShift.objects.filter(pk=current.pk).exists()
    client.post(
        reverse("triage:shift_hand_over", args=[current.pk]), {"officer": team["officer"].pk}
    )
    assert (
        services.on_call_officer(team["officer"].council, datetime.now(tz=LONDON))
        == team["officer"]
    )
    current.refresh_from_db()
    assert current.ends_at <= datetime.now(tz=LONDON)
    assert services.rota_gaps(team["officer"].council, now, now + timedelta(hours=6)) == []
    assert AuditEvent.objects.filter(action="triage.shift_handed_over").exists()
