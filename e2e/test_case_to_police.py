"""An officer builds a case from two incidents, a desist letter is drafted and approved, the case
is shared with the police, who add a crime reference; then the share is revoked and the police
officer's next request is refused."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, Page, expect

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases.models import Case, Letter, PoliceShare
from councillor_safety.cases.taxonomy import CaseStatus, LetterStatus
from councillor_safety.cases.tests.factories import template_for
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import IncidentFactory
from e2e.conftest import DESKTOP, PHONE, checked, new_page
from e2e.test_councillor_reports import sign_in


def sign_in_with_code(page: Page, base: str, user) -> None:  # type: ignore[no-untyped-def]
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    sign_in(page, base, user.username)
    expect(page.get_by_role("heading", name="Enter your security code")).to_be_visible()
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    page.get_by_label("Security code").fill(code)
    page.get_by_role("button", name="Continue").click()


@pytest.mark.django_db(transaction=True)
def test_case_letter_and_police_share(
    browser: Browser, desktop_page: Page, live_server, officer, councillor, council
):
    base = live_server.url
    first = IncidentFactory(
        councillor=councillor, sender_name="Pat Sender", sender_email="pat@example.net"
    )
    second = IncidentFactory(
        councillor=councillor, sender_name="Pat Sender", sender_email="pat@example.net"
    )
    unrelated = IncidentFactory(councillor=councillor, description="Rude comment about the library")
    template_for(council.pk)
    signatory = UserFactory(council=council, role=Role.MONITORING_OFFICER, username="mo")
    police = UserFactory(
        council=council,
        role=Role.POLICE_LIAISON,
        username="pc",
        first_name="Jo",
        last_name="Constable",
    )

    # The officer opens a case from the first incident and adds the second.
    page = desktop_page
    sign_in_with_code(page, base, officer)
    page.goto(f"{base}/incidents/{first.reference}/")
    page.get_by_role("link", name="Open a case from this incident").click()
    expect(page.get_by_role("heading", name="Open a case")).to_be_visible()
    checked(page)
    expect(page.get_by_label(first.reference)).to_be_checked()
    page.get_by_label(second.reference).check()
    page.get_by_label("Case title").fill("E-mails from Pat Sender")
    page.get_by_role("button", name="Open case").click()
    case = Case.objects.get()
    expect(page.get_by_role("heading", name=f"Case {case.reference}")).to_be_visible()
    checked(page)
    assert set(case.incidents.all()) == {first, second}

    # A desist letter is drafted and sent for approval.
    page.get_by_role("link", name="Draft a letter").click()
    checked(page)
    page.get_by_label("Recipient's name").fill("Pat Sender")
    page.get_by_label("Recipient's postal address").fill("1 High Street\nNorth Harbour")
    page.get_by_role("button", name="Draft letter").click()
    expect(page.get_by_role("heading", name="Letter to Pat Sender")).to_be_visible()
    checked(page)
    page.get_by_role("button", name="Send for approval").click()
    expect(page.get_by_text("Sent to the monitoring officer for approval")).to_be_visible()
    letter = Letter.objects.get()

    # The monitoring officer approves it.
    approver = new_page(browser, DESKTOP)
    sign_in_with_code(approver, base, signatory)
    approver.goto(f"{base}/letters/{letter.public_id}/")
    checked(approver)
    approver.get_by_role("button", name="Approve letter").click()
    expect(approver.get_by_text("Letter approved")).to_be_visible()
    approver.context.close()

    page.reload()
    page.get_by_role("button", name="Record as sent").click()
    expect(page.get_by_text("Letter recorded as sent")).to_be_visible()
    expect(page.get_by_role("link", name="Download PDF")).to_be_visible()
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT

    # The case is shared with the police: two incidents, description and dates only.
    page.goto(f"{base}/cases/{case.reference}/")
    page.get_by_role("link", name="Share with the police").click()
    checked(page)
    page.get_by_label("Police liaison officer").select_option(str(police.pk))
    page.get_by_label("Prevention or detection of crime").check()
    page.get_by_label("Why sharing is necessary and proportionate").fill(
        "Repeated threats: police investigating harassment."
    )
    page.get_by_label("What happened", exact=True).check()
    page.get_by_label("When and where it happened").check()
    page.get_by_label(first.reference).check()
    page.get_by_label(second.reference).check()
    page.get_by_role("button", name="Share", exact=True).click()
    expect(page.get_by_text("Shared with the police")).to_be_visible()
    case.refresh_from_db()
    assert case.status == CaseStatus.WITH_POLICE

    # The police officer signs in with a second factor and sees only that case.
    constable = new_page(browser, DESKTOP)
    sign_in_with_code(constable, base, police)
    constable.get_by_role("link", name="Shared with you").click()
    checked(constable)
    expect(constable.get_by_role("link", name=f"Case {case.reference}")).to_have_count(1)
    constable.get_by_role("link", name=f"Case {case.reference}").click()
    expect(constable.get_by_role("heading", name=f"Case {case.reference}")).to_be_visible()
    checked(constable)
    expect(constable.get_by_text(first.description).first).to_be_visible()
    expect(constable.get_by_text("Rude comment about the library")).to_have_count(0)
    expect(constable.get_by_text("Pat Sender")).to_have_count(0)  # sender details were not chosen
    share_url = constable.url
    constable.get_by_label("Crime or incident reference").check()
    constable.get_by_label("Details").fill("CAD 4471 22/11/26")
    constable.get_by_role("button", name="Add").click()
    expect(constable.get_by_text("Added to the case")).to_be_visible()
    assert PoliceShare.objects.get().crime_reference == "CAD 4471 22/11/26"
    assert constable.goto(f"{base}/cases/{case.reference}/").status == 404
    assert constable.goto(f"{base}/incidents/{unrelated.reference}/").status == 404

    # The officer revokes the share; the police officer's next request is refused.
    page.goto(f"{base}/cases/{case.reference}/")
    expect(page.get_by_text("CAD 4471 22/11/26").first).to_be_visible()
    page.get_by_role("link", name=f"Shared with {police.display_name}").click()
    checked(page)
    page.get_by_label("Reason").fill("Police investigation closed")
    page.get_by_role("button", name="Revoke share").click()
    expect(page.get_by_text("Share revoked")).to_be_visible()
    assert constable.goto(share_url).status == 404
    constable.context.close()
    assert AuditEvent.objects.filter(action="case.share_revoked", actor=officer).exists()

    # The councillor, on a phone, sees what was done in plain words.
    phone = new_page(browser, PHONE)
    sign_in(phone, base, councillor.username)
    phone.goto(f"{base}/incidents/{first.reference}/")
    phone.get_by_role("link", name="See what the council is doing").click()
    expect(phone.get_by_role("heading", name="What the council is doing")).to_be_visible()
    checked(phone)
    expect(phone.get_by_text("We sent a letter asking the sender to stop.")).to_be_visible()
    expect(phone.get_by_text("Police investigation closed")).to_have_count(0)
    phone.context.close()
