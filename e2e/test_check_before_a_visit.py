"""A councillor checks an address on a phone before a visit; a senior manager sees the check logged."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from councillor_safety.subjects import pvpr
from councillor_safety.subjects.tests.factories import reported, subject_of
from e2e.conftest import checked, new_page
from e2e.test_councillor_reports import sign_in


@pytest.mark.django_db(transaction=True)
def test_councillor_checks_an_address_before_a_visit(
    browser, phone_page: Page, live_server, councillor, officer, manager, other_councillor
):
    incident = reported(
        other_councillor,
        sender_name="Zebedee Quillfeather",
        sender_address="14 Gull Street, North Harbour NH4 2QT",
    )
    marker = pvpr.marker_propose(
        subject=subject_of(incident),
        incident_ids=[incident.pk],
        risk="Threatened a councillor at his door",
        mitigations="Visit in pairs",
        person_told=False,
        person_told_on=None,
        acting_user=officer,
    )
    pvpr.marker_approve(
        marker=marker,
        review_due_on=pvpr.add_months(timezone.localdate(), 6),
        acting_user=manager,
    )

    page = phone_page
    sign_in(page, live_server.url, councillor.username)
    expect(page.get_by_role("heading", name="Your reports")).to_be_visible()
    page.goto(f"{live_server.url}/check-before-a-visit/")
    expect(page.get_by_role("heading", name="Check before a visit")).to_be_visible()
    checked(page)

    # Nothing entered: a GOV.UK error, and nothing logged.
    page.get_by_role("button", name="Check").click()
    expect(page.get_by_text("There is a problem")).to_be_visible()
    checked(page)

    page.get_by_label("Address or postcode (optional)").fill("14 gull st, nh4 2qt")
    page.get_by_role("button", name="Check").click()
    expect(
        page.get_by_role("heading", name="Contact the SPoC team before visiting")
    ).to_be_visible()
    content = page.content()
    for detail in ("Zebedee", "Quillfeather", "Threatened", "Visit in pairs", incident.reference):
        assert detail not in content
    checked(page)

    # A senior manager reads the audit log on a desktop and finds the check.
    desk = new_page(browser, {"width": 1280, "height": 900})
    try:
        device = TOTPDevice.objects.create(user=manager, name="Phone", confirmed=True)
        sign_in(desk, live_server.url, manager.username)
        code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
        desk.get_by_label("Security code").fill(code)
        desk.get_by_role("button", name="Continue").click()
        desk.goto(f"{live_server.url}/audit/")
        expect(desk.get_by_role("heading", name="Audit log")).to_be_visible()
        desk.get_by_label("Action starts with").fill("pvpr.checked")
        desk.get_by_role("button", name="Filter").click()
        row = desk.get_by_role("row").filter(has_text="pvpr.checked")
        expect(row).to_have_count(1)
        expect(row).to_contain_text(councillor.username)
        expect(row).to_contain_text("an address entered")
        checked(desk)
    finally:
        desk.context.close()


@pytest.mark.django_db(transaction=True)
def test_officer_reviews_subjects_alerts_and_the_register(
    desktop_page: Page, live_server, councillor, officer, manager
):
    """Every subjects page a SPoC officer uses, checked for accessibility on the way."""
    from datetime import date

    first = reported(councillor, sender_name="Gary Pendle", sender_email="gp@example.net")
    reported(
        councillor,
        sender_name="Gary Pendle",
        sender_email="G.P@example.net",
        occurred_on=date(2026, 11, 3),
    )
    reported(councillor, sender_email="gp@example.net", occurred_on=date(2026, 11, 5))
    reported(councillor, sender_name="Gary Pendel")
    subject = subject_of(first)
    page = desktop_page
    device = TOTPDevice.objects.create(user=officer, name="Phone", confirmed=True)
    sign_in(page, live_server.url, officer.username)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.get_by_label("Security code").fill(code)
    page.get_by_role("button", name="Continue").click()

    page.get_by_role("link", name="Subjects", exact=True).first.click()
    expect(page.get_by_role("heading", name="Subjects", exact=True)).to_be_visible()
    checked(page)
    page.get_by_role("link", name="Gary Pendle", exact=True).first.click()
    expect(page.get_by_role("heading", name="Gary Pendle")).to_be_visible()
    checked(page)

    page.get_by_role("link", name="Subjects", exact=True).last.click()  # the back link
    page.get_by_role("link", name="Possible matches").click()
    expect(page.get_by_role("heading", name="Possible matches")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Not the same").first.click()
    expect(page.get_by_text("Marked as not the same person")).to_be_visible()

    page.get_by_role("link", name="Pattern alerts").click()
    checked(page)
    page.get_by_role("link", name="Course of conduct").click()
    expect(page.get_by_text("consider referring it to the police")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.get_by_text("Alert acknowledged")).to_be_visible()

    page.goto(f"{live_server.url}/subjects/{subject.public_id}/register/new/")
    checked(page)
    page.get_by_label(first.reference, exact=False).check()
    page.get_by_label("The risk").fill("Shouted threats at a surgery")
    page.get_by_label("What people should do").fill("Visit in pairs")
    page.get_by_role("button", name="Propose marker").click()
    expect(page.get_by_text("A senior manager must approve it")).to_be_visible()
    checked(page)
    page.get_by_role("link", name="Register", exact=True).click()
    expect(
        page.get_by_role("heading", name="Register of potentially violent persons")
    ).to_be_visible()
    checked(page)
    page.get_by_role("link", name="Thresholds").click()
    checked(page)
