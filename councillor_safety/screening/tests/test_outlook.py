"""Outlook's saved messages (.msg) are read as the mail they were."""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import olefile
import pytest

from councillor_safety.screening import outlook
from councillor_safety.screening.parsing import parse
from councillor_safety.screening.tests.attachment_files import screenshot
from councillor_safety.screening.tests.outlook_files import (
    Attachment,
    MessageSpec,
    compound_file,
    outlook_message,
)
from councillor_safety.screening.verdicts import screen, screen_mail

SAVED_BY_OUTLOOK = Path(__file__).parent / "files" / "outlook_with_attached_message.msg"
THREAT = "I know where you live and I will be waiting for you outside the surgery on Friday."
SENT = datetime(2026, 11, 2, 21, 14, tzinfo=UTC)


def read(spec: MessageSpec):
    converted = outlook.to_mime(outlook_message(spec))
    return parse(converted.mime), converted.problems


def test_a_message_outlook_saved_is_read_with_the_message_attached_to_it():
    data = SAVED_BY_OUTLOOK.read_bytes()
    assert outlook.is_outlook_message(data)
    parsed = parse(outlook.to_mime(data).mime)
    assert parsed.subject == "outer subject"
    assert parsed.date == datetime(2016, 11, 15, 23, 29, 5, tzinfo=UTC)
    assert parsed.text.startswith("outer subject\n\nOuter body")
    assert "---------- Attached message ----------" in parsed.text
    assert "Subject: test" in parsed.text
    assert parsed.attached_texts == ["body"]
    assert parsed.problems == []


def test_the_written_files_are_compound_files_as_the_format_says():
    """The files tests write are read back whole by olefile, small and large streams alike."""
    large = bytes(range(256)) * 40
    data = compound_file({"small": b"abc", "folder": {"large": large, "empty": b""}})
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        assert sorted(ole.listdir()) == [["folder", "empty"], ["folder", "large"], ["small"]]
        assert ole.openstream("small").read() == b"abc"
        assert ole.openstream("folder/large").read() == large
        assert ole.openstream("folder/empty").read() == b""


def test_sender_subject_date_and_body_are_read():
    parsed, problems = read(
        MessageSpec(
            subject="Your vote on the bypass",
            body=f"Councillor,\r\n\r\n{THREAT}\r\n",
            sender_name="Dave Smith",
            sender_email="dave.smith@example.net",
            sent=SENT,
        )
    )
    assert parsed.sender == '"Dave Smith" <dave.smith@example.net>'
    assert parsed.subject == "Your vote on the bypass"
    assert parsed.date == SENT
    assert THREAT in parsed.body
    assert problems == []


def test_a_received_mails_own_headers_are_taken_over_what_outlook_kept():
    headers = (
        "Received: from mx.example.net by mail.council.gov.uk; Mon, 2 Nov 2026 21:13:59 +0000\r\n"
        "From: Anon <burner123@example.org>\r\n"
        "To: cllr.jones@council.gov.uk\r\n"
        "Subject: =?utf-8?q?You=E2=80=99ll_see?=\r\n"
        "Date: Mon, 2 Nov 2026 21:13:58 +0000\r\n"
        "Content-Type: text/html; charset=us-ascii\r\n\r\n"
    )
    parsed, _ = read(
        MessageSpec(
            subject="You’ll see",
            body=THREAT,
            sender_name="Anon",
            sender_email="someone-else@example.org",
            transport_headers=headers,
            sent=datetime(2026, 11, 3, tzinfo=UTC),
        )
    )
    assert parsed.sender == "Anon <burner123@example.org>"
    assert parsed.subject == "You’ll see"
    assert parsed.date == datetime(2026, 11, 2, 21, 13, 58, tzinfo=UTC)
    assert THREAT in parsed.body  # the transport's Content-Type does not describe the body here


def test_an_exchange_senders_address_is_their_mail_address_not_the_directory_path():
    parsed, _ = read(
        MessageSpec(
            subject="Ward walk",
            body="See you at ten.",
            sender_name="Pat Lee",
            sender_email="pat.lee@council.gov.uk",
            exchange=True,
        )
    )
    assert parsed.sender == '"Pat Lee" <pat.lee@council.gov.uk>'


def test_older_outlooks_strings_in_a_code_page_are_read():
    parsed, _ = read(
        MessageSpec(
            subject="£20 says you won’t last",
            body="You’ll pay for the £2m cut. " + THREAT,
            sender_email="x@example.net",
            string8=True,
        )
    )
    assert parsed.subject == "£20 says you won’t last"
    assert parsed.body.startswith("You’ll pay for the £2m cut.")


def test_an_html_only_body_is_read_as_its_reader_sees_it():
    parsed, _ = read(
        MessageSpec(
            subject="no", html=f"<html><body><p>Councillor,</p><p>{THREAT}</p></body></html>"
        )
    )
    assert THREAT in parsed.body
    assert "<p>" not in parsed.text


def test_a_body_kept_only_as_rtf_is_noted_as_not_read():
    parsed, problems = read(MessageSpec(subject="Look at this", rtf=b"\x2d\x00\x00\x00LZFu"))
    assert parsed.text == "Look at this"
    assert problems == ["the body is kept only as RTF, which is not read"]


def test_a_screenshot_attached_to_the_message_is_read():
    picture = screenshot("Dave Smith  2h", "You should watch your back.", "I know where you live.")
    parsed, _ = read(
        MessageSpec(
            subject="Fw: comments on my page",
            body="See the screenshot.",
            attachments=[Attachment("Screenshot 2026-11-02.png", picture, "image/png")],
        )
    )
    assert parsed.attachment_names == ["Screenshot 2026-11-02.png"]
    assert "You should watch your back." in parsed.text
    assert "(its words as read from the picture)" in parsed.text


def test_a_message_attached_to_the_message_is_read_with_its_sender():
    abuse = MessageSpec(
        subject="you again",
        body=THREAT,
        sender_name="Dave Smith",
        sender_email="dave@example.net",
        sent=SENT,
    )
    parsed, _ = read(
        MessageSpec(
            subject="FW: you again",
            body="This came in last night.",
            sender_name="Cllr Jane Doe",
            sender_email="jane.doe@council.gov.uk",
            attachments=[Attachment("you again", message=abuse)],
        )
    )
    assert parsed.sender == '"Cllr Jane Doe" <jane.doe@council.gov.uk>'
    assert parsed.attached_senders == ['"Dave Smith" <dave@example.net>']
    assert parsed.attached_texts == [THREAT]
    assert "Date: Mon, 02 Nov 2026 21:14:00 +0000" in parsed.text


def test_messages_attached_too_deep_are_noted_not_followed():
    spec = MessageSpec(subject="0", body="level 0")
    innermost = spec
    for level in range(1, outlook.MAX_DEPTH + 3):
        deeper = MessageSpec(subject=str(level), body=f"level {level}")
        innermost.attachments = [Attachment(f"{level}", message=deeper)]
        innermost = deeper
    _, problems = read(spec)
    assert f"messages attached more than {outlook.MAX_DEPTH} deep not read" in problems


def test_too_many_attachments_are_noted_and_the_rest_not_read(monkeypatch):
    monkeypatch.setattr(outlook, "MAX_ATTACHMENTS", 3)
    files = [Attachment(f"{n}.txt", f"note {n}".encode(), "text/plain") for n in range(5)]
    parsed, problems = read(MessageSpec(subject="notes", body="five notes", attachments=files))
    assert parsed.attachment_names == ["0.txt", "1.txt", "2.txt"]
    assert problems == ["more than 3 attachments: the rest not read"]


def test_a_word_97_document_is_not_taken_for_a_message():
    document = compound_file({"WordDocument": b"\xec\xa5" + b"\x00" * 600, "1Table": b"\x00" * 64})
    assert not outlook.is_outlook_message(document)
    with pytest.raises(outlook.OutlookMessageError, match="Office file, not an Outlook message"):
        outlook.to_mime(document)


@pytest.mark.parametrize(
    "data",
    [
        outlook_message(MessageSpec(subject="cut short", body=THREAT * 100))[:1500],
        outlook.SIGNATURE + bytes(range(256)) * 20,
    ],
    ids=["cut short", "noise"],
)
def test_a_damaged_message_is_refused_with_a_clear_reason(data):
    assert not outlook.is_outlook_message(data)
    with pytest.raises(outlook.OutlookMessageError, match="damaged and cannot be read"):
        outlook.to_mime(data)


def test_something_else_is_refused():
    with pytest.raises(outlook.OutlookMessageError, match="not an Outlook message"):
        outlook.to_mime(b"From: x@example.net\n\nhello")


@pytest.mark.parametrize("content_type", [outlook.CONTENT_TYPE, "application/octet-stream"])
def test_a_saved_message_dragged_into_a_mail_is_read_as_an_attached_message(content_type):
    saved = outlook_message(
        MessageSpec(subject="Re: bins", body=THREAT, sender_email="dave@example.net")
    )
    mail = EmailMessage()
    mail["From"] = "clerk@parish.example.org"
    mail["Subject"] = "Passing this on"
    mail.set_content("This was sent to the parish clerk about you.")
    maintype, subtype = content_type.split("/")
    mail.add_attachment(saved, maintype=maintype, subtype=subtype, filename="Re bins.msg")
    parsed = parse(bytes(mail))
    assert parsed.attached_senders == ["dave@example.net"]
    assert parsed.attached_texts == [THREAT]
    assert "Subject: Re: bins" in parsed.text
    assert "threat" in screen_mail(screen, [parsed])[0].flags


def test_a_damaged_message_in_a_mail_is_noted_and_the_mail_still_read():
    mail = EmailMessage()
    mail["Subject"] = "Passing this on"
    mail.set_content("See attached.")
    mail.add_attachment(
        outlook.SIGNATURE + b"\x00" * 600,
        maintype="application",
        subtype="vnd.ms-outlook",
        filename="broken.msg",
    )
    parsed = parse(bytes(mail))
    assert parsed.text == "Passing this on\n\nSee attached."
    assert "an attached message could not be read" in parsed.problems


def test_parts_of_a_file_pointing_at_the_same_bytes_are_read_no_more_than_the_file_holds():
    """A written file can point many streams at one run of sectors, each to be read again."""
    files = [Attachment("big.bin", b"\x01" * 50_000, "application/octet-stream")] + [
        Attachment(f"{n}.bin", b"\x02" * 5_000, "application/octet-stream") for n in range(9)
    ]
    data = bytearray(outlook_message(MessageSpec(subject="overlap", attachments=files)))
    with olefile.OleFileIO(io.BytesIO(bytes(data))) as ole:
        big = ole.direntries[ole._find("__attach_version1.0_#00000000/__substg1.0_37010102")]
        small = [
            ole._find(f"__attach_version1.0_#{n:08X}/__substg1.0_37010102") for n in range(1, 10)
        ]
        directory = (ole.first_dir_sector + 1) * 512
    for sid in small:  # the writer lays the directory out in one run of sectors
        struct.pack_into("<IQ", data, directory + sid * 128 + 116, big.isectStart, 50_000)
    converted = outlook.to_mime(bytes(data))
    parsed = parse(converted.mime)
    assert "parts of the file that overlap not read" in converted.problems
    assert len(converted.mime) < 2 * len(data)
    assert parsed.subject == "overlap"
