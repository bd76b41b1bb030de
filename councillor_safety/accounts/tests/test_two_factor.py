"""Two-factor authentication: required for staff, committee and police; optional for councillors."""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from councillor_safety.accounts import two_factor
from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import TEST_PASSWORD, UserFactory
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import IncidentFactory


def code_for(device: TOTPDevice, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def password_only(user) -> Client:
    client = Client()
    assert (
        client.post(
            reverse("accounts:login"), {"username": user.username, "password": TEST_PASSWORD}
        ).status_code
        == 302
    )
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r for r in Role if r != Role.COUNCILLOR])
def test_password_alone_reaches_no_page_for_roles_that_need_two_factor(council, councillor, role):
    person = UserFactory(council=council, role=role, username=f"p-{role}")
    incident = IncidentFactory(councillor=councillor)
    client = password_only(person)
    for url in (
        reverse("incidents:inbox"),
        reverse("incidents:detail", args=[incident.reference]),
        reverse("core:audit_log"),
        "/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("accounts:two_factor_setup")


@pytest.mark.django_db
def test_setting_up_an_authenticator_then_signing_in_with_it(officer):
    client = password_only(officer)
    page = client.get(reverse("accounts:two_factor_setup"))
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    done = client.post(reverse("accounts:two_factor_setup"), {"token": code_for(device)})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10
    assert all(len(c) == 8 for c in codes)
    assert client.get(reverse("incidents:inbox")).status_code == 200
    assert AuditEvent.objects.filter(action="auth.two_factor_enabled", actor=officer).exists()

    # Next time: password, then a fresh code.
    client = password_only(officer)
    assert client.get(reverse("incidents:inbox"))["Location"] == reverse("accounts:verify")
    device.refresh_from_db()
    response = client.post(reverse("accounts:verify"), {"token": code_for(device, offset=1)})
    assert response.status_code == 302
    assert client.get(reverse("incidents:inbox")).status_code == 200


@pytest.mark.django_db
def test_a_wrong_setup_code_is_refused(officer):
    client = password_only(officer)
    client.get(reverse("accounts:two_factor_setup"))
    device = TOTPDevice.objects.get(user=officer, confirmed=False)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("accounts:two_factor_setup"), {"token": wrong})
    assert "does not match" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(reverse("incidents:inbox"))["Location"] == reverse(
        "accounts:two_factor_setup"
    )


@pytest.mark.django_db
def test_a_code_cannot_be_used_twice(officer):
    device = TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    code = code_for(device)
    first = password_only(officer)
    assert first.post(reverse("accounts:verify"), {"token": code}).status_code == 302
    replay = password_only(officer)
    response = replay.post(reverse("accounts:verify"), {"token": code})
    assert response.status_code == 200
    assert "already been used" in response.content.decode()
    assert replay.get(reverse("incidents:inbox")).status_code == 302
    assert AuditEvent.objects.filter(action="auth.two_factor_failed", actor=officer).exists()


@pytest.mark.django_db
def test_backup_codes_work_once(officer):
    TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    codes = two_factor.backup_codes_regenerate(user=officer, acting_user=officer)
    client = password_only(officer)
    assert client.post(reverse("accounts:verify"), {"token": codes[0]}).status_code == 302
    again = password_only(officer)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert again.post(reverse("accounts:verify"), {"token": codes[0]}).status_code == 200
        clock.shift(5)  # past django-otp's back-off after one failure
        assert again.post(reverse("accounts:verify"), {"token": codes[1]}).status_code == 302


@pytest.mark.django_db
def test_new_backup_codes_replace_the_old(officer, client_for):
    old = two_factor.backup_codes_regenerate(user=officer, acting_user=officer)
    client = client_for(officer)
    response = client.post(reverse("accounts:backup_codes"))
    new = response.context["codes"]
    assert set(old).isdisjoint(new)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        assert two_factor.verify_token(user=officer, token=old[0]) is None
        clock.shift(5)
        assert two_factor.verify_token(user=officer, token=new[0]) is not None


@pytest.mark.django_db
def test_councillors_may_choose_two_factor(councillor):
    client = password_only(councillor)
    assert client.get(reverse("incidents:my_reports")).status_code == 200
    device = TOTPDevice.objects.create(user=councillor, name="app", confirmed=True)
    client = password_only(councillor)
    assert client.get(reverse("incidents:my_reports"))["Location"] == reverse("accounts:verify")
    client.post(reverse("accounts:verify"), {"token": code_for(device)})
    assert client.get(reverse("incidents:my_reports")).status_code == 200


@pytest.mark.django_db
def test_repeated_wrong_codes_are_throttled(officer):
    device = TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    client = password_only(officer)
    good = code_for(device)
    bad = f"{(int(good) + 1) % 1_000_000:06d}"
    for _ in range(3):
        client.post(reverse("accounts:verify"), {"token": bad})
    # django-otp backs off exponentially after failures: even the right code is refused for now.
    response = client.post(reverse("accounts:verify"), {"token": good})
    assert response.status_code == 200
