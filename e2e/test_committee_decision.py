"""A committee member, on a phone, decides a referred case; the outcome returns to the team."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.incidents.taxonomy import Category
from councillor_safety.incidents.tests.factories import IncidentFactory
from councillor_safety.triage import committee, services
from councillor_safety.triage.models import CommitteeReferral
from e2e.conftest import checked
from e2e.test_councillor_reports import sign_in


@pytest.mark.django_db(transaction=True)
def test_a_member_decides_a_case(phone_page: Page, live_server, council, councillor, officer):
    member = UserFactory(
        council=council, role=Role.COMMITTEE_MEMBER, username="member", ward="Fenwick"
    )
    others = [
        UserFactory(council=council, role=Role.COMMITTEE_MEMBER, username=f"m{i}") for i in range(2)
    ]
    incident = IncidentFactory(councillor=councillor, categories=[Category.INAPPROPRIATE_EMAIL])
    services.triage_start(incident_id=incident.pk)
    referral = committee.referral_create(
        incident=incident,
        summary="A resident sent four e-mails calling the councillor a parasite after the bins vote.",
        identity_needed=False,
        acting_user=officer,
    )
    committee.review_record(
        referral=referral,
        member=others[0],
        crossed_line=True,
        recommended_response="letter",
        reasons="Insults",
    )
    committee.review_record(
        referral=referral,
        member=others[1],
        crossed_line=False,
        recommended_response="advice",
        reasons="Robust but political",
    )
    device = TOTPDevice.objects.create(user=member, name="Phone", confirmed=True)

    page = phone_page
    sign_in(page, live_server.url, member.username)
    page.get_by_label("Security code").fill(
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    )
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Cases for the review committee")).to_be_visible()
    checked(page)

    page.get_by_role("link", name="Case referred").click()
    expect(page.get_by_text("calling the councillor a parasite")).to_be_visible()
    expect(page.get_by_text(councillor.display_name)).to_have_count(0)
    checked(page)

    page.get_by_role("button", name="Record my review").click()
    expect(page.get_by_text("Select whether it crossed the line").first).to_be_visible()
    checked(page)
    page.get_by_label("Yes, it crossed the line").check()
    page.get_by_label("A letter to the sender from the council").check()
    page.get_by_label("Your reasons").fill("Name-calling aimed at the person, not the decision.")
    page.get_by_role("button", name="Record my review").click()
    expect(page.get_by_text("Your review has been recorded")).to_be_visible()
    checked(page)

    referral.refresh_from_db()
    assert referral.status == CommitteeReferral.Status.DECIDED
    assert referral.crossed_line is True
    assert referral.recommended_response == "letter"
