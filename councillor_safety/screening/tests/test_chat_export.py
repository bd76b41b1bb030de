"""A chat exported from WhatsApp is read message by message as well as whole."""

from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage

import pytest

from councillor_safety.screening import attachments
from councillor_safety.screening.attachments import AttachmentText, attachment_text
from councillor_safety.screening.chat_export import ChatMessage, chat_messages, latest
from councillor_safety.screening.parsing import parse
from councillor_safety.screening.tests.attachment_files import screenshot
from councillor_safety.screening.verdicts import screen, screen_mail

ANDROID = """12/11/2026, 21:02 - Messages and calls are end-to-end encrypted. No one outside of \
this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/11/2026, 21:03 - Dave Smith: Evening councillor
12/11/2026, 21:04 - Jane Doe: Hello Dave, how can I help?
12/11/2026, 21:05 - Dave Smith: <Media omitted>
12/11/2026, 21:06 - Dave Smith: You voted for the bypass.
You'll regret it. <This message was edited>
12/11/2026, 21:07 - Dave Smith: This message was deleted
12/11/2026, 21:08 - Dave Smith changed his phone number to a new number.
12/11/2026, 21:09 - Jane Doe: Please don't message me again: I will report this.
"""
IPHONE = (
    "\u200e[12/11/2026, 21:03:05] Dave Smith: Evening\n"
    "[12/11/2026, 21:04:10] Jane Doe: Hello\n"
    "\u200e[12/11/2026, 21:05:00] Dave Smith: \u200eimage omitted\n"
    "[12/11/2026, 21:05:30] \u200eDave Smith: \u200e<attached: 00000012-PHOTO-2026-11-12.jpg>\n"
    "[12/11/2026, 21:06:00] Dave Smith: I know where you live\n"
)
ORDINARY = [
    "Are you coming to the ward surgery on Saturday?",
    "Yes, I'll be there from ten.",
    "The bins on Gull Street were missed again this week.",
    "I've reported it to the depot, they will come on Monday.",
    "Thanks, much appreciated.",
    "Is the library still closing early on Thursdays?",
    "Only until the heating is fixed.",
    "Good to know, see you Saturday.",
]


def export(messages: list[tuple[str, str]]) -> str:
    return "\n".join(
        f"{1 + n // 1440:02d}/11/2026, {n // 60 % 24:02d}:{n % 60:02d} - {sender}: {text}"
        for n, (sender, text) in enumerate(messages)
    )


def read_file(
    data: bytes,
    name: str = "WhatsApp Chat - Dave Smith.zip",
    content_type: str = "application/zip",
) -> AttachmentText:
    """The file read as a mail's attachment is, or evidence."""
    return attachment_text(
        data,
        name=name,
        content_type=content_type,
        charset=None,
        limit=20_000,
        deadline=time.monotonic() + 20,
    )


def among_ordinary(message: str) -> str:
    """One of Dave's messages in the middle of an ordinary chat with his councillor."""
    said = [("Dave Smith" if n % 2 == 0 else "Jane Doe", text) for n, text in enumerate(ORDINARY)]
    return export([*said[:4], ("Dave Smith", message), *said[4:]])


def test_an_android_export_is_read_message_by_message():
    assert [(m.sender, m.text) for m in chat_messages(ANDROID)] == [
        ("Dave Smith", "Evening councillor"),
        ("Jane Doe", "Hello Dave, how can I help?"),
        ("Dave Smith", "You voted for the bypass.\nYou'll regret it."),
        ("Jane Doe", "Please don't message me again: I will report this."),
    ]


def test_an_iphone_export_is_read_without_its_marks_and_placeholders():
    messages = chat_messages(IPHONE)
    assert [(m.sender, m.text) for m in messages] == [
        ("Dave Smith", "Evening"),
        ("Jane Doe", "Hello"),
        ("Dave Smith", "I know where you live"),
    ]
    assert messages[-1].line == "[12/11/2026, 21:06:00] Dave Smith: I know where you live"


@pytest.mark.parametrize(
    "line",
    [
        "12/11/2026, 9:03\u202fpm - Dave Smith: watch yourself",
        "11/12/26, 9:03 PM - Dave Smith: watch yourself",
        "12.11.26, 21:03 - Dave Smith: watch yourself",
        "2026-11-12, 21:03 - Dave Smith: watch yourself",
    ],
    ids=["12-hour", "American", "dots", "ISO"],
)
def test_other_phones_dates_and_times_are_read(line):
    messages = chat_messages(f"{line}\n{line}")
    assert [(m.sender, m.text) for m in messages] == [("Dave Smith", "watch yourself")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Dear Councillor,\n12/11/2026, 21:03 - Dave Smith: quoted in a letter\n",
        "12/11/2026, 21:03 - I phoned the office.\nThey said no.",
        "12/11/2026, 21:03 - Dave Smith: one message is a note, not a chat",
        "id,text\n1,hello\n2,bye",
        "",
    ],
    ids=["letter", "diary", "one message", "csv", "empty"],
)
def test_other_text_is_not_taken_for_a_chat(text):
    assert chat_messages(text) == []


def test_a_long_chat_is_kept_from_its_end():
    messages = [ChatMessage(f"line {n}", "Dave", f"text {n}") for n in range(10)]
    assert [m.text for m in latest(messages, 21)] == ["text 7", "text 8", "text 9"]
    # one message longer than the whole allowance is read to it
    long = ChatMessage("Dave: " + "x" * 50, "Dave", "x" * 50)
    assert latest([*messages, long], 20) == [ChatMessage("Dave: " + "x" * 14, "Dave", "x" * 20)]


def test_an_exported_chat_file_gives_its_messages_to_read_alone():
    read = read_file(ANDROID.encode(), "WhatsApp Chat with Dave Smith.txt", "text/plain")
    assert read.text == ANDROID.strip()
    assert read.messages[2] == "You voted for the bypass.\nYou'll regret it."
    assert read.problem == ""


def test_a_chat_too_long_to_read_whole_is_read_from_its_latest_messages():
    chat = export([("Dave Smith", f"Message number {n} about the bins.") for n in range(2_000)])
    read = read_file(chat.encode(), "WhatsApp Chat with Dave Smith.txt", "text/plain")
    assert read.text.endswith("Dave Smith: Message number 1999 about the bins.")
    assert len(read.text) <= 20_000
    assert read.messages[-1] == "Message number 1999 about the bins."
    assert read.problem == f"a long chat: its latest {len(read.messages)} of 2000 messages read"


@pytest.mark.django_db
def test_one_abusive_message_in_a_mailed_chat_is_found():
    """Read whole, the ordinary messages around it dilute it below every threshold."""
    chat = among_ordinary("You are a vile transgender person.")
    assert not screen([chat])[0].flags  # why each message is read alone too
    mail = EmailMessage()
    mail["From"] = "cllr.doe@council.gov.uk"
    mail["Subject"] = "WhatsApp Chat with Dave Smith"
    mail.set_content("Chat attached.")
    mail.add_attachment(
        chat.encode(),
        maintype="text",
        subtype="plain",
        filename="WhatsApp Chat with Dave Smith.txt",
    )
    parsed = parse(bytes(mail))
    assert parsed.chat_messages[4] == "You are a vile transgender person."
    assert {"abuse", "identity_attack"} <= set(screen_mail(screen, [parsed])[0].flags)


@pytest.mark.django_db
def test_an_ordinary_mailed_chat_is_not_flagged():
    mail = EmailMessage()
    mail["Subject"] = "WhatsApp Chat with Dave Smith"
    mail.set_content("Chat attached.")
    mail.add_attachment(
        among_ordinary("See you then.").encode(),
        maintype="text",
        subtype="plain",
        filename="WhatsApp Chat with Dave Smith.txt",
    )
    assert screen_mail(screen, [parse(bytes(mail))])[0].flags == []


def chat_archive(chat: str, *photos: bytes, folder: str = "") -> bytes:
    """A chat as an iPhone exports it: a zip archive of "_chat.txt" and the photos sent."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}_chat.txt", chat)
        for number, photo in enumerate(photos):
            archive.writestr(f"{folder}{number:08d}-PHOTO-2026-11-12-21-0{number}-00.jpg", photo)
    return buffer.getvalue()


def test_a_chat_exported_as_an_archive_is_read_with_the_words_in_its_photos():
    post = screenshot("Dave Smith  2h", "You should watch your back.", "I know where you live.")
    read = read_file(chat_archive(IPHONE, post))
    assert read.messages == ("Evening", "Hello", "I know where you live")
    assert read.text.startswith(IPHONE.strip())
    assert "You should watch your back." in read.text
    assert read.read_by_ocr == "with the words in its pictures as read by OCR"
    assert "You should watch your back.\nI Know where you live." in read.alone


def test_an_archive_that_is_not_a_chat_is_not_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", ANDROID)
    assert read_file(buffer.getvalue(), "photos.zip") == AttachmentText()


def test_an_archive_declaring_more_than_may_be_inflated_is_not_read(monkeypatch):
    monkeypatch.setattr(attachments, "MAX_CHAT_ARCHIVE_INFLATED_BYTES", 100)
    read = read_file(chat_archive(ANDROID))
    assert read.text == ""
    assert read.problem == "attachment not readable: ValueError"
