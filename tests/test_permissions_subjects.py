"""The permissions matrix for subjects, possible matches, pattern alerts and the register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from councillor_safety.subjects import pvpr
from councillor_safety.subjects.models import LinkSuggestion, PatternAlert
from councillor_safety.subjects.tests.factories import reported, subject_of
from tests.test_permissions_matrix import ACTORS

# Who may read subjects, alerts and markers, by the council of the record.
READERS = {
    "same": {"spoc_officer", "senior_manager", "monitoring_officer"},
    "other": {"other_council_officer"},
}
MANAGERS = {
    "same": {"spoc_officer", "senior_manager"},
    "other": {"other_council_officer"},
}
APPROVERS = {"same": {"senior_manager"}, "other": set()}
CHECKERS = {
    "councillor",
    "spoc_officer",
    "senior_manager",
    "other_council_officer",
    "other_council_councillor",
}
LIST_ROUTES = {
    "subjects:list": READERS["same"] | READERS["other"],
    "subjects:suggestions": READERS["same"] | READERS["other"],
    "subjects:alerts": READERS["same"] | READERS["other"],
    "subjects:markers": READERS["same"] | READERS["other"],
    "subjects:check": CHECKERS,
    "subjects:settings": READERS["same"] | READERS["other"],
}
OBJECT_ROUTES = {
    # route: (method, what it acts on, who may: "read" / "manage" / "approve")
    "subjects:detail": ("get", "subject", "read"),
    "subjects:alert": ("get", "alert", "read"),
    "subjects:marker": ("get", "marker", "read"),
    "subjects:split": ("get", "subject", "manage"),
    "subjects:marker_new": ("get", "subject", "manage"),
    "subjects:merge": ("post", "subject", "manage"),
    "subjects:suggestion_decide": ("post", "suggestion", "manage"),
    "subjects:alert_acknowledge": ("post", "alert", "manage"),
    "subjects:marker_withdraw": ("post", "marker", "manage"),
    "subjects:marker_told": ("post", "marker", "manage"),
    "subjects:marker_approve": ("post", "marker", "approve"),
}
ROUTES = set(LIST_ROUTES) | set(OBJECT_ROUTES)


def _records(councillor, officer, other_councillor) -> dict:
    first = reported(councillor, sender_name="Gary Pendle", sender_email="gp@example.net")
    second = reported(councillor, sender_name="Gary Pendel", sender_email="gp@example.net")
    third = reported(other_councillor, sender_name="Gary Pendell")
    subject = subject_of(first)
    marker = pvpr.marker_propose(
        subject=subject,
        incident_ids=[first.pk, second.pk],
        risk="Threatening at the door",
        mitigations="Visit in pairs",
        person_told=False,
        person_told_on=None,
        acting_user=officer,
    )
    return {
        "subject": subject,
        "other_subject": subject_of(third),
        "alert": PatternAlert.objects.get(subject=subject, rule="course_of_conduct"),
        "suggestion": LinkSuggestion.objects.get(incident=third),
        "marker": marker,
    }


@pytest.fixture
def records(cast) -> dict:
    return {
        "same": _records(cast["councillor"], cast["spoc_officer"], cast["other_councillor"]),
        "other": _records(
            cast["other_council_councillor"],
            cast["other_council_officer"],
            cast["other_council_councillor"],
        ),
    }


def _request(route: str, record: dict) -> tuple[str, str, dict]:
    method, kind, _ = OBJECT_ROUTES[route]
    target = record[kind]
    if route == "subjects:suggestion_decide":
        return method, reverse(route, args=[target.public_id, "reject"]), {}
    url = reverse(route, args=[target.public_id])
    review = timezone.localdate() + timedelta(days=90)
    data = {
        "subjects:merge": {"other": str(record["other_subject"].public_id), "reason": "Same"},
        "subjects:marker_withdraw": {"reason": "Moved away"},
        "subjects:marker_told": {"told_on_0": "5", "told_on_1": "1", "told_on_2": "2026"},
        "subjects:marker_approve": {
            "review_due_on_0": str(review.day),
            "review_due_on_1": str(review.month),
            "review_due_on_2": str(review.year),
        },
    }.get(route, {})
    return method, url, data


def expected(route: str, actor: str, where: str) -> int:
    method, _, needs = OBJECT_ROUTES[route]
    reads = actor in READERS[where]
    may = {"read": READERS, "manage": MANAGERS, "approve": APPROVERS}[needs][where]
    if actor in may:
        return 200 if method == "get" else 302
    return 403 if reads else 404


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(LIST_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_list_pages(cast, client_for: Callable, route, actor):
    response = client_for(cast[actor]).get(reverse(route))
    assert response.status_code == (200 if actor in LIST_ROUTES[route] else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(OBJECT_ROUTES))
@pytest.mark.parametrize("actor", ACTORS)
def test_object_urls(cast, records, client_for: Callable, route, actor):
    client = client_for(cast[actor])
    for where, record in records.items():
        method, url, data = _request(route, record)
        response = getattr(client, method)(url, data)
        assert response.status_code == expected(route, actor, where), (
            actor,
            where,
            route,
            response.status_code,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_nothing_changes_unless_permitted(cast, records, client_for: Callable, actor):
    client = client_for(cast[actor])
    for where, record in records.items():
        client.post(reverse("subjects:alert_acknowledge", args=[record["alert"].public_id]))
        record["alert"].refresh_from_db()
        assert (record["alert"].status == "acknowledged") == (actor in MANAGERS[where])


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_checks_are_for_councillors_and_officers(cast, client_for: Callable, actor):
    response = client_for(cast[actor]).post(reverse("subjects:check"), {"name": "Someone"})
    assert response.status_code == (200 if actor in CHECKERS else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_thresholds_change_only_for_senior_managers(cast, client_for: Callable, actor):
    response = client_for(cast[actor]).post(reverse("subjects:settings"), {"pile_on_hours": "x"})
    readers = READERS["same"] | READERS["other"]
    assert response.status_code == (
        200 if actor == "senior_manager" else 403 if actor in readers else 404
    )
