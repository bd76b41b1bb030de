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
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime

from councillor_safety.screening import outlook
from councillor_safety.screening.attachments import attachment_text, decode_text

MAX_TEXT_CHARS = 20_000
# A hostile message can nest thousands of parts, and messages inside messages.
MAX_PARTS = 500
MAX_ATTACHED_DEPTH = 3
# Attachments are read for at most this long per message, so that no file can stall a mailbox.
# A forward to the reporting address is given longer (see forward_intake): there are few, and
# a councillor may forward several screenshots in one.
ATTACHMENT_SECONDS = 3.0
# HTML is read up to this length: markup is several times its text, and hostile mail is long.
MAX_MARKUP_CHARS = 1_000_000
# Every pattern on markup runs in time linear in its length, whatever a hostile sender writes:
# a tag ends at the next ">" or "<" (never "<[^>]+>", which rescans to the end after each "<"),
# and an unclosed comment, script, style or title runs to the end, as a browser reads it.
_COMMENTS = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style|title)\b[^<>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^<>]*>")
# Where a browser starts a new line. Mail written in a web form or on a phone often puts each
# sentence in its own <div> with no full stop, and the screener reads such lines one by one.
_BLOCK = r"(?:p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)"
_LINE_BREAKS = re.compile(rf"<(?:br|hr)\b[^<>]*>|</{_BLOCK}\s*>", re.IGNORECASE)
# A block's start breaks the line only after text ("Hello<div>Second line</div>", as Gmail
# writes), so an empty block or two in a row adds no blank line.
_BLOCK_STARTS = re.compile(rf"<{_BLOCK}\b[^<>]*>", re.IGNORECASE)
_SOFT = "\x00"
_SOFT_AFTER_TEXT = re.compile(r"(?<=[^\n\x00])\x00")
_SPACES_BEFORE_SOFT = re.compile(r" +(?=\x00)")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WORDS = re.compile(r"\w+")
_BLANK_LINES = re.compile(r" *\n[ \n]*\n *")
_LINE_EDGES = re.compile(r" *\n *")


@dataclass
class ParsedMessage:
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    date: datetime | None = None
    text: str = ""
    body: str = ""  # the text without the subject that heads it
    attachment_names: list[str] = field(default_factory=list)
    # The From of each message attached whole, in order: a forward as attachment's abuser.
    attached_senders: list[str] = field(default_factory=list)
    # The text of each attached message and file, and of each post in an attached screenshot,
    # which the screener also reads on its own: read within the whole mail, a short one is
    # diluted by everything around it.
    attached_texts: list[str] = field(default_factory=list)
    # each message of a chat exported and attached (`chat_export`), read on its own too
    chat_messages: list[str] = field(default_factory=list)
    # what was written as mail: its body, then each attached message's (not the text of files),
    # whose paragraphs and lines are read on their own too (`verdicts.paragraphs`)
    written: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class _Budget:
    """What is left for a message's attachments, all of which share it."""

    chars: int
    deadline: float  # time.monotonic()


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
    text = decode_text(payload, part.get_content_charset())
    if text is None:
        parsed.problems.append("text in an unknown encoding")
        return payload.decode("utf-8", errors="replace")
    return text


def html_to_text(markup: str) -> str:
    """The text a reader sees: a line where the browser breaks one, at most one blank line."""
    text = _COMMENTS.sub(" ", markup[:MAX_MARKUP_CHARS].replace(_SOFT, ""))
    text = _HIDDEN.sub(" ", text)
    text = _BLOCK_STARTS.sub(_SOFT, _LINE_BREAKS.sub("\n", text))
    text = html.unescape(_TAGS.sub(" ", text)).replace("\xa0", " ")
    text = _SPACES_BEFORE_SOFT.sub("", _SPACES.sub(" ", text))
    text = _SOFT_AFTER_TEXT.sub("\n", text).replace(_SOFT, "")
    return _LINE_EDGES.sub("\n", _BLANK_LINES.sub("\n\n", text)).strip()


def unflow(text: str, delete_space: bool = False) -> str:
    """Plain text sent as format=flowed (RFC 3676) with its soft line breaks joined.

    Thunderbird and Apple Mail wrap a paragraph at about 72 characters and mark each wrap with
    a trailing space. Read as they arrive, the wraps would end sentences wherever the next line
    starts with a capital ("... happen to / Your children"), so they are joined first.
    """
    out: list[str] = []
    held: tuple[int, str] | None = None  # a paragraph still flowing: its quote depth, its text
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):  # space-stuffed
            content = content[1:]
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delete_space:
            content = content[:-1]
        if held is not None and held[0] != depth:
            out.append(_quoted(*held))
            held = None
        held = (depth, (held[1] if held else "") + content)
        if not flowed:
            out.append(_quoted(*held))
            held = None
    if held is not None:
        out.append(_quoted(*held))
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    return f"{'>' * depth} {content}" if depth else content


def readable_body(plain: str, markup_text: str, parsed: ParsedMessage) -> str:
    """The text of a mail as its reader sees it, from its plain and HTML versions.

    Mail programs show the HTML version when there is one, so a sender can put an ordinary
    note in the plain version and a threat in the HTML. The plain version is read, followed by
    every line of the HTML version with a word the plain one lacks: none when one version is
    made from the other, a footer's line or two when a mail program adds one.
    """
    if not plain.strip():
        return markup_text
    said = set(_WORDS.findall(plain.casefold()))
    unsaid = [
        line
        for line in markup_text.split("\n")
        if any(word not in said for word in _WORDS.findall(line.casefold()))
    ]
    if not unsaid:
        return plain
    parsed.problems.append("the HTML version has lines the plain text lacks: both read")
    return plain + "\n\n" + "\n".join(unsaid)


def parse(raw: bytes, *, attachment_seconds: float = ATTACHMENT_SECONDS) -> ParsedMessage:
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
    budget = _Budget(MAX_TEXT_CHARS, time.monotonic() + attachment_seconds)
    body = _message_text(message, parsed, budget, depth=0)
    text = f"{parsed.subject}\n\n{body}" if parsed.subject else body
    parsed.text = _SPACES.sub(" ", text).strip()[:MAX_TEXT_CHARS]
    parsed.body = _SPACES.sub(" ", body).strip()[:MAX_TEXT_CHARS]
    if message.defects:
        parsed.problems.extend(type(d).__name__ for d in message.defects[:5])
    return parsed


def _message_text(message: Message, parsed: ParsedMessage, budget: _Budget, depth: int) -> str:
    """A message's body as its reader sees it, then each message and file attached to it."""
    plain: list[str] = []
    markup: list[str] = []
    attached: list[str] = []
    written_at = len(parsed.written)  # a message's own words before those attached to it
    for part in _leaves(message, parsed):
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            attached.append(_attached_message(inner, parsed, budget, depth))
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if str(filename or "").lower().endswith(".eml"):
            # a saved message attached as a file (dragged into a new mail) rather than as a
            # message: read as one all the same
            attached.append(_attached_message(_saved_message(part), parsed, budget, depth))
            continue
        if _is_outlook_part(part, filename):
            # Outlook's own saved message (.msg), dragged from Outlook into a new mail
            attached.append(
                _attached_message(_outlook_message(part, parsed), parsed, budget, depth)
            )
            continue
        content_type = part.get_content_type()
        # a picture pasted into an HTML mail may have no name and no disposition, only the
        # Content-ID its <img> shows it by: it is still read
        if disposition == "attachment" or filename or not content_type.startswith("text/"):
            name = str(filename or f"unnamed {content_type}")[:255]
            parsed.attachment_names.append(name)
            attached.append(_attached_file(part, name, parsed, budget))
            continue
        if content_type == "text/plain":
            text = _decode(part, parsed)
            if str(part.get_param("format", "")).lower() == "flowed":
                text = unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
            plain.append(text)
        elif content_type == "text/html":
            markup.append(html_to_text(_decode(part, parsed)))
    body = readable_body("\n".join(plain), "\n".join(markup), parsed)
    if body.strip():
        parsed.written.insert(written_at, body.strip())
    return "\n\n".join(t.strip() for t in (body, *attached) if t.strip())


def _leaves(message: Message, parsed: ParsedMessage) -> list[Message]:
    """A message's parts in order, each multipart opened, but not a message attached to it."""
    leaves: list[Message] = []
    stack = [message]
    try:
        while stack and len(leaves) < MAX_PARTS:
            part = stack.pop()
            if part.get_content_type() == "message/rfc822" and part is not message:
                leaves.append(part)
            elif part.is_multipart():
                stack.extend(reversed([p for p in part.get_payload() if isinstance(p, Message)]))
            else:
                leaves.append(part)
    except Exception as exc:
        parsed.problems.append(f"broken MIME structure: {type(exc).__name__}")
    if stack:
        parsed.problems.append(f"more than {MAX_PARTS} parts: the rest not read")
    return leaves


def _saved_message(part: Message) -> Message | None:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    return _saved_message_bytes(payload)


def _saved_message_bytes(payload: bytes) -> Message | None:
    try:
        return email.message_from_bytes(payload, policy=email.policy.compat32)
    except Exception:  # a hostile file can break the parser anywhere; it is noted as unread
        return None


def _is_outlook_part(part: Message, filename: str | None) -> bool:
    named = str(filename or "").lower().endswith(".msg")
    return named or part.get_content_type() == outlook.CONTENT_TYPE


def _outlook_message(part: Message, parsed: ParsedMessage) -> Message | None:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.startswith(outlook.SIGNATURE):
        return None
    try:
        converted = outlook.to_mime(payload)
    except outlook.OutlookMessageError:
        return None
    parsed.problems.extend(converted.problems)
    return _saved_message_bytes(converted.mime)


def _attached_message(inner: object, parsed: ParsedMessage, budget: _Budget, depth: int) -> str:
    """A message attached whole ("forward as attachment"), headed as a forward is.

    Outlook forwards as an attachment at a click, and so do the "report" buttons many councils
    add to it: the abuse, and who sent it, are in the attached message, not in the mail.
    """
    if not isinstance(inner, Message):
        parsed.problems.append("an attached message could not be read")
        return ""
    if depth >= MAX_ATTACHED_DEPTH:
        parsed.problems.append(f"messages attached more than {MAX_ATTACHED_DEPTH} deep not read")
        return ""
    sender = _header(inner, "From", parsed)
    parsed.attached_senders.append(sender)
    headers = [
        f"{name}: {value}"
        for name in ("From", "Date", "Subject")
        if (value := _header(inner, name, parsed))
    ]
    body = _message_text(inner, parsed, budget, depth + 1)
    if body:
        parsed.attached_texts.append(_SPACES.sub(" ", body)[:MAX_TEXT_CHARS])
    return "\n".join(["---------- Attached message ----------", *headers, "", body])


def _attached_file(part: Message, name: str, parsed: ParsedMessage, budget: _Budget) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    read = attachment_text(
        payload,
        name=name,
        content_type=part.get_content_type(),
        charset=part.get_content_charset(),
        limit=budget.chars,
        deadline=budget.deadline,
    )
    budget.chars -= len(read.text)
    if read.problem:
        # numbered, not named: problems are logged, and a file's name is the sender's words
        parsed.problems.append(f"{read.problem} (attachment {len(parsed.attachment_names)})")
    if not read.text:
        return ""
    # a screenshot is screened by each post's own words (the whole mail still holds every word)
    parsed.attached_texts.extend(_SPACES.sub(" ", text) for text in read.alone)
    parsed.chat_messages.extend(read.messages)
    how = f" ({read.read_by_ocr})" if read.read_by_ocr else ""
    return f"---------- Attachment: {name}{how} ----------\n{read.text}"
