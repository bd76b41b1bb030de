"""Sharing with the police: lawful basis, chosen items and fields only, revocable at once."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from django.utils.html import escape
from pypdf import PdfReader

from councillor_safety.accounts.roles import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.cases import services
from councillor_safety.cases.models import PoliceShare
from councillor_safety.cases.services import CaseRuleBroken
from councillor_safety.cases.taxonomy import CaseStatus, LawfulBasis, SharedField
from councillor_safety.cases.tests.factories import case_for
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.tests.factories import EvidenceFactory, IncidentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def police(council):
    return UserFactory(council=council, role=Role.POLICE_LIAISON, username="pc")


@pytest.fixture
def case(councillor, officer):
    made = case_for(
        councillor,
        officer,
        incidents=2,
        description="He shouted at me outside the surgery",
        impact="I no longer hold surgeries alone",
        sender_name="Pat Sender",
    )
    for incident in made.incidents.all():
        EvidenceFactory(incident=incident, original_name=f"{incident.reference}.png")
    return made


def share(case, officer, police, **overrides):
    incidents = list(case.incidents.order_by("pk"))
    values = {
        "case": case,
        "officer": police,
        "lawful_basis": LawfulBasis.CRIME_PREVENTION,
        "basis_detail": "Possible harassment offence; police need the record to investigate.",
        "fields": [SharedField.OCCURRED, SharedField.DESCRIPTION],
        "incidents": incidents[:1],
        "evidence": list(incidents[0].evidence.all()),
        "notes": [],
        "acting_user": officer,
    }
    values.update(overrides)
    return services.share_create(**values)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"lawful_basis": ""}, "Choose the lawful basis"),
        ({"lawful_basis": "because"}, "Choose the lawful basis"),
        ({"basis_detail": "  "}, "necessary and proportionate"),
        ({"fields": []}, "Choose what to share"),
        ({"fields": ["password"]}, "Choose what to share"),
        ({"incidents": []}, "at least one incident"),
    ],
)
def test_a_share_without_its_basis_or_choices_is_refused(case, officer, police, overrides, message):
    with pytest.raises(CaseRuleBroken, match=message):
        share(case, officer, police, **overrides)
    assert not PoliceShare.objects.exists()
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN


def test_only_a_police_liaison_officer_of_this_council_receives_a_share(
    case, officer, other_council
):
    with pytest.raises(CaseRuleBroken, match="police liaison officer"):
        share(case, officer, officer)
    foreign = UserFactory(council=other_council, role=Role.POLICE_LIAISON, username="pc2")
    with pytest.raises(CaseRuleBroken, match="police liaison officer"):
        share(case, officer, foreign)


def test_items_outside_the_case_or_chosen_incidents_are_refused(case, officer, police, councillor):
    outside = IncidentFactory(councillor=councillor)
    with pytest.raises(CaseRuleBroken, match="Only incidents in this case"):
        share(case, officer, police, incidents=[outside])
    second = case.incidents.order_by("pk")[1]
    with pytest.raises(CaseRuleBroken, match="incident it belongs to"):
        share(case, officer, police, evidence=list(second.evidence.all()))


def test_the_officer_sees_only_the_chosen_incidents_and_fields(case, officer, police, client_for):
    made = share(case, officer, police)
    case.refresh_from_db()
    assert case.status == CaseStatus.WITH_POLICE
    first, second = case.incidents.order_by("pk")
    client = client_for(police)
    page = client.get(reverse("cases:police_share", args=[made.public_id]))
    text = page.content.decode()
    assert page.status_code == 200
    assert first.reference in text
    assert "He shouted at me" in text
    assert second.reference not in text
    # Fields not chosen never reach the page.
    # escaped as the page would show them ("O'Donnell" is "O&#x27;Donnell" there)
    for hidden in ("I no longer hold surgeries alone", "Pat Sender", case.councillor.display_name):
        assert escape(hidden) not in text
    assert set(page.context["rows"][0]) == {
        "reference",
        "occurred_on",
        "occurred_time",
        "location",
        "description",
        "evidence",
    }
    # Shared evidence downloads (audited); evidence of another incident does not.
    shared_item = first.evidence.get()
    assert (
        client.get(
            reverse("cases:police_evidence", args=[made.public_id, shared_item.public_id])
        ).status_code
        == 200
    )
    assert AuditEvent.objects.filter(
        action="evidence.downloaded", actor=police, object_id=str(shared_item.pk)
    ).exists()
    other_item = second.evidence.get()
    assert (
        client.get(
            reverse("cases:police_evidence", args=[made.public_id, other_item.public_id])
        ).status_code
        == 404
    )
    # The case itself, incidents and ordinary evidence URLs stay closed to the police.
    assert client.get(reverse("cases:detail", args=[case.reference])).status_code == 404
    assert client.get(reverse("incidents:detail", args=[first.reference])).status_code == 404
    assert (
        client.get(reverse("incidents:evidence_download", args=[shared_item.public_id])).status_code
        == 404
    )


def test_police_add_a_crime_reference_advice_and_requests(case, officer, police, client_for):
    made = share(case, officer, police)
    client = client_for(police)
    url = reverse("cases:police_add", args=[made.public_id])
    assert (
        client.post(url, {"kind": "crime_reference", "text": "CAD 1234 22/11"}).status_code == 302
    )
    assert (
        client.post(
            url, {"kind": "request", "text": "Please send the original e-mails"}
        ).status_code
        == 302
    )
    response = client.post(url, {"kind": "crime_reference", "text": "x" * 61}, follow=True)
    assert "60 characters or fewer" in response.content.decode()
    made.refresh_from_db()
    assert made.crime_reference == "CAD 1234 22/11"
    assert [m.kind for m in made.messages.all()] == ["crime_reference", "request"]
    services.council_reply(share=made, text="Attached to the share now", acting_user=officer)
    assert case.events.filter(what="Police: Request for more information").exists()


def test_revoking_works_on_the_next_request(case, officer, police, client_for):
    made = share(case, officer, police)
    client = client_for(police)
    url = reverse("cases:police_share", args=[made.public_id])
    assert client.get(url).status_code == 200
    with pytest.raises(CaseRuleBroken, match="Enter why"):
        services.share_revoke(share=made, reason="", acting_user=officer)
    services.share_revoke(share=made, reason="Investigation closed", acting_user=officer)
    assert client.get(url).status_code == 404
    assert client.get(reverse("cases:police_home")).content.decode().count(case.reference) == 0
    assert (
        client.post(
            reverse("cases:police_add", args=[made.public_id]), {"kind": "advice", "text": "x"}
        ).status_code
        == 404
    )
    with pytest.raises(CaseRuleBroken, match="already revoked"):
        services.share_revoke(share=made, reason="again", acting_user=officer)


def test_another_police_officer_sees_nothing(case, officer, police, client_for, council):
    made = share(case, officer, police)
    colleague = UserFactory(council=council, role=Role.POLICE_LIAISON, username="pc3")
    assert (
        client_for(colleague).get(reverse("cases:police_share", args=[made.public_id])).status_code
        == 404
    )


def test_the_share_can_be_widened_after_a_request(case, officer, police):
    made = share(case, officer, police)
    everything = list(case.incidents.all())
    services.share_update(
        share=made,
        fields=[SharedField.DESCRIPTION, SharedField.SENDER],
        incidents=everything,
        evidence=[],
        notes=[services.note_add(case=case, text="Sender arrested before", acting_user=officer)],
        basis_detail="Police asked for the rest of the record",
        acting_user=officer,
    )
    made.refresh_from_db()
    assert made.incidents.count() == 2
    assert made.fields == ["description", "sender"]


def test_the_liaison_pack_lists_what_changed_since_the_last_meeting(
    case, officer, police, councillor, client_for
):
    from django.utils import timezone

    share(case, officer, police)
    services.liaison_meeting_record(
        council=case.council, held_at=timezone.now(), acting_user=officer
    )
    quiet = case_for(councillor, officer, incidents=1)
    share(quiet, officer, police, incidents=list(quiet.incidents.all()), evidence=[])
    services.liaison_meeting_record(
        council=case.council, held_at=timezone.now(), acting_user=officer
    )
    services.task_add(
        case=case,
        title="Chase CPS decision",
        assignee=officer,
        due_on=timezone.localdate(),
        acting_user=officer,
    )
    response = client_for(officer).get(reverse("cases:liaison_pack"))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    changed, unchanged = text.split("No change (")
    assert case.reference in changed
    assert "Chase CPS decision" in changed
    assert quiet.reference in unchanged
    assert quiet.reference not in changed


def test_the_case_owner_is_told_of_police_updates_without_the_content(
    case, officer, police, mailoutbox, django_capture_on_commit_callbacks
):
    made = share(case, officer, police)
    with django_capture_on_commit_callbacks(execute=True):
        services.police_record(
            share=made, kind="request", text="Send the CCTV from 3 May", acting_user=police
        )
    assert len(mailoutbox) == 1
    sent = mailoutbox[0]
    assert sent.to == [officer.email]
    assert case.reference in sent.subject
    assert "request for more information" in sent.body
    assert "CCTV" not in sent.body


def test_the_police_page_reads_a_fixed_number_of_queries(councillor, officer, police, client_for):
    def page_for(incidents: int) -> int:
        case = case_for(councillor, officer, incidents=incidents)
        for incident in case.incidents.all():
            EvidenceFactory(incident=incident)
        made = share(
            case,
            officer,
            police,
            incidents=list(case.incidents.all()),
            evidence=[e for i in case.incidents.all() for e in i.evidence.all()],
        )
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client = client_for(police)
        with CaptureQueriesContext(connection) as queries:
            assert (
                client.get(reverse("cases:police_share", args=[made.public_id])).status_code == 200
            )
        return len(queries)

    assert page_for(2) == page_for(8)
