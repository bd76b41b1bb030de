"""Outlook's saved messages (.msg files), turned back into the mail they were.

Outlook on Windows saves a message, and drops one dragged out of a mailbox onto a web page's
upload field, as a .msg file: a compound file (the old Office container) of the message's MAPI
properties, not MIME. A councillor who keeps abuse in Outlook has this file and no other. It
is turned into MIME here, so that
`parsing.parse` reads it as any mail: its sender, date, subject, body, attached files and the
messages attached to it.

`olefile` (BSD, the compound-file reader security tools use on hostile Office files) reads the
container. The properties' layout inside it is Microsoft's [MS-OXMSG]; the part needed to read
a message is small and is followed here: the one permissive package that converts .msg files
is unkept, and the kept one is GPL.
"""

from __future__ import annotations

import io
import mimetypes
import re
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import encoders, policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import HeaderParser
from email.utils import format_datetime

import olefile

CONTENT_TYPE = "application/vnd.ms-outlook"
SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # any compound file: Word 97, Excel 97, .msg
# a hostile file is read no deeper and no wider than a mail is (see `parsing`)
MAX_DEPTH = 3
MAX_ATTACHMENTS = 200
# a body or a header's text longer than this is not what a person wrote
MAX_STRING_BYTES = 4 * 1024 * 1024

_TOP_HEADER = 32  # __properties_version1.0's header: the message itself
_EMBEDDED_HEADER = 24  # a message attached to a message
_PART_HEADER = 8  # an attachment or a recipient

# MAPI property ids ([MS-OXPROPS])
_MESSAGE_CLASS = 0x001A
_SUBJECT = 0x0037
_CLIENT_SUBMIT_TIME = 0x0039
_SENT_REPRESENTING_NAME = 0x0042
_SENT_REPRESENTING_ADDRESS_TYPE = 0x0064
_SENT_REPRESENTING_EMAIL = 0x0065
_TRANSPORT_HEADERS = 0x007D
_SENDER_NAME = 0x0C1A
_SENDER_ADDRESS_TYPE = 0x0C1E
_SENDER_EMAIL = 0x0C1F
_DISPLAY_TO = 0x0E04
_DELIVERY_TIME = 0x0E06
_BODY = 0x1000
_RTF_COMPRESSED = 0x1009
_HTML = 0x1013
_INTERNET_MESSAGE_ID = 0x1035
_DISPLAY_NAME = 0x3001
_ATTACH_DATA = 0x3701
_ATTACH_FILENAME = 0x3704
_ATTACH_METHOD = 0x3705
_ATTACH_LONG_FILENAME = 0x3707
_ATTACH_MIME_TAG = 0x370E
_ATTACH_CONTENT_ID = 0x3712
_INTERNET_CODEPAGE = 0x3FDE
_MESSAGE_CODEPAGE = 0x3FFD
_SENDER_SMTP = 0x5D01
_SENT_REPRESENTING_SMTP = 0x5D02

_UNICODE = 0x001F
_STRING8 = 0x001E
_BINARY = 0x0102
_OBJECT = 0x000D
_LONG = 0x0003
_SYSTIME = 0x0040

_ATTACH_EMBEDDED_MESSAGE = 5
_SUBSTG = re.compile(r"__substg1\.0_([0-9A-F]{4})([0-9A-F]{4})\Z", re.IGNORECASE)
# headers a message's body and attachments decide here, not the transport's copy of them
_STRUCTURE_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


class OutlookMessageError(ValueError):
    """The file is not an Outlook message that can be read; the message says why, for a person."""


@dataclass
class Converted:
    mime: bytes
    problems: list[str] = field(default_factory=list)  # never a file's own words


def is_outlook_message(data: bytes) -> bool:
    """True for a compound file that holds a message's properties (not Word, Excel or others)."""
    if not data.startswith(SIGNATURE):
        return False
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return _File(ole, len(data)).message().is_message()
    except Exception:  # a hostile or broken file can fail anywhere in the reader
        return False


def to_mime(data: bytes) -> Converted:
    """The saved message as MIME, for `parsing.parse`; raises OutlookMessageError if unreadable."""
    if not data.startswith(SIGNATURE):
        raise OutlookMessageError("the file is not an Outlook message")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            file = _File(ole, len(data))
            storage = file.message()
            if not storage.is_message():
                raise OutlookMessageError("the file is an Office file, not an Outlook message")
            message = _message(storage, depth=0)
            return Converted(message.as_bytes(policy=policy.compat32), file.problems)
    except OutlookMessageError:
        raise
    except Exception as exc:  # a hostile or broken file can fail anywhere in the reader
        raise OutlookMessageError("the Outlook message is damaged and cannot be read") from exc


class _File:
    """The compound file's directory, walked once, and what may still be read of it.

    olefile finds an entry by its path with a scan of each storage it passes through, so a file
    written with tens of thousands of entries would take minutes to list that way; the tree is
    walked here instead, and each stream opened by its entry.
    """

    def __init__(self, ole: olefile.OleFileIO, size: int):
        self.ole = ole
        self.problems: list[str] = []
        # An honest file's streams together are no larger than the file. A hostile one can
        # point many streams at the same sectors, to be read again and again.
        self.bytes_left = size
        self.storages: dict[int, list[olefile.OleDirectoryEntry]] = {}
        stack = [ole.root]
        while stack:
            entry = stack.pop()
            self.storages[entry.sid] = list(entry.kids)
            stack.extend(kid for kid in entry.kids if kid.entry_type == olefile.STGTY_STORAGE)

    def message(self) -> _Storage:
        return _Storage(self, self.ole.root, _TOP_HEADER)

    def read(self, entry: olefile.OleDirectoryEntry, limit: int) -> bytes:
        if entry.entry_type != olefile.STGTY_STREAM:
            return b""
        if entry.size > min(limit, self.bytes_left):
            self.problems.append(
                "a property too long to read"
                if entry.size <= self.bytes_left
                else "parts of the file that overlap not read"
            )
            return b""
        self.bytes_left -= entry.size
        # openstream would find the entry again by its path (see above)
        return bytes(self.ole._open(entry.isectStart, entry.size).read())


class _Storage:
    """The message, or one attachment or message attached inside it: its properties by id."""

    def __init__(self, file: _File, entry: olefile.OleDirectoryEntry, header: int):
        self.file = file
        self.header = header
        self._streams: dict[int, dict[int, olefile.OleDirectoryEntry]] = {}
        self._properties: olefile.OleDirectoryEntry | None = None
        self.children: dict[str, olefile.OleDirectoryEntry] = {}
        for kid in file.storages.get(entry.sid, []):
            if kid.name == "__properties_version1.0":
                self._properties = kid
            elif match := _SUBSTG.match(kid.name):
                prop, kind = int(match[1], 16), int(match[2], 16)
                self._streams.setdefault(prop, {})[kind] = kid
            elif kid.entry_type == olefile.STGTY_STORAGE:
                self.children[kid.name] = kid
        self._fixed: dict[int, tuple[int, bytes]] | None = None

    def is_message(self) -> bool:
        """It has properties and a message class ("IPM.Note" for a mail)."""
        kinds = self._streams.get(_MESSAGE_CLASS, {})
        return self._properties is not None and (_UNICODE in kinds or _STRING8 in kinds)

    def string(self, prop: int, codepage: str = "cp1252") -> str:
        names = self._streams.get(prop, {})
        if _UNICODE in names:
            text = self.file.read(names[_UNICODE], MAX_STRING_BYTES).decode("utf-16-le", "replace")
        elif _STRING8 in names:
            text = self.file.read(names[_STRING8], MAX_STRING_BYTES).decode(codepage, "replace")
        else:
            return ""
        return text.split("\x00", 1)[0]

    def binary(self, prop: int) -> bytes | None:
        names = self._streams.get(prop, {})
        return self.file.read(names[_BINARY], self.file.bytes_left) if _BINARY in names else None

    def has(self, prop: int, kind: int) -> bool:
        return kind in self._streams.get(prop, {})

    def inner(self, prop: int, header: int) -> _Storage | None:
        """The storage an object property (an attached message) is kept in."""
        entry = self._streams.get(prop, {}).get(_OBJECT)
        if entry is None or entry.entry_type != olefile.STGTY_STORAGE:
            return None
        return _Storage(self.file, entry, header)

    def attachments(self) -> list[_Storage]:
        return [
            _Storage(self.file, self.children[name], _PART_HEADER)
            for name in sorted(self.children)
            if name.startswith("__attach_version1.0_#")
        ]

    def fixed(self, prop: int) -> tuple[int, bytes] | None:
        """A fixed-size property (a number, a time): its type and its eight bytes."""
        if self._fixed is None:
            self._fixed = {}
            raw = b""
            if self._properties is not None:
                raw = self.file.read(self._properties, MAX_STRING_BYTES)
            for offset in range(self.header, len(raw) - 15, 16):
                tag, _flags = struct.unpack_from("<II", raw, offset)
                self._fixed[tag >> 16] = (tag & 0xFFFF, raw[offset + 8 : offset + 16])
        return self._fixed.get(prop)

    def number(self, prop: int) -> int | None:
        value = self.fixed(prop)
        if value is None or value[0] != _LONG:
            return None
        return int(struct.unpack_from("<i", value[1])[0])

    def time(self, prop: int) -> datetime | None:
        value = self.fixed(prop)
        if value is None or value[0] != _SYSTIME:
            return None
        ticks = int(struct.unpack_from("<Q", value[1])[0])
        try:
            return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None

    def codepage(self) -> str:
        for prop in (_INTERNET_CODEPAGE, _MESSAGE_CODEPAGE):
            number = self.number(prop)
            if number == 65001:
                return "utf-8"
            if number and 0 < number < 65000:
                try:
                    "".encode(f"cp{number}")
                except LookupError:
                    continue
                return f"cp{number}"
        return "cp1252"


def _message(storage: _Storage, depth: int) -> Message:
    codepage = storage.codepage()
    message = _body(storage, codepage)
    _headers(message, storage, codepage)
    attachments = storage.attachments()
    if len(attachments) > MAX_ATTACHMENTS:
        storage.file.problems.append(f"more than {MAX_ATTACHMENTS} attachments: the rest not read")
    files = [
        part
        for attachment in attachments[:MAX_ATTACHMENTS]
        if (part := _attachment(storage, attachment, depth)) is not None
    ]
    if not files:
        return message
    mixed = MIMEMultipart("mixed")
    for name, value in message.items():
        if name.lower() not in _STRUCTURE_HEADERS:
            mixed[name] = value
    # the body part, now under the multipart, keeps only the headers that say how it is written
    for name in {name.lower() for name in message} - _STRUCTURE_HEADERS:
        del message[name]
    mixed.attach(message)
    for part in files:
        mixed.attach(part)
    return mixed


def _body(storage: _Storage, codepage: str) -> Message:
    text = storage.string(_BODY, codepage)
    if storage.has(_HTML, _BINARY):  # as Outlook keeps it: bytes in the message's code page
        html = (storage.binary(_HTML) or b"").decode(codepage, "replace").split("\x00", 1)[0]
    else:
        html = storage.string(_HTML, codepage)
    if not text and not html and storage.has(_RTF_COMPRESSED, _BINARY):
        storage.file.problems.append("the body is kept only as RTF, which is not read")
    plain = MIMEText(text, "plain", "utf-8")
    if not html:
        return plain
    alternative = MIMEMultipart("alternative")
    if text:
        alternative.attach(plain)
    alternative.attach(MIMEText(html, "html", "utf-8"))
    return alternative


def _headers(message: Message, storage: _Storage, codepage: str) -> None:
    """From, To, Date, Subject: the transport's own, else the ones Outlook kept."""
    transport = storage.string(_TRANSPORT_HEADERS, codepage)
    kept = HeaderParser(policy=policy.compat32).parsestr(transport) if transport.strip() else None
    if kept is not None:
        for name, value in kept.items():
            if name.lower() not in _STRUCTURE_HEADERS:
                message[name] = re.sub(r"\r?\n[ \t]*", " ", value)
    if kept is None or kept["From"] is None:
        _set(message, "From", _sender(storage, codepage))
    if kept is None or kept["Subject"] is None:
        _set(message, "Subject", storage.string(_SUBJECT, codepage))
    if kept is None or kept["Date"] is None:
        sent = storage.time(_CLIENT_SUBMIT_TIME) or storage.time(_DELIVERY_TIME)
        if sent is not None:
            message["Date"] = format_datetime(sent)
    if kept is None or kept["To"] is None:
        _set(message, "To", storage.string(_DISPLAY_TO, codepage))
    if kept is None or kept["Message-ID"] is None:
        _set(message, "Message-ID", storage.string(_INTERNET_MESSAGE_ID, codepage))


def _sender(storage: _Storage, codepage: str) -> str:
    """The sender as "Name <address>"; an Exchange sender's X.500 path is not an address."""
    name = storage.string(_SENT_REPRESENTING_NAME, codepage) or storage.string(
        _SENDER_NAME, codepage
    )
    address = storage.string(_SENT_REPRESENTING_SMTP, codepage) or storage.string(
        _SENDER_SMTP, codepage
    )
    if not address:
        for kind, email_prop in (
            (_SENT_REPRESENTING_ADDRESS_TYPE, _SENT_REPRESENTING_EMAIL),
            (_SENDER_ADDRESS_TYPE, _SENDER_EMAIL),
        ):
            if storage.string(kind, codepage).upper() == "SMTP":
                address = storage.string(email_prop, codepage)
                break
    name = name.replace('"', "'")
    if address and name and name != address:
        return f'"{name}" <{address}>'
    return address or name


def _set(message: Message, name: str, value: str) -> None:
    value = " ".join(value.split())
    if not value:
        return
    message[name] = value if value.isascii() else Header(value, "utf-8").encode()


def _attachment(parent: _Storage, storage: _Storage, depth: int) -> Message | None:
    problems = parent.file.problems
    codepage = parent.codepage()
    filename = (
        storage.string(_ATTACH_LONG_FILENAME, codepage)
        or storage.string(_ATTACH_FILENAME, codepage)
        or storage.string(_DISPLAY_NAME, codepage)
    )
    inner = storage.inner(_ATTACH_DATA, _EMBEDDED_HEADER)
    if inner is not None and inner.is_message():
        if depth + 1 > MAX_DEPTH:
            problems.append(f"messages attached more than {MAX_DEPTH} deep not read")
            return None
        attached = MIMEMessage(_message(inner, depth + 1))
        if filename:
            attached.add_header("Content-Disposition", "attachment", filename=filename)
        return attached
    if inner is not None or storage.number(_ATTACH_METHOD) == _ATTACH_EMBEDDED_MESSAGE:
        problems.append("an object embedded in the message not read")
        return None
    data = storage.binary(_ATTACH_DATA)
    if data is None:
        return None  # a link to a file elsewhere, or an empty attachment: nothing to read
    mime_type = storage.string(_ATTACH_MIME_TAG, codepage).strip().lower()
    if not re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", mime_type):
        mime_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    maintype, subtype = mime_type.split("/", 1)
    part = MIMEBase(maintype, subtype)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename or "attachment")
    content_id = storage.string(_ATTACH_CONTENT_ID, codepage).strip()
    if content_id:
        part["Content-ID"] = f"<{content_id.strip('<>')}>"
    return part
