"""The officers' inbox: filters, counts and the number of queries it takes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from councillor_safety.incidents.taxonomy import Category, Status
from councillor_safety.incidents.tests.factories import IncidentFactory


def references(response) -> set[str]:
    import re

    return set(re.findall(r">(TST-\d{4}-\d{5})<", response.content.decode()))


@pytest.fixture
def incidents(councillor, other_councillor, officer, other_council_councillor):
    now = timezone.now()
    return {
        "new_threat": IncidentFactory(councillor=councillor, categories=[Category.THREAT_OF_HARM]),
        "review_email": IncidentFactory(
            councillor=councillor, status=Status.UNDER_REVIEW, assigned_to=officer
        ),
        "closed_other": IncidentFactory(
            councillor=other_councillor, status=Status.CLOSED, created_at=now - timedelta(days=40)
        ),
        "other_council": IncidentFactory(councillor=other_council_councillor),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"new_threat", "review_email", "closed_other"}),
        ({"status": "new"}, {"new_threat"}),
        ({"category": "threat_of_harm"}, {"new_threat"}),
        ({"assigned": "me"}, {"review_email"}),
        ({"assigned": "none"}, {"new_threat", "closed_other"}),
        ({"date_to": (timezone.localdate() - timedelta(days=30)).isoformat()}, {"closed_other"}),
        (
            {"date_from": (timezone.localdate() - timedelta(days=1)).isoformat()},
            {"new_threat", "review_email"},
        ),
    ],
)
def test_filters(officer, client_for, incidents, query, expected):
    response = client_for(officer).get(reverse("incidents:inbox"), query)
    assert response.status_code == 200
    assert references(response) == {incidents[name].reference for name in expected}


@pytest.mark.django_db
def test_filter_by_councillor(officer, other_councillor, client_for, incidents):
    response = client_for(officer).get(
        reverse("incidents:inbox"), {"councillor": other_councillor.pk}
    )
    assert references(response) == {incidents["closed_other"].reference}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"status": "deleted"}, "Select a valid choice"),
        ({"date_from": "2026-13-45"}, "Enter a valid date"),
        ({"date_from": "2026-05-02", "date_to": "2026-05-01"}, "same as or after"),
        ({"councillor": "abc"}, "Select a valid choice"),
    ],
)
def test_bad_filters_get_a_message_not_an_error(officer, client_for, incidents, query, message):
    response = client_for(officer).get(reverse("incidents:inbox"), query)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.django_db
def test_the_inbox_query_count_does_not_grow_with_incidents(officer, councillor, client_for):
    client = client_for(officer)
    IncidentFactory.create_batch(3, councillor=councillor)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("incidents:inbox"))
    IncidentFactory.create_batch(20, councillor=councillor)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("incidents:inbox"))
    assert len(many) == len(few)


@pytest.mark.django_db
def test_my_reports_lists_only_mine(councillor, other_councillor, client_for):
    mine = IncidentFactory(councillor=councillor)
    theirs = IncidentFactory(councillor=other_councillor)
    response = client_for(councillor).get(reverse("incidents:my_reports"))
    assert references(response) == {mine.reference}
    assert theirs.reference not in response.content.decode()
