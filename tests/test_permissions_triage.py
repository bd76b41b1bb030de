"""The permissions matrix for triage, the on-call rota, pages, the policy and the committee."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.triage import committee, services
from councillor_safety.triage.models import OnCallShift, Page
from tests.test_permissions_matrix import ACTORS, OWNERS, READS, WRITES

INCIDENT_ROUTES = {
    # route: (method, data)
    "triage:incident": ("get", {}),
    "triage:assess": ("post", {"present": ["threat_to_harm"]}),
    "triage:set_priority": ("post", {"priority": "P3", "override_reason": "checked"}),
    "triage:acknowledge": ("post", {}),
    "triage:councillor_updated": ("post", {}),
    "triage:refer": ("post", {"summary": "Rude e-mails about bins"}),
}
LIST_ROUTES = {
    "triage:queue": {
        "spoc_officer",
        "senior_manager",
        "monitoring_officer",
        "other_council_officer",
    },
    "triage:rota": {
        "spoc_officer",
        "senior_manager",
        "monitoring_officer",
        "administrator",
        "other_council_officer",
    },
    "triage:policy": {
        "spoc_officer",
        "senior_manager",
        "monitoring_officer",
        "administrator",
        "other_council_officer",
    },
    "triage:policy_edit": {"administrator"},
    "triage:committee": {"committee_member"},
}
OTHER_ROUTES = {
    "triage:policy_version",
    "triage:page",
    "triage:page_acknowledge",
    "triage:shift_remove",
    "triage:shift_hand_over",
    "triage:outcome_seen",
    "triage:committee_case",
}
ROUTES = set(INCIDENT_ROUTES) | set(LIST_ROUTES) | OTHER_ROUTES


@pytest.fixture
def incidents(cast):
    made = {key: IncidentFactory(councillor=cast[owner]) for key, owner in OWNERS.items()}
    for incident in made.values():
        services.triage_start(incident_id=incident.pk)
    return made


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(INCIDENT_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_incident_triage_urls(cast, incidents, client_for: Callable, route, actor):
    client = client_for(cast[actor])
    method, data = INCIDENT_ROUTES[route]
    for owner, incident in incidents.items():
        response = getattr(client, method)(reverse(route, args=[incident.reference]), data)
        staff_read = owner in READS[actor] and actor not in {
            "councillor",
            "other_council_councillor",
        }
        if method == "get":
            expected = {200} if staff_read else {404}
        elif owner in WRITES.get(actor, set()):
            expected = {302}
        else:
            expected = {403} if owner in READS[actor] else {404}
        assert response.status_code in expected, (actor, owner, route, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(LIST_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_list_pages(cast, client_for: Callable, route, actor):
    response = client_for(cast[actor]).get(reverse(route))
    assert response.status_code == (200 if actor in LIST_ROUTES[route] else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_pages_belong_to_their_recipient_and_the_team(cast, incidents, client_for: Callable, actor):
    page = Page.objects.create(
        council=incidents["own"].council,
        incident=incidents["own"],
        recipient=cast["spoc_officer"],
        reason=Page.Reason.P1,
    )
    client = client_for(cast[actor])
    allowed = actor in {"spoc_officer", "senior_manager"}
    assert client.get(reverse("triage:page", args=[page.public_id])).status_code == (
        200 if allowed else 404
    )
    response = client.post(reverse("triage:page_acknowledge", args=[page.public_id]))
    assert response.status_code == (302 if allowed else 404)
    page.refresh_from_db()
    assert (page.acknowledged_at is not None) == allowed


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_rota_changes(cast, client_for: Callable, actor, other_council):
    now = timezone.now() + timedelta(hours=1)  # a future shift: one in progress cannot be removed
    shifts = {
        "same": OnCallShift.objects.create(
            council=cast["spoc_officer"].council,
            officer=cast["spoc_officer"],
            starts_at=now,
            ends_at=now + timedelta(hours=8),
            created_by=cast["administrator"],
        ),
        "other": OnCallShift.objects.create(
            council=other_council,
            officer=cast["other_council_officer"],
            starts_at=now,
            ends_at=now + timedelta(hours=8),
            created_by=cast["other_council_officer"],
        ),
    }
    client = client_for(cast[actor])
    for where, shift in shifts.items():
        response = client.post(reverse("triage:shift_remove", args=[shift.pk]))
        may = where == "same" and actor in {"administrator", "senior_manager"}
        assert response.status_code == (302 if may else 404), (actor, where)
        assert OnCallShift.objects.filter(pk=shift.pk).exists() != may


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_hand_over(cast, client_for: Callable, actor, other_council):
    now = timezone.now()
    shifts = {
        "same": OnCallShift.objects.create(
            council=cast["spoc_officer"].council,
            officer=cast["spoc_officer"],
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=8),
            created_by=cast["administrator"],
        ),
        "other": OnCallShift.objects.create(
            council=other_council,
            officer=cast["other_council_officer"],
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=8),
            created_by=cast["other_council_officer"],
        ),
    }
    client = client_for(cast[actor])
    for where, shift in shifts.items():
        response = client.post(
            reverse("triage:shift_hand_over", args=[shift.pk]),
            {"officer": cast["senior_manager"].pk},
        )
        may = where == "same" and actor in {"administrator", "senior_manager"}
        assert response.status_code == (302 if may else 404), (actor, where)
        handed = OnCallShift.objects.filter(
            officer=cast["senior_manager"], council=shift.council
        ).exists()
        assert handed == may


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_policy_versions(cast, client_for: Callable, actor, other_council):
    response = client_for(cast[actor]).get(reverse("triage:policy_version", args=[1]))
    assert response.status_code == (200 if actor in LIST_ROUTES["triage:policy"] else 404)
    assert (
        client_for(cast[actor]).get(reverse("triage:policy_version", args=[99])).status_code == 404
    )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_committee_cases_only_for_members_without_a_conflict(
    cast, incidents, client_for: Callable, actor
):
    for incident in incidents.values():
        services.priority_confirm(
            incident=incident,
            priority="P4",
            override_reason="low level",
            acting_user=cast["spoc_officer"]
            if incident.council == cast["spoc_officer"].council
            else cast["other_council_officer"],
        )
    referrals = {
        owner: committee.referral_create(
            incident=incident,
            summary="Repeated rude e-mails",
            identity_needed=False,
            acting_user=cast["spoc_officer"]
            if owner != "other_council"
            else cast["other_council_officer"],
        )
        for owner, incident in incidents.items()
    }
    client = client_for(cast[actor])
    for owner, referral in referrals.items():
        response = client.get(reverse("triage:committee_case", args=[referral.public_id]))
        may = actor == "committee_member" and owner != "other_council"
        assert response.status_code == (200 if may else 404), (actor, owner)
        seen = client.post(reverse("triage:outcome_seen", args=[referral.public_id]))
        may_mark = owner in WRITES.get(actor, set())
        assert seen.status_code == (302 if may_mark else 404), (actor, owner, seen.status_code)
