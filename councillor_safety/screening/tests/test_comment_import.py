"""Importing social-media comments: the documented formats, and refusal of a bad file as a whole."""

from __future__ import annotations

import json

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from councillor_safety.accounts.models import Role
from councillor_safety.accounts.tests.factories import UserFactory
from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents.models import Incident
from councillor_safety.screening import comment_import
from councillor_safety.screening.models import CommentImport, ScreenedMessage
from councillor_safety.screening.tests.mail_fixtures import keyword_classifier
from councillor_safety.screening.tests.test_mailbox_sync import on_call
from councillor_safety.subjects.tests.factories import reported, subject_of
from councillor_safety.triage.models import Page

CSV = (
    "platform,author_handle,text,url,posted_at\n"
    "facebook,@HarbourTruth99,You idiot,https://facebook.example/p/1,2026-11-21T23:30:00+00:00\n"
    'x,@NoMoreLTN_NH,"I know where you live, councillor",,2026-11-21T23:31:00Z\n'
    "x,@friendly,Thanks for the bins update,,2026-11-22T09:00:00+00:00\n"
)


@pytest.fixture(autouse=True)
def _fixed_classifier(monkeypatch):
    monkeypatch.setattr(comment_import, "screen", keyword_classifier)
    monkeypatch.setattr(
        comment_import.comments_import, "__kwdefaults__", {"classify": keyword_classifier}
    )


def upload(client, councillor, content: bytes, name: str):
    return client.post(
        reverse("screening:import"),
        {"councillor": councillor.pk, "comments": SimpleUploadedFile(name, content)},
    )


def said(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_a_csv_export_is_screened_into_the_queue(officer, councillor, client_for):
    response = upload(client_for(officer), councillor, CSV.encode(), "comments.csv")
    assert response.status_code == 302
    batch = CommentImport.objects.get()
    assert (batch.rows, batch.flagged) == (3, 2)
    flagged = ScreenedMessage.objects.filter(status="quarantined")
    assert sorted(flagged.values_list("sender", flat=True)) == ["@HarbourTruth99", "@NoMoreLTN_NH"]
    assert ScreenedMessage.objects.get(sender="@friendly").status == "clear"
    threat = flagged.get(likely_threat=True)
    assert threat.platform == "x"
    assert threat.received_at.isoformat() == "2026-11-21T23:31:00+00:00"


@pytest.mark.django_db
def test_a_likely_threat_pages_whoever_is_on_call(officer, manager, councillor, client_for):
    colleague = UserFactory(council=officer.council, role=Role.SPOC_OFFICER, username="colleague")
    on_call(colleague, manager)
    response = upload(client_for(officer), councillor, CSV.encode(), "comments.csv")
    assert list(Page.objects.values_list("recipient", "reason")) == [(colleague.pk, "held_threat")]
    assert said(response) == [
        "Imported 3 comments; 2 flagged for review. 1 likely threat, shown first: whoever is on "
        "call has been paged"
    ]


@pytest.mark.django_db
def test_the_officer_on_call_importing_is_not_paged(officer, manager, councillor, client_for):
    on_call(officer, manager)
    response = upload(client_for(officer), councillor, CSV.encode(), "comments.csv")
    assert ScreenedMessage.objects.filter(likely_threat=True).exists()
    assert not Page.objects.exists()  # the importer sees the threats first in the queue
    assert said(response) == [
        "Imported 3 comments; 2 flagged for review. 1 likely threat, shown first"
    ]


@pytest.mark.django_db
def test_comments_with_no_likely_threat_page_no_one(officer, manager, councillor, client_for):
    without_threat = "\n".join(line for line in CSV.splitlines() if "know where" not in line)
    response = upload(client_for(officer), councillor, without_threat.encode(), "comments.csv")
    assert ScreenedMessage.objects.filter(status="quarantined").exists()
    assert not Page.objects.exists()
    assert said(response) == ["Imported 2 comments; 1 flagged for review"]


@pytest.mark.django_db
def test_a_handle_that_is_itself_abuse_holds_an_ordinary_comment(officer, councillor, client_for):
    rows = (
        "platform,author_handle,text,url,posted_at\n"
        "x,@ScumCouncillor,Thanks for the bins update,,2026-11-22T09:00:00+00:00\n"
    )
    upload(client_for(officer), councillor, rows.encode(), "comments.csv")
    held = ScreenedMessage.objects.get()
    assert held.status == "quarantined"
    assert held.flags == ["abuse"]
    assert held.explanation["reasons"] == ["read in the sender's name: @ScumCouncillor"]


@pytest.mark.django_db
def test_a_known_senders_comments_are_held_whatever_the_screener_finds(
    officer, councillor, client_for
):
    known = subject_of(reported(councillor, sender_social_handle="https://x.com/Friendly"))
    response = upload(client_for(officer), councillor, CSV.encode(), "comments.csv")
    assert response.status_code == 302
    batch = CommentImport.objects.get()
    assert (batch.rows, batch.flagged) == (3, 2)  # what the screener flagged
    held = ScreenedMessage.objects.get(sender="@friendly")
    assert held.status == "quarantined"
    assert held.flags == []
    assert held.explanation["known_sender"] == str(known.public_id)
    assert "known_sender" not in ScreenedMessage.objects.get(sender="@HarbourTruth99").explanation
    event = AuditEvent.objects.get(action="screening.comments_imported")
    assert event.summary == "3 comments, 2 flagged, 1 more held from known senders"
    # the queue shows a known sender's messages on their own
    known_only = client_for(officer).get(reverse("screening:queue"), {"band": "known"})
    page = known_only.content.decode()
    assert "@friendly" in page
    assert "@HarbourTruth99" not in page
    assert "@NoMoreLTN_NH" not in page


@pytest.mark.django_db(transaction=True)
def test_a_reported_comment_becomes_a_social_media_incident_linked_by_handle(
    officer, councillor, client_for, django_capture_on_commit_callbacks
):
    earlier = reported(councillor, sender_social_handle="harbourtruth99")
    known = subject_of(earlier)
    client = client_for(officer)
    upload(client, councillor, CSV.encode(), "comments.csv")
    comment = ScreenedMessage.objects.get(sender="@HarbourTruth99")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("screening:item_action", args=[comment.public_id, "report"]), follow=True
        )
    assert response.status_code == 200
    incident = Incident.objects.exclude(pk=earlier.pk).get()
    # the councillor the comments were imported for, the platform's channel, the handle
    assert incident.councillor == councillor
    assert incident.channel == "social_media"
    assert incident.sender_social_handle == "@HarbourTruth99"
    assert incident.sender_email == ""
    assert list(incident.categories.values_list("category", flat=True)) == [
        "inappropriate_social_media"
    ]
    assert incident.description.startswith(
        "Screened facebook comment at https://facebook.example/p/1.\n\nYou idiot"
    )
    # and it joins the subject that handle belongs to
    assert known.links.filter(incident=incident).exists()


@pytest.mark.django_db
def test_json_lines_work_too(officer, councillor, client_for):
    lines = [
        {
            "platform": "instagram",
            "author_handle": "troll",
            "text": "scum",
            "posted_at": "2026-11-21T10:00:00+00:00",
        },
        {
            "platform": "youtube",
            "author_handle": "fan",
            "text": "great speech",
            "posted_at": "2026-11-21T11:00:00+01:00",
            "url": "https://youtube.example/c/2",
        },
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    assert upload(client_for(officer), councillor, data, "export.jsonl").status_code == 302
    assert ScreenedMessage.objects.filter(status="quarantined").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "messages"),
    [
        (
            CSV.replace("2026-11-21T23:31:00Z", "last tuesday"),
            "c.csv",
            ["Line 3: posted_at must be a date and time"],
        ),
        (
            CSV.replace("2026-11-22T09:00:00+00:00", "2026-11-22T09:00:00"),
            "c.csv",
            ["Line 4: posted_at needs a time zone"],
        ),
        (
            CSV + "x,,hello,,2026-11-22T09:00:00+00:00\n",
            "c.csv",
            ["Line 5: author_handle must not be empty"],
        ),
        (
            CSV + "x,@a,hi,ftp://bad,2026-11-22T09:00:00+00:00\n",
            "c.csv",
            ["Line 5: url must start with http"],
        ),
        (
            CSV + "x,@a,hi,,2026-11-22T09:00:00+00:00,extra\n",
            "c.csv",
            ["Line 5: more values than columns"],
        ),
        (
            "platform,text\nx,hi\n",
            "c.csv",
            ["Line 1: the header row is missing author_handle, posted_at"],
        ),
        ('{"platform": "x"}\nnot json\n', "c.jsonl", ["Line 2: not valid JSON"]),
        ("[1, 2]\n", "c.jsonl", ["Line 1: each line must be a JSON object"]),
        ("", "c.csv", ["The file is empty"]),
    ],
)
def test_a_bad_file_gets_line_numbered_errors_and_imports_nothing(
    officer, councillor, client_for, content, name, messages
):
    response = upload(client_for(officer), councillor, content.encode(), name)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing from it has been saved" in page
    for message in messages:
        assert message in page
    assert not CommentImport.objects.exists()
    assert not ScreenedMessage.objects.exists()


@pytest.mark.django_db
def test_a_file_in_another_encoding_is_refused_with_its_line(officer, councillor, client_for):
    data = (CSV + "x,@a,caf\xe9 owner,,2026-11-22T09:00:00+00:00\n").encode("latin-1")
    response = upload(client_for(officer), councillor, data, "c.csv")
    assert "Line 5: the file must be saved as UTF-8 text" in response.content.decode()
    assert not ScreenedMessage.objects.exists()


@pytest.mark.django_db
def test_many_problems_are_summarised(officer, councillor, client_for):
    bad = "platform,author_handle,text,url,posted_at\n" + "x,@a,hi,,yesterday\n" * 30
    page = upload(client_for(officer), councillor, bad.encode(), "c.csv").content.decode()
    assert "Line 2:" in page
    assert "… and 10 more problems" in page


@pytest.mark.django_db
def test_selected_items_make_a_pdf_and_a_csv_report(officer, councillor, client_for):
    import csv
    import io

    from pypdf import PdfReader

    from councillor_safety.core.models import AuditEvent

    client = client_for(officer)
    formula = 'facebook,@formula,"=HYPERLINK(""http://evil.example"")",,2026-11-22T10:00:00+00:00\n'
    content = (CSV + formula).replace("Thanks for the bins update", "idiot")
    upload(client, councillor, content.encode(), "comments.csv")
    ids = [str(i.public_id) for i in ScreenedMessage.objects.all()]

    csv_response = client.post(reverse("screening:bulk"), {"items": ids, "export": "csv"})
    assert csv_response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert len(rows) == 4
    # Cells a spreadsheet would run as formulas (=, +, -, @) are prefixed with an apostrophe.
    assert {r["author"] for r in rows} >= {"'@HarbourTruth99", "'@NoMoreLTN_NH"}
    assert next(r for r in rows if r["author"] == "'@formula")["text"].startswith("'=")

    pdf_response = client.post(reverse("screening:bulk"), {"items": ids, "export": "pdf"})
    assert pdf_response["Content-Type"] == "application/pdf"
    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf_response.content)).pages
    )
    assert "Report of abusive messages" in text
    assert "@HarbourTruth99" in text
    assert AuditEvent.objects.filter(action="screening.exported", is_read=True).count() == 8


@pytest.mark.django_db
def test_the_queue_filters_by_band_and_date(officer, councillor, client_for):
    from datetime import timedelta

    from django.utils import timezone

    client = client_for(officer)
    upload(client, councillor, CSV.encode(), "comments.csv")
    ScreenedMessage.objects.filter(sender="@HarbourTruth99").update(
        created_at=timezone.now() - timedelta(days=10)
    )
    threats = client.get(reverse("screening:queue"), {"band": "threat"}).content.decode()
    assert "@NoMoreLTN_NH" in threats
    assert "@HarbourTruth99" not in threats
    recent = client.get(
        reverse("screening:queue"),
        {"received_from": (timezone.localdate() - timedelta(days=2)).isoformat()},
    )
    assert "@HarbourTruth99" not in recent.content.decode()
    assert "@NoMoreLTN_NH" in recent.content.decode()
    bad = client.get(
        reverse("screening:queue"), {"received_from": "2026-05-02", "received_to": "2026-05-01"}
    )
    assert bad.status_code == 400
    assert "same as or after" in bad.content.decode()
