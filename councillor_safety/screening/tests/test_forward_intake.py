"""Forward to report, end to end: a forward lands in the reporting mailbox (real Dovecot), becomes
an incident with the forward as evidence, and the councillor is acknowledged by e-mail (real SMTP).
"""

from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest
from django.core.management import call_command

from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Incident
from councillor_safety.screening import forward_intake
from councillor_safety.screening.models import MailboxConnection, ScreenedMessage
from councillor_safety.screening.parsing import ParsedMessage, parse
from councillor_safety.screening.tests.attachment_files import screenshot
from councillor_safety.screening.tests.mail_fixtures import folder_subjects
from councillor_safety.triage.models import IncidentTriage, Page

OUTLOOK_FORWARD = """Please log this.

________________________________
From: Gary Pendle <g.pendle@example.net>
Sent: 21 November 2026 23:30
To: Cllr Quarterbridge <councillor@example.org>
Subject: The vote

I know where you live and you will regret the vote.
"""

GMAIL_FORWARD = """---------- Forwarded message ---------
From: Angry Resident <angry.resident77@example.org>
Date: Sat, 21 Nov 2026 at 23:30
Subject: bins

You are a disgrace.
"""


def forward(sender: str, body: str, subject: str = "Fwd: The vote") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "report-abuse@northharbour.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash((sender, body)))}@example.org>"
    msg.set_content(body)
    return bytes(msg)


@pytest.fixture
def reporting(mailbox, settings):
    connection, client = mailbox
    MailboxConnection.objects.filter(pk=connection.pk).update(
        purpose="report", quarantine_folder="Handled"
    )
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    return connection, client


def run_worker() -> None:
    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_a_councillors_forward_becomes_an_incident_and_is_acknowledged(reporting, councillor, smtp):
    _connection, client = reporting
    raw = forward(f"Zinnia Quarterbridge <{councillor.email}>", OUTLOOK_FORWARD)
    client.append("INBOX", raw)
    call_command("run_scheduler", once=True)
    run_worker()  # the scheduler's sync of due mailboxes
    run_worker()  # the sync itself, then the acknowledgement and triage it queues
    run_worker()

    incident = Incident.objects.get()
    assert incident.councillor == councillor
    assert incident.reported_by == councillor
    assert incident.sender_email == "g.pendle@example.net"
    assert "I know where you live" in incident.description
    evidence = incident.evidence.get()
    # The hash is of the message exactly as the mail server holds it (with CRLF line endings).
    assert evidence.sha256 == hashlib.sha256(raw.replace(b"\n", b"\r\n")).hexdigest()
    stored = evidence_storage().open(evidence.stored_name, "rb").read()
    assert hashlib.sha256(stored).hexdigest() == evidence.sha256
    assert ScreenedMessage.objects.get().status == "reported"
    assert folder_subjects(client, "Handled") == ["Fwd: The vote"]
    assert folder_subjects(client, "INBOX") == []
    acknowledgements = [m for rcpt, m in smtp.messages if rcpt == [councillor.email]]
    assert len(acknowledgements) == 1
    assert incident.reference in acknowledgements[0]["Subject"]
    assert b"know where you live" not in acknowledgements[0].as_bytes()


@pytest.mark.django_db(transaction=True)
def test_a_forwarded_threat_is_filed_and_triaged_as_a_threat(reporting, councillor):
    """The screener reads the forward, so a threat forwarded at night is not left for days."""
    connection, client = reporting
    client.append("INBOX", forward(councillor.email, OUTLOOK_FORWARD))
    forward_intake.intake_sync(connection_id=connection.pk)
    run_worker()  # triage and the acknowledgement
    incident = Incident.objects.get()
    assert set(incident.categories.values_list("category", flat=True)) == {
        "inappropriate_email",
        "threat_of_harm",
    }
    triage = IncidentTriage.objects.get(incident=incident)
    assert triage.priority == "P1"
    assert not triage.confirmed  # an officer confirms it
    item = ScreenedMessage.objects.get()
    assert (item.incident, item.likely_threat, item.flags[:1]) == (incident, True, ["threat"])
    assert item.explanation["intake"] == "forwarded to the reporting address"
    assert any("know where you live" in r for r in item.explanation["reasons"])


@pytest.mark.django_db(transaction=True)
def test_a_threat_forwarded_as_an_attachment_is_filed_with_its_sender(reporting, councillor):
    """Outlook's "forward as attachment", and the report buttons built on it, send the abuse
    as an attached message under a one-line note: its sender and words are in the attachment."""
    connection, client = reporting
    abuse = EmailMessage()
    abuse["From"] = "Gary Pendle <g.pendle@example.net>"
    abuse["Subject"] = "The vote"
    abuse.set_content("I know where you live and you will regret the vote.")
    report = EmailMessage()
    report["From"] = councillor.email
    report["Subject"] = "FW: The vote"
    report.set_content("Please log this.")
    report.add_attachment(abuse, filename="The vote.eml")
    client.append("INBOX", bytes(report))
    forward_intake.intake_sync(connection_id=connection.pk)
    run_worker()
    incident = Incident.objects.get()
    assert incident.sender_email == "g.pendle@example.net"
    assert "From: Gary Pendle <g.pendle@example.net>" in incident.description
    assert "I know where you live" in incident.description
    assert "threat_of_harm" in incident.categories.values_list("category", flat=True)
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"


@pytest.mark.django_db(transaction=True)
def test_a_screenshot_of_a_threat_is_filed_and_triaged_as_a_threat(reporting, councillor):
    """Most social-media abuse reaches the council as a picture of the post."""
    connection, client = reporting
    report = EmailMessage()
    report["From"] = councillor.email
    report["Subject"] = "Facebook"
    report.set_content("This was under my post about the library.")
    post = screenshot("Dave Smith  2h", "You should watch your back.", "I know where you live.")
    report.add_attachment(post, maintype="image", subtype="jpeg", filename="Screenshot.png")
    client.append("INBOX", bytes(report))
    forward_intake.intake_sync(connection_id=connection.pk)
    run_worker()
    incident = Incident.objects.get()
    # as OCR reads it: the picture itself is the evidence
    assert "you should watch your back.\ni know where you live." in incident.description.lower()
    assert "threat_of_harm" in incident.categories.values_list("category", flat=True)
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"
    assert incident.evidence.get().content_type == "message/rfc822"  # the picture is in it


@pytest.mark.django_db(transaction=True)
def test_a_forwarded_insult_is_filed_as_email_and_keeps_the_policys_priority(reporting, councillor):
    connection, client = reporting
    client.append("INBOX", forward(councillor.email, "Fwd below.\n\nYou are a disgrace."))
    forward_intake.intake_sync(connection_id=connection.pk)
    run_worker()
    incident = Incident.objects.get()
    assert list(incident.categories.values_list("category", flat=True)) == ["inappropriate_email"]
    assert IncidentTriage.objects.get(incident=incident).priority == "P4"
    assert not ScreenedMessage.objects.get().likely_threat


@pytest.mark.django_db(transaction=True)
def test_a_forward_from_an_unknown_address_goes_to_an_officer(reporting, smtp):
    connection, client = reporting
    client.append("INBOX", forward("someone@example.com", GMAIL_FORWARD))
    result = forward_intake.intake_sync(connection_id=connection.pk)
    assert (result.reports, result.queued) == (0, 1)
    assert not Incident.objects.exists()
    item = ScreenedMessage.objects.get()
    assert item.status == "quarantined"
    assert item.source == "forward"
    assert "abuse" in item.flags  # "You are a disgrace.": the officer sees what the screener found
    assert smtp.messages == []


@pytest.mark.django_db(transaction=True)
def test_a_threat_forwarded_from_another_address_pages_with_no_one_on_call(reporting, manager):
    connection, client = reporting
    client.append("INBOX", forward("clerk@example.com", OUTLOOK_FORWARD))
    forward_intake.intake_sync(connection_id=connection.pk)
    assert not Incident.objects.exists()  # no councillor to report it for
    assert ScreenedMessage.objects.get().likely_threat
    # no one on the rota: the senior managers are paged, and told why
    assert set(Page.objects.values_list("recipient", "reason")) == {
        (manager.pk, "held_threat"),
        (manager.pk, "no_one_on_call"),
    }


@pytest.mark.django_db(transaction=True)
def test_a_report_goes_through_when_the_screener_fails(reporting, councillor):
    def broken(texts):
        raise RuntimeError("model file unreadable")

    connection, client = reporting
    client.append("INBOX", forward(councillor.email, OUTLOOK_FORWARD))
    result = forward_intake.intake_sync(connection_id=connection.pk, classify=broken)
    assert result.reports == 1
    incident = Incident.objects.get()
    assert list(incident.categories.values_list("category", flat=True)) == ["inappropriate_email"]
    item = ScreenedMessage.objects.get()
    assert (item.status, item.flags, item.incident) == ("reported", [], incident)
    assert item.explanation["screening"] == "not screened (it failed)"


@pytest.mark.django_db(transaction=True)
def test_each_forward_is_taken_once(reporting, councillor):
    connection, client = reporting
    client.append("INBOX", forward(councillor.email, GMAIL_FORWARD))
    forward_intake.intake_sync(connection_id=connection.pk)
    forward_intake.intake_sync(connection_id=connection.pk)
    assert Incident.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (OUTLOOK_FORWARD, "g.pendle@example.net"),
        (GMAIL_FORWARD, "angry.resident77@example.org"),
        ("Begin forwarded message:\n\n> From: x <x@example.com>\n> hi", "x@example.com"),
        ("Just some text, From: nobody", ""),
        (
            "-----Original Message-----\nFrom: Someone [mailto:someone@example.net]\nhi",
            "someone@example.net",
        ),
    ],
)
def test_finding_the_original_sender(body, expected):
    assert forward_intake.original_sender(parse(forward("c@example.org", body))) == expected


def test_blank_lines_before_the_original_sender_are_passed_over():
    body = "---------- Forwarded message ---------" + "\n" * 5_000 + "From: x <x@example.com>"
    assert forward_intake.original_sender(ParsedMessage(text=body)) == "x@example.com"
