"""Signing in: passwords, throttling, demo accounts, and audit of each attempt."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from councillor_safety.accounts.tests.factories import TEST_PASSWORD, UserFactory
from councillor_safety.core.models import AuditEvent

LOGIN = reverse("accounts:login")


def sign_in(client: Client, username: str, password: str = TEST_PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password})


@pytest.mark.django_db
def test_a_councillor_signs_in_and_lands_on_their_reports(councillor):
    client = Client()
    response = sign_in(client, councillor.username)
    assert response.status_code == 302
    assert client.get(response["Location"], follow=True).redirect_chain[-1][0] == reverse(
        "incidents:my_reports"
    )
    assert AuditEvent.objects.filter(action="auth.login", actor=councillor).exists()


@pytest.mark.django_db
def test_a_wrong_password_gets_a_clear_message_and_is_audited(councillor):
    response = sign_in(Client(), councillor.username, "not-the-password")
    assert response.status_code == 200
    assert "Enter a correct username and password" in response.content.decode()
    failed = AuditEvent.objects.get(action="auth.login_failed")
    assert "councillor" in failed.summary
    assert "not-the-password" not in failed.summary


@pytest.mark.django_db
def test_empty_fields_get_messages(councillor):
    page = Client().post(LOGIN, {}).content.decode()
    assert "Enter your username" in page
    assert "Enter your password" in page


@pytest.mark.django_db
def test_repeated_failures_lock_the_account_and_are_audited(councillor, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, councillor.username, "guess")
    locked = sign_in(client, councillor.username)  # even the right password is refused now
    assert locked.status_code == 429
    assert "too many attempts" in locked.content.decode()
    assert (
        AuditEvent.objects.filter(action="auth.login_failed").count() >= settings.AXES_FAILURE_LIMIT
    )
    assert not AuditEvent.objects.filter(action="auth.login").exists()


@pytest.mark.django_db
def test_the_session_id_changes_at_sign_in(councillor):
    client = Client()
    client.get(LOGIN)
    client.cookies["cs_session"] = "attacker-chosen-session-id"
    sign_in(client, councillor.username)
    assert client.cookies["cs_session"].value != "attacker-chosen-session-id"


@pytest.mark.django_db
def test_a_closed_account_cannot_sign_in(councillor):
    councillor.is_active = False
    councillor.save()
    response = sign_in(Client(), councillor.username)
    assert response.status_code == 200
    assert not AuditEvent.objects.filter(action="auth.login").exists()


@pytest.mark.django_db
def test_demo_accounts_only_work_with_debug_on(council, settings):
    demo = UserFactory(council=council, username="demo-councillor", is_demo=True)
    settings.DEBUG = False
    assert sign_in(Client(), demo.username).status_code == 200
    settings.DEBUG = True
    assert sign_in(Client(), demo.username).status_code == 302


@pytest.mark.django_db
def test_the_next_address_must_be_on_this_site(councillor):
    client = Client()
    response = client.post(
        LOGIN + "?next=/my-reports/",
        {
            "username": councillor.username,
            "password": TEST_PASSWORD,
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/"
    client = Client()
    response = client.post(
        LOGIN, {"username": councillor.username, "password": TEST_PASSWORD, "next": "/my-reports/"}
    )
    assert response["Location"] == "/my-reports/"


@pytest.mark.django_db
def test_password_rules(councillor):
    long_passphrase = "a-very-long-passphrase-for-a-councillor-who-likes-them-" + "x" * 9
    assert len(long_passphrase) == 64
    validate_password(long_passphrase, councillor)
    for weak in ("password1234", "12345678901234", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak, councillor)
    councillor.set_password(long_passphrase)
    councillor.save()
    assert sign_in(Client(), councillor.username, long_passphrase).status_code == 302
