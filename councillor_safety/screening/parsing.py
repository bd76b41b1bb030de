"""Turning a raw e-mail into the text a person (and the screener) reads.

Real mail is messy: missing charsets, wrong charsets, broken MIME boundaries, HTML only, huge
attachments. Every failure here degrades to "less text", never to an exception that would stop a
mailbox from being screened.
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime

MAX_TEXT_CHARS = 20_000
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass
class ParsedMessage:
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    date: datetime | None = None
    text: str = ""
    attachment_names: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _header(message: Message, name: str, parsed: ParsedMessage) -> str:
    value = message.get(name)
    if value is None:
        return ""
    try:
        # compat32 keeps headers raw; decoding RFC 2047 words here is much faster than the
        # structured header objects of the default policy, which matters at thousands a minute.
        return str(make_header(decode_header(str(value)))).strip()[:998]
    except (ValueError, TypeError, LookupError, UnicodeError) as exc:
        parsed.problems.append(f"unreadable {name} header: {type(exc).__name__}")
        return str(value).strip()[:998]


def _decode(part: Message, parsed: ParsedMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    parsed.problems.append("text in an unknown encoding")
    return payload.decode("utf-8", errors="replace")


def html_to_text(markup: str) -> str:
    text = _TAGS.sub(" ", markup.replace("<br", "\n<br").replace("</p>", "</p>\n"))
    return html.unescape(text)


def parse(raw: bytes) -> ParsedMessage:
    parsed = ParsedMessage()
    try:
        message: Message = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:
        parsed.problems.append(f"unparseable message: {type(exc).__name__}")
        parsed.text = raw[:MAX_TEXT_CHARS].decode("utf-8", errors="replace")
        return parsed
    parsed.message_id = _header(message, "Message-ID", parsed)
    parsed.sender = _header(message, "From", parsed)
    parsed.subject = _header(message, "Subject", parsed)
    try:
        date_header = message.get("Date")
        parsed.date = parsedate_to_datetime(str(date_header)) if date_header else None
        if parsed.date is not None and parsed.date.tzinfo is None:
            parsed.date = None
    except (TypeError, ValueError, IndexError):
        parsed.problems.append("unreadable Date header")
    plain: list[str] = []
    markup: list[str] = []
    try:
        parts = list(message.walk())
    except Exception as exc:
        parsed.problems.append(f"broken MIME structure: {type(exc).__name__}")
        parts = [message]
    for part in parts:
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if disposition == "attachment" or filename:
            parsed.attachment_names.append(str(filename or "attachment")[:255])
            continue
        content_type = part.get_content_type()
        if content_type == "text/plain":
            plain.append(_decode(part, parsed))
        elif content_type == "text/html":
            markup.append(html_to_text(_decode(part, parsed)))
    body = "\n".join(plain) if any(p.strip() for p in plain) else "\n".join(markup)
    text = f"{parsed.subject}\n\n{body}" if parsed.subject else body
    parsed.text = _SPACES.sub(" ", text).strip()[:MAX_TEXT_CHARS]
    if message.defects:
        parsed.problems.extend(type(d).__name__ for d in message.defects[:5])
    return parsed
