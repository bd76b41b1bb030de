"""Whatever a councillor types about a sender, normalising and linking never fail."""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councillor_safety.subjects.models import SubjectIdentifier
from councillor_safety.subjects.normalisation import Kind, normalise
from councillor_safety.subjects.tests.factories import reported

SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
typed = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "@",
            "+44",
            "(0)",
            "mailto:",
            "https://x.com/",
            "sw1a",
            "07700",
            "a@b",
            "\u200b",
            "０７７００",
        ]
    ),
)


@given(kind=st.sampled_from(list(Kind)), raw=typed)
def test_normalising_never_raises(kind, raw):
    result = normalise(kind, raw)
    assert result.raw == raw
    assert isinstance(result.value, str)


# PostgreSQL text cannot hold NUL; the report forms refuse it before a sender is ever stored.
stored = typed.map(lambda value: value.replace("\x00", ""))


@pytest.mark.django_db
@SLOW
@given(name=stored, email=stored, phone=stored, handle=stored, address=stored)
def test_linking_never_fails_and_keeps_what_was_given(
    councillor, name, email, phone, handle, address
):
    fields = {
        "sender_name": name[:200],
        "sender_email": email[:254],
        "sender_phone": phone[:40],
        "sender_social_handle": handle[:200],
        "sender_address": address,
    }
    incident = reported(councillor, **fields)
    known = set(
        SubjectIdentifier.objects.filter(subject__links__incident=incident).values_list(
            "kind", "normalised"
        )
    )
    kinds = {"sender_name": Kind.NAME, "sender_address": Kind.ADDRESS}
    for field, kind in kinds.items():
        if fields[field].strip():
            assert (kind.value, normalise(kind, fields[field].strip()).value[:300]) in known


@pytest.mark.django_db
@SLOW
@given(name=typed, address=typed)
def test_the_check_answers_anything(councillor, client_for, name, address):
    response = client_for(councillor).post(
        reverse("subjects:check"),
        {"name": name.replace("\x00", ""), "address": address.replace("\x00", "")},
    )
    assert response.status_code == 200
