"""A report's evidence files are read and screened after it arrives; a threat in them raises it."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from email.message import EmailMessage

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents import services as incident_services
from councillor_safety.incidents.evidence_files import evidence_storage
from councillor_safety.incidents.models import Evidence, Incident
from councillor_safety.screening import evidence_reading, tasks
from councillor_safety.screening.tests.attachment_files import (
    NOTE_PHOTO,
    feed_post,
    jbig2_scanned_pdf,
    scanned_pdf,
    screenshot,
    screenshots_document,
)
from councillor_safety.screening.tests.outlook_files import Attachment, MessageSpec, outlook_message
from councillor_safety.screening.tests.test_chat_export import among_ordinary, chat_archive
from councillor_safety.screening.tests.test_mailbox_sync import on_call
from councillor_safety.screening.tests.test_paragraphs import CASEWORK, mail
from councillor_safety.triage.models import IncidentTriage, Page, TriageDecision
from councillor_safety.triage.services import incident_acknowledge, priority_confirm, triage_start

THREAT_POST = ("Dave Smith  2h", "You should watch your back.", "I know where you live.")
ORDINARY_POST = ("Dave Smith  2h", "The library vote was a shame.", "Hope it is reopened.")


def pdf_letter(text: str) -> bytes:
    from weasyprint import HTML

    return bytes(HTML(string=f"<p>{text}</p>").write_pdf() or b"")


@pytest.fixture
def report(councillor, django_capture_on_commit_callbacks):
    """A councillor's report of social-media abuse, with no risk signs, and these files."""

    def make(*files: tuple[str, str, bytes]) -> Incident:
        draft = incident_services.draft_start(author=councillor)
        incident_services.draft_save_answers(
            draft=draft,
            answers={
                "in_danger": "no",
                "categories": ["inappropriate_social_media"],
                "channel": "social_media",
                "occurred_on": timezone.localdate().isoformat(),
                "occurred_time": "",
                "location": "",
                "sender_known": "unknown",
                "description": "Comments under my post about the library.",
                "risk_signs": ["none"],
                "impact": "",
                "characteristics": ["not_sure"],
            },
        )
        for name, content_type, data in files:
            Evidence.objects.create(
                council_id=councillor.council_id,
                draft=draft,
                stored_name=evidence_storage().save(
                    f"{councillor.council_id}/evidence", ContentFile(data)
                ),
                original_name=name,
                content_type=content_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                uploaded_by=councillor,
            )
        with django_capture_on_commit_callbacks(execute=True):
            incident = incident_services.incident_report(draft=draft, acting_user=councillor)
        return Incident.objects.get(pk=incident.pk)

    return make


@pytest.mark.django_db
def test_a_screenshot_of_a_threat_raises_the_report_to_p1_and_pages(report, officer, manager):
    on_call(officer, manager)
    incident = report(("post.png", "image/png", screenshot(*THREAT_POST)))
    evidence = incident.evidence.get()
    assert "you should watch your back." in evidence.words.lower()
    assert evidence.likely_threat
    assert "threat" in evidence.screened_flags
    assert evidence.words_note.startswith("read from the picture by OCR")
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"
    provisional, raised = TriageDecision.objects.filter(incident=incident).order_by("id")
    assert provisional.priority != "P1"
    assert raised.priority == "P1"
    assert raised.decided_by is None
    assert raised.reasons == ["P1: screening found a likely threat in the mail or the evidence"]
    assert Page.objects.filter(incident=incident, recipient=officer, reason="p1").count() == 1
    audit = AuditEvent.objects.get(action="triage.provisional_raised")
    assert "raised to P1" in audit.summary
    assert "evidence" in audit.summary
    assert AuditEvent.objects.filter(action="evidence.likely_threat", object_id=str(incident.pk))


@pytest.mark.django_db
def test_an_ordinary_screenshot_is_read_and_changes_nothing(report):
    incident = report(("post.png", "image/png", screenshot(*ORDINARY_POST)))
    evidence = incident.evidence.get()
    assert "library vote was a shame" in evidence.words
    assert not evidence.likely_threat
    assert evidence.read_at is not None
    assert TriageDecision.objects.filter(incident=incident).count() == 1
    assert not Page.objects.filter(incident=incident).exists()


@pytest.mark.django_db
def test_a_screenshots_post_is_screened_by_its_own_words(report):
    """The officer is shown every word read; the screener also reads the post without the
    feed's name, handle, time and counts, which alone hide a short attack on a group."""
    incident = report(
        ("post.png", "image/png", screenshot(*feed_post("Muslim people are evil.", "x_post")))
    )
    evidence = incident.evidence.get()
    assert "@dsmith88" in evidence.words
    assert "1,234 Views" in evidence.words
    assert {"abuse", "identity_attack"} <= set(evidence.screened_flags)
    assert not evidence.likely_threat


@pytest.mark.django_db
def test_an_iphone_photo_of_a_note_is_read_and_its_threat_raises_the_report(report):
    photo = NOTE_PHOTO.read_bytes()
    incident = report(("IMG_4032.HEIC", "image/heic", photo))
    evidence = incident.evidence.get()
    assert "We know where you live." in evidence.words
    assert evidence.likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content_type", "make", "own_words"),
    [
        (
            "screenshots.docx",
            "application/octet-stream",
            lambda: screenshots_document(screenshot(*ORDINARY_POST), screenshot(*THREAT_POST)),
            "Screenshot 1, from Facebook on 3 December",
        ),
        (
            # an iPhone exports a chat so, with the photos sent in it
            "WhatsApp Chat - Dave Smith.zip",
            "application/zip",
            lambda: chat_archive(among_ordinary("See this."), screenshot(*THREAT_POST)),
            "Dave Smith: See this.",
        ),
    ],
    ids=["screenshots gathered in a Word document", "a WhatsApp chat with its photos"],
)
def test_a_files_pictures_are_read_and_a_threat_in_them_raises_the_report(
    report, name, content_type, make, own_words
):
    incident = report((name, content_type, make()))
    evidence = incident.evidence.get()
    assert own_words in evidence.words
    assert "You should watch your back." in evidence.words
    assert evidence.words_note == (
        "words in its pictures read by OCR, which can misread: the file is the evidence"
    )
    assert evidence.likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"


@pytest.mark.django_db
def test_a_scanned_letter_is_read_by_ocr_and_its_threat_raises_the_report(report):
    letter = scanned_pdf(
        ("Dear Councillor,", "I know where you live and I will be waiting outside your house.")
    )
    incident = report(
        ("scan.pdf", "application/pdf", letter),
        ("scan2.pdf", "application/pdf", jbig2_scanned_pdf()),
    )
    scan, jbig2 = incident.evidence.order_by("id")
    assert "I will be waiting outside your house." in scan.words
    assert scan.words_note == (
        "scanned pages read by OCR, which can misread: the file is the evidence"
    )
    assert scan.likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"
    assert (jbig2.words, jbig2.words_note) == (
        "",
        "page 1: scanned page not read: its picture is coded in JBIG2, which is not read",
    )


@pytest.mark.django_db
def test_a_letter_and_an_unreadable_file_are_each_noted(report):
    incident = report(
        ("letter.pdf", "application/pdf", pdf_letter("The bins on Gull Street are late again.")),
        ("voice.mp3", "audio/mpeg", b"ID3" + b"\0" * 100),
        ("broken.pdf", "application/pdf", b"%PDF-1.4 broken"),
        ("IMG_0042.heic", "image/heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64),
    )
    letter, voice, broken, photo = incident.evidence.order_by("id")
    assert photo.words == ""
    assert (
        photo.words_note == "not read: the file is damaged, or of a kind whose words cannot be read"
    )
    assert letter.words == "The bins on Gull Street are late again."
    assert (voice.words, voice.words_note, voice.read_at is not None) == ("", "", True)
    assert broken.words == ""
    assert (
        broken.words_note
        == "not read: the file is damaged, or of a kind whose words cannot be read"
    )


def add_threat_screenshot(incident: Incident) -> None:
    data = screenshot(*THREAT_POST)
    Evidence.objects.create(
        council=incident.council,
        incident=incident,
        stored_name=evidence_storage().save("x/shot", ContentFile(data)),
        original_name="post.png",
        content_type="image/png",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=incident.councillor,
    )


@pytest.mark.django_db
def test_a_confirmed_priority_is_not_changed(incident, officer):
    priority_confirm(
        incident=incident, priority="P3", override_reason="Low risk", acting_user=officer
    )
    add_threat_screenshot(incident)
    assert evidence_reading.read_incident_evidence(incident_id=incident.pk) == 1
    assert incident.evidence.get().likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P3"  # the officer's call
    assert evidence_reading.read_incident_evidence(incident_id=incident.pk) == 0  # read once


@pytest.mark.django_db
def test_an_acknowledged_report_is_raised_without_paging_again(incident, officer, manager):
    on_call(officer, manager)
    triage_start(incident_id=incident.pk)
    incident_acknowledge(incident=incident, acting_user=officer)
    add_threat_screenshot(incident)
    evidence_reading.read_incident_evidence(incident_id=incident.pk)
    triage = IncidentTriage.objects.get(incident=incident)
    assert (triage.priority, triage.confirmed) == ("P1", False)
    assert triage.acknowledged_at is not None
    assert not Page.objects.filter(incident=incident, reason="p1").exists()


@pytest.mark.django_db
def test_the_words_are_kept_when_the_screener_fails(report, monkeypatch):
    def broken(texts):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(evidence_reading, "screen", broken)
    incident = report(("post.png", "image/png", screenshot(*THREAT_POST)))
    evidence = incident.evidence.get()
    assert "watch your back" in evidence.words
    assert not evidence.likely_threat
    assert evidence.words_note.startswith(
        "not screened: the screener failed; read from the picture"
    )


@pytest.mark.django_db
def test_a_file_the_screener_failed_on_is_screened_again_by_the_schedule(report, monkeypatch):
    """A threat in the evidence must not go unscreened for good because the model failed once."""

    def broken(texts):
        raise RuntimeError("model file damaged")

    real = evidence_reading.screen
    monkeypatch.setattr(evidence_reading, "screen", broken)
    incident = report(("post.png", "image/png", screenshot(*THREAT_POST)))
    evidence = incident.evidence.get()
    assert IncidentTriage.objects.get(incident=incident).priority != "P1"
    assert evidence_reading.read_incident_evidence(incident_id=incident.pk) == 0  # just tried
    Evidence.objects.filter(pk=evidence.pk).update(
        uploaded_at=timezone.now() - timedelta(minutes=20),
        read_at=timezone.now() - timedelta(minutes=16),
    )
    assert evidence_reading.unread_evidence() == [incident.pk]
    assert tasks.read_unread_evidence.call() == 1  # the screener fails again: tried later
    assert evidence_reading.unread_evidence() == []
    assert evidence_reading.NOT_SCREENED in Evidence.objects.get(pk=evidence.pk).words_note
    Evidence.objects.filter(pk=evidence.pk).update(read_at=timezone.now() - timedelta(minutes=16))
    monkeypatch.setattr(evidence_reading, "screen", real)
    tasks.read_unread_evidence.call()
    evidence.refresh_from_db()
    assert evidence.likely_threat
    assert evidence.words_note.startswith("read from the picture by OCR")
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"
    assert evidence_reading.unread_evidence() == []


@pytest.mark.django_db
def test_files_a_lost_queue_entry_left_unread_are_read_by_the_schedule(incident, evidence_file):
    assert evidence_reading.unread_evidence() == []  # just arrived: its own entry reads it
    Evidence.objects.filter(pk=evidence_file.pk).update(
        uploaded_at=timezone.now() - timedelta(minutes=10)
    )
    assert evidence_reading.unread_evidence() == [incident.pk]
    Evidence.objects.filter(pk=evidence_file.pk).update(
        uploaded_at=timezone.now() - timedelta(days=30)
    )
    assert evidence_reading.unread_evidence() == []  # from before files were read: left
    Evidence.objects.filter(pk=evidence_file.pk).update(
        uploaded_at=timezone.now() - timedelta(minutes=10)
    )
    assert tasks.read_unread_evidence.call() == 1
    assert Evidence.objects.get(pk=evidence_file.pk).read_at is not None


@pytest.mark.django_db
def test_officers_see_the_words_and_the_councillor_does_not(report, officer, client_for):
    incident = report(("post.png", "image/png", screenshot(*THREAT_POST)))
    staff_page = client_for(officer).get(f"/incidents/{incident.reference}/")
    assert b"Words read from this file" in staff_page.content
    assert b"Likely threat" in staff_page.content
    own_page = client_for(incident.councillor).get(f"/incidents/{incident.reference}/")
    assert own_page.status_code == 200
    assert b"Words read from this file" not in own_page.content


@pytest.mark.django_db
def test_a_saved_mail_is_read_as_mail_is_screened(report):
    """Its body without its subject too: "Planning application" over a short insult hid it."""
    saved = EmailMessage()
    saved["From"] = "someone@example.net"
    saved["Subject"] = "Planning application"
    saved.set_content("You are a vile transgender person.")
    incident = report(("insult.eml", "message/rfc822", bytes(saved)))
    evidence = incident.evidence.get()
    assert evidence.words == "Planning application\n\nYou are a vile transgender person."
    assert {"abuse", "identity_attack"} <= set(evidence.screened_flags)


@pytest.mark.django_db
def test_a_message_saved_from_outlook_is_read_and_its_threat_raises_the_report(report):
    """Dragged out of Outlook onto the upload field, a mail is a .msg file, not MIME."""
    abuse = MessageSpec(
        subject="Your surgery",
        body="I know where you live and I will be waiting outside your surgery on Friday.",
        sender_name="Dave Smith",
        sender_email="dave@example.net",
        attachments=[
            Attachment("screenshot.png", screenshot(*ORDINARY_POST), "image/png"),
        ],
    )
    incident = report(("Your surgery.msg", "application/vnd.ms-outlook", outlook_message(abuse)))
    evidence = incident.evidence.get()
    assert evidence.words.startswith("Your surgery\n\nI know where you live")
    assert "library vote was a shame" in evidence.words
    assert evidence.words_note == ""
    assert evidence.likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"


@pytest.mark.django_db
def test_a_damaged_outlook_message_is_noted_as_not_read(report):
    broken = outlook_message(MessageSpec(subject="x", body="y" * 9000))[:2000]
    incident = report(("mail.msg", "application/vnd.ms-outlook", broken))
    evidence = incident.evidence.get()
    assert evidence.words == ""
    assert evidence.words_note == "not read: the Outlook message is damaged and cannot be read"
    assert evidence.read_at is not None
    assert TriageDecision.objects.filter(incident=incident).count() == 1


@pytest.mark.django_db
def test_an_exported_chat_is_screened_message_by_message(report):
    """One abusive message among ordinary ones, read whole, is diluted below every threshold."""
    chat = among_ordinary("You are a vile transgender person.")
    incident = report(("WhatsApp Chat with Dave Smith.txt", "text/plain", chat.encode()))
    evidence = incident.evidence.get()
    assert evidence.words == chat
    assert {"abuse", "identity_attack"} <= set(evidence.screened_flags)
    assert not evidence.likely_threat
    assert evidence.flagged_words == "You are a vile transgender person."


@pytest.mark.django_db
def test_officers_are_shown_the_part_the_screener_flagged(report, officer, client_for):
    chat = among_ordinary("Keep voting like that and see what happens to your family.")
    incident = report(("WhatsApp Chat with Dave Smith.txt", "text/plain", chat.encode()))
    assert incident.evidence.get().flagged_words == (
        "Keep voting like that and see what happens to your family."
    )
    page = client_for(officer).get(f"/incidents/{incident.reference}/").content.decode()
    assert "What the screener flagged" in page
    flagged = page.index("What the screener flagged")
    assert page.index("see what happens to your family", flagged) < page.index(
        "All the words read", flagged
    )
    own_page = client_for(incident.councillor).get(f"/incidents/{incident.reference}/")
    assert b"What the screener flagged" not in own_page.content


@pytest.mark.django_db
def test_a_file_flagged_as_a_whole_names_no_part_and_a_screenshot_names_its_post(report):
    note = b"I know where you live and I will be waiting outside your house."
    incident = report(
        ("note.txt", "text/plain", note),
        ("post.png", "image/png", screenshot(*THREAT_POST)),
    )
    letter, post = incident.evidence.order_by("original_name")
    assert letter.likely_threat
    assert post.likely_threat
    assert letter.flagged_words == ""  # its words are the one text read
    assert post.flagged_words == "You should watch your back.\nI Know where you live."
    assert "Dave Smith" in post.words


@pytest.mark.django_db
def test_a_threat_in_an_exported_chat_raises_the_report(report):
    chat = among_ordinary("Keep voting like that and see what happens to your family.")
    incident = report(("WhatsApp Chat with Dave Smith.txt", "text/plain", chat.encode()))
    evidence = incident.evidence.get()
    assert evidence.likely_threat
    assert IncidentTriage.objects.get(incident=incident).priority == "P1"


@pytest.mark.django_db
def test_one_abusive_paragraph_in_a_saved_mail_is_found(report):
    saved = mail(CASEWORK[0], CASEWORK[1], "You are a vile transgender person.", CASEWORK[2])
    incident = report(("lighting.eml", "message/rfc822", bytes(saved)))
    evidence = incident.evidence.get()
    assert {"abuse", "identity_attack"} <= set(evidence.screened_flags)
    assert not evidence.likely_threat


@pytest.mark.django_db
def test_a_threat_in_a_saved_mails_sender_name_is_found_and_shown(report):
    saved = mail(*CASEWORK)
    saved.replace_header("From", "I Know Where You Live <resident@example.net>")
    incident = report(("lighting.eml", "message/rfc822", bytes(saved)))
    evidence = incident.evidence.get()
    assert evidence.likely_threat
    # the name as it was read, not the whole mail
    assert evidence.flagged_words == "I Know Where You Live wrote:"
