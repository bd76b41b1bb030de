"""Checking and storing evidence files.

A file is accepted only when its name and its contents agree on an allowed type: images must
decode, PDFs must look like PDFs, and text must be text. Files are stored under a random name
in the private ``evidence`` storage, never under the name the uploader gave.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.core.files.base import File
from django.core.files.storage import Storage, storages
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404
from PIL import Image, UnidentifiedImageError

from councillor_safety.screening import outlook
from councillor_safety.screening.chat_export import archived_chat

# Detected content type → the extensions a file of that type may carry.
ALLOWED_TYPES: dict[str, frozenset[str]] = {
    "image/jpeg": frozenset({".jpg", ".jpeg", ".jfif"}),
    "image/png": frozenset({".png"}),
    "image/gif": frozenset({".gif"}),
    "image/webp": frozenset({".webp"}),
    "image/heic": frozenset({".heic", ".heif"}),
    "application/pdf": frozenset({".pdf"}),
    # a letter, or screenshots gathered in a document (no macros: those are .docm files)
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": frozenset({".docx"}),
    "video/mp4": frozenset({".mp4", ".m4v"}),
    "video/quicktime": frozenset({".mov"}),
    "audio/mpeg": frozenset({".mp3"}),
    "audio/x-m4a": frozenset({".m4a"}),
    "audio/mp4": frozenset({".m4a"}),
    "audio/x-wav": frozenset({".wav"}),
    "text/plain": frozenset({".txt", ".eml", ".csv", ".log"}),
    # a message saved from Outlook, or dragged from it onto the upload field
    outlook.CONTENT_TYPE: frozenset({".msg"}),
    # a WhatsApp chat exported with its photos (an iPhone always exports so): no other archive
    "application/zip": frozenset({".zip"}),
}
_DECODABLE_IMAGES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
_MARKUP_SIGNS = (b"<html", b"<!doctype", b"<script", b"<svg", b"<?xml", b"<iframe", b"<body")
HUMAN_TYPES = (
    "JPG, PNG, GIF, WEBP, HEIC, PDF, DOCX, MP4, MOV, MP3, M4A, WAV, TXT, EML, MSG,"
    " or a WhatsApp chat exported as a ZIP"
)


class EvidenceFileError(ValueError):
    """A file was refused; the message is written for the person who chose it."""


@dataclass(frozen=True)
class CheckedFile:
    original_name: str
    content_type: str
    size: int
    sha256: str
    upload: UploadedFile


def evidence_storage() -> Storage:
    return storages["evidence"]


def clean_display_name(name: str) -> str:
    """The uploader's file name, safe to show and to offer in a download (no paths, no controls)."""
    base = PurePath(name.replace("\\", "/")).name
    base = "".join(
        ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C"
    )
    base = base.strip(" .") or "evidence"
    return base[:200]


def _is_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    lowered = sample.lower()
    if any(sign in lowered for sign in _MARKUP_SIGNS):
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut multi-byte character at the end of the sample is not a reason to refuse.
        if exc.start < len(sample) - 4:
            try:
                sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def _detect(upload: UploadedFile, head: bytes) -> str | None:
    if head.startswith(outlook.SIGNATURE):
        # Word 97, Excel 97 and Outlook share this container: only a message is taken
        data = upload.read()
        upload.seek(0)
        return outlook.CONTENT_TYPE if outlook.is_outlook_message(data) else None
    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    return "text/plain" if _is_text(head) else None


def check_file(upload: UploadedFile, *, max_bytes: int) -> CheckedFile:
    name = clean_display_name(upload.name or "")
    if upload.size is None or upload.size == 0:
        raise EvidenceFileError(f"The selected file {name} is empty")
    if upload.size > max_bytes:
        raise EvidenceFileError(
            f"The selected file {name} must be smaller than {max_bytes // (1024 * 1024)}MB"
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    extension = PurePath(name).suffix.lower()
    content_type = _detect(upload, head)
    if content_type is None or content_type not in ALLOWED_TYPES:
        raise EvidenceFileError(f"The selected file {name} must be a {HUMAN_TYPES}")
    if extension not in ALLOWED_TYPES[content_type]:
        raise EvidenceFileError(
            f"The selected file {name} is not what its name says it is. Save it again as a {HUMAN_TYPES} and upload it"
        )
    if content_type in _DECODABLE_IMAGES:
        try:
            with Image.open(io.BytesIO(upload.read())) as image:
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise EvidenceFileError(
                f"The selected file {name} is damaged and cannot be opened"
            ) from exc
        finally:
            upload.seek(0)
    if content_type == "application/zip":
        _check_chat_archive(upload, name)
    if content_type == "application/pdf" and not head.startswith(b"%PDF-"):
        raise EvidenceFileError(f"The selected file {name} is damaged and cannot be opened")
    if content_type == "text/plain":
        _check_whole_text(upload, name)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return CheckedFile(
        original_name=name,
        content_type=content_type,
        size=upload.size,
        sha256=digest.hexdigest(),
        upload=upload,
    )


def _check_chat_archive(upload: UploadedFile, name: str) -> None:
    try:
        with zipfile.ZipFile(upload) as archive:
            chat = archived_chat(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise EvidenceFileError(
            f"The selected file {name} is damaged and cannot be opened"
        ) from exc
    finally:
        upload.seek(0)
    if chat is None:
        raise EvidenceFileError(
            f"The selected file {name} is a ZIP but not a WhatsApp chat. Take the files out of it"
            " and upload them"
        )


def _check_whole_text(upload: UploadedFile, name: str) -> None:
    for chunk in upload.chunks(64 * 1024):
        if b"\x00" in chunk or any(sign in chunk.lower() for sign in _MARKUP_SIGNS):
            upload.seek(0)
            raise EvidenceFileError(f"The selected file {name} must be a {HUMAN_TYPES}")
    upload.seek(0)


def store_file(checked: CheckedFile, *, council_id: int) -> str:
    """Writes the file under a random name and returns that name."""
    stored_name = f"{council_id}/{uuid.uuid4().hex}"
    saved = evidence_storage().save(stored_name, File(checked.upload))
    return str(saved)


def delete_stored(stored_name: str) -> None:
    evidence_storage().delete(stored_name)


def stored_file_response(stored_name: str, *, filename: str, content_type: str) -> FileResponse:
    """A stored file as a download that no browser will render or sniff; 404 if it is gone."""
    try:
        handle = evidence_storage().open(stored_name, "rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
