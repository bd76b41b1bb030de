"""ASVS 14.3.2 and 3.4.x: headers on every authenticated page, and safe production settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.urlconf import all_routes, sample_kwargs

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_authenticated_pages_are_not_stored_and_carry_a_nonce_csp(cast, incident, client_for):
    pages = []
    for person in ("councillor", "spoc_officer", "administrator"):
        client = client_for(cast[person])
        for route in all_routes():
            kwargs = sample_kwargs(route)
            if "reference" in kwargs:
                kwargs["reference"] = incident.reference
            response = client.get(reverse(route.name, kwargs=kwargs))
            if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
                pages.append(route.name)
                cache = response["Cache-Control"]
                assert "no-store" in cache, route.name
                assert "private" in cache, route.name
                assert response["X-Content-Type-Options"] == "nosniff"
                assert response["X-Frame-Options"] == "DENY"
                assert response["Referrer-Policy"] == "same-origin"
                csp = response["Content-Security-Policy"]
                assert "default-src 'self'" in csp
                assert "frame-ancestors 'none'" in csp
                nonce = csp.split("'nonce-")[1].split("'")[0]
                body = response.content.decode()
                assert body.count("<script") == body.count(f'nonce="{nonce}"') + body.count(
                    "<script src="
                ) + body.count('<script type="module" src=')
    assert {"incidents:inbox", "incidents:my_reports", "core:audit_log", "incidents:detail"} <= set(
        pages
    )


@pytest.mark.django_db
def test_cookies_are_http_only_and_same_site(councillor):
    from django.test import Client

    from councillor_safety.accounts.tests.factories import TEST_PASSWORD

    client = Client()
    client.get(reverse("accounts:login"))
    response = client.post(
        reverse("accounts:login"), {"username": councillor.username, "password": TEST_PASSWORD}
    )
    cookie = response.cookies["cs_session"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert client.cookies["csrftoken"]["httponly"]


def _production_check(extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DJANGO_DEBUG": "false",
            "SECRET_KEY": "x" * 20 + "production-secret-key-for-the-deploy-check-0123456789",
            "ALLOWED_HOSTS": "councillor-safety.example.gov.uk",
            "DATABASE_URL": "sqlite:///:memory:",
            **extra_env,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = _production_check({})
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECRET_KEY": "short"}, "at least 50 characters"),
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set"),
        ({"DJANGO_DEBUG": "maybe"}, "must be true or false"),
        ({"EVIDENCE_MAX_MB": "ten"}, "must be a whole number"),
    ],
)
def test_bad_production_configuration_stops_start_up(env, message):
    result = _production_check(env)
    assert result.returncode != 0
    assert message in result.stderr
