"""The councillor's reporting journey, page by page, through HTTP."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.models import Evidence, Incident, ReportDraft

ANSWERS = [
    ("danger", {"in_danger": "no"}),
    ("what-happened", {"categories": ["threat_of_harm", "inappropriate_email"]}),
    ("how", {"channel": "email"}),
    (
        "when-where",
        {
            "occurred_on_0": "3",
            "occurred_on_1": "11",
            "occurred_on_2": "2026",
            "occurred_time": "21:15",
            "location": "At home",
        },
    ),
    (
        "who",
        {
            "sender_known": "known",
            "sender_email": "angry@example.net",
            "sender_name": "Gary Pendle",
        },
    ),
    ("details", {"description": "He wrote: I know where you live and you'll regret the vote."}),
    ("risk", {"risk_signs": ["threat_to_harm", "knows_address"]}),
    ("impact", {"impact": "I do not feel safe at home."}),
    ("targeted", {"characteristics": ["sex"]}),
]


def start_draft(client) -> str:
    response = client.post(reverse("incidents:report_start"))
    assert response.status_code == 302
    return re.search(r"/report/([0-9a-f-]+)/", response["Location"]).group(1)


def answer_all(client, draft_id: str, answers=ANSWERS) -> None:
    for step, data in answers:
        response = client.post(reverse("incidents:report_step", args=[draft_id, step]), data)
        assert response.status_code == 302, (step, response.content.decode()[:2000])


@pytest.mark.django_db
def test_councillor_reports_an_incident_and_gets_a_reference(councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)

    check = client.get(reverse("incidents:report_check", args=[draft_id]))
    assert check.status_code == 200
    page = check.content.decode()
    assert "Threat of harm" in page
    assert "3 November 2026 at 21:15" in page
    assert "angry@example.net" in page

    sent = client.post(reverse("incidents:report_check", args=[draft_id]))
    assert sent.status_code == 302
    incident = Incident.objects.get()
    assert re.fullmatch(r"NH-\d{4}-00001", incident.reference)
    assert sent["Location"] == reverse("incidents:report_done", args=[incident.reference])
    assert incident.councillor == councillor
    assert incident.reported_by == councillor
    assert incident.sender_email == "angry@example.net"
    assert sorted(incident.categories.values_list("category", flat=True)) == [
        "inappropriate_email",
        "threat_of_harm",
    ]
    assert incident.characteristics == ["sex"]
    assert incident.risk_signs == ["threat_to_harm", "knows_address"]
    assert not ReportDraft.objects.exists()

    done = client.get(sent["Location"])
    assert incident.reference in done.content.decode()
    mine = client.get(reverse("incidents:my_reports"))
    assert incident.reference in mine.content.decode()
    assert AuditEvent.objects.filter(
        action="incident.reported", object_id=str(incident.pk), actor=councillor
    ).exists()


@pytest.mark.django_db
def test_the_team_is_told_without_the_contents(
    councillor, client_for, council, django_capture_on_commit_callbacks
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("incidents:report_check", args=[draft_id]))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [council.spoc_team_email]
    assert Incident.objects.get().reference in message.subject
    body = message.body + message.alternatives[0][0]
    assert "know where you live" not in body
    assert "angry@example.net" not in body


@pytest.mark.django_db
def test_in_danger_shows_999_guidance_and_the_report_continues(
    councillor, client_for, django_capture_on_commit_callbacks
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    response = client.post(
        reverse("incidents:report_step", args=[draft_id, "danger"]), {"in_danger": "yes"}
    )
    assert response["Location"] == reverse("incidents:report_danger", args=[draft_id])
    guidance = client.get(response["Location"]).content.decode()
    assert "Call 999" in guidance
    assert reverse("incidents:report_step", args=[draft_id, "what-happened"]) in guidance

    answer_all(client, draft_id, ANSWERS[1:])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("incidents:report_check", args=[draft_id]))
    incident = Incident.objects.get()
    assert incident.in_danger is True
    assert "URGENT" in mail.outbox[0].subject


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("step", "data", "message"),
    [
        ("danger", {}, "Select yes if you are in danger now"),
        ("what-happened", {}, "Select what happened"),
        ("what-happened", {"categories": ["not-a-category"]}, "Select a valid choice"),
        ("how", {}, "Select how it happened"),
        (
            "when-where",
            {"occurred_on_0": "", "occurred_on_1": "", "occurred_on_2": ""},
            "Enter the date it happened",
        ),
        (
            "when-where",
            {"occurred_on_0": "31", "occurred_on_1": "2", "occurred_on_2": "2026"},
            "must be a real date",
        ),
        (
            "when-where",
            {"occurred_on_0": "x", "occurred_on_1": "2", "occurred_on_2": "2026"},
            "The day must be a number",
        ),
        (
            "when-where",
            {"occurred_on_0": "1", "occurred_on_1": "1", "occurred_on_2": "2999"},
            "today or in the past",
        ),
        (
            "when-where",
            {
                "occurred_on_0": "1",
                "occurred_on_1": "1",
                "occurred_on_2": "2026",
                "occurred_time": "25:99",
            },
            "hours and minutes",
        ),
        ("who", {}, "Select whether you know who did it"),
        ("details", {"description": ""}, "Tell us what happened"),
        ("details", {"description": "x" * 10_001}, "10,000 characters or fewer"),
        ("targeted", {"characteristics": ["none", "race"]}, "None of these"),
        ("risk", {}, "Select any that are true"),
        ("risk", {"risk_signs": ["none", "weapons"]}, "None of these"),
    ],
)
def test_a_missing_or_bad_answer_gets_a_clear_message_and_saves_nothing(
    councillor, client_for, step, data, message
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    before = ReportDraft.objects.get().answers
    response = client.post(reverse("incidents:report_step", args=[draft_id, step]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert message in page
    assert page.count("govuk-error-message") >= 1
    assert "<title>Error:" in page
    assert ReportDraft.objects.get().answers == before
    assert not Incident.objects.exists()


@pytest.mark.django_db
def test_sending_an_unfinished_report_goes_back_to_the_first_unanswered_question(
    councillor, client_for
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id, ANSWERS[:3])
    response = client.post(reverse("incidents:report_check", args=[draft_id]))
    assert response["Location"] == reverse("incidents:report_step", args=[draft_id, "when-where"])
    assert not Incident.objects.exists()


@pytest.mark.django_db
def test_a_tampered_draft_is_refused_without_a_partial_incident(councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)
    draft = ReportDraft.objects.get()
    draft.answers["channel"] = "carrier-pigeon"
    draft.save()
    response = client.post(reverse("incidents:report_check", args=[draft_id]))
    assert response.status_code == 200
    assert "could not be saved" in response.content.decode()
    assert not Incident.objects.exists()
    assert ReportDraft.objects.filter(pk=draft.pk).exists()


@pytest.mark.django_db
def test_change_links_return_to_check_your_answers(councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)
    url = reverse("incidents:report_step", args=[draft_id, "how"]) + "?change=1"
    response = client.post(url, {"channel": "letter"})
    assert response["Location"] == reverse("incidents:report_check", args=[draft_id])
    assert ReportDraft.objects.get().answers["channel"] == "letter"


@pytest.mark.django_db
def test_answers_are_prefilled_when_going_back(councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)
    page = client.get(reverse("incidents:report_step", args=[draft_id, "details"])).content.decode()
    assert "I know where you live" in page
    page = client.get(
        reverse("incidents:report_step", args=[draft_id, "when-where"])
    ).content.decode()
    assert 'value="2026"' in page


@pytest.mark.django_db
def test_references_count_up_per_council(councillor, other_councillor, client_for):
    references = []
    for person in (councillor, other_councillor, councillor):
        client = client_for(person)
        draft_id = start_draft(client)
        answer_all(client, draft_id)
        client.post(reverse("incidents:report_check", args=[draft_id]))
    references = list(Incident.objects.order_by("id").values_list("reference", flat=True))
    numbers = [int(r.rsplit("-", 1)[1]) for r in references]
    assert numbers == [1, 2, 3]


@pytest.mark.django_db
def test_an_officer_logs_a_report_on_a_councillors_behalf(officer, councillor, client_for):
    client = client_for(officer)
    draft_id = start_draft(client)
    first = client.get(reverse("incidents:report_step", args=[draft_id, "councillor"]))
    # names with an apostrophe (O'Donnell) are escaped in the page
    assert escape(councillor.display_name) in first.content.decode()
    client.post(
        reverse("incidents:report_step", args=[draft_id, "councillor"]),
        {"councillor_id": councillor.pk},
    )
    answer_all(client, draft_id)
    client.post(reverse("incidents:report_check", args=[draft_id]))
    incident = Incident.objects.get()
    assert incident.councillor == councillor
    assert incident.reported_by == officer
    assert incident.reported_via == "on_behalf"
    assert (
        incident.reference
        in client_for(councillor).get(reverse("incidents:my_reports")).content.decode()
    )


@pytest.mark.django_db
def test_an_officer_cannot_report_for_another_councils_councillor(
    officer, other_council_councillor, client_for
):
    client = client_for(officer)
    draft_id = start_draft(client)
    response = client.post(
        reverse("incidents:report_step", args=[draft_id, "councillor"]),
        {"councillor_id": other_council_councillor.pk},
    )
    assert response.status_code == 200
    assert (
        "Select a valid choice" in response.content.decode()
        or "Select the councillor" in response.content.decode()
    )


@pytest.mark.django_db
def test_a_councillor_cannot_report_as_another_councillor(councillor, other_councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    # The councillor page is not part of a councillor's journey…
    assert (
        client.get(reverse("incidents:report_step", args=[draft_id, "councillor"])).status_code
        == 404
    )
    answer_all(client, draft_id)
    # …and a forged councillor id in the draft is refused at sending.
    draft = ReportDraft.objects.get()
    draft.answers["councillor_id"] = other_councillor.pk
    draft.save()
    client.post(reverse("incidents:report_check", args=[draft_id]))
    assert not Incident.objects.exists()


@pytest.mark.django_db
def test_report_text_is_shown_as_text(councillor, officer, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    answers = [*ANSWERS[:5], ("details", {"description": payload}), *ANSWERS[6:]]
    answer_all(client, draft_id, answers)
    check = client.get(reverse("incidents:report_check", args=[draft_id])).content.decode()
    assert payload not in check
    assert "&lt;script&gt;" in check
    client.post(reverse("incidents:report_check", args=[draft_id]))
    incident = Incident.objects.get()
    detail = (
        client_for(officer)
        .get(reverse("incidents:detail", args=[incident.reference]))
        .content.decode()
    )
    assert payload not in detail
    assert "&lt;img src=x onerror=alert(1)&gt;" in detail


@pytest.mark.django_db
def test_evidence_moves_with_the_report(councillor, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from councillor_safety.incidents.tests.factories import png_bytes

    client = client_for(councillor)
    draft_id = start_draft(client)
    answer_all(client, draft_id)
    client.post(
        reverse("incidents:report_evidence", args=[draft_id]),
        {"action": "upload", "evidence": [SimpleUploadedFile("shot.png", png_bytes())]},
    )
    client.post(reverse("incidents:report_check", args=[draft_id]))
    incident = Incident.objects.get()
    evidence = Evidence.objects.get()
    assert evidence.incident == incident
    assert evidence.draft is None
