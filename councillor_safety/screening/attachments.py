"""The text of a file attached to a mail, for the screener and for the person who reads it.

A threat can come as a letter attached to a one-line mail ("Please see my letter"), so the text
of plain-text, HTML, PDF and Word attachments is read, and the words in pictures by OCR
(`image_text`), a scanned PDF's pages and a Word file's pictures among them: the screener
scores it with the mail, and an officer reads it in the quarantine without opening a file from
a hostile sender. A WhatsApp chat exported as text, or as a zip archive with its photos, is
read message by message as well (`chat_export`). Sound, video and other archives are not read.
Their names are still listed.

A hostile sender chooses these bytes, so each reader has a size limit, a page or part limit,
and a budget of characters, and every failure gives no text and a note of the problem (never
the text itself): an attachment that cannot be read must not stop its mail being screened.
"""

from __future__ import annotations

import io
import logging
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from councillor_safety.screening.chat_export import (
    archived_chat,
    archived_pictures,
    chat_messages,
    latest,
)
from councillor_safety.screening.post_chrome import posts

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_PDF_PAGES = 30
# A page with less text than this is a scan (a picture of the page, perhaps with a stamp or a
# page number in text): its pictures are read by OCR, the strips some scanners cut a page into
# in order, up to this many.
SCANNED_PAGE_CHARS = 20
MAX_SCAN_PICTURES = 8
MAX_DOCUMENT_PICTURES = 30
# pypdf's own limits, lowered from its defaults (75 MB per stream, two million operations) to
# what a letter needs: a page of text is tens of kilobytes and a few thousand operations. At the
# defaults a 30 KB file written to stall the reader took six seconds a page; the deadline that
# parsing passes in bounds the pages, these bound each one.
_PDF_LIMITS: dict[str, Any] = {
    "maximum_declared_stream_length": MAX_ATTACHMENT_BYTES,
    "zlib_maximum_output_length": 4_000_000,
    "lzw_maximum_output_length": 4_000_000,
    "run_length_maximum_output_length": 4_000_000,
    "brotli_maximum_output_length": 4_000_000,
    "array_based_stream_maximum_output_length": 4_000_000,
    "stream_decoding_work_maximum_length": 20_000_000,
    "stream_parsing_work_maximum_count": 100_000,
    "xform_maximum_invocations_per_extraction": 500,
    "jbig2dec_binary": None,  # never start another program on a stranger's file
}
# Word files are zip archives: their parts are checked before any is inflated (a zip bomb).
MAX_DOCX_PARTS = 2_000
MAX_DOCX_INFLATED_BYTES = 30 * 1024 * 1024
# A WhatsApp chat exported with its photos is a zip archive too: its text and its latest photos
# are read, each no larger than an attachment may be, after the same check.
MAX_CHAT_ARCHIVE_PARTS = 5_000
MAX_CHAT_ARCHIVE_INFLATED_BYTES = 100 * 1024 * 1024
MAX_CHAT_PICTURES = 10
_ZIP_TYPES = ("application/zip", "application/x-zip-compressed")

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# PNG, JPEG, GIF, BMP and TIFF, whatever the sender called the file (WebP and HEIC are checked
# apart: sound and video files are RIFF files and ISO media files too).
_PICTURE_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
# the brands of an iPhone's HEIC photo, not of a video's MP4 or MOV
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1")


@dataclass(frozen=True)
class AttachmentText:
    text: str = ""
    problem: str = ""
    from_picture: bool = False  # read by OCR, which misreads: the picture is the evidence
    scanned: bool = False  # some of a PDF's pages read by OCR, which misreads likewise
    # the words read by OCR from each picture in a Word file (screenshots gathered as evidence)
    # or in a chat's archive (photos sent in the chat), which follow its own text in ``text``
    pictures: tuple[str, ...] = ()
    # each message of an exported chat (`chat_export`), its own words only, read alone as well
    messages: tuple[str, ...] = ()

    @property
    def alone(self) -> list[str]:
        """What the screener also reads on its own, since within a whole mail a short text is
        diluted by everything around it: the file's text, or a screenshot's posts, each
        without the feed's names, times and buttons (`post_chrome`)."""
        if self.from_picture:
            return posts(self.text) or [self.text]
        return [self.text, *(post for words in self.pictures for post in posts(words))]

    @property
    def read_by_ocr(self) -> str:
        """How some of the words were read, for the officer: OCR misreads."""
        if self.from_picture:
            return "its words as read from the picture"
        if self.scanned:
            return "its scanned pages' words as read by OCR"
        if self.pictures:
            return "with the words in its pictures as read by OCR"
        return ""


@dataclass(frozen=True)
class _Budget:
    charset: str | None
    chars: int
    deadline: float  # time.monotonic()


_Reader = Callable[[bytes, _Budget], AttachmentText]


def attachment_text(
    data: bytes,
    *,
    name: str,
    content_type: str,
    charset: str | None,
    limit: int,
    deadline: float,
) -> AttachmentText:
    """The readable text of one attachment, at most ``limit`` characters, read until
    ``deadline`` (``time.monotonic()``); with why it is empty or partial."""
    reader = _reader_for(data, name.lower(), content_type.lower())
    if reader is None or limit <= 0:
        return AttachmentText()
    if len(data) > MAX_ATTACHMENT_BYTES:
        return AttachmentText(
            problem=f"attachment over {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB not read"
        )
    if time.monotonic() >= deadline:
        return AttachmentText(problem="attachment not read: the time for attachments was spent")
    try:
        read = reader(data, _Budget(charset, limit, deadline))
    except Exception as exc:  # a hostile file can raise anything from a parser; none may escape
        return AttachmentText(problem=f"attachment not readable: {type(exc).__name__}")
    return replace(read, text=read.text.strip()[:limit])


def _reader_for(data: bytes, name: str, content_type: str) -> _Reader | None:
    if data.startswith(b"%PDF-") or content_type == "application/pdf" or name.endswith(".pdf"):
        return _pdf_text
    if content_type == _DOCX or name.endswith(".docx"):
        return _docx_text
    if content_type == "text/html" or name.endswith((".html", ".htm")):
        return _html_text
    if content_type == "text/plain" or name.endswith(".txt"):
        return _plain_text
    if data.startswith(b"PK\x03\x04") and (content_type in _ZIP_TYPES or name.endswith(".zip")):
        return _chat_archive_text
    webp = data.startswith(b"RIFF") and data[8:12] == b"WEBP"
    heic = data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS
    if (data.startswith(_PICTURE_SIGNATURES) or webp or heic) or (
        content_type.startswith("image/") and content_type != "image/svg+xml"
    ):
        return _picture_text
    return None


def decode_text(data: bytes, charset: str | None) -> str | None:
    """Text in its declared charset, else UTF-8, else Windows-1252 (charsets are often wrong)."""
    for candidate in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _decoded(data: bytes, charset: str | None) -> str:
    text = decode_text(data, charset)
    return data.decode("utf-8", errors="replace") if text is None else text


def _plain_text(data: bytes, budget: _Budget) -> AttachmentText:
    return _chat_or_text(_decoded(data, budget.charset), budget.chars)


def _chat_or_text(text: str, limit: int) -> AttachmentText:
    """The text; an exported chat's messages as well, and its latest if not all fit."""
    messages = chat_messages(text)
    if not messages:
        return AttachmentText(text)
    kept = latest(messages, limit)
    if len(text.strip()) <= limit:
        return AttachmentText(text, messages=tuple(m.text for m in kept))
    return AttachmentText(
        "\n".join(m.line for m in kept),
        problem=f"a long chat: its latest {len(kept)} of {len(messages)} messages read",
        messages=tuple(m.text for m in kept),
    )


def _chat_archive_text(data: bytes, budget: _Budget) -> AttachmentText:
    """A WhatsApp chat exported as a zip archive: its messages, then the words in its latest
    photos (a screenshot sent in the chat), each read as a screenshot is. Other archives are not
    read."""
    from councillor_safety.screening.image_text import PictureNotRead, picture_words

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        declared = sum(p.file_size for p in parts)
        if len(parts) > MAX_CHAT_ARCHIVE_PARTS or declared > MAX_CHAT_ARCHIVE_INFLATED_BYTES:
            raise ValueError("archive too large")
        chat = archived_chat(archive)
        if chat is None:
            return AttachmentText()
        if chat.file_size > MAX_ATTACHMENT_BYTES:
            return AttachmentText(problem="the chat in the archive is too large to read")
        read = _chat_or_text(_decoded(archive.read(chat), "utf-8"), budget.chars)
        pictures: list[str] = []
        problems = [read.problem] if read.problem else []
        for picture in archived_pictures(archive)[-MAX_CHAT_PICTURES:]:
            if picture.file_size > MAX_ATTACHMENT_BYTES:
                continue
            try:
                words = picture_words(archive.read(picture), deadline=budget.deadline)
            except PictureNotRead as exc:
                problems.append(str(exc))
                break
            except Exception:  # a damaged picture: a stranger's file
                problems.append("a picture in the archive not readable")
                continue
            if words:
                pictures.append(words)
    return replace(
        read,
        text="\n\n".join([read.text, *pictures]).strip(),
        problem="; ".join(dict.fromkeys(problems)),
        pictures=tuple(pictures),
    )


def _html_text(data: bytes, budget: _Budget) -> AttachmentText:
    from councillor_safety.screening.parsing import html_to_text

    return AttachmentText(html_to_text(_decoded(data, budget.charset)))


def _pdf_text(data: bytes, budget: _Budget) -> AttachmentText:
    from pypdf import PdfReader, apply_configuration

    # pypdf warns of every malformed object, and a hostile file can hold thousands.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with apply_configuration(**_PDF_LIMITS):
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # most "encrypted" letters only forbid editing; others raise
        pages: list[str] = []
        length = 0
        problems: list[str] = []
        scanned = False
        for number, page in enumerate(reader.pages[:MAX_PDF_PAGES]):
            if time.monotonic() >= budget.deadline:
                problems.append(
                    f"pages after {number} not read: the time for attachments was spent"
                )
                break
            text = page.extract_text() or ""
            if len(text.strip()) < SCANNED_PAGE_CHARS:
                words, problem = _scanned_page_words(page, budget.deadline)
                if problem:
                    problems.append(f"page {number + 1}: {problem}")
                if words:
                    text, scanned = f"{text.strip()}\n{words}", True
            pages.append(text)
            length += len(text)
            if length >= budget.chars:
                break
    return AttachmentText(
        "\n\n".join(p.strip() for p in pages if p.strip()), "; ".join(problems), scanned=scanned
    )


def _scanned_page_words(page: Any, deadline: float) -> tuple[str, str]:
    """The words in a scanned page's pictures, and why some could not be read."""
    from pypdf.errors import DependencyError

    from councillor_safety.screening.image_text import PictureNotRead, picture_words

    words: list[str] = []
    problem = ""
    try:
        # each picture is decoded within pypdf's lowered limits as it is taken
        for picture in page.images[:MAX_SCAN_PICTURES]:
            words.append(picture_words(picture.data, deadline=deadline))
    except PictureNotRead as exc:
        problem = str(exc)
    except DependencyError:  # JBIG2, which large office scanners write: it needs jbig2dec
        problem = "scanned page not read: its picture is coded in JBIG2, which is not read"
    except Exception:  # a damaged picture: a hostile file can raise anything from a decoder
        problem = "scanned page not readable"
    return "\n".join(w for w in words if w), problem


def _picture_text(data: bytes, budget: _Budget) -> AttachmentText:
    from councillor_safety.screening.image_text import PictureNotRead, picture_words

    try:
        return AttachmentText(picture_words(data, deadline=budget.deadline), from_picture=True)
    except PictureNotRead as exc:
        return AttachmentText(problem=str(exc))


def _docx_text(data: bytes, budget: _Budget) -> AttachmentText:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_DOCX_PARTS or sum(p.file_size for p in parts) > MAX_DOCX_INFLATED_BYTES:
            raise ValueError("archive too large")
    document = Document(io.BytesIO(data))
    body = document.element.body
    lines: list[str] = []
    length = 0
    # Every paragraph in order, those in tables and text boxes included.
    for element in body.iter(qn("w:p")):
        text = Paragraph(element, document).text
        lines.append(text)
        length += len(text) + 1
        if length >= budget.chars:
            break
    text = "\n".join(lines).strip()
    if length >= budget.chars:
        return AttachmentText(text)
    pictures, problem = _document_pictures(document, budget.deadline)
    return AttachmentText("\n\n".join([text, *pictures]).strip(), problem, pictures=pictures)


def _document_pictures(document: Any, deadline: float) -> tuple[tuple[str, ...], str]:
    """The words in a Word file's pictures, in the order they stand in it, and why some could not
    be read. A councillor gathering screenshots for a report often pastes them into a document,
    where the abuse is in the pictures and the text is captions; pictures in the page's header
    (a letterhead's logo) are not the body's and are not read."""
    from councillor_safety.screening.image_text import PictureNotRead, picture_words

    words: list[str] = []
    problem = ""
    for shape in list(document.inline_shapes)[:MAX_DOCUMENT_PICTURES]:
        try:
            embedded = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
            read = picture_words(document.part.related_parts[embedded].blob, deadline=deadline)
        except PictureNotRead as exc:
            return tuple(words), str(exc)
        except Exception:  # a chart, a linked picture, a damaged one: a stranger's file
            problem = "a picture in the document not readable"
            continue
        if read:
            words.append(read)
    return tuple(words), problem
