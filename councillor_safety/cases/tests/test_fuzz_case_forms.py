"""Arbitrary input to every case form gets a page or a redirect, never a server error, and never
leaves a half-made record."""

from __future__ import annotations

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import services
from councillor_safety.cases.models import Case, Letter, LetterTemplate, PoliceShare
from councillor_safety.cases.tests.factories import case_for, template_for

FIELDS = [
    "title",
    "summary",
    "owner",
    "incidents",
    "kind",
    "started_on",
    "detail",
    "named_officer",
    "platform",
    "content_url",
    "advice",
    "to_status",
    "on",
    "note",
    "template",
    "recipient_name",
    "recipient_address",
    "body",
    "officer",
    "lawful_basis",
    "basis_detail",
    "shared_fields",
    "evidence",
    "notes",
    "reason",
    "text",
    "held_on",
    "name",
    "purpose",
    "signatory",
    "signatory_title",
    "is_active",
    "topic",
    "due_on",
    "assignee",
    "task-title",
    "task-assignee",
    "task-due_on",
    "add-incidents",
    "next_update_due",
]
values = st.one_of(
    st.text(max_size=200).map(lambda v: v.replace("\x00", "")),
    st.sampled_from(
        [
            "1",
            "-1",
            "0",
            "2026-02-30",
            "2026-11-22",
            "advice",
            "takedown",
            "injunction",
            "{{ user.password }}",
            "{% include 'x' %}",
            "dpa_sch2_para2",
            "description",
            "99999999999999999999",
            "https://example.org/x",
            "done",
            "granted",
        ]
    ),
)
payloads = st.dictionaries(
    st.sampled_from(FIELDS), st.one_of(values, st.lists(values, max_size=3)), max_size=10
)
SLOW = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.django_db
@SLOW
@given(payload=payloads)
def test_case_forms_never_fail(councillor, officer, council, administrator, client_for, payload):
    case = Case.objects.first() or case_for(councillor, officer, incidents=2)
    template = LetterTemplate.objects.first() or template_for(council.pk)
    letter = Letter.objects.first() or services.letter_draft(
        case=case, template=template, recipient_name="P", recipient_address="A", acting_user=officer
    )
    UserFactory(council=council, role=Role.POLICE_LIAISON, username="pc")
    client = client_for(officer)
    ref = case.reference
    action = case.actions.first()
    cases_before = Case.objects.count()
    for url in (
        reverse("cases:open") + f"?councillor={councillor.pk}",
        reverse("cases:add_incidents", args=[ref]),
        reverse("cases:transition", args=[ref, "close"]),
        reverse("cases:next_update", args=[ref]),
        reverse("cases:task_add", args=[ref]),
        reverse("cases:note", args=[ref]),
        reverse("cases:action_new", args=[ref]),
        reverse("cases:action_move", args=[ref, action.pk])
        if action
        else reverse("cases:note", args=[ref]),
        reverse("cases:letter_new", args=[ref]),
        reverse("cases:letter", args=[letter.public_id]),
        reverse("cases:share_new", args=[ref]),
        reverse("cases:liaison_meeting"),
    ):
        response = client.post(url, payload)
        assert response.status_code in (200, 302), (url, response.status_code)
    admin = client_for(administrator)
    for url in (reverse("cases:template_new"), reverse("cases:advice_new")):
        assert admin.post(url, payload).status_code in (200, 302)
    # Whatever was accepted is whole: every share has its lawful basis and every case its incident.
    assert Case.objects.count() in (cases_before, cases_before + 1)
    assert all(c.incidents.exists() for c in Case.objects.all())
    assert all(
        s.lawful_basis and s.basis_detail.strip() and s.incidents.exists()
        for s in PoliceShare.objects.all()
    )
    for t in LetterTemplate.objects.all():
        assert "{% include" not in t.body
        assert "user.password" not in t.body
