"""ASVS 16.2–16.4: logs carry events and ids, never report text, passwords or codes."""

from __future__ import annotations

import logging

import pytest
from django.test import Client
from django.urls import reverse

from councillor_safety.accounts.tests.factories import TEST_PASSWORD
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.test_reporting_journey import (
    ANSWERS,
    answer_all,
    start_draft,
)

SECRET_STORY = "He wrote that he knows where I live"


@pytest.mark.django_db
def test_a_whole_report_and_sign_in_leave_no_secrets_in_logs_or_audit(
    councillor, officer, client_for, caplog
):
    caplog.set_level(logging.DEBUG)
    Client().post(
        reverse("accounts:login"),
        {"username": councillor.username, "password": "wrong-" + TEST_PASSWORD},
    )
    client = Client()
    client.post(
        reverse("accounts:login"), {"username": councillor.username, "password": TEST_PASSWORD}
    )
    draft_id = start_draft(client)
    answers = [*ANSWERS[:5], ("details", {"description": SECRET_STORY}), *ANSWERS[6:]]
    answer_all(client, draft_id, answers)
    client.post(reverse("incidents:report_check", args=[draft_id]))
    staff = client_for(officer)
    staff.get(reverse("incidents:inbox"))

    logged = "\n".join(r.getMessage() for r in caplog.records)
    audited = "\n".join(AuditEvent.objects.values_list("summary", flat=True))
    assert "incident reported" in logged  # the event is logged…
    for secret in (SECRET_STORY, TEST_PASSWORD, "angry@example.net", "Gary Pendle"):
        assert secret not in logged  # …but nothing a person wrote or typed
        assert secret not in audited


@pytest.mark.django_db
def test_authorisation_fails_closed(officer, incident, client_for, monkeypatch):
    """ASVS v4 4.1.5: an error inside an access check never yields the page."""

    def broken(user):
        raise RuntimeError("permission lookup failed")

    monkeypatch.setattr("councillor_safety.incidents.access.incidents_visible_to", broken)
    monkeypatch.setattr("councillor_safety.incidents.selectors.incidents_visible_to", broken)
    client = client_for(officer)
    client.raise_request_exception = False
    for url in (
        reverse("incidents:detail", args=[incident.reference]),
        reverse("incidents:inbox"),
    ):
        response = client.get(url)
        assert response.status_code == 500
        assert incident.description not in response.content.decode()
