"""An officer reviews quarantined mail: reads one behind the warning, releases one, reports one."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from councillor_safety.accounts.models import User
from councillor_safety.incidents.models import Incident
from councillor_safety.screening import mailbox_sync
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.tests.mail_fixtures import (
    MIX,
    folder_subjects,
    keyword_classifier,
    message,
)
from councillor_safety.subjects.tests.factories import reported
from e2e.conftest import checked
from e2e.test_councillor_reports import sign_in


def sign_in_as_staff(page: Page, base: str, user: User) -> None:
    """Sign in with a password and an authenticator's code, as staff must."""
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    sign_in(page, base, user.username)
    page.get_by_label("Security code").fill(
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    )
    page.get_by_role("button", name="Continue").click()


@pytest.mark.django_db(transaction=True)
def test_officer_reviews_the_quarantine(
    desktop_page: Page, live_server, mailbox, officer, councillor
):
    connection, imap = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(councillor=councillor)
    for raw in MIX:
        imap.append("INBOX", raw)
    mailbox_sync.mailbox_sync(connection_id=connection.pk, classify=keyword_classifier)
    page = desktop_page
    sign_in_as_staff(page, live_server.url, officer)
    page.get_by_role("link", name="Quarantine").click()
    expect(page.get_by_role("heading", name="Quarantined messages")).to_be_visible()
    checked(page)

    # The likely threat is listed first.
    links = page.locator("table a.govuk-link")
    expect(links).to_have_count(2)
    links.first.click()
    expect(page.get_by_role("heading", name="Likely threat")).to_be_visible()
    expect(page.get_by_text("I know where you live")).to_be_hidden()  # behind the content warning
    page.get_by_text("Show the message").click()
    expect(page.get_by_text("I know where you live")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Report as an incident").click()
    expect(page.get_by_text("Reported as incident")).to_be_visible()
    checked(page)

    page.get_by_role("link", name="Quarantined messages").click()
    page.locator("table a.govuk-link").first.click()
    expect(page.get_by_role("heading", name="Flagged message")).to_be_visible()
    page.get_by_role("button", name="Release to the inbox: not abusive").click()
    expect(
        page.get_by_text("Released to the inbox and recorded as a false positive")
    ).to_be_visible()
    checked(page)

    assert Incident.objects.get().councillor == councillor
    assert set(ScreenedMessage.objects.values_list("status", flat=True)) == {"reported", "released"}
    assert "You" in folder_subjects(imap, "INBOX")

    # The decisions are counted by flag: the threat was reported, the abuse released.
    page.get_by_role("link", name="Quarantined messages").click()
    page.get_by_role("link", name="How held messages were decided").click()
    expect(page.get_by_role("heading", name="How held messages were decided")).to_be_visible()
    threat = page.get_by_role("row", name="Threat")
    expect(threat.get_by_role("cell").nth(2)).to_have_text("1")  # reported
    expect(page.get_by_role("row", name="All held messages").get_by_role("cell").last).to_have_text(
        "50%"
    )
    checked(page)


@pytest.mark.django_db(transaction=True)
def test_a_known_senders_ordinary_mail_waits_for_an_officer(
    desktop_page: Page, live_server, mailbox, officer, councillor
):
    connection, imap = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(councillor=councillor)
    reported(councillor, sender_email="g.pendle@example.net")
    imap.append("INBOX", message("Bins", "When are the bins collected?", "g.pendle@example.net"))
    mailbox_sync.mailbox_sync(connection_id=connection.pk, classify=keyword_classifier)
    page = desktop_page
    sign_in_as_staff(page, live_server.url, officer)
    page.get_by_role("link", name="Quarantine").click()
    expect(page.get_by_text("Known sender", exact=True)).to_be_visible()
    checked(page)
    page.locator("table a.govuk-link").first.click()
    expect(page.get_by_role("heading", name="Message from a known sender")).to_be_visible()
    expect(page.get_by_text("recorded for a known sender, so held for a person")).to_be_visible()
    checked(page)
    page.get_by_role("link", name="See the known sender's record").click()
    expect(page.get_by_role("heading", name="g.pendle@example.net")).to_be_visible()
    checked(page)
