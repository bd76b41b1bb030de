"""An officer signs in with a second factor, finds a new report, takes it on and moves it along."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.taxonomy import Category, Status
from councillor_safety.incidents.tests.factories import IncidentFactory
from e2e.conftest import checked
from e2e.test_councillor_reports import sign_in


@pytest.mark.django_db(transaction=True)
def test_officer_triages_a_report(
    desktop_page: Page, live_server, officer, councillor, other_councillor
):
    page = desktop_page
    device = TOTPDevice.objects.create(user=officer, name="Phone", confirmed=True)
    IncidentFactory.create_batch(3, councillor=other_councillor, status=Status.CLOSED)
    target = IncidentFactory(
        councillor=councillor,
        categories=[Category.STALKED],
        description="A car parked outside my house every night.",
    )

    sign_in(page, live_server.url, officer.username)
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    checked(page)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.get_by_label("Security code").fill(code)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="What is due")).to_be_visible()
    checked(page)
    page.get_by_role("link", name="Incidents", exact=True).click()
    expect(page.get_by_role("heading", name="Incidents")).to_be_visible()
    checked(page)
    page.get_by_label("Status").select_option("new")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("caption")).to_have_text("1 incident")
    checked(page)

    page.get_by_role("link", name=target.reference).click()
    expect(page.get_by_role("heading", name=f"Incident {target.reference}")).to_be_visible()
    checked(page)

    page.get_by_label("Assign to").select_option(str(officer.pk))
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text(f"Assigned to {officer.display_name}").first).to_be_visible()

    page.get_by_role("button", name="Start review").click()
    expect(page.get_by_text("Status changed to under review")).to_be_visible()
    page.get_by_role("button", name="Start action").click()
    expect(page.get_by_text("Status changed to action in progress")).to_be_visible()
    checked(page)

    page.get_by_role("link", name="Triage and threat assessment").click()
    expect(page.get_by_role("heading", name=f"Incident {target.reference}")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.get_by_text("Acknowledged: escalation has stopped")).to_be_visible()
    page.get_by_label("Has there been a threat to kill or harm?").check()
    page.get_by_label("Do they know the councillor's home address or family?").check()
    page.get_by_role("button", name="Save assessment").click()
    expect(page.get_by_text("Assessment saved. The policy suggests P1")).to_be_visible()
    page.get_by_label("P1 emergency").check()
    page.get_by_role("button", name="Set priority").click()
    expect(page.get_by_text("Priority set to P1")).to_be_visible()
    checked(page)

    target.refresh_from_db()
    assert target.triage.priority == "P1"
    assert target.triage.acknowledged_by == officer
    assert target.status == Status.ACTION_IN_PROGRESS
    assert target.assigned_to == officer
    actions = list(
        AuditEvent.objects.filter(object_id=str(target.pk), is_read=False, actor=officer)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "incident.assigned",
        "incident.status_changed",
        "incident.status_changed",
        "triage.acknowledged",
        "triage.assessed",
        "triage.priority_set",
    ]
