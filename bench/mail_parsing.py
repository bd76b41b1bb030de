"""Benchmark: turning raw mail into text, for ordinary HTML mail and for mail written to stall it.

A sender can write markup that makes a careless pattern rescan the rest of the message at every
"<", or a forward with thousands of blank lines; one such message must not hold up a mailbox.
Attachments are read too (PDF, Word and text letters, messages forwarded whole, messages saved
from Outlook), and a file is chosen by its sender just as markup is.
Prints JSON lines: html_messages_per_s for 2,000 ordinary HTML mails (half with a plain
version beside the HTML), and the seconds the worst hostile shape of 1 MB
(``hostile_html_max_s``) and a forward of 20,000 blank lines (``forward_blank_lines_s``) take;
both should stay well under a second. Then letter_messages_per_s for 100 mails with a
two-page PDF letter attached, scanned_letter_messages_per_s for 10 with a two-page scanned
letter (pictures of pages, read by Tesseract), screenshot_messages_per_s for 20 with a phone's
screenshot of a post (read by Tesseract), and the seconds the worst mail of hostile attachments takes
(``hostile_attachments_max_s``): it should stay near the three seconds that a message's
attachments are given, plus at most one page.
"""

from __future__ import annotations

import io
import json
import os
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from functools import partial
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from councillor_safety.screening import attachments, parsing  # noqa: E402
from councillor_safety.screening.forward_intake import original_sender  # noqa: E402
from councillor_safety.screening.parsing import ParsedMessage, html_to_text, parse  # noqa: E402
from councillor_safety.screening.tests.attachment_files import (  # noqa: E402
    raw_pdf,
    scanned_pdf,
    screenshot,
)
from councillor_safety.screening.tests.outlook_files import (  # noqa: E402
    Attachment,
    MessageSpec,
    compound_file,
    message_storage,
    outlook_message,
)

N_MESSAGES = 2_000
HOSTILE_CHARS = 1_000_000
LINES = [
    "Dear Councillor Pryce",
    "Nobody has answered about the bins on Gull Street since June",
    "The streetlight outside number 14 has been out for a fortnight",
    "I will raise it at the next ward surgery",
    "Kind regards",
]


def html_mail(n: int) -> bytes:
    gmail = '<div dir="ltr">' + LINES[0] + "".join(f"<div>{line}</div>" for line in LINES[1:])
    outlook = "".join(f"<p class=MsoNormal>{line}<o:p></o:p></p>" for line in LINES)
    msg = EmailMessage()
    msg["From"] = f"resident{n}@example.net"
    msg["Subject"] = f"Message {n}"
    html = (
        f"<html><head><style>p {{margin: 0}}</style></head><body>{gmail if n % 2 else outlook}"
        "</div></body></html>"
    )
    if n % 4 < 2:
        msg.set_content(html, subtype="html")
    else:
        # most mail programs send a plain version too, which the HTML is checked against
        msg.set_content("\n".join(LINES))
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def hostile_shapes() -> dict[str, str]:
    def fill(piece: str) -> str:
        return piece * (HOSTILE_CHARS // len(piece))

    return {
        "open_brackets": fill("<"),
        "unclosed_attributes": fill('<p class="'),
        "unclosed_tags": fill("<a"),
        "unclosed_scripts": fill("<script"),
        "unclosed_comments": fill("<!--"),
        "line_breaks": fill("<br"),
        "nested_blocks": fill("<div>a"),
    }


def mail_with(n: int, data: bytes, kind: str, filename: str) -> bytes:
    """A resident's one-line mail with one file attached (``kind``: "image/png", ...)."""
    msg = EmailMessage()
    msg["From"] = f"resident{n}@example.net"
    msg["Subject"] = f"Message {n}"
    msg.set_content("Please see attached.")
    maintype, subtype = kind.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


def pdf_letter() -> bytes:
    from weasyprint import HTML

    paragraphs = "".join(f"<p>{' '.join(LINES)} ({n})</p>" for n in range(30))
    page = HTML(string=f"<html><body>{paragraphs}</body></html>")  # type: ignore[no-untyped-call]
    return bytes(page.write_pdf() or b"")  # type: ignore[no-untyped-call]


def hostile_attachment_mails() -> dict[str, bytes]:
    # Pages just inside pypdf's limits as set here that show no text, so that no budget of
    # characters stops them: each takes as long as a page can, and only the time stops them.
    slow_page = b"BT /F1 12 Tf " + b"() Tj " * 49_000 + b"ET"
    long_array = b"BT /F1 12 Tf [" + b"1 " * 99_000 + b"] TJ ET"
    wide_string = b"BT /F1 12 Tf (" + b"a b " * 950_000 + b") Tj ET"
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (attachments.MAX_DOCX_INFLATED_BYTES + 1))
    files = {
        "slow_pages": [raw_pdf(slow_page, attachments.MAX_PDF_PAGES)],
        "wide_strings": [raw_pdf(wide_string, attachments.MAX_PDF_PAGES)],
        "long_arrays": [raw_pdf(long_array, attachments.MAX_PDF_PAGES)],
        "many_slow_files": [raw_pdf(slow_page, 2)] * 20,
        "zip_bomb": [bomb.getvalue()],
        "many_parts": [b"x"] * (parsing.MAX_PARTS + 500),
    }
    noise = Image.frombytes("L", (2_500, 2_500), os.urandom(2_500 * 2_500))
    noisy = io.BytesIO()
    noise.save(noisy, "JPEG", quality=30)  # a picture Tesseract searches long for words
    files["noisy_pictures"] = [noisy.getvalue()] * 3
    pages = [Image.frombytes("L", (1_200, 1_600), os.urandom(1_200 * 1_600)) for _ in range(6)]
    scan = io.BytesIO()
    pages[0].save(scan, "PDF", save_all=True, append_images=pages[1:], quality=30)
    files["noisy_scans"] = [scan.getvalue()]
    # Outlook messages (.msg): one of 40,000 entries, and one nested far deeper than is read
    wide = message_storage(MessageSpec(subject="wide", body="See attached."))
    wide.update((f"__substg1.0_{n:04X}0102", b"") for n in range(40_000))
    files["outlook_many_entries"] = [compound_file(wide)]
    nested_outlook = MessageSpec(subject="0", body="See attached.")
    innermost = nested_outlook
    for depth in range(40):
        deeper = MessageSpec(subject=f"{depth}", body="See attached.")
        innermost.attachments = [Attachment(f"{depth}", message=deeper)]
        innermost = deeper
    files["outlook_nested"] = [outlook_message(nested_outlook)]
    mails = {}
    for name, datas in files.items():
        msg = EmailMessage()
        msg["Subject"] = name
        msg.set_content("See attached.")
        for number, data in enumerate(datas):
            kind = "pdf" if data.startswith(b"%PDF") else "octet-stream"
            suffix = {"zip_bomb": ".docx", "noisy_pictures": ".jpg"}.get(name, ".pdf")
            if name.startswith("outlook"):
                suffix = ".msg"
            msg.add_attachment(
                data, maintype="application", subtype=kind, filename=f"{number}{suffix}"
            )
        mails[name] = bytes(msg)
    nested = b"From: someone@example.net\r\n\r\nThe innermost message.\r\n"
    for depth in range(200):  # written out: the email package recurses to write it
        boundary = b"level%d" % depth
        nested = (
            b'Subject: FW\r\nContent-Type: multipart/mixed; boundary="%s"\r\n\r\n' % boundary
            + b"--%s\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" % boundary
            + b"--%s\r\nContent-Type: message/rfc822\r\n\r\n" % boundary
            + nested
            + b"\r\n--%s--\r\n" % boundary
        )
    mails["nested_messages"] = nested
    return mails


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    def emit(metric: str, value: float) -> None:
        print(
            json.dumps(
                {"bench": "mail_parsing", "backend": "none", "metric": metric, "value": value}
            )
        )

    mails = [html_mail(n) for n in range(N_MESSAGES)]
    took = seconds(lambda: [parse(raw) for raw in mails])
    emit("html_messages_per_s", round(N_MESSAGES / took, 1))
    worst = max(seconds(partial(html_to_text, m)) for m in hostile_shapes().values())
    emit("hostile_html_max_s", round(worst, 3))
    forward = ParsedMessage(text="---------- Forwarded message ---------" + "\n" * 20_000)
    emit("forward_blank_lines_s", round(seconds(lambda: original_sender(forward)), 3))
    letter = pdf_letter()
    letters = [mail_with(n, letter, "application/pdf", "letter.pdf") for n in range(100)]
    parse(letters[0])  # the PDF reader's import
    took = seconds(lambda: [parse(raw) for raw in letters])
    emit("letter_messages_per_s", round(len(letters) / took, 1))
    page = tuple(textwrap.wrap(" ".join(LINES * 6), 75))[:40]
    scan = scanned_pdf(page, page)
    scans = [mail_with(n, scan, "application/pdf", "scan0001.pdf") for n in range(10)]
    took = seconds(lambda: [parse(raw) for raw in scans])
    emit("scanned_letter_messages_per_s", round(len(scans) / took, 2))
    post = screenshot("Dave Smith  2h", *LINES, "Like  Reply")
    shots = [mail_with(n, post, "image/png", "Screenshot.png") for n in range(20)]
    took = seconds(lambda: [parse(raw) for raw in shots])
    emit("screenshot_messages_per_s", round(len(shots) / took, 2))
    worst = max(seconds(partial(parse, r)) for r in hostile_attachment_mails().values())
    emit("hostile_attachments_max_s", round(worst, 3))


if __name__ == "__main__":
    main()
