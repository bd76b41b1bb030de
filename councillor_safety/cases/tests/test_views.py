"""Case pages over HTTP: forms refuse bad input with a clear message and save nothing."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases.models import (
    AdviceArticle,
    Case,
    CouncilAction,
    Letter,
    LetterTemplate,
    LiaisonMeeting,
    PoliceShare,
)
from councillor_safety.cases.taxonomy import LetterStatus
from councillor_safety.cases.tests.factories import DESIST_BODY, case_for, template_for
from councillor_safety.incidents.tests.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def test_opening_a_case_from_an_incident_shows_similar_cases(councillor, officer, client_for):
    existing = case_for(councillor, officer, incidents=1, sender_email="troll@example.com")
    first = IncidentFactory(councillor=councillor, sender_email="TROLL@example.com")
    second = IncidentFactory(councillor=councillor)
    client = client_for(officer)
    url = reverse("cases:open") + f"?incident={first.reference}"
    page = client.get(url)
    assert page.status_code == 200
    assert existing.reference in page.content.decode()
    assert list(page.context["similar"]) == [existing]

    refused = client.post(url, {"title": "Sender X", "owner": officer.pk})
    assert "Select at least one incident for the case" in refused.content.decode()
    assert Case.objects.count() == 1

    done = client.post(
        url, {"title": "Sender X", "owner": officer.pk, "incidents": [first.pk, second.pk]}
    )
    case = Case.objects.exclude(pk=existing.pk).get()
    assert done["Location"] == reverse("cases:detail", args=[case.reference])
    assert set(case.incidents.all()) == {first, second}


def test_choosing_the_councillor_first(councillor, officer, client_for):
    client = client_for(officer)
    page = client.get(reverse("cases:open"))
    assert "Which councillor is the case about?" in page.content.decode()
    page = client.get(reverse("cases:open"), {"councillor": councillor.pk})
    assert "Open a case" in page.content.decode()
    assert page.context["councillor"] == councillor
    assert (
        client.get(reverse("cases:open"), {"councillor": 999999}).status_code == 200
    )  # chooser again


def test_the_staff_case_page_lists_everything(councillor, officer, client_for):
    case = case_for(councillor, officer)
    page = client_for(officer).get(reverse("cases:detail", args=[case.reference]))
    text = page.content.decode()
    assert page.status_code == 200
    for incident in case.incidents.all():
        assert incident.reference in text
    assert "Case opened" in text
    assert "Make an evidence pack" in text


def test_a_takedown_without_a_platform_is_refused_on_the_form(councillor, officer, client_for):
    case = case_for(councillor, officer, incidents=1)
    response = client_for(officer).post(
        reverse("cases:action_new", args=[case.reference]),
        {"kind": "takedown", "started_on": timezone.localdate().isoformat()},
    )
    assert "Enter the platform you asked to remove the content" in response.content.decode()
    assert not CouncilAction.objects.exists()


def test_a_letter_from_draft_to_sent_over_http(councillor, officer, council, client_for):
    case = case_for(councillor, officer, incidents=2)
    template = template_for(council.pk)
    signatory = UserFactory(council=council, role=Role.MONITORING_OFFICER, username="mo")
    client = client_for(officer)
    response = client.post(
        reverse("cases:letter_new", args=[case.reference]),
        {"template": template.pk, "recipient_name": "Pat Sender", "recipient_address": "1 High St"},
    )
    letter = Letter.objects.get()
    assert response["Location"] == reverse("cases:letter", args=[letter.public_id])
    client.post(
        reverse("cases:letter", args=[letter.public_id]),
        {
            "recipient_name": "Pat Sender",
            "recipient_address": "1 High St",
            "body": letter.body + "\n\nP.S.",
        },
    )
    client.post(reverse("cases:letter_submit", args=[letter.public_id]))
    mo = client_for(signatory)
    assert (
        "Approve letter"
        in mo.get(reverse("cases:letter", args=[letter.public_id])).content.decode()
    )
    mo.post(reverse("cases:letter_approve", args=[letter.public_id]))
    client.post(reverse("cases:letter_sent", args=[letter.public_id]))
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT
    assert letter.body.endswith("P.S.")
    pdf = client.get(reverse("cases:letter_file", args=[letter.public_id, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf"
    docx = client.get(reverse("cases:letter_file", args=[letter.public_id, "docx"]))
    assert docx.status_code == 200
    after = client.post(
        reverse("cases:letter", args=[letter.public_id]),
        {"recipient_name": "X", "recipient_address": "Y", "body": "Changed"},
        follow=True,
    )
    assert "This letter has been sent: it cannot be changed" in after.content.decode()
    letter.refresh_from_db()
    assert letter.body.endswith("P.S.")


def test_a_template_with_an_unsafe_field_is_refused_on_the_form(administrator, client_for):
    client = client_for(administrator)
    data = {
        "name": "Warning",
        "purpose": "desist_letter",
        "signatory": "monitoring_officer",
        "signatory_title": "Monitoring Officer",
        "body": "Dear {{ recipient.name }},\n{% include 'secrets.html' %}",
        "is_active": "on",
    }
    response = client.post(reverse("cases:template_new"), data)
    assert "Line 2: the tag ‘{% include %}’ is not allowed in letters" in response.content.decode()
    assert not LetterTemplate.objects.exists()
    data["body"] = DESIST_BODY
    assert client.post(reverse("cases:template_new"), data).status_code == 302
    template = LetterTemplate.objects.get()
    data["name"] = "Warning"
    assert client.post(reverse("cases:template_new"), data).status_code == 200  # name taken
    assert LetterTemplate.objects.count() == 1
    page = client.get(reverse("cases:template_edit", args=[template.pk]))
    assert "contact_officer.email" in page.content.decode()  # the documented fields


def test_advice_library_editing(administrator, client_for):
    client = client_for(administrator)
    before = AdviceArticle.objects.filter(council=administrator.council).count()
    assert before >= 8
    response = client.post(
        reverse("cases:advice_new"), {"topic": "block", "title": "", "body": "x"}
    )
    assert "Enter a title" in response.content.decode()
    client.post(
        reverse("cases:advice_new"),
        {
            "topic": "privacy",
            "title": "Ask us to remove your address",
            "body": "We can help.",
            "is_active": "on",
        },
    )
    assert AdviceArticle.objects.filter(council=administrator.council).count() == before + 1


def test_a_share_without_a_lawful_basis_is_refused_on_the_form(
    councillor, officer, council, client_for
):
    case = case_for(councillor, officer, incidents=1)
    police = UserFactory(council=council, role=Role.POLICE_LIAISON, username="pc")
    response = client_for(officer).post(
        reverse("cases:share_new", args=[case.reference]),
        {
            "officer": police.pk,
            "basis_detail": "x",
            "shared_fields": ["description"],
            "incidents": [case.incidents.get().pk],
        },
    )
    assert "Choose the lawful basis for sharing with the police" in response.content.decode()
    assert not PoliceShare.objects.exists()


def test_a_meeting_in_the_future_is_refused(officer, client_for):
    future = (timezone.localdate() + datetime.timedelta(days=2)).isoformat()
    page = client_for(officer).post(
        reverse("cases:liaison_meeting"), {"held_on": future}, follow=True
    )
    assert "The meeting date must be in the past" in page.content.decode()
    assert not LiaisonMeeting.objects.exists()


def test_the_councillor_reaches_their_case_from_their_report(councillor, officer, client_for):
    case = case_for(councillor, officer, incidents=1)
    incident = case.incidents.get()
    page = client_for(councillor).get(reverse("incidents:detail", args=[incident.reference]))
    assert reverse("cases:detail", args=[case.reference]) in page.content.decode()


@pytest.mark.parametrize("value", ["99999999999999999999", "-5", "0"])
def test_an_impossible_incident_id_is_a_form_error(councillor, officer, client_for, value):
    IncidentFactory(councillor=councillor)
    response = client_for(officer).post(
        reverse("cases:open") + f"?councillor={councillor.pk}",
        {"title": "t", "owner": officer.pk, "incidents": [value]},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Case.objects.exists()
