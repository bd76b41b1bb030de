"""Sessions end on the server: at sign-out, after idleness, after an absolute lifetime, on closure."""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from councillor_safety.accounts.tests.factories import TEST_PASSWORD

MY_REPORTS = reverse("incidents:my_reports")


def signed_in(user) -> Client:
    client = Client()
    client.post(reverse("accounts:login"), {"username": user.username, "password": TEST_PASSWORD})
    assert client.get(MY_REPORTS).status_code == 200
    return client


def replay(cookie: str) -> Client:
    client = Client()
    client.cookies["cs_session"] = cookie
    return client


@pytest.mark.django_db
def test_sign_out_ends_the_session_on_the_server(councillor):
    client = signed_in(councillor)
    cookie = client.cookies["cs_session"].value
    assert client.get(reverse("accounts:logout")).status_code == 405  # GET never changes state
    client.post(reverse("accounts:logout"))
    assert replay(cookie).get(MY_REPORTS).status_code == 302


@pytest.mark.django_db
def test_an_idle_session_ends(councillor, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client = signed_in(councillor)
        cookie = client.cookies["cs_session"].value
        clock.shift(settings.SESSION_IDLE_TIMEOUT - 60)
        assert replay(cookie).get(MY_REPORTS).status_code == 200
        clock.shift(settings.SESSION_IDLE_TIMEOUT + 1)
        response = replay(cookie).get(MY_REPORTS)
        assert response.status_code == 302
        assert "timed_out=1" in response["Location"]
        assert replay(cookie).get(MY_REPORTS).status_code == 302


@pytest.mark.django_db
def test_a_busy_session_still_ends_after_its_lifetime(councillor, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client = signed_in(councillor)
        cookie = client.cookies["cs_session"].value
        step = settings.SESSION_IDLE_TIMEOUT // 2
        elapsed = 0
        while elapsed + step < settings.SESSION_COOKIE_AGE:
            clock.shift(step)
            elapsed += step
            assert replay(cookie).get(MY_REPORTS).status_code == 200
        clock.shift(step + 1)
        assert replay(cookie).get(MY_REPORTS).status_code == 302


@pytest.mark.django_db
def test_closing_an_account_ends_its_sessions(councillor):
    client = signed_in(councillor)
    councillor.is_active = False
    councillor.save()
    assert client.get(MY_REPORTS).status_code == 302


@pytest.mark.django_db
def test_a_password_change_ends_other_sessions(councillor):
    client = signed_in(councillor)
    councillor.set_password("a-new-and-long-passphrase-2026")
    councillor.save()
    assert client.get(MY_REPORTS).status_code == 302
