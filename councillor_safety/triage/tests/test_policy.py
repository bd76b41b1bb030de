"""The triage policy: a default per council, versioned changes, and refusal of impossible ones."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.triage.forms import PolicyForm
from councillor_safety.triage.models import PolicyVersion, TriageDecision
from councillor_safety.triage.policy import default_spec, policy_current, policy_update, spec_of
from councillor_safety.triage.services import triage_start
from councillor_safety.triage.taxonomy import ClockKind, Priority


@pytest.mark.django_db
def test_every_new_council_starts_with_the_default_policy(council):
    policy = PolicyVersion.objects.get(council=council)
    assert policy.number == 1
    assert policy.is_current
    assert [(c.priority, c.kind, c.acknowledge_minutes) for c in policy.clocks.all()] == [
        ("P1", "round_the_clock", 15),
        ("P2", "working", 240),
        ("P3", "working", 960),
        ("P4", "working", 2400),
    ]
    assert policy.rules.count() == len(default_spec().rules)
    assert policy.working_weekdays == [0, 1, 2, 3, 4]


def form_data(policy: PolicyVersion, **changes) -> dict:
    data = PolicyForm.initial_for(spec_of(policy)) | {"change_summary": "Faster P2"} | changes
    data["working_weekdays"] = [str(d) for d in data["working_weekdays"]]
    data["aggravation_raises_priority"] = "on" if data["aggravation_raises_priority"] else ""
    return data


@pytest.mark.django_db
def test_an_administrator_changes_the_policy_and_old_decisions_keep_their_version(
    cast, client_for, council
):
    incident = IncidentFactory(councillor=cast["councillor"])
    triage_start(incident_id=incident.pk)
    v1 = policy_current(council)
    client = client_for(cast["administrator"])
    assert client.get(reverse("triage:policy_edit")).status_code == 200
    response = client.post(reverse("triage:policy_edit"), form_data(v1, P2_acknowledge="120"))
    assert response.status_code == 302, response.content.decode()[:3000]
    v2 = policy_current(council)
    assert v2.number == 2
    assert v2.created_by == cast["administrator"]
    assert v2.clocks.get(priority="P2").acknowledge_minutes == 120
    v1.refresh_from_db()
    assert not v1.is_current
    assert v1.clocks.get(priority="P2").acknowledge_minutes == 240
    assert TriageDecision.objects.get(incident=incident).policy == v1
    event = AuditEvent.objects.get(action="triage.policy_changed", actor=cast["administrator"])
    assert "Version 2: Faster P2" in event.summary
    page = client.get(reverse("triage:policy_version", args=[1])).content.decode()
    assert "no longer in force" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"P2_acknowledge": "-5"}, "The P2 acknowledgement clock must be more than 0 minutes"),
        ({"P3_update": "0"}, "The P3 update clock must be more than 0 minutes"),
        ({"P4_escalate": "999999"}, "90 days or less"),
        ({"P1_kind": "working"}, "The P1 clock must run round the clock"),
        ({"P2_acknowledge": "four hours"}, "whole number of minutes"),
        ({"day_start": "17:00", "day_end": "09:00"}, "The working day must end after it starts"),
        ({"working_weekdays": []}, "Choose at least one working day"),
        ({"rules": "threat_to_harm => P9"}, "Line 1: write facts joined by +"),
        ({"rules": "in_danger => P1\nbananas + weapons => P1"}, "Line 2: unknown fact bananas"),
        ({"committee_quorum": "0"}, "greater than or equal to 1"),
        ({"change_summary": ""}, "Say what changed and why"),
    ],
)
def test_impossible_policies_are_refused_with_a_clear_message(
    cast, client_for, council, changes, message
):
    v1 = policy_current(council)
    data = form_data(v1, **changes)
    if "working_weekdays" in changes:
        data["working_weekdays"] = []
    response = client_for(cast["administrator"]).post(reverse("triage:policy_edit"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert message in page
    assert PolicyVersion.objects.filter(council=council).count() == 1


@pytest.mark.django_db
def test_the_service_refuses_what_the_form_might_let_through(cast, council):
    spec = default_spec()
    missing_p4 = replace(spec, clocks=[c for c in spec.clocks if c.priority != Priority.P4])
    with pytest.raises(ValidationError, match="exactly one clock"):
        policy_update(
            council=council, spec=missing_p4, summary="x", acting_user=cast["administrator"]
        )
    with pytest.raises(ValidationError, match="Only an administrator"):
        policy_update(council=council, spec=spec, summary="x", acting_user=cast["spoc_officer"])
    with pytest.raises(ValidationError, match="at least one fact"):
        policy_update(
            council=council,
            spec=replace(spec, rules=[([], Priority.P1)]),
            summary="x",
            acting_user=cast["administrator"],
        )
    assert PolicyVersion.objects.filter(council=council).count() == 1


@pytest.mark.django_db
def test_councils_have_their_own_policies(cast, council, other_council):
    spec = default_spec()
    spec.clocks[1].acknowledge_minutes = 60
    policy_update(council=council, spec=spec, summary="Tighter", acting_user=cast["administrator"])
    assert policy_current(council).clocks.get(priority="P2").acknowledge_minutes == 60
    assert policy_current(other_council).clocks.get(priority="P2").acknowledge_minutes == 240
    assert policy_current(other_council).clocks.get(priority="P1").kind == ClockKind.ROUND_THE_CLOCK
