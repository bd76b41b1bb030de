"""ASVS 8.2.1: every URL needs a signed-in person except an explicit allowlist."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.urlconf import all_routes, sample_kwargs

PUBLIC = {
    "core:health",
    "core:accessibility",
    "core:privacy",
    "accounts:login",
}
# Reached anonymously, these do nothing but send the person to sign in.
SIGN_OUT = {"accounts:logout"}

ROUTES = sorted(all_routes(), key=lambda r: r.name)
PROTECTED = [r for r in ROUTES if r.name not in PUBLIC]


def test_the_allowlist_names_real_routes():
    names = {r.name for r in ROUTES}
    assert names >= PUBLIC
    assert names >= SIGN_OUT


@pytest.mark.django_db
@pytest.mark.parametrize("route", PROTECTED, ids=lambda r: r.name)
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_people_are_sent_to_sign_in(route, method):
    client = Client()
    url = reverse(route.name, kwargs=sample_kwargs(route))
    response = getattr(client, method)(url)
    if route.name in SIGN_OUT and method == "post":
        assert response.status_code == 302
        return
    assert response.status_code in (302, 405), (url, response.status_code)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("accounts:login")), response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_pages_answer_anonymously(name):
    response = Client().get(reverse(name))
    assert response.status_code == 200
