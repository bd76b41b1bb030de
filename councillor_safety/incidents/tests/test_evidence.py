"""Evidence files: what is accepted, what is refused, how they are stored and served."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from councillor_safety.core.models import AuditEvent
from councillor_safety.incidents import evidence_files
from councillor_safety.incidents.models import Evidence
from councillor_safety.incidents.tests.factories import png_bytes
from councillor_safety.incidents.tests.test_reporting_journey import start_draft
from councillor_safety.screening.tests.outlook_files import (
    MessageSpec,
    compound_file,
    outlook_message,
)
from councillor_safety.screening.tests.test_chat_export import ANDROID, chat_archive

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def files_on_disk(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _zip(files: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def upload(client, draft_id: str, *files: SimpleUploadedFile):
    return client.post(
        reverse("incidents:report_evidence", args=[draft_id]),
        {"action": "upload", "evidence": list(files)},
    )


@pytest.mark.django_db
def test_a_screenshot_is_stored_under_a_random_name_with_its_hash(
    councillor, client_for, evidence_root
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    content = png_bytes()
    response = upload(
        client, draft_id, SimpleUploadedFile("../../etc/passwd screenshot.png", content)
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert evidence.sha256 == hashlib.sha256(content).hexdigest()
    assert evidence.size == len(content)
    assert evidence.content_type == "image/png"
    assert evidence.original_name == "passwd screenshot.png"
    stored = files_on_disk(evidence_root)
    assert len(stored) == 1
    assert "passwd" not in str(stored[0])
    assert stored[0].suffix == ""
    assert stored[0].read_bytes() == content
    assert AuditEvent.objects.filter(
        action="evidence.uploaded", object_id=str(evidence.pk)
    ).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "page.png",
            b"\x89PNG\r\n\x1a\n" + b"<html><script>alert(1)</script></html>" * 10,
            "damaged",
        ),
        (
            "holiday.jpg",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,
            "must be a",
        ),
        ("notes.txt", b"<!DOCTYPE html><html><body onload=alert(1)></body></html>", "must be a"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "must be a",
        ),
        ("photo.pdf", png_bytes(), "not what its name says"),
        ("empty.png", b"", "is empty"),
        ("letter.pdf", b"%PDF" + b"\x00" * 3, "damaged"),
    ],
)
def test_disguised_or_damaged_files_are_refused_and_nothing_is_kept(
    councillor, client_for, evidence_root, name, content, message
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    response = upload(client, draft_id, SimpleUploadedFile(name, content))
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert message in page
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_an_oversize_file_is_refused(councillor, client_for, settings, evidence_root):
    settings.EVIDENCE_MAX_BYTES = 1024 * 1024
    client = client_for(councillor)
    draft_id = start_draft(client)
    big = SimpleUploadedFile("big.txt", b"a" * (1024 * 1024 + 1))
    response = upload(client, draft_id, big)
    assert response.status_code == 400
    assert "must be smaller than 1MB" in response.content.decode()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_too_many_files_are_refused_all_together(councillor, client_for, settings, evidence_root):
    settings.EVIDENCE_MAX_FILES = 2
    client = client_for(councillor)
    draft_id = start_draft(client)
    files = [
        SimpleUploadedFile(f"shot{i}.png", png_bytes(colour=c))
        for i, c in enumerate(["red", "blue", "green"])
    ]
    response = upload(client, draft_id, *files)
    assert response.status_code == 400
    assert "up to 2 files" in response.content.decode()
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_one_bad_file_in_a_batch_keeps_none_of_them(councillor, client_for, evidence_root):
    client = client_for(councillor)
    draft_id = start_draft(client)
    response = upload(
        client,
        draft_id,
        SimpleUploadedFile("good.png", png_bytes()),
        SimpleUploadedFile("bad.jpg", b"MZ" + b"\x00" * 100),
    )
    assert response.status_code == 400
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_a_database_failure_after_storing_removes_the_files(
    councillor, client_for, evidence_root, monkeypatch
):
    client = client_for(councillor)
    draft_id = start_draft(client)

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(evidence_files, "store_file", evidence_files.store_file)
    monkeypatch.setattr("councillor_safety.incidents.services.audit_record", fail)
    with pytest.raises(RuntimeError):
        upload(
            client,
            draft_id,
            SimpleUploadedFile("a.png", png_bytes()),
            SimpleUploadedFile("b.png", png_bytes(colour="blue")),
        )
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_accepted_types(councillor, client_for):
    client = client_for(councillor)
    draft_id = start_draft(client)
    response = upload(
        client,
        draft_id,
        SimpleUploadedFile("letter.pdf", PDF),
        SimpleUploadedFile(
            "message.eml", "From: x@example.com\nSubject: vote\n\nYou will regret it £".encode()
        ),
        SimpleUploadedFile("photo.JPG", _jpeg()),
        SimpleUploadedFile("screenshots.docx", _word_document()),
        SimpleUploadedFile("From Dave.msg", outlook_message(MessageSpec(subject="bins"))),
        SimpleUploadedFile("WhatsApp Chat - Dave Smith.zip", chat_archive(ANDROID)),
    )
    assert response.status_code == 302
    assert sorted(Evidence.objects.values_list("content_type", flat=True)) == [
        "application/pdf",
        "application/vnd.ms-outlook",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/zip",
        "image/jpeg",
        "text/plain",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("upload_name", "data", "message"),
    [
        (
            "letter.msg",
            compound_file({"WordDocument": b"\xec\xa5" + b"\x00" * 600}),
            "The selected file letter.msg must be a JPG",
        ),
        (
            "mail.txt",
            outlook_message(MessageSpec(subject="bins")),
            "The selected file mail.txt is not what its name says it is",
        ),
        (
            "photos.zip",
            _zip({"IMG_0001.jpg": b"x"}),
            "The selected file photos.zip is a ZIP but not a WhatsApp chat. Take the files out",
        ),
        (
            "chat.zip",
            chat_archive(ANDROID)[:200],
            "The selected file chat.zip is damaged and cannot be opened",
        ),
    ],
    ids=["Word 97 named as a message", "a message named as text", "photos", "cut short chat"],
)
def test_office_files_and_archives_that_are_not_what_is_accepted_are_refused(
    councillor, client_for, evidence_root, upload_name, data, message
):
    client = client_for(councillor)
    response = upload(client, start_draft(client), SimpleUploadedFile(upload_name, data))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


def _word_document() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Screenshots of the comments under my post")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _jpeg() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_a_file_can_be_removed_before_sending(
    councillor, client_for, evidence_root, django_capture_on_commit_callbacks
):
    client = client_for(councillor)
    draft_id = start_draft(client)
    upload(client, draft_id, SimpleUploadedFile("a.png", png_bytes()))
    evidence = Evidence.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("incidents:report_evidence_remove", args=[draft_id, evidence.public_id])
        )
    assert response.status_code == 302
    assert not Evidence.objects.exists()
    assert files_on_disk(evidence_root) == []


@pytest.mark.django_db
def test_download_is_an_audited_attachment(evidence_file, officer, client_for):
    client = client_for(officer)
    response = client.get(reverse("incidents:evidence_download", args=[evidence_file.public_id]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="screenshot.png"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == evidence_file.sha256
    event = AuditEvent.objects.get(action="evidence.downloaded")
    assert event.actor == officer
    assert event.object_id == str(evidence_file.pk)
    assert event.is_read


@pytest.mark.django_db
def test_storage_paths_are_not_served(evidence_file, officer, client_for):
    client = client_for(officer)
    for path in (
        f"/evidence/{evidence_file.stored_name}",
        f"/media/{evidence_file.stored_name}",
        f"/static/../var/evidence/{evidence_file.stored_name}",
    ):
        assert client.get(path).status_code == 404


def test_display_names_lose_paths_and_control_characters():
    assert evidence_files.clean_display_name("..\\..\\windows\\system32\\evil.png") == "evil.png"
    assert evidence_files.clean_display_name("a\x00b\u202ec.png") == "abc.png"
    assert evidence_files.clean_display_name("...") == "evidence"
