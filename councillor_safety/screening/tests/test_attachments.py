"""What is attached to a mail is read too: a message forwarded whole, and letters as files."""

from __future__ import annotations

import base64
import io
import random
import time
import zipfile
from email.message import EmailMessage

import docx
import pytest
from PIL import Image, ImageFilter
from pypdf import PdfWriter
from weasyprint import HTML

from councillor_safety.screening import attachments, image_text, parsing
from councillor_safety.screening.attachments import attachment_text
from councillor_safety.screening.model import Screener
from councillor_safety.screening.parsing import parse
from councillor_safety.screening.tests.attachment_files import (
    NOTE_PHOTO,
    feed_post,
    jbig2_scanned_pdf,
    raw_pdf,
    scanned_pdf,
    screenshot,
    screenshots_document,
)
from councillor_safety.screening.verdicts import screen, screen_mail

THREAT = "I know where you live and I will be waiting outside your house after the meeting."


def mail(body: str = "Please see my letter attached.", subject: str = "Planning") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Resident <resident@example.org>"
    message["To"] = "cllr.pryce@northharbour.example"
    message["Subject"] = subject
    message.set_content(body)
    return message


def abusive_mail() -> EmailMessage:
    message = mail(THREAT, subject="The vote")
    message.replace_header("From", "Gary Pendle <g.pendle@example.net>")
    message["Date"] = "Sat, 21 Nov 2026 23:30:00 +0000"
    return message


def pdf_letter(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return HTML(string=f"<html><body><h1>Letter</h1>{body}</body></html>").write_pdf()


def word_letter(*paragraphs: str, table_cell: str = "") -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_cell:
        document.add_table(rows=1, cols=1).cell(0, 0).text = table_cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


POST = (
    "Dave Smith  2h",
    "Cllr Pryce should watch her back.",
    "I know where she lives.",
    "Like  Reply",
)


def read_pdf(letter: bytes, deadline: float) -> attachments.AttachmentText:
    return attachment_text(
        letter,
        name="long.pdf",
        content_type="application/pdf",
        charset=None,
        limit=20_000,
        deadline=deadline,
    )


# A message forwarded whole ("forward as attachment")


def test_a_message_forwarded_as_an_attachment_is_read_with_its_sender():
    forward = mail("Please log this one.", subject="FW: The vote")
    forward.add_attachment(abusive_mail(), filename="The vote.eml")
    parsed = parse(bytes(forward))
    assert parsed.text == (
        "FW: The vote\n\nPlease log this one.\n\n"
        "---------- Attached message ----------\n"
        "From: Gary Pendle <g.pendle@example.net>\n"
        "Date: Sat, 21 Nov 2026 23:30:00 +0000\n"
        "Subject: The vote\n\n" + THREAT
    )
    assert parsed.attached_senders == ["Gary Pendle <g.pendle@example.net>"]
    assert parsed.attachment_names == []


def test_a_saved_message_attached_as_a_file_is_read_as_a_message():
    forward = mail("Dragged in from my inbox.", subject="The vote")
    saved = bytes(abusive_mail())
    forward.add_attachment(
        saved, maintype="application", subtype="octet-stream", filename="vote.EML"
    )
    parsed = parse(bytes(forward))
    assert parsed.text.endswith(
        "---------- Attached message ----------\n"
        "From: Gary Pendle <g.pendle@example.net>\n"
        "Date: Sat, 21 Nov 2026 23:30:00 +0000\n"
        "Subject: The vote\n\n" + THREAT
    )
    assert parsed.attached_senders == ["Gary Pendle <g.pendle@example.net>"]


def test_the_attachments_of_a_forwarded_message_are_read_and_named():
    inner = abusive_mail()
    inner.add_attachment(
        b"You have been warned.", maintype="text", subtype="plain", filename="note.txt"
    )
    forward = mail("See attached.", subject="FW: The vote")
    forward.add_attachment(inner, filename="The vote.eml")
    parsed = parse(bytes(forward))
    assert parsed.text.endswith(
        f"{THREAT}\n\n---------- Attachment: note.txt ----------\nYou have been warned."
    )
    assert parsed.attachment_names == ["note.txt"]


def test_messages_attached_inside_messages_are_read_only_so_deep():
    message = abusive_mail()
    for depth in range(parsing.MAX_ATTACHED_DEPTH + 2):
        outer = mail(f"Level {depth}", subject=f"FW {depth}")
        outer.add_attachment(message, filename=f"{depth}.eml")
        message = outer
    parsed = parse(bytes(message))
    assert parsed.text.count("---------- Attached message ----------") == parsing.MAX_ATTACHED_DEPTH
    assert (
        f"messages attached more than {parsing.MAX_ATTACHED_DEPTH} deep not read" in parsed.problems
    )


def test_a_mail_of_thousands_of_parts_is_read_to_a_limit():
    message = mail("The first part.")
    for number in range(parsing.MAX_PARTS + 100):
        message.add_attachment(b"x", maintype="image", subtype="png", filename=f"{number}.png")
    parsed = parse(bytes(message))
    assert parsed.text == "Planning\n\nThe first part."
    assert len(parsed.attachment_names) == parsing.MAX_PARTS - 1
    assert f"more than {parsing.MAX_PARTS} parts: the rest not read" in parsed.problems


# Letters attached as files


def test_a_pdf_letter_is_read_and_its_threat_found(screener: Screener):
    message = mail()
    letter = pdf_letter("Dear Councillor Pryce,", THREAT, "Yours, a resident")
    message.add_attachment(letter, maintype="application", subtype="pdf", filename="letter.pdf")
    parsed = parse(bytes(message))
    assert parsed.text.startswith(
        "Planning\n\nPlease see my letter attached.\n\n---------- Attachment: letter.pdf ----------\nLetter"
    )
    assert "I know where you live and I will be waiting outside your house" in parsed.text
    assert parsed.attachment_names == ["letter.pdf"]
    assert parsed.problems == []
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_a_word_letter_is_read_in_order_with_its_tables():
    message = mail()
    letter = word_letter("Dear Councillor,", "The bins on Gull Street.", table_cell="Reference 42")
    message.add_attachment(
        letter,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="letter.docx",
    )
    parsed = parse(bytes(message))
    assert parsed.text.endswith(
        "---------- Attachment: letter.docx ----------\n"
        "Dear Councillor,\nThe bins on Gull Street.\nReference 42"
    )


def test_screenshots_pasted_into_a_word_document_are_read_post_by_post():
    """Councillors gather screenshots for a report in a document: the abuse is in the pictures,
    the text is captions. A letterhead's logo is the page's, not the document's, and not read."""
    document = screenshots_document(
        screenshot(*feed_post("Gay people are evil.", "facebook_reply")),
        screenshot(*POST),
        letterhead=screenshot("NORTH HARBOUR FOOTBALL CLUB", size=(1080, 300)),
    )
    message = mail("For my report.", subject="Evidence")
    message.add_attachment(
        document,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="screenshots.docx",
    )
    parsed = parse(bytes(message))
    assert parsed.problems == []
    header = (
        "---------- Attachment: screenshots.docx (with the words in its pictures as read by OCR)"
    )
    assert header in parsed.text
    assert "Screenshot 2, from Facebook on 3 December" in parsed.text
    assert "I know where she lives." in parsed.text
    assert "NORTH HARBOUR" not in parsed.text
    assert "Gay people are evil." in parsed.attached_texts  # the post alone, without its feed
    flags = set(screen_mail(screen, [parsed])[0].flags)
    assert {"threat", "identity_attack"} <= flags


def test_a_text_file_in_a_windows_charset_is_read():
    message = mail()
    message.add_attachment(
        "Caf\u00e9 owners will remember your vote".encode("cp1252"),
        maintype="text",
        subtype="plain",
        filename="note.txt",
    )
    assert parse(bytes(message)).text.endswith("Café owners will remember your vote")


def test_archives_and_unknown_files_are_named_but_not_read():
    message = mail()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as files:
        files.writestr("letter.txt", "I know where you live")  # not a WhatsApp chat's archive
    message.add_attachment(
        archive.getvalue(), maintype="application", subtype="zip", filename="all.zip"
    )
    message.add_attachment(b"\x00\x01", maintype="application", subtype="x-foo", filename="a.bin")
    # a voicemail is a RIFF file, as a WebP picture is, and is not taken for one
    wav = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 32
    message.add_attachment(wav, maintype="audio", subtype="x-wav", filename="voicemail.wav")
    parsed = parse(bytes(message))
    assert parsed.text == "Planning\n\nPlease see my letter attached."
    assert parsed.attachment_names == ["all.zip", "a.bin", "voicemail.wav"]
    assert parsed.problems == []


@pytest.mark.parametrize(
    ("data", "name", "problem"),
    [
        (b"%PDF-1.4 not really", "broken.pdf", "attachment not readable: PdfStreamError"),
        (b"PK\x03\x04 not really", "broken.docx", "attachment not readable: BadZipFile"),
        (
            # a page drawn by a million operations: pypdf's own default limits let it run
            # for seconds; ours stop it at once
            raw_pdf(b"BT /F1 12 Tf " + b"(a) Tj " * 1_000_000 + b"ET"),
            "stall.pdf",
            "attachment not readable: LimitReachedError",
        ),
        (
            # a zip bomb: a Word file whose parts inflate past the limit is not opened
            b"",
            "bomb.docx",
            "attachment not readable: ValueError",
        ),
        (
            b"%PDF-" + b"0" * attachments.MAX_ATTACHMENT_BYTES,
            "huge.pdf",
            "attachment over 5 MB not read",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_noted_and_the_mail_still_read(data, name, problem):
    if name == "bomb.docx":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", b"\0" * (attachments.MAX_DOCX_INFLATED_BYTES + 1))
        data = out.getvalue()
    message = mail()
    message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    parsed = parse(bytes(message))
    assert parsed.text == "Planning\n\nPlease see my letter attached."
    assert parsed.problems == [f"{problem} (attachment 1)"]  # logged: the file's name is not


def test_attachments_share_one_budget_of_text():
    message = mail()
    for number in range(3):
        message.add_attachment("word " * 3_000, subtype="plain", filename=f"{number}.txt")
    parsed = parse(bytes(message))
    assert len(parsed.text) == parsing.MAX_TEXT_CHARS
    assert parsed.text.count("---------- Attachment:") == 2  # the third had nothing left


def test_no_file_is_read_once_the_time_for_attachments_is_spent():
    read = attachment_text(
        b"hello", name="a.txt", content_type="text/plain", charset=None, limit=100, deadline=0.0
    )
    assert (read.text, read.problem) == (
        "",
        "attachment not read: the time for attachments was spent",
    )


def test_a_long_pdf_is_read_only_until_its_time_is_spent(monkeypatch):
    letter = pdf_letter(*(f"Paragraph {n}. " * 40 for n in range(80)))  # several pages
    clock = iter(range(1_000))
    monkeypatch.setattr(attachments.time, "monotonic", lambda: next(clock))
    read = read_pdf(letter, deadline=2)
    assert read.problem == "pages after 1 not read: the time for attachments was spent"
    assert read.text.startswith("Letter")
    assert "Paragraph 79" not in read.text


def test_a_letter_of_several_pages_is_read_whole():
    letter = pdf_letter(*(f"Paragraph {n}. " * 20 for n in range(40)))
    read = read_pdf(letter, deadline=time.monotonic() + 60)
    assert read.problem == ""
    assert "Paragraph 39" in read.text


# Scanned letters: PDFs whose pages are pictures, read by OCR

SCANNED_LETTER = (
    "12 Gull Street",
    "3 December 2026",
    "Dear Councillor Pryce,",
    "You voted to close the library and everyone knows where you live.",
    "I will be waiting outside your house after the next meeting.",
)


def test_a_scanned_letter_is_read_by_ocr_and_its_threat_found(screener: Screener):
    """A letter posted to the council is scanned into the mail room's PDF, which has no text."""
    message = mail("Scanned post for Cllr Pryce.", subject="Post")
    message.add_attachment(
        scanned_pdf(SCANNED_LETTER, ("Yours, a resident",)),
        maintype="application",
        subtype="pdf",
        filename="scan0001.pdf",
    )
    parsed = parse(bytes(message))
    assert parsed.problems == []
    header = (
        "---------- Attachment: scan0001.pdf (its scanned pages' words as read by OCR) ----------"
    )
    assert header in parsed.text
    assert "I will be waiting outside your house after the next meeting." in parsed.text
    assert parsed.text.endswith("next meeting.\n\nYours, a resident")
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_a_black_and_white_fax_coded_scan_is_read():
    read = read_pdf(scanned_pdf(SCANNED_LETTER, fax=True), deadline=time.monotonic() + 60)
    assert (read.scanned, read.problem) == (True, "")
    assert "everyone knows where you live." in read.text


def test_only_pages_with_no_text_are_read_by_ocr():
    """A typed page's logo or signature is a picture too, and its words are not wanted; a
    scanned page among typed ones is read."""
    logo = base64.b64encode(screenshot("NORTH HARBOUR FOOTBALL CLUB", size=(1080, 300))).decode()
    typed = HTML(
        string=f'<img src="data:image/png;base64,{logo}"><p>{"Minutes of the meeting. " * 5}</p>'
    ).write_pdf()
    assert "NORTH HARBOUR" not in read_pdf(typed, deadline=time.monotonic() + 60).text
    writer = PdfWriter()
    writer.append(io.BytesIO(typed))
    writer.append(io.BytesIO(scanned_pdf(SCANNED_LETTER)))
    both = io.BytesIO()
    writer.write(both)
    read = read_pdf(both.getvalue(), deadline=time.monotonic() + 60)
    assert read.text.startswith("Minutes of the meeting.")
    assert "NORTH HARBOUR" not in read.text
    assert read.text.endswith("outside your house after the next meeting.")
    assert read.scanned


def test_a_scan_coded_in_jbig2_is_noted_not_read():
    read = read_pdf(jbig2_scanned_pdf(), deadline=time.monotonic() + 60)
    assert (read.text, read.scanned) == ("", False)
    assert read.problem == (
        "page 1: scanned page not read: its picture is coded in JBIG2, which is not read"
    )


def test_scanned_pages_are_read_only_until_the_time_is_spent(monkeypatch):
    monkeypatch.setattr(image_text, "MAX_SECONDS", 0.001)
    read = read_pdf(scanned_pdf(SCANNED_LETTER, ("Yours",)), deadline=time.monotonic() + 60)
    assert read.text == ""
    assert read.problem == (
        "page 1: picture not read in the time for attachments; "
        "page 2: picture not read in the time for attachments"
    )


# Pictures: screenshots of posts, read by OCR


def test_a_screenshot_of_a_threat_is_read_and_the_threat_found(screener: Screener):
    message = mail("Have you seen this?")
    message.add_attachment(
        screenshot(*POST), maintype="image", subtype="png", filename="IMG_2231.png"
    )
    parsed = parse(bytes(message))
    assert parsed.problems == []
    header = "---------- Attachment: IMG_2231.png (its words as read from the picture) ----------"
    assert header in parsed.text
    # Tesseract's usual misreading of a capital I as "|" is put right.
    assert "Cllr Pryce should watch her back.\nI know where she lives." in parsed.text
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_a_screenshots_post_is_screened_without_the_feeds_words_around_it():
    """Read with the poster's name, handle, time and counts, a short attack on a group scores
    far under every threshold; read as the post's own words, it is flagged."""
    message = mail("Have you seen this?", subject="Twitter")
    message.add_attachment(
        screenshot(*feed_post("Muslim people are evil.", "x_post")),
        maintype="image",
        subtype="png",
        filename="IMG_2232.png",
    )
    parsed = parse(bytes(message))
    assert "@dsmith88" in parsed.text  # who posted and when is kept for the officer
    assert parsed.attached_texts == ["Muslim people are evil."]
    words = parsed.text.split("----------\n", 1)[1]
    assert screen([words])[0].flags == []
    assert {"abuse", "identity_attack"} <= set(screen_mail(screen, [parsed])[0].flags)


def test_each_post_in_a_screenshot_of_a_thread_is_screened_on_its_own():
    """One attack on a group among ordinary comments is diluted by them, as by a name and time."""
    thread = [
        *feed_post("The library vote was a shame, the children loved it.", "facebook_comment"),
        *feed_post("Gay people are evil.", "facebook_comment"),
        *feed_post("Hope it reopens soon. Which day is the next meeting?", "facebook_comment"),
    ]
    message = mail("Comments under my post.", subject="Facebook")
    message.add_attachment(
        screenshot(*thread), maintype="image", subtype="png", filename="IMG_2233.png"
    )
    parsed = parse(bytes(message))
    assert [text.replace("\n", " ") for text in parsed.attached_texts] == [
        "The library vote was a shame, the children loved it.",
        "Gay people are evil.",
        "Hope it reopens soon. Which day is the next meeting?",
    ]
    assert screen(["\n".join(parsed.attached_texts)])[0].flags == []
    assert {"abuse", "identity_attack"} <= set(screen_mail(screen, [parsed])[0].flags)


def test_an_iphone_photo_is_read_whatever_the_file_is_called(screener: Screener):
    """iPhones save photos as HEIC; mail programs often send them as octet-stream."""
    message = mail("Someone put this through my door.", subject="Note")
    message.add_attachment(
        NOTE_PHOTO.read_bytes(), maintype="application", subtype="octet-stream", filename="IMG_4032"
    )
    parsed = parse(bytes(message))
    assert parsed.problems == []
    assert "(its words as read from the picture)" in parsed.text
    assert "We know where you live.\nYou will pay for the\nlibrary vote." in parsed.text
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_a_video_is_not_taken_for_an_iphone_photo():
    """MP4 and MOV files are ISO media files as HEIC photos are; only a photo's brands are."""
    video = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\x00" * 64
    message = mail()
    message.add_attachment(video, maintype="application", subtype="octet-stream", filename="clip")
    assert parse(bytes(message)).problems == []


def test_a_picture_pasted_into_the_mail_with_no_name_is_read(screener: Screener):
    """Some mail programs send a pasted picture with only the Content-ID its <img> shows it by:
    no file name and no disposition."""
    message = mail("See below.", subject="Look at this")
    message.add_alternative('<p>See below.</p><img src="cid:shot1">', subtype="html")
    message.get_payload()[1].add_related(
        screenshot(*POST), maintype="image", subtype="png", cid="<shot1>"
    )
    raw = bytes(message).replace(b"Content-Disposition: inline\n", b"")
    assert b"filename" not in raw
    parsed = parse(raw)
    assert parsed.attachment_names == ["unnamed image/png"]
    assert "I know where she lives." in parsed.text
    assert "threat" in screener.score_batch([parsed.text])[0].flags


def test_a_screenshot_shrunk_by_a_messaging_app_is_read(monkeypatch):
    """Sent on through a messaging app, a screenshot comes back a quarter of its size and
    compressed, its words a dozen pixels high: it is scaled up before it is read."""
    phone = Image.open(io.BytesIO(screenshot(*POST))).convert("RGB")
    small = phone.resize((phone.width // 4, phone.height // 4), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=50)
    words = image_text.picture_words(out.getvalue(), deadline=time.monotonic() + 60)
    assert "Cllr Pryce should watch her back.\nI know where she lives." in words
    monkeypatch.setattr(image_text, "MIN_LONG_SIDE", 0)
    unscaled = image_text.picture_words(out.getvalue(), deadline=time.monotonic() + 60)
    assert "I know where she lives." not in unscaled


def test_a_dark_mode_screenshot_is_read():
    words = image_text.picture_words(screenshot(*POST, dark=True), deadline=time.monotonic() + 60)
    assert "I know where she lives." in words


def test_a_photograph_with_no_words_gives_none(monkeypatch):
    """Texture read as letters is dropped by Tesseract's own confidence, not sent as text."""
    # blotches that Tesseract reads as "oe 2B) ENS", "ee Me No arethss" (from this seed)
    speckle = Image.frombytes("L", (900, 700), random.Random(0).randbytes(900 * 700))
    blotches = speckle.filter(ImageFilter.GaussianBlur(2)).point(lambda v: 0 if v < 120 else 255)
    out = io.BytesIO()
    blotches.save(out, "PNG")
    assert image_text.picture_words(out.getvalue(), deadline=time.monotonic() + 60) == ""
    monkeypatch.setattr(image_text, "MIN_LINE_CONFIDENCE", 0.0)
    assert image_text.picture_words(out.getvalue(), deadline=time.monotonic() + 60) != ""


def test_a_screenshot_with_a_transparent_background_is_read():
    words = image_text.picture_words(
        screenshot(*POST, transparent=True), deadline=time.monotonic() + 60
    )
    assert "I know where she lives." in words


def test_logos_and_icons_are_not_read():
    small = screenshot("North Harbour", size=(400, 100))
    assert image_text.picture_words(small, deadline=time.monotonic() + 60) == ""


@pytest.mark.parametrize(
    ("setting", "value", "problem"),
    [
        ("tesseract", lambda: None, "pictures not read: Tesseract is not installed"),
        ("MAX_SECONDS", 0.001, "picture not read in the time for attachments"),
        ("MAX_PIXELS", 1_000_000, "picture over 1 megapixels not read"),
    ],
)
def test_a_picture_that_cannot_be_read_is_noted(monkeypatch, setting, value, problem):
    monkeypatch.setattr(image_text, setting, value)
    message = mail()
    message.add_attachment(screenshot(*POST), maintype="image", subtype="png", filename="shot.png")
    parsed = parse(bytes(message))
    assert parsed.text == "Planning\n\nPlease see my letter attached."
    assert parsed.problems == [f"{problem} (attachment 1)"]


def test_a_damaged_picture_is_noted():
    message = mail()
    message.add_attachment(
        b"\x89PNG\r\n\x1a\nbroken", maintype="image", subtype="png", filename="a.png"
    )
    assert parse(bytes(message)).problems == ["attachment not readable: OSError (attachment 1)"]


def test_an_attachment_is_also_read_on_its_own():
    """Read within the whole mail, a short insult in an attachment is diluted by the note and
    subject around it (a forwarded screenshot's post most of all), so it is read alone too."""
    message = mail("This was under my post about the library.", subject="Facebook")
    message.add_attachment(
        b"You are a vile transgender person.", maintype="text", subtype="plain", filename="post.txt"
    )
    parsed = parse(bytes(message))
    assert parsed.attached_texts == ["You are a vile transgender person."]
    assert screen([parsed.text])[0].flags == []
    assert {"abuse", "identity_attack"} <= set(screen_mail(screen, [parsed])[0].flags)


def test_an_attached_messages_body_is_also_read_on_its_own():
    forward = mail("Please log this one.", subject="FW: The vote")
    forward.add_attachment(abusive_mail(), filename="The vote.eml")
    assert parse(bytes(forward)).attached_texts == [THREAT]
