"""ASVS 3.5.1: every write needs a CSRF token, and GET never changes state."""

from __future__ import annotations

import pytest
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.models import Incident, ReportDraft
from tests.urlconf import all_routes, sample_kwargs

ROUTES = sorted(all_routes(), key=lambda r: r.name)


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_a_post_without_a_token_is_refused(route, cast, incident):
    from conftest import verified_client

    client = verified_client(cast["spoc_officer"])
    client.handler.enforce_csrf_checks = True
    kwargs = sample_kwargs(route)
    if "reference" in kwargs:
        kwargs["reference"] = incident.reference
    before = (
        AuditEvent.objects.filter(is_read=False).count(),
        Incident.objects.count(),
        ReportDraft.objects.count(),
    )
    response = client.post(reverse(route.name, kwargs=kwargs), {"text": "x", "in_danger": "no"})
    if route.name == "accounts:login":
        # Signing in is CSRF-protected too: a forged sign-in is refused before any credential check.
        assert response.status_code == 403
    else:
        assert response.status_code in (403, 405), (route.name, response.status_code)
    assert (
        AuditEvent.objects.filter(is_read=False).count(),
        Incident.objects.count(),
        ReportDraft.objects.count(),
    ) == before
    if response.status_code == 403:
        assert "your form could not be sent" in response.content.decode()


@pytest.mark.django_db
def test_get_requests_change_nothing(cast, incident):
    from conftest import verified_client

    client = verified_client(cast["spoc_officer"])
    writes = AuditEvent.objects.filter(is_read=False).count()
    for route in ROUTES:
        kwargs = sample_kwargs(route)
        if "reference" in kwargs:
            kwargs["reference"] = incident.reference
        client.get(reverse(route.name, kwargs=kwargs))
    client.get(reverse("incidents:report_start"))
    assert ReportDraft.objects.count() == 0
    incident.refresh_from_db()
    assert incident.status == "new"
    assert incident.assigned_to is None
    assert AuditEvent.objects.filter(is_read=False).count() == writes


def test_csrf_is_not_exempted_anywhere():
    from django.urls import get_resolver

    def views(patterns):
        for entry in patterns:
            if hasattr(entry, "url_patterns"):
                yield from views(entry.url_patterns)
            else:
                yield entry.callback

    assert not [v for v in views(get_resolver().url_patterns) if getattr(v, "csrf_exempt", False)]
