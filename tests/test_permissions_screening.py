"""The permissions matrix for the quarantine review queue."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from django.urls import reverse

from councillor_safety.screening.models import ScreenedMessage
from tests.test_permissions_matrix import ACTORS

READERS = {"spoc_officer", "senior_manager", "monitoring_officer"}
ACTORS_IN_COUNCIL_B = {"other_council_officer"}
ROUTES = {
    "screening:queue",
    "screening:item",
    "screening:item_action",
    "screening:bulk",
    "screening:import",
    "screening:mailboxes",
    "screening:outcomes",
}


def item_for(council) -> ScreenedMessage:
    return ScreenedMessage.objects.create(
        council=council,
        source="social",
        text="You idiot",
        raw_sha256=uuid.uuid4().hex,
        scores={"abuse": 0.9},
        flags=["abuse"],
        status="quarantined",
        sender="@troll",
    )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_queue_and_items(cast, client_for: Callable, actor, council, other_council):
    items = {"same": item_for(council), "other": item_for(other_council)}
    client = client_for(cast[actor])
    can_read_same = actor in READERS
    can_read_other = actor in ACTORS_IN_COUNCIL_B
    queue = client.get(reverse("screening:queue"))
    assert queue.status_code == (200 if can_read_same or can_read_other else 404)
    for where, item in items.items():
        readable = can_read_same if where == "same" else can_read_other
        assert client.get(reverse("screening:item", args=[item.public_id])).status_code == (
            200 if readable else 404
        )
        response = client.post(
            reverse("screening:item_action", args=[item.public_id, "keep"]), {"note": "n"}
        )
        writable = readable and actor != "monitoring_officer"
        assert response.status_code == (302 if writable else 403 if readable else 404), (
            actor,
            where,
        )
        item.refresh_from_db()
        assert (item.status == "kept") == writable
    bulk = client.post(
        reverse("screening:bulk"),
        {"items": [str(items["same"].public_id)], "action": "keep", "note": "n"},
    )
    assert bulk.status_code == (
        302
        if actor in {"spoc_officer", "senior_manager", "other_council_officer"}
        else 403
        if actor == "monitoring_officer"
        else 404
    )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_importing_comments(cast, client_for: Callable, actor):
    allowed = actor in {"spoc_officer", "senior_manager", "other_council_officer"}
    assert client_for(cast[actor]).get(reverse("screening:import")).status_code == (
        200 if allowed else 404
    )


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_connecting_mailboxes_is_for_administrators(cast, client_for: Callable, actor):
    response = client_for(cast[actor]).get(reverse("screening:mailboxes"))
    assert response.status_code == (200 if actor == "administrator" else 404)


@pytest.mark.django_db
@pytest.mark.parametrize("actor", ACTORS)
def test_the_outcomes_of_holds_are_for_those_who_read_the_queue(cast, client_for: Callable, actor):
    response = client_for(cast[actor]).get(reverse("screening:outcomes"))
    assert response.status_code == (200 if actor in READERS | ACTORS_IN_COUNCIL_B else 404)
