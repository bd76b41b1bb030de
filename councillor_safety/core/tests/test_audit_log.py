from __future__ import annotations

import pytest
from django.urls import reverse

from councillor_safety.core.audit import audit_record
from councillor_safety.core.models import AuditEvent


@pytest.mark.django_db
def test_an_administrator_sees_their_councils_events_only(cast, client_for, council, other_council):
    audit_record(
        actor=cast["councillor"], action="incident.reported", council=council, summary="here"
    )
    audit_record(
        actor=cast["other_council_officer"],
        action="incident.reported",
        council=other_council,
        summary="elsewhere",
    )
    page = client_for(cast["administrator"]).get(reverse("core:audit_log")).content.decode()
    assert "here" in page
    assert "elsewhere" not in page


@pytest.mark.django_db
def test_filtering_by_action(cast, client_for, council):
    audit_record(
        actor=cast["councillor"],
        action="incident.reported",
        council=council,
        summary="reported-one",
    )
    audit_record(
        actor=cast["councillor"], action="auth.login", council=council, summary="signed-in"
    )
    page = (
        client_for(cast["administrator"])
        .get(reverse("core:audit_log"), {"action": "auth."})
        .content.decode()
    )
    assert "signed-in" in page
    assert "reported-one" not in page


@pytest.mark.django_db
def test_audit_rows_record_the_address(cast, client_for, incident):
    client_for(cast["spoc_officer"]).get(
        reverse("incidents:detail", args=[incident.reference]), REMOTE_ADDR="203.0.113.9"
    )
    event = AuditEvent.objects.get(action="incident.viewed")
    assert event.ip_address == "203.0.113.9"
    assert event.council == incident.council


@pytest.mark.django_db
def test_a_failed_write_leaves_no_audit_row(officer, incident):
    from django.db import transaction

    from councillor_safety.incidents import services

    with pytest.raises(services.TransitionNotAllowed), transaction.atomic():
        services.incident_transition(
            incident=incident, transition_name="close", reason="", acting_user=officer
        )
    assert not AuditEvent.objects.filter(action="incident.status_changed").exists()
